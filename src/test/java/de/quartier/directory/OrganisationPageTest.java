package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@QuartierTest
class OrganisationPageTest {

    @LocalServerPort
    int port;

    @Autowired
    AutowireCapableBeanFactory beans;

    OfferPageFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = beans.createBean(OfferPageFixtures.class);
    }

    @Test
    void organisationPageShowsOffersPlacesNeighboursAndCooperations() throws Exception {
        var entry = fixtures.create("Elterncafé Kannenstieg", "Für Eltern.", EntryStatus.PUBLISHED, "kannenstieg");
        var response = new Http(port).get("/magdeburg/organisationen/" + entry.organisationId());
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html)
                .contains("<h1 class=\"kern-heading-large\">" + entry.organisationName() + "</h1>")
                .contains("Träger / Wohlfahrtsverband")
                .contains("<p class=\"kern-body q-text\">Wir beraten Familien.</p>")
                .contains("<p class=\"kern-body q-text\">Und wir kochen zusammen.</p>")
                .contains("href=\"https://www.buergerhilfe.example\"")
                .contains("Frau Özdemir")
                .contains("href=\"tel:0391123456\"")
                .contains("href=\"/magdeburg/stadtteile/kannenstieg\"")
                .contains("Lübecker Straße 12, 39124 Magdeburg")
                .contains("Ebenfalls hier:")
                .contains("href=\"/magdeburg/organisationen/" + entry.neighbourId() + "\"")
                .contains("href=\"/magdeburg/angebote/" + entry.offerId() + "\"")
                .contains("Elterncafé Kannenstieg")
                .contains(entry.partnerName())
                .contains("Vermittlungsweg")
                .contains("seit 01.04.2023")
                .contains("src=\"/magdeburg/organisationen/" + entry.organisationId() + "/logo\"");

        JsonNode json = OfferPageTest.jsonLd(html);
        assertThat(json.get("@type").asString()).isEqualTo("NGO");
        assertThat(json.get("name").asString()).isEqualTo(entry.organisationName());
        assertThat(json.get("address").get("streetAddress").asString()).isEqualTo("Lübecker Straße 12");
        assertThat(json.get("logo").asString())
                .endsWith("/magdeburg/organisationen/" + entry.organisationId() + "/logo");
        assertThat(json.get("makesOffer").get(0).get("itemOffered").get("name").asString())
                .isEqualTo("Elterncafé Kannenstieg");

        // an organisation without a location says so
        String neighbour = new Http(port)
                .get("/magdeburg/organisationen/" + entry.partnerId())
                .body();
        assertThat(neighbour).contains("Keine eigenen Räume angegeben.").contains(entry.organisationName());
    }

    @Test
    void arabicVisitorSeesTheGermanDescriptionMarked() throws Exception {
        var entry = fixtures.create("Beratung", "Text.", EntryStatus.PUBLISHED, "kannenstieg");
        String html = new Http(port)
                .get("/magdeburg/organisationen/" + entry.organisationId() + "?lang=ar")
                .body();
        assertThat(html).contains("هذا النص متوفر باللغة الألمانية فقط.");
        assertThat(html).contains("<p class=\"kern-body q-text\" lang=\"de\" dir=\"ltr\">Wir beraten Familien.</p>");
        // the offer's Arabic title in the list
        assertThat(html).contains("مقهى اللغة ");
    }

    @Test
    void logoIsServedWithItsTypeNosniffAndCaching() throws Exception {
        var entry = fixtures.create("Logo-Test", "x", EntryStatus.PUBLISHED, "kannenstieg");
        var client = HttpClient.newHttpClient();
        var uri = new Http(port).uri("/magdeburg/organisationen/" + entry.organisationId() + "/logo");
        HttpResponse<byte[]> logo =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(logo.headers().allValues("Cache-Control")).containsExactly("max-age=3600, public");
        assertThat(logo.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        String etag = logo.headers().firstValue("ETag").orElseThrow();
        var again = client.send(
                HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);

        // no logo, no page for organisations that are not published
        fixtures.setOrganisationStatus(entry.organisationId(), EntryStatus.PENDING);
        assertThat(client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Http(port)
                        .get("/magdeburg/organisationen/" + entry.organisationId())
                        .statusCode())
                .isEqualTo(404);
        // the organisation's editor scope is not given here, but an admin sees the pending organisation
        var admin = new Http(port).login("admin@magdeburg.example");
        var page = admin.get("/magdeburg/organisationen/" + entry.organisationId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("wartet auf Freigabe");
    }

    @Test
    void azListFiltersByDistrictAndKindAndLinksTheWegweiser() throws Exception {
        var entry = fixtures.create("Liste", "x", EntryStatus.PUBLISHED, "kannenstieg");
        var hidden = fixtures.create("Versteckt", "x", EntryStatus.PUBLISHED, "kannenstieg");
        fixtures.setOrganisationStatus(hidden.organisationId(), EntryStatus.PENDING);
        var http = new Http(port);
        String all = http.get("/magdeburg/organisationen").body();
        assertThat(all).contains("Organisationen von A bis Z");

        long district = entry.district().id();
        String filtered = http.get("/magdeburg/organisationen?district=" + district + "&kind=WELFARE")
                .body();
        assertThat(filtered)
                .contains("Organisationen in Kannenstieg")
                .contains(entry.organisationName())
                .doesNotContain(entry.neighbourName()) // an association, and works in no district
                .doesNotContain(hidden.organisationName())
                .contains("href=\"/magdeburg/angebote/wegweiser.pdf?district=kannenstieg\"")
                .contains("<option value=\"WELFARE\" selected>");
        // by slug too, and nonsense parameters are ignored
        assertThat(http.get("/magdeburg/organisationen?district=kannenstieg&page=x&kind=%3Cb%3E")
                        .body())
                .contains(entry.organisationName());
        var bad = http.get("/magdeburg/organisationen?page=99999999999&district=%27");
        assertThat(bad.statusCode()).isEqualTo(200);
    }
}
