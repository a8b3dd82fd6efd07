package de.quartier.directory;

import de.quartier.districts.DistrictService;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the "near" input of the search into a point: "lat,lon"; else a district of the tenant (its centre);
 * else a directory location by name or street (first match); else, only when {@code quartier.geocoder.url} is
 * set (a Nominatim-style {@code ?q=&format=json} service), the geocoder with a short timeout.
 */
@Component
public class OfferSearchNear {

    private static final Logger log = LoggerFactory.getLogger(OfferSearchNear.class);
    private static final Pattern LAT_LON =
            Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*[,;]\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where the point came from, for the page ("near Kannenstieg"). */
    public record Resolved(OfferSearch.Point point, String label) {}

    private final DistrictService districts;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final String geocoderUrl;
    private final HttpClient http;

    OfferSearchNear(
            DistrictService districts,
            EntityManager em,
            TransactionTemplate tx,
            @Value("${quartier.geocoder.url:}") String geocoderUrl) {
        this.districts = districts;
        this.em = em;
        this.tx = tx;
        this.geocoderUrl = geocoderUrl.strip();
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A point given as "lat,lon" with valid ranges, else empty. */
    public static Optional<OfferSearch.Point> parsePoint(String text) {
        Matcher m = LAT_LON.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double lat = Double.parseDouble(m.group(1));
        double lon = Double.parseDouble(m.group(2));
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return Optional.empty();
        }
        return Optional.of(new OfferSearch.Point(lat, lon));
    }

    /** The point for the text, or empty when nothing matches it. */
    public Optional<Resolved> resolve(String text) {
        String near = text.strip();
        if (near.isEmpty() || near.length() > 200) {
            return Optional.empty();
        }
        Optional<OfferSearch.Point> point = parsePoint(near);
        if (point.isPresent()) {
            return Optional.of(new Resolved(point.get(), near));
        }
        var district = districts.centre(near);
        if (district.isPresent()) {
            var d = district.get();
            return Optional.of(new Resolved(new OfferSearch.Point(d.lat(), d.lon()), d.name()));
        }
        Optional<Resolved> location = tx.execute(status -> location(near));
        if (location != null && location.isPresent()) {
            return location;
        }
        return geocode(near);
    }

    private Optional<Resolved> location(String near) {
        String pattern =
                "%" + near.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        List<Location> found = em.createQuery(
                        "select l from Location l where l.latitude is not null and l.longitude is not null"
                                + " and (lower(l.name) like :p or lower(l.street) like :p) order by l.name",
                        Location.class)
                .setParameter("p", pattern)
                .setMaxResults(1)
                .getResultList();
        return found.stream()
                .findFirst()
                .map(l -> new Resolved(new OfferSearch.Point(l.latitude(), l.longitude()), l.name()));
    }

    private Optional<Resolved> geocode(String near) {
        if (geocoderUrl.isEmpty()) {
            return Optional.empty();
        }
        try {
            String url = geocoderUrl + (geocoderUrl.contains("?") ? "&" : "?") + "format=json&limit=1&q="
                    + URLEncoder.encode(near, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3))
                            .header("User-Agent", "Quartier")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode first = JSON.readTree(response.body()).path(0);
            @Nullable String lat = first.path("lat").asString(null);
            @Nullable String lon = first.path("lon").asString(null);
            if (lat == null || lon == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new Resolved(new OfferSearch.Point(Double.parseDouble(lat), Double.parseDouble(lon)), near));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("Geocoder did not answer for a search: {}", e.toString());
            return Optional.empty();
        }
    }
}
