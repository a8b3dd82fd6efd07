package de.quartier.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What the search page shows: the query as typed, where "near" is, the results, facets, links and map data. */
public record SearchPageView(
        String path,
        String queryString,
        OfferSearchParams params,
        OfferSearch.@Nullable Point point,
        @Nullable String nearLabel,
        boolean nearUnresolved,
        OfferSearch.Sort sort,
        OfferSearch.Results results,
        Map<Long, String> actionFieldNames,
        String view,
        String tileUrl) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public boolean map() {
        return "map".equals(view);
    }

    public boolean hasQuery() {
        return !params.q().isEmpty() || point != null || !params.near().isEmpty() || anyFilter();
    }

    public boolean anyFilter() {
        return results.facets().values().stream().anyMatch(OfferSearch.Facet::anySelected);
    }

    /** The district of the "Wegweiser" PDF: the only selected district, else null. */
    public @Nullable Long wegweiserDistrict() {
        return params.districts().size() == 1 ? params.districts().iterator().next() : null;
    }

    public List<OfferSearch.Facet> facets() {
        return List.copyOf(results.facets().values());
    }

    public List<OfferSearch.Sort> sorts() {
        List<OfferSearch.Sort> sorts = new ArrayList<>(List.of(OfferSearch.Sort.values()));
        if (point == null) {
            sorts.remove(OfferSearch.Sort.DISTANCE);
        }
        return sorts;
    }

    /** This page's URL with one parameter replaced (null removes it); the page number starts again at 1. */
    public String with(String param, @Nullable String value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).query(queryString);
        b.replaceQueryParam("page");
        if (value == null) {
            b.replaceQueryParam(param);
        } else {
            b.replaceQueryParam(param, value);
        }
        return b.build().toUriString();
    }

    public String pageHref(int page) {
        return UriComponentsBuilder.fromPath(path)
                .query(queryString)
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    /** Page numbers around the current one, 0 meaning a gap ("…"). */
    public List<Integer> pageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        int current = results.page();
        int last = results.pages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - current) <= 2) {
                numbers.add(p);
            } else if (!numbers.isEmpty() && numbers.getLast() != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }

    public int firstIndex() {
        return (results.page() - 1) * OfferSearch.PAGE_SIZE + 1;
    }

    public int lastIndex() {
        return firstIndex() + results.hits().size() - 1;
    }

    /** "180 m", "1.2 km" (decimal sign of the language), isolated left-to-right for right-to-left pages. */
    public String distance(double km, Locale locale) {
        String text = km < 1
                ? String.format(locale, "%d m", Math.round(km * 1000 / 10) * 10)
                : String.format(locale, "%.1f km", km);
        return "\u2066" + text + "\u2069";
    }

    /** "2 km" isolated left-to-right, for the radius choice on right-to-left pages. */
    public String radiusLabel(String km) {
        return "\u2066" + km + " km\u2069";
    }

    public String fieldNames(List<Long> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> {
            String name = actionFieldNames.get(id);
            if (name != null) {
                names.add(name);
            }
        });
        return String.join(", ", names);
    }

    /** Markers for the map: one per location of each result on this page. */
    public String mapJson(String offerHrefPrefix) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (OfferSearch.Hit hit : results.hits()) {
            for (OfferSearch.Point p : hit.points()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lat", p.lat());
                m.put("lon", p.lon());
                m.put("title", hit.title());
                m.put("org", hit.organisationName());
                m.put("href", offerHrefPrefix + hit.id());
                markers.add(m);
            }
        }
        return JSON.writeValueAsString(markers);
    }

    public String centreJson() {
        return point == null ? "" : JSON.writeValueAsString(List.of(point.lat(), point.lon()));
    }
}
