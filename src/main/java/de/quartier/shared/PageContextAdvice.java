package de.quartier.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link PageContext} into the model of every HTML controller as {@code ctx}. */
@ControllerAdvice
@Component
class PageContextAdvice {

    private final MessageSource messages;
    private final ObjectProvider<NavigationContributor> contributors;

    PageContextAdvice(MessageSource messages, ObjectProvider<NavigationContributor> contributors) {
        this.messages = messages;
        this.contributors = contributors;
    }

    @ModelAttribute("ctx")
    PageContext ctx(HttpServletRequest request) {
        return build(request);
    }

    PageContext build(HttpServletRequest request) {
        TenantInfo tenant = TenantContext.current().orElse(null);
        SignedInUser user = signedInUser();
        List<NavItem> nav = new ArrayList<>();
        if (tenant != null) {
            contributors.orderedStream().forEach(c -> nav.addAll(c.items(tenant, user)));
        }
        String path = request.getRequestURI();
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return new PageContext(
                messages,
                RequestContextUtils.getLocale(request),
                tenant,
                user,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                path,
                List.copyOf(nav),
                QuartierLocaleResolver.isStaffArea(request));
    }

    private static @Nullable SignedInUser signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        return null;
    }
}
