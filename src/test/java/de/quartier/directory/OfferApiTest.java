package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The search API and page over real HTTP: JSON shape, problem JSON, conditional GET, no session. */
@QuartierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferRepository offers;

    @Autowired
    TransactionTemplate tx;

    OfferSearchFixture data;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void createOffers() {
        data = OfferSearchFixture.create(context);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(port).uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasItemsFacetsPagingAndDistance() throws Exception {
        var response = get("/api/v1/magdeburg/offers?q=" + enc("Deutschkurs für Frauen " + data.marker())
                + "&near=Kannenstieg&radius=2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<>() {});
        assertThat(body).containsKeys("items", "facets", "page", "pages", "total", "near");
        assertThat(body).containsEntry("total", 1).containsEntry("page", 1).containsEntry("sort", "relevance");
        var item = ((List<Map<String, Object>>) body.get("items")).getFirst();
        assertThat(item)
                .containsEntry("id", (int) data.women())
                .containsEntry("title", "Deutsch-Kurs für Frauen und Mütter")
                .containsEntry("cost", "free")
                .containsKeys("summary", "districts", "languages", "targetGroups", "distanceKm", "url");
        assertThat((Map<String, Object>) item.get("organisation")).containsEntry("name", "Testverein " + data.marker());
        assertThat((List<Map<String, Object>>) item.get("districts"))
                .extracting(d -> d.get("name"))
                .containsExactly("Kannenstieg");
        assertThat(((Number) item.get("distanceKm")).doubleValue()).isBetween(0.1, 0.3);
        assertThat((String) item.get("url")).endsWith("/magdeburg/angebote/" + data.women());
        var facets = (Map<String, List<Map<String, Object>>>) body.get("facets");
        assertThat(facets).containsKeys("district", "field", "group", "language", "cost");
        assertThat(facets.get("cost"))
                .contains(Map.of("value", "free", "label", "Kostenlos", "count", 1, "selected", false));

        var page2 = JSON.readValue(
                get("/api/v1/magdeburg/offers?q=" + data.marker() + "&page=2&cost=fee")
                        .body(),
                new TypeReference<Map<String, Object>>() {});
        assertThat(page2).containsEntry("total", 24).containsEntry("page", 2).containsEntry("pages", 2);
        assertThat((List<?>) page2.get("items")).hasSize(4);
    }

    @Test
    void badParametersAreProblemJson() throws Exception {
        for (String query : List.of(
                "radius=0",
                "radius=51",
                "radius=abc",
                "page=0",
                "page=51",
                "page=x",
                "district=abc",
                "group=aliens",
                "cost=cheap",
                "sort=random",
                "lat=200&lon=1",
                "lat=52",
                "near=" + enc("Atlantis " + data.marker()))) {
            var response = get("/api/v1/magdeburg/offers?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(query)
                    .startsWith("application/problem+json");
            assertThat(response.body()).as(query).contains("\"status\":400").contains("\"errors\"");
        }
        // syntax characters are words, not an error
        var hostile = get("/api/v1/magdeburg/offers?q=" + enc("\"(*:~\\ " + data.marker()));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(get("/magdeburg/angebote?q=" + enc("\"(*:~\\") + "&radius=abc&page=-1")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anonymousRepeatVisitsGet304UntilTheDirectoryChanges() throws Exception {
        for (String path : List.of(
                "/magdeburg/angebote?q=" + data.marker() + "&cost=free",
                "/api/v1/magdeburg/offers?q=" + data.marker() + "&cost=free")) {
            var first = get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
            var again = get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            // another query, another language: another ETag
            assertThat(get(path + "&sort=title").headers().firstValue("ETag")).isNotEqualTo(Optional(etag));
            assertThat(get(path + "&lang=en", "If-None-Match", etag).statusCode())
                    .isEqualTo(200);
        }
        String path = "/magdeburg/angebote?q=" + data.marker() + "&sort=title";
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        TenantContext.runAs(
                data.tenant(),
                () -> tx.executeWithoutResult(status -> {
                    Offer offer = offers.findById(data.homework()).orElseThrow();
                    offer.update(
                            "Hausaufgabenhilfe am Nachmittag",
                            offer.description(),
                            offer.cost(),
                            null,
                            offer.access(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
                }));
        var changed = get(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Hausaufgabenhilfe am Nachmittag");
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(Optional(etag));
    }

    @Test
    void signedInPagesCarryNoETag() throws Exception {
        Http http = new Http(port).login("koordination@magdeburg.example");
        var page = http.get("/magdeburg/angebote?q=" + data.marker());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void anonymousSearchPageCreatesNoSession() throws Exception {
        var response =
                get("/magdeburg/angebote?q=" + enc("Deutschkurs " + data.marker()) + "&near=Kannenstieg&view=map");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("QUARTIER_SESSION"));
        assertThat(response.body())
                .contains("Deutsch-Kurs für Frauen und Mütter")
                .contains("href=\"/magdeburg/angebote/" + data.women() + "\"")
                .contains("id=\"offer-map\"")
                .contains("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster-src.js")
                .contains("Umkreis von 2 km um Kannenstieg");
        assertThat(get("/magdeburg/angebote").headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("QUARTIER_SESSION"));
    }

    @Test
    void pageKeepsTheWholeQueryInLinksAndShowsTheGuideForOneDistrict() throws Exception {
        var body = get("/magdeburg/angebote?q=" + data.marker() + "&district=" + data.kannenstieg())
                .body();
        assertThat(body)
                .contains("href=\"/magdeburg/angebote/wegweiser.pdf?district=" + data.kannenstieg() + "\"")
                .contains("value=\"" + data.kannenstieg() + "\" checked")
                .contains("3 Angebote");
        var paged = get("/magdeburg/angebote?q=" + data.marker()).body();
        assertThat(paged).contains("/magdeburg/angebote?q=" + data.marker() + "&amp;page=2");
        var unknown = get("/magdeburg/angebote?near=" + enc("Atlantis " + data.marker()))
                .body();
        assertThat(unknown).contains("kennen wir nicht");
    }

    static java.util.Optional<String> Optional(String value) {
        return java.util.Optional.of(value);
    }
}
