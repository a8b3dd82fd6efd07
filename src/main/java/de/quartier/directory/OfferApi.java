package de.quartier.directory;

import de.quartier.shared.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public search API of the directory's offers: the same query as the search page, as JSON. */
@RestController
@RequestMapping("/api/v1/{tenant}")
@Tag(name = "Offers", description = "Search the directory's published offers (Angebote)")
class OfferApi {

    private final OfferSearch search;
    private final OfferSearchNear near;
    private final OfferSearchETags etags;

    OfferApi(OfferSearch search, OfferSearchNear near, OfferSearchETags etags) {
        this.search = search;
        this.near = near;
        this.etags = etags;
    }

    record OrganisationJson(long id, String name) {}

    record DistrictJson(long id, String name) {}

    record PointJson(double lat, double lon) {}

    record OfferJson(
            long id,
            String title,
            String summary,
            @Nullable String textLanguage,
            OrganisationJson organisation,
            List<DistrictJson> districts,
            List<Long> actionFields,
            List<String> languages,
            List<String> targetGroups,
            String cost,
            String access,
            @Nullable Double distanceKm,
            List<PointJson> points,
            String url) {}

    record FacetValueJson(String value, String label, long count, boolean selected) {}

    record NearJson(String label, double lat, double lon, double radiusKm) {}

    record ResultJson(
            List<OfferJson> items,
            Map<String, List<FacetValueJson>> facets,
            int page,
            int pageSize,
            int pages,
            long total,
            String sort,
            @Nullable NearJson near) {}

    @GetMapping("/offers")
    @Operation(
            summary = "Search published offers",
            description = "German full text with stemming, compound parts and one typo; filters (several values"
                    + " of one parameter mean any of them, different parameters all of them); facets with counts"
                    + " (each facet's counts ignore its own filter); near a point or place with radius and"
                    + " distance; 20 per page, at most 50 pages. Titles and summaries are in the language of the"
                    + " 'lang' parameter where translated (textLanguage 'de' marks the German fallback)."
                    + " Invalid parameters and a place in 'near' that is not known are a 400 problem."
                    + " Anonymous answers carry an ETag; send If-None-Match to get 304 when nothing changed.")
    ResponseEntity<ResultJson> offers(
            @PathVariable String tenant,
            @Parameter(description = "words to search for (at most 200 characters, 10 words)")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "a place: 'lat,lon', a district name, a location's name or street")
                    @RequestParam(required = false)
                    @Nullable
                    String near,
            @Parameter(description = "latitude of the centre (with lon), instead of near")
                    @RequestParam(required = false)
                    @Nullable
                    String lat,
            @Parameter(description = "longitude of the centre (with lat)") @RequestParam(required = false) @Nullable
                    String lon,
            @Parameter(description = "radius in km around near/lat,lon: more than 0, at most 50, default 2")
                    @RequestParam(required = false)
                    @Nullable
                    String radius,
            @Parameter(description = "district ids (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> district,
            @Parameter(description = "action field ids (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> field,
            @Parameter(description = "target groups, e.g. women, newcomers (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> group,
            @Parameter(description = "languages spoken, ISO 639 codes (repeatable)")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> language,
            @Parameter(description = "free, reduced, fee (repeatable)") @RequestParam(required = false) @Nullable
                    List<String> cost,
            @Parameter(
                            description = "relevance, distance or title; default: relevance with q, distance with"
                                    + " near, else title")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @Parameter(description = "page number, 1 to 50") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "language of titles and summaries (de, en, ar, uk, fa, ru, tr)")
                    @RequestParam(required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest web) {
        OfferSearchParams params = OfferSearchParams.parse(request.getParameterMap());
        if (!params.errors().isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The search has invalid parameters.", params.errors());
        }
        if (etags.notModified("api", request, response, web)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        Locale locale = RequestContextUtils.getLocale(request);
        OfferSearch.Point point = params.point();
        NearJson nearJson = null;
        if (point == null && !params.near().isEmpty()) {
            var resolved = this.near
                    .resolve(params.near())
                    .orElseThrow(() -> new ApiProblem(
                            HttpStatus.BAD_REQUEST,
                            "The place in 'near' is unknown.",
                            Map.of("near", "not a 'lat,lon', district, location or address we know")));
            point = resolved.point();
            nearJson = new NearJson(resolved.label(), point.lat(), point.lon(), params.radiusKm());
        } else if (point != null) {
            nearJson = new NearJson(point.lat() + "," + point.lon(), point.lat(), point.lon(), params.radiusKm());
        }
        OfferSearch.Query query = params.query(point);
        OfferSearch.Results results = search.search(query, locale);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/" + tenant + "/angebote/")
                .toUriString();
        List<OfferJson> items = results.hits().stream()
                .map(h -> new OfferJson(
                        h.id(),
                        h.title(),
                        h.summary(),
                        h.german() ? "de" : null,
                        new OrganisationJson(h.organisationId(), h.organisationName()),
                        h.districts().stream()
                                .map(d -> new DistrictJson(d.id(), d.name()))
                                .toList(),
                        h.actionFieldIds(),
                        h.languages(),
                        h.targetGroups().stream()
                                .map(g -> g.name().toLowerCase(Locale.ROOT))
                                .toList(),
                        h.cost().name().toLowerCase(Locale.ROOT),
                        h.access().name().toLowerCase(Locale.ROOT),
                        h.distanceKm() == null ? null : Math.round(h.distanceKm() * 100) / 100.0,
                        h.points().stream()
                                .map(p -> new PointJson(p.lat(), p.lon()))
                                .toList(),
                        base + h.id()))
                .toList();
        Map<String, List<FacetValueJson>> facets = new LinkedHashMap<>();
        results.facets()
                .forEach((name, facet) -> facets.put(
                        name,
                        facet.values().stream()
                                .map(v -> new FacetValueJson(v.value(), v.label(), v.count(), v.selected()))
                                .toList()));
        return ResponseEntity.ok(new ResultJson(
                items,
                facets,
                results.page(),
                OfferSearch.PAGE_SIZE,
                results.pages(),
                results.total(),
                query.effectiveSort().param(),
                nearJson));
    }
}
