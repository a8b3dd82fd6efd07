package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.AccountService;
import de.quartier.accounts.Role;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@QuartierTest
class OfferPageTest {

    static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    AccountService accounts;

    OfferPageFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = beans.createBean(OfferPageFixtures.class);
    }

    OfferPageFixtures.Entry published(String title) {
        return fixtures.create(
                title,
                "Wir sprechen Deutsch beim Kaffee.\n\nJeden Montag und Mittwoch.",
                EntryStatus.PUBLISHED,
                "kannenstieg");
    }

    @Test
    void publishedOfferShowsEverythingAVisitorNeeds() throws Exception {
        var entry = published("Sprachcafé für Nachbarinnen");
        var response = new Http(port).get("/magdeburg/angebote/" + entry.offerId());
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html)
                .contains("Sprachcafé für Nachbarinnen")
                .contains(entry.organisationName())
                .contains("href=\"/magdeburg/organisationen/" + entry.organisationId() + "\"")
                .contains("Lübecker Straße 12, 39124 Magdeburg")
                .contains("Ebenfalls hier:")
                .contains(entry.neighbourName())
                .contains("Montag")
                .contains("09:00–12:00")
                .contains("Mittwoch")
                .contains("14:30–17:00")
                .contains("In den Ferien geschlossen")
                .contains("Arabisch")
                .contains("Ukrainisch")
                .contains("Neu Zugewanderte")
                .contains("Kostenlos")
                .contains("Spenden willkommen")
                .contains("Einfach vorbeikommen")
                .contains("Ebenerdiger Eingang")
                .contains("Herr Müller")
                .contains("mailto:cafe@buergerhilfe.example")
                .contains("https://buergerhilfe.example/cafe")
                .contains("Aktivierung und Beteiligung")
                .contains("id=\"directory-places-map\"")
                // two paragraphs, and nothing marked as German fallback for a German visitor
                .contains("<p class=\"kern-body q-text\">Wir sprechen Deutsch beim Kaffee.</p>")
                .doesNotContain("liegt nur auf Deutsch vor")
                .doesNotContain("Nicht öffentlich sichtbar");
    }

    @Test
    void arabicVisitorSeesTheArabicTitleAndTheGermanDescriptionMarked() throws Exception {
        var entry = published("Sprachcafé am Kannenstieg");
        String html = new Http(port)
                .get("/magdeburg/angebote/" + entry.offerId() + "?lang=ar")
                .body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(html).contains("<h1 class=\"kern-heading-large\">مقهى اللغة ");
        assertThat(html).doesNotContain("<h1 class=\"kern-heading-large\" lang=\"de\"");
        assertThat(html).contains("هذا النص متوفر باللغة الألمانية فقط.");
        assertThat(html)
                .contains(
                        "<p class=\"kern-body q-text\" lang=\"de\" dir=\"ltr\">Wir sprechen Deutsch beim Kaffee.</p>");
        // weekday and language names in Arabic
        assertThat(html).contains("الاثنين").contains("العربية");

        String english = new Http(port)
                .get("/magdeburg/angebote/" + entry.offerId() + "?lang=en")
                .body();
        assertThat(english).contains("Language café ").contains("Monday").contains("Arabic");
        assertThat(english).contains("This text is only available in German.");
    }

    @Test
    void jsonLdDescribesTheServiceWithProviderAddressAndHours() throws Exception {
        var entry = published("Hausaufgabenhilfe Kannenstieg");
        JsonNode json = jsonLd(
                new Http(port).get("/magdeburg/angebote/" + entry.offerId()).body());
        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asString()).isEqualTo("Service");
        assertThat(json.get("name").asString()).isEqualTo("Hausaufgabenhilfe Kannenstieg");
        assertThat(json.get("provider").get("name").asString()).isEqualTo(entry.organisationName());
        assertThat(json.get("address").get("streetAddress").asString()).isEqualTo("Lübecker Straße 12");
        JsonNode place = json.get("availableChannel").get(0).get("serviceLocation");
        assertThat(place.get("address").get("postalCode").asString()).isEqualTo("39124");
        assertThat(place.get("geo").get("latitude").asDouble()).isEqualTo(52.149);
        assertThat(json.get("hoursAvailable").get(0).get("dayOfWeek").asString())
                .isEqualTo("https://schema.org/Monday");
        assertThat(json.get("hoursAvailable").get(1).get("opens").asString()).isEqualTo("14:30");
        assertThat(json.get("availableLanguage").toString()).contains("\"ar\"");
        assertThat(json.get("offers").get("price").asString()).isEqualTo("0");
        assertThat(json.get("areaServed").get(0).get("name").asString()).isEqualTo("Kannenstieg");
    }

    @Test
    void scriptInTitleAndDescriptionIsShownAsText() throws Exception {
        var entry = fixtures.create(
                "<script>alert(1)</script> Kochkurs",
                "Hallo </script><script>alert(2)</script> & <b>fett</b>",
                EntryStatus.PUBLISHED,
                "kannenstieg");
        String html =
                new Http(port).get("/magdeburg/angebote/" + entry.offerId()).body();
        assertThat(html).doesNotContain("<script>alert(").doesNotContain("<b>fett");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Kochkurs");
        assertThat(html).contains("&lt;b&gt;fett&lt;/b&gt;");
        // the JSON-LD cannot be broken out of and still says the same
        JsonNode json = jsonLd(html);
        assertThat(json.get("name").asString()).isEqualTo("<script>alert(1)</script> Kochkurs");
        assertThat(json.get("description").asString()).contains("</script><script>alert(2)</script>");
    }

    @Test
    void archivedOfferIsHiddenFromThePublicButShownToAnAdminWithItsStatus() throws Exception {
        var entry = fixtures.create("Archiviertes Angebot", "Alt.", EntryStatus.ARCHIVED, "kannenstieg");
        assertThat(new Http(port).get("/magdeburg/angebote/" + entry.offerId()).statusCode())
                .isEqualTo(404);
        var admin = new Http(port).login("admin@magdeburg.example");
        var response = admin.get("/magdeburg/angebote/" + entry.offerId());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Nicht öffentlich sichtbar.").contains("archiviert");
        // a district manager of other districts does not see it
        var manager = new Http(port).login("qm.neustadt@magdeburg.example");
        assertThat(manager.get("/magdeburg/angebote/" + entry.offerId()).statusCode())
                .isEqualTo(404);
        // nor does anyone see an offer of an organisation that is not published
        var other = published("Angebot einer gesperrten Organisation");
        fixtures.setOrganisationStatus(other.organisationId(), EntryStatus.PENDING);
        assertThat(new Http(port).get("/magdeburg/angebote/" + other.offerId()).statusCode())
                .isEqualTo(404);
        assertThat(new Http(port).get("/magdeburg/angebote/999999999").statusCode())
                .isEqualTo(404);
        assertThat(new Http(port).get("/magdeburg/angebote/kein-angebot").statusCode())
                .isEqualTo(404);
    }

    @Test
    void editorsSeeTheirOwnOrganisationsUnpublishedOfferOnly() throws Exception {
        var own = fixtures.create("Entwurf des Trägers", "x", EntryStatus.PENDING, "kannenstieg");
        var foreign = fixtures.create("Entwurf eines anderen Trägers", "x", EntryStatus.PENDING, "kannenstieg");
        TenantContext.runAs(
                fixtures.magdeburg(),
                () -> accounts.grantOrganisationScope(
                        "traeger@magdeburg.example", Role.ORGANISATION_EDITOR, Set.of(own.organisationId())));
        var editor = new Http(port).login("traeger@magdeburg.example");
        var response = editor.get("/magdeburg/angebote/" + own.offerId());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Nicht öffentlich sichtbar.").contains("wartet auf Freigabe");
        assertThat(editor.get("/magdeburg/angebote/" + foreign.offerId()).statusCode())
                .isEqualTo(404);
        assertThat(new Http(port).get("/magdeburg/angebote/" + own.offerId()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void wegweiserIsAPdfOfTheDistrictsOffersWithUmlauts() throws Exception {
        var entry = published("Größere Übungsrunde für Ältere – Sprachcafé");
        var archived = fixtures.create("Verstecktes Archivangebot", "x", EntryStatus.ARCHIVED, "kannenstieg");
        HttpResponse<byte[]> response = bytes("/magdeburg/angebote/wegweiser.pdf?district=kannenstieg");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("inline; filename=\"wegweiser-kannenstieg.pdf\"");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Wegweiser")
                .contains("Kannenstieg")
                .contains("Größere Übungsrunde für Ältere – Sprachcafé")
                .contains(entry.organisationName())
                .contains("Lübecker Straße 12")
                .contains("Montag: 09:00–12:00")
                .contains("Aktivierung und Beteiligung")
                .doesNotContain(archived.title());

        // the district also by id; in English the guide is English
        long id = entry.district().id();
        HttpResponse<byte[]> english = bytes("/magdeburg/angebote/wegweiser.pdf?district=" + id + "&lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(english.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Guide")
                    .contains("Monday");
        }
    }

    @Test
    void wegweiserOfAnUnknownDistrictIsTheNotFoundPage() throws Exception {
        var response = new Http(port).get("/magdeburg/angebote/wegweiser.pdf?district=atlantis");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new Http(port).get("/magdeburg/angebote/wegweiser.pdf").statusCode())
                .isEqualTo(404);
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(new Http(port).uri(path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode jsonLd(String html) {
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).as("JSON-LD block").isTrue();
        assertThat(m.group(1)).doesNotContain("<");
        return JsonMapper.builder().build().readTree(m.group(1));
    }
}
