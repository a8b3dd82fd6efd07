package de.quartier.directory;

import de.quartier.districts.DistrictSummary;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public offer page and the printable guide of a district's offers (Wegweiser, PDF). */
@Controller
class OfferPages {

    private final PublicDirectory directory;
    private final Wegweiser wegweiser;
    private final String tileUrl;

    OfferPages(PublicDirectory directory, Wegweiser wegweiser, @Value("${quartier.map.tile-url}") String tileUrl) {
        this.directory = directory;
        this.wegweiser = wegweiser;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/{tenant}/angebote/{id:\\d+|[0-9a-fA-F-]{36}}")
    String offer(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("offer", directory.offer(id, RequestContextUtils.getLocale(request), baseUrl()));
        model.addAttribute("tileUrl", tileUrl);
        return "directory/offer";
    }

    @GetMapping("/{tenant}/angebote/wegweiser.pdf")
    ResponseEntity<byte[]> guide(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String district,
            HttpServletRequest request) {
        DistrictSummary summary = directory.guideDistrict(district);
        Locale locale = Wegweiser.printable(RequestContextUtils.getLocale(request));
        byte[] pdf = wegweiser.render(
                () -> directory.guide(summary, TenantContext.require().name(), locale), locale, baseUrl());
        if (pdf == null) {
            // laying out PDFs is expensive and public: a few at a time, the rest are asked to come back
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "10")
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("wegweiser-" + summary.slug() + ".pdf")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache())
                .body(pdf);
    }

    /** The tenant's public address, e.g. {@code https://quartier.example/magdeburg}. */
    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                + "/"
                + TenantContext.require().slug();
    }
}
