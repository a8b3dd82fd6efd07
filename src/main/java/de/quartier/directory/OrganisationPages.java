package de.quartier.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The public organisation pages: the A–Z list, one organisation's page and its logo. */
@Controller
class OrganisationPages {

    /** Logos are served only as raster images; anything else stored would be sent as a download. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final PublicDirectory directory;
    private final String tileUrl;

    OrganisationPages(PublicDirectory directory, @Value("${quartier.map.tile-url}") String tileUrl) {
        this.directory = directory;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/{tenant}/organisationen")
    String list(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute(
                "list", directory.organisationList(district, kind, page, RequestContextUtils.getLocale(request)));
        return "directory/organisations";
    }

    @GetMapping("/{tenant}/organisationen/{id:\\d+|[0-9a-fA-F-]{36}}")
    String organisation(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute(
                "organisation",
                directory.organisation(id, RequestContextUtils.getLocale(request), OfferPages.baseUrl()));
        model.addAttribute("tileUrl", tileUrl);
        return "directory/organisation";
    }

    @GetMapping("/{tenant}/organisationen/{id}/logo")
    ResponseEntity<byte[]> logo(
            @PathVariable String tenant,
            @PathVariable String id,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
        var logo = directory.logo(id).orElse(null);
        if (logo == null) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"logo-" + logo.version() + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        String type = logo.type().toLowerCase(java.util.Locale.ROOT);
        MediaType mediaType =
                IMAGE_TYPES.contains(type) ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok()
                .contentType(mediaType)
                .eTag(etag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", IMAGE_TYPES.contains(type) ? "inline" : "attachment")
                .body(logo.bytes());
    }
}
