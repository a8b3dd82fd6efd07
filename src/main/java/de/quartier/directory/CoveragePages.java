package de.quartier.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Network planning for admins and district managers: coverage table (and CSV) and cooperation network. */
@Controller
class CoveragePages {

    static final String COVERAGE = "/verwaltung/verzeichnis/abdeckung";
    static final String NETWORK = "/verwaltung/verzeichnis/netzwerk";

    private final Coverage coverage;
    private final Network network;

    CoveragePages(Coverage coverage, Network network) {
        this.coverage = coverage;
        this.network = network;
    }

    @GetMapping("/{tenant}" + COVERAGE)
    String coverage(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String dimension,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(name = "sprache", required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String indicator,
            HttpServletRequest request,
            Model model) {
        requireViewer();
        model.addAttribute(
                "table",
                coverage.table(
                        new Coverage.Filter(dimension, blank(group), blank(language), parse(region), blank(indicator)),
                        RequestContextUtils.getLocale(request)));
        return "directory/coverage";
    }

    @GetMapping("/{tenant}" + COVERAGE + ".csv")
    ResponseEntity<byte[]> coverageCsv(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String dimension,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(name = "sprache", required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String indicator,
            HttpServletRequest request) {
        requireViewer();
        String csv = coverage.csv(
                new Coverage.Filter(dimension, blank(group), blank(language), parse(region), blank(indicator)),
                RequestContextUtils.getLocale(request));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + tenant + "-abdeckung.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{tenant}" + NETWORK)
    String network(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String district,
            HttpServletRequest request,
            Model model) {
        requireViewer();
        model.addAttribute("graph", network.graph(parse(district), RequestContextUtils.getLocale(request)));
        return "directory/network";
    }

    private void requireViewer() {
        if (!coverage.mayView()) {
            throw new AccessDeniedException("network planning is for admins and district managers");
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Bad numbers in the query are ignored, not an error: the page shows its defaults. */
    private static @Nullable Long parse(@Nullable String number) {
        if (number == null || !number.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(number);
    }
}
