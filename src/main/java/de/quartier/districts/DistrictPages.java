package de.quartier.districts;

import de.quartier.accounts.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The public district pages: overview with map and comparison table, and one district's profile. */
@Controller
class DistrictPages {

    private final Monitoring monitoring;
    private final Access access;
    private final String tileUrl;

    DistrictPages(Monitoring monitoring, Access access, @Value("${quartier.map.tile-url}") String tileUrl) {
        this.monitoring = monitoring;
        this.access = access;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/{tenant}/stadtteile")
    String overview(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String indicator,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String dir,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        model.addAttribute(
                "comparison",
                monitoring.compare(
                        indicator,
                        parse(year) == null ? null : parse(year).intValue(),
                        parse(region),
                        sort,
                        dir,
                        RequestContextUtils.getLocale(request)));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("staff", access.isStaff());
        return "districts/overview";
    }

    @GetMapping("/{tenant}/stadtteile/{slug}")
    String district(
            @PathVariable String tenant,
            @PathVariable String slug,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        model.addAttribute("profile", monitoring.profile(slug, RequestContextUtils.getLocale(request)));
        model.addAttribute("tileUrl", tileUrl);
        return "districts/district";
    }

    /** Bad numbers in the query are ignored, not an error: the page shows its defaults. */
    private static @Nullable Long parse(@Nullable String number) {
        if (number == null || !number.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(number);
    }
}
