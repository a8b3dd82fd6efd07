package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** CSV import of organisations and offers: per-row errors, nothing stored on error, BOM and separators. */
@QuartierTest
class CsvDirectoryImportTest {

    static final String PAGE = "/magdeburg/verwaltung/verzeichnis/import";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HsdsFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new HsdsFixtures(context);
    }

    /** Uploads a CSV and returns the preview's path. */
    String upload(Http http, String format, byte[] content) throws Exception {
        HttpResponse<String> response =
                http.upload(PAGE + "/csv?format=" + format, http.csrf(PAGE), "daten.csv", content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    Optional<Organisation> organisation(String name) {
        return TenantContext.callAs(
                fixtures.magdeburg(),
                () -> fixtures.tx.execute(s -> fixtures.organisations.findAll().stream()
                        .filter(o -> o.name().equals(name))
                        .peek(o -> {
                            o.districtIds().size();
                            o.locations().size();
                        })
                        .findFirst()));
    }

    List<Offer> offersOf(String organisation) {
        return TenantContext.callAs(
                fixtures.magdeburg(),
                () -> fixtures.tx.execute(s -> fixtures.offers.findAll().stream()
                        .filter(o -> o.organisation().name().equals(organisation))
                        .peek(o -> {
                            o.languages().size();
                            o.targetGroups().size();
                            o.actionFields().size();
                            o.schedule().size();
                            o.locations().size();
                        })
                        .toList()));
    }

    @Test
    void organisationsAndOffersImportWithBomSemicolonsAndCommas() throws Exception {
        String a = HsdsFixtures.unique("CSV Verein");
        String b = HsdsFixtures.unique("CSV Initiative");
        String orgs =
                "\uFEFFname;kind;description;website;email;phone;districts;street;postal_code;city;latitude;longitude\r\n"
                        + a
                        + ";ASSOCIATION;\"Treff; mit Semikolon\";www.example.org;a@example.org;0391 1;06|Alte Neustadt;"
                        + "Lübecker Straße 1;39124;Magdeburg;52,1576;11,6310\r\n"
                        + b + ";initiative;;;;;;;;;;\r\n";
        Http admin = new Http(port).login("admin@magdeburg.example");
        String preview = upload(admin, "csv-organisations", orgs.getBytes(StandardCharsets.UTF_8));
        String page = admin.get(preview).body();
        assertThat(page).contains(a, b).doesNotContain("q-row-error");
        var done = admin.postForm(preview, Map.of("_csrf", admin.csrf(preview)));
        assertThat(done.body()).contains("id=\"import-done\"");

        Organisation first = organisation(a).orElseThrow();
        assertThat(first.kind()).isEqualTo(OrganisationKind.ASSOCIATION);
        assertThat(first.description()).isEqualTo("Treff; mit Semikolon");
        assertThat(first.status()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(first.districtIds()).hasSize(2);
        assertThat(first.locations()).hasSize(1);
        Location place = first.locations().iterator().next();
        assertThat(place.latitude()).isEqualTo(52.1576);
        assertThat(place.districtId()).as("nearest district centre").isNotNull();
        assertThat(organisation(b).orElseThrow().kind()).isEqualTo(OrganisationKind.INITIATIVE);

        String offers = "organisation,title,cost,access,languages,target_groups,action_fields,opening_hours\n"
                + a + ",Sprachcafé,free,APPOINTMENT,de|ar|uk,NEWCOMERS|WOMEN,integration|networking,"
                + "Mo 09:00-12:00|Mi 14:00-17:00\n";
        String offerPreview = upload(admin, "csv-offers", offers.getBytes(StandardCharsets.UTF_8));
        assertThat(admin.get(offerPreview).body()).doesNotContain("q-row-error");
        admin.postForm(offerPreview, Map.of("_csrf", admin.csrf(offerPreview)));
        List<Offer> imported = offersOf(a);
        assertThat(imported).hasSize(1);
        Offer offer = imported.get(0);
        assertThat(offer.title()).isEqualTo("Sprachcafé");
        assertThat(offer.access()).isEqualTo(AccessMode.APPOINTMENT);
        assertThat(offer.languages()).containsExactlyInAnyOrder("de", "ar", "uk");
        assertThat(offer.targetGroups()).containsExactlyInAnyOrder(TargetGroup.NEWCOMERS, TargetGroup.WOMEN);
        assertThat(offer.actionFields())
                .extracting(ActionField::code)
                .containsExactlyInAnyOrder("integration", "networking");
        assertThat(offer.schedule()).extracting(ScheduleSlot::weekday).containsExactly(1, 3);

        // the same file again updates instead of duplicating
        String again = upload(admin, "csv-offers", offers.getBytes(StandardCharsets.UTF_8));
        assertThat(admin.get(again).body())
                .contains(context.getMessage("directory.import.change.updated", null, java.util.Locale.GERMAN));
        admin.postForm(again, Map.of("_csrf", admin.csrf(again)));
        assertThat(offersOf(a)).hasSize(1);
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndNothingIsStoredUnlessSkipped() throws Exception {
        String good = HsdsFixtures.unique("CSV Gut");
        String bad = HsdsFixtures.unique("CSV Schlecht");
        String csv = "name;kind;email;districts;latitude;longitude\n"
                + good + ";SCHOOL;schule@example.org;Kannenstieg;;\n"
                + bad + ";RAUMSCHIFF;keine-mail;Atlantis;95;11\n"
                + good + ";SCHOOL;;;;\n"
                + ";;;;;\n"
                + "\"offen;;;;;\n";
        Http admin = new Http(port).login("admin@magdeburg.example");
        String preview = upload(admin, "csv-organisations", csv.getBytes(StandardCharsets.UTF_8));
        String page = admin.get(preview).body();
        assertThat(page.split("q-row-error", -1)).hasSize(5);
        assertThat(page)
                .contains("<code>kind</code>", "<code>email</code>", "<code>districts</code>", "<code>latitude</code>")
                .contains("Unbekannte Organisationsart „RAUMSCHIFF“")
                .contains("Unbekannter Stadtteil „Atlantis“")
                .contains("Kommt schon in Zeile 2 vor")
                .contains("Pflichtfeld ist leer")
                .contains("Anführungszeichen");

        var refused = admin.postForm(preview, Map.of("_csrf", admin.csrf(preview)));
        assertThat(refused.body()).contains("id=\"import-refused\"");
        assertThat(organisation(good)).isEmpty();
        assertThat(organisation(bad)).isEmpty();

        var skipped = admin.postForm(preview, Map.of("_csrf", admin.csrf(preview), "skipBad", "true"));
        assertThat(skipped.body()).contains("id=\"import-done\"");
        assertThat(organisation(good)).isPresent();
        assertThat(organisation(bad)).isEmpty();
    }

    @Test
    void wrongHeaderNotTextAndEmptyFilesAreRefused() throws Exception {
        Http admin = new Http(port).login("admin@magdeburg.example");
        String wrong = upload(admin, "csv-organisations", "name;farbe\nX;blau\n".getBytes(StandardCharsets.UTF_8));
        assertThat(admin.get(wrong).body()).contains("id=\"import-refused\"").contains("farbe");
        String binary = admin.upload(
                        PAGE + "/csv?format=csv-offers", admin.csrf(PAGE), "x.csv", new byte[] {(byte) 0xff, 0, 1})
                .body();
        assertThat(binary).contains("id=\"import-problem\"");
        String empty = upload(admin, "csv-offers", "organisation;title\n".getBytes(StandardCharsets.UTF_8));
        assertThat(admin.get(empty).body()).contains("id=\"import-refused\"");
    }

    @Test
    void templatesAreDownloadableAndDistrictManagersImportOnlyIntoTheirDistricts() throws Exception {
        Http manager = new Http(port).login("qm.neustadt@magdeburg.example");
        var template = manager.get(PAGE + "/vorlage-organisationen.csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).startsWith(String.join(";", DirectoryCsv.ORGANISATION_COLUMNS));
        assertThat(manager.get(PAGE + "/vorlage-angebote.csv").body()).startsWith("organisation;title;");

        String mine = HsdsFixtures.unique("CSV Neustadt");
        String foreign = HsdsFixtures.unique("CSV Buckau");
        String csv = "name;districts\n" + mine + ";Neue Neustadt\n" + foreign + ";Buckau\n";
        String preview = upload(manager, "csv-organisations", csv.getBytes(StandardCharsets.UTF_8));
        String page = manager.get(preview).body();
        assertThat(page.split("q-row-error", -1)).hasSize(2);
        assertThat(page).contains("gehört nicht zu Ihren Stadtteilen");
        manager.postForm(preview, Map.of("_csrf", manager.csrf(preview), "skipBad", "true"));
        assertThat(organisation(mine)).isPresent();
        assertThat(organisation(foreign)).isEmpty();
    }
}
