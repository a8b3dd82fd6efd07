package de.quartier.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public search page {@code /{tenant}/angebote}: a GET form whose URL holds the whole query, results with
 * facets, distance and paging, and an optional map ({@code view=map}). Anonymous repeat visits are answered
 * with 304 from the ETag alone (see {@link OfferSearchETags}).
 */
@Controller
class SearchPage {

    private final OfferSearch search;
    private final OfferSearchNear near;
    private final OfferSearchETags etags;
    private final String tileUrl;

    SearchPage(
            OfferSearch search,
            OfferSearchNear near,
            OfferSearchETags etags,
            @Value("${quartier.map.tile-url}") String tileUrl) {
        this.search = search;
        this.near = near;
        this.etags = etags;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/{tenant}/angebote")
    @Nullable
    String search(
            @PathVariable String tenant,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest web,
            Model model) {
        if (etags.notModified("page", request, response, web)) {
            return null;
        }
        model.addAttribute("search", view(request));
        return "directory/search";
    }

    /** The page's model from the request's parameters (also used by the benchmark rungs). */
    SearchPageView view(HttpServletRequest request) {
        return view(request, true);
    }

    /** {@code cached = false} skips the result cache: the benchmark's rung of a search seen for the first time. */
    SearchPageView view(HttpServletRequest request, boolean cached) {
        Locale locale = RequestContextUtils.getLocale(request);
        OfferSearchParams params = OfferSearchParams.parse(request.getParameterMap());
        OfferSearch.Point point = params.point();
        String nearLabel = null;
        boolean nearUnresolved = false;
        if (point != null) {
            nearLabel = String.format(Locale.ROOT, "%.5f, %.5f", point.lat(), point.lon());
        } else if (!params.near().isEmpty()) {
            var resolved = near.resolve(params.near());
            if (resolved.isPresent()) {
                point = resolved.get().point();
                nearLabel = resolved.get().label();
            } else {
                nearUnresolved = true;
            }
        }
        OfferSearch.Results results =
                cached ? search.search(params.query(point), locale) : search.searchIndex(params.query(point), locale);
        String view = "map".equals(request.getParameter("view")) ? "map" : "list";
        return new SearchPageView(
                request.getRequestURI(),
                request.getQueryString() == null ? "" : request.getQueryString(),
                params,
                point,
                nearLabel,
                nearUnresolved,
                params.query(point).effectiveSort(),
                results,
                search.actionFieldNames(locale),
                view,
                tileUrl);
    }
}
