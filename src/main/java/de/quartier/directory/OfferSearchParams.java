package de.quartier.directory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The search's URL parameters, shared by the page and the API: {@code q}, {@code near} (or {@code lat} +
 * {@code lon}), {@code radius} (km), {@code district}, {@code field}, {@code group}, {@code language}, {@code
 * cost} (each repeatable: several values of one facet mean "any of them"), {@code sort} (relevance, distance,
 * title) and {@code page}. ({@code lang} is the language of the page or of the API's texts, not a filter.)
 * Parsing never throws: bad values are reported in {@link #errors} by parameter name; the page then shows its
 * defaults and a message, the API answers 400.
 */
public record OfferSearchParams(
        String q,
        String near,
        OfferSearch.@Nullable Point point,
        double radiusKm,
        Set<Long> districts,
        Set<Long> fields,
        Set<TargetGroup> groups,
        Set<String> languages,
        Set<Cost> costs,
        OfferSearch.@Nullable Sort sort,
        int page,
        Map<String, String> errors) {

    private static final int MAX_VALUES = 50;

    public static OfferSearchParams parse(Map<String, String[]> params) {
        Map<String, String> errors = new LinkedHashMap<>();
        String q = first(params, "q").strip();
        if (q.length() > OfferSearch.MAX_QUERY_LENGTH) {
            q = q.substring(0, OfferSearch.MAX_QUERY_LENGTH);
        }
        String near = first(params, "near").strip();
        if (near.length() > 200) {
            errors.put("near", "at most 200 characters");
            near = "";
        }
        OfferSearch.Point point = null;
        String lat = first(params, "lat").strip();
        String lon = first(params, "lon").strip();
        if (!lat.isEmpty() || !lon.isEmpty()) {
            point = OfferSearchNear.parsePoint(lat + "," + lon).orElse(null);
            if (point == null) {
                errors.put("lat", "lat and lon must both be decimal degrees (-90..90, -180..180)");
            }
        }
        double radius = OfferSearch.DEFAULT_RADIUS_KM;
        String radiusText = first(params, "radius").strip().replace(',', '.');
        if (!radiusText.isEmpty()) {
            try {
                radius = Double.parseDouble(radiusText);
                if (!(radius > 0 && radius <= OfferSearch.MAX_RADIUS_KM)) {
                    errors.put("radius", "radius must be more than 0 and at most 50 (km)");
                    radius = OfferSearch.DEFAULT_RADIUS_KM;
                }
            } catch (NumberFormatException e) {
                errors.put("radius", "radius must be a number of kilometres");
            }
        }
        Set<Long> districts = ids(params, "district", errors);
        Set<Long> fields = ids(params, "field", errors);
        Set<TargetGroup> groups = enums(params, "group", TargetGroup.class, errors);
        Set<Cost> costs = enums(params, "cost", Cost.class, errors);
        Set<String> languages = new LinkedHashSet<>();
        for (String value : values(params, "language")) {
            if (value.matches("[a-zA-Z]{2,3}")) {
                languages.add(value.toLowerCase(Locale.ROOT));
            } else {
                errors.put("language", "language codes are two or three letters (ISO 639)");
            }
        }
        OfferSearch.Sort sort = null;
        String sortText = first(params, "sort").strip();
        if (!sortText.isEmpty()) {
            try {
                sort = OfferSearch.Sort.valueOf(sortText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("sort", "sort is one of relevance, distance, title");
            }
        }
        int page = 1;
        String pageText = first(params, "page").strip();
        if (!pageText.isEmpty()) {
            if (pageText.matches("\\d{1,3}")
                    && Integer.parseInt(pageText) >= 1
                    && Integer.parseInt(pageText) <= OfferSearch.MAX_PAGE) {
                page = Integer.parseInt(pageText);
            } else {
                errors.put("page", "page must be a whole number from 1 to " + OfferSearch.MAX_PAGE);
            }
        }
        return new OfferSearchParams(
                q, near, point, radius, districts, fields, groups, languages, costs, sort, page, errors);
    }

    /** The search for these parameters with {@code near} resolved to the given point (or none). */
    public OfferSearch.Query query(OfferSearch.@Nullable Point resolvedNear) {
        return new OfferSearch.Query(
                q, resolvedNear, radiusKm, districts, fields, groups, languages, costs, sort, page);
    }

    /** The radius as typed in the form: "2", "2.5". */
    public String radiusText() {
        return radiusKm == Math.rint(radiusKm) ? Long.toString((long) radiusKm) : Double.toString(radiusKm);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static List<String> values(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null) {
            return List.of();
        }
        return java.util.Arrays.stream(values)
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .limit(MAX_VALUES)
                .toList();
    }

    private static Set<Long> ids(Map<String, String[]> params, String name, Map<String, String> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values(params, name)) {
            if (value.matches("\\d{1,18}")) {
                ids.add(Long.valueOf(value));
            } else {
                errors.put(name, name + " must be numeric ids");
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> Set<E> enums(
            Map<String, String[]> params, String name, Class<E> type, Map<String, String> errors) {
        Set<E> result = new LinkedHashSet<>();
        for (String value : values(params, name)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put(
                        name,
                        name + " is one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(type.getEnumConstants())
                                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                                .toList()));
            }
        }
        return result;
    }
}
