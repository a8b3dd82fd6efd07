package de.quartier.directory;

import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Conditional GET for anonymous search pages and API answers. The ETag is derived without searching or
 * rendering: the tenant's {@link DirectoryVersion}, the page variant, the visitor's language and the whole query
 * string. A repeat visit with {@code If-None-Match} gets 304 before any search. Signed-in people get no ETag
 * (their pages differ, and Spring Security's no-store stays).
 */
@Component
class OfferSearchETags {

    private final DirectoryVersion version;

    OfferSearchETags(DirectoryVersion version) {
        this.version = version;
    }

    /** True when the request was answered with 304 and the caller must stop. */
    boolean notModified(String variant, HttpServletRequest request, HttpServletResponse response, WebRequest web) {
        if (!anonymous()) {
            return false;
        }
        String key = version.current(TenantContext.require().id()) + "|" + variant + "|"
                + RequestContextUtils.getLocale(request).toLanguageTag() + "|"
                + (request.getQueryString() == null ? "" : request.getQueryString());
        String etag = "W/\"" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.addHeader(HttpHeaders.VARY, "Cookie");
        return web.checkNotModified(etag);
    }

    static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !(auth.getPrincipal() instanceof SignedInUser);
    }
}
