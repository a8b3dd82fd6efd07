package de.quartier.districts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Authorisation of the administration and the import's refusal of bad files, over real HTTP. */
@QuartierTest
class DistrictAdminTest {

    static final String ADMIN = "admin@magdeburg.example";
    static final String MANAGER = "qm.neustadt@magdeburg.example";
    static final String IMPORT = "/magdeburg/verwaltung/stadtteile/import";

    @LocalServerPort
    int port;

    long districtId(String slug) throws Exception {
        List<Map<String, Object>> all = JsonMapper.builder()
                .build()
                .readValue(new Http(port).get("/api/v1/magdeburg/districts").body(), new TypeReference<>() {});
        return ((Number) all.stream()
                        .filter(d -> slug.equals(d.get("slug")))
                        .findFirst()
                        .orElseThrow()
                        .get("id"))
                .longValue();
    }

    Map<String, String> districtForm(String csrf, String number, String name, String slug) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf);
        form.put("number", number);
        form.put("name", name);
        form.put("slug", slug);
        form.put("socialRegionId", "");
        form.put("centreLat", "52.1");
        form.put("centreLon", "11.6");
        form.put("areaKm2", "1.5");
        form.put("population", "1000");
        form.put("populationYear", "2025");
        form.put("wikidataId", "");
        return form;
    }

    @Test
    void districtManagerEditsOwnDistrictButNotKannenstieg() throws Exception {
        Http manager = new Http(port).login(MANAGER);
        long kannenstieg = districtId("kannenstieg");
        long neueNeustadt = districtId("neue-neustadt");

        assertThat(manager.get("/magdeburg/verwaltung/stadtteile").statusCode()).isEqualTo(200);
        assertThat(manager.get("/magdeburg/verwaltung/stadtteile/" + neueNeustadt)
                        .statusCode())
                .isEqualTo(200);
        assertThat(manager.get("/magdeburg/verwaltung/stadtteile/" + kannenstieg)
                        .statusCode())
                .isEqualTo(403);

        String csrf = manager.csrf("/magdeburg/verwaltung/stadtteile/" + neueNeustadt);
        var post = manager.postForm(
                "/magdeburg/verwaltung/stadtteile/" + kannenstieg, districtForm(csrf, "10", "Gekapert", "kannenstieg"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/magdeburg/stadtteile/kannenstieg").body())
                .contains("<h1 class=\"kern-heading-large\">Kannenstieg</h1>");

        // imports and definitions are for municipal admins only
        assertThat(manager.get(IMPORT).statusCode()).isEqualTo(403);
        assertThat(manager.get("/magdeburg/verwaltung/stadtteile/indikatoren").statusCode())
                .isEqualTo(403);
        var upload = manager.upload(
                IMPORT, csrf, "x.csv", "district,indicator,date,value\n06,sgb2,1981-12-31,1\n".getBytes());
        assertThat(upload.statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousCannotImport() throws Exception {
        Http anonymous = new Http(port);
        String csrf = anonymous.csrf("/login");
        var upload = anonymous.upload(
                IMPORT, csrf, "x.csv", "district,indicator,date,value\n06,sgb2,1982-12-31,1\n".getBytes());
        assertThat(upload.statusCode()).isIn(302, 401, 403);
        assertThat(upload.headers().firstValue("Location").orElse("")).doesNotContain("/import/");
        assertThat(anonymous.get(IMPORT).statusCode()).isIn(302, 401, 403);
        assertThat(csv()).doesNotContain("1982-12-31");
    }

    @Test
    void importWithABadRowIsRefusedAndStoresNothingUntilBadRowsAreSkipped() throws Exception {
        Http admin = new Http(port).login(ADMIN);
        String csrf = admin.csrf(IMPORT);
        String file = "district,indicator,date,value\n"
                + "06,sgb2,1983-12-31,21.5\n"
                + "Kannenstieg,sgb2,1983-12-31,27,4\n" // five columns: bad
                + "neustaedter-see;sgb2;1983-12-31;25\n"; // wrong separator: bad
        var upload = admin.upload(IMPORT, csrf, "werte.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        String preview = java.net
                .URI
                .create(upload.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(preview).contains("/import/");

        var page = admin.get(preview);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("3 Zeilen, davon 1 in Ordnung und 2 fehlerhaft")
                .contains("Erwartet werden 4 Spalten");

        // confirm without skipping: refused, nothing stored
        var refused = admin.postForm(preview, Map.of("_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Nicht importiert");
        assertThat(csv()).doesNotContain("1983-12-31");

        // a re-posted preview cannot smuggle rows in: only the stored upload counts
        var skipping =
                admin.postForm(preview, Map.of("_csrf", csrf, "skipBad", "true", "rows", "10,sgb2,1983-12-31,99"));
        assertThat(skipping.body()).contains("1 Werte importiert, 2 fehlerhafte Zeilen übersprungen");
        assertThat(csv()).contains("06,sgb2,1983-12-31,21.5").doesNotContain("10,sgb2,1983-12-31");

        // the same upload cannot be imported twice
        var again = admin.postForm(preview, Map.of("_csrf", csrf, "skipBad", "true"));
        assertThat(again.statusCode()).isEqualTo(302);
    }

    @Test
    void malformedFilesAreReportedAndNothingIsImported() throws Exception {
        Http admin = new Http(port).login(ADMIN);
        String csrf = admin.csrf(IMPORT);
        var binary = admin.upload(IMPORT, csrf, "bild.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThat(binary.statusCode()).isEqualTo(200);
        assertThat(binary.body()).contains("Die Datei wurde nicht angenommen").contains("keine Textdatei in UTF-8");
        var header = admin.upload(IMPORT, csrf, "x.csv", "a,b\n1,2\n".getBytes());
        assertThat(header.body()).contains("district, indicator, date und value");
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        var tooLarge = admin.upload(IMPORT, csrf, "gross.csv", large);
        assertThat(tooLarge.statusCode()).isEqualTo(200);
        assertThat(tooLarge.body()).contains("größer als 2 MB");
    }

    @Test
    void duplicateNumberAndSlugAreFieldErrors() throws Exception {
        Http admin = new Http(port).login(ADMIN);
        String csrf = admin.csrf("/magdeburg/verwaltung/stadtteile/neu");
        var response = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/neu", districtForm(csrf, "06", "Doppelt", "kannenstieg"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Diese Stadtteilnummer ist schon vergeben.")
                .contains("Diese Adresse ist schon vergeben.")
                .contains("aria-invalid=\"true\"");

        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        var created = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/neu",
                districtForm(csrf, "T" + suffix, "Teststadtteil " + suffix, "test-" + suffix));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(new Http(port).get("/magdeburg/stadtteile/test-" + suffix).body())
                .contains("Teststadtteil " + suffix);

        var typo = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/neu",
                Map.of("_csrf", csrf, "number", "X1", "name", "X", "slug", "x-" + suffix, "population", "viele"));
        assertThat(typo.statusCode()).isEqualTo(200);
        assertThat(typo.body()).contains("Bitte geben Sie eine Zahl ein");
    }

    @Test
    void adminCreatesASocialRegionAndItIsLabelledAssumedOnlyWhenTicked() throws Exception {
        Http admin = new Http(port).login(ADMIN);
        String csrf = admin.csrf("/magdeburg/verwaltung/stadtteile/regionen/neu");
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        var official = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/regionen/neu", Map.of("_csrf", csrf, "name", "Amtlich " + suffix));
        assertThat(official.statusCode()).isEqualTo(302);
        var assumed = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/regionen/neu",
                Map.of("_csrf", csrf, "name", "Vermutet " + suffix, "assumed", "true"));
        assertThat(assumed.statusCode()).isEqualTo(302);
        String list = admin.get("/magdeburg/verwaltung/stadtteile").body();
        assertThat(list).containsPattern("Amtlich " + suffix + "</a></li>");
        assertThat(list).containsPattern("Vermutet " + suffix + "</a> <span class=\"q-note\">");
        var duplicate = admin.postForm(
                "/magdeburg/verwaltung/stadtteile/regionen/neu", Map.of("_csrf", csrf, "name", "amtlich " + suffix));
        assertThat(duplicate.body()).contains("Eine Sozialregion mit diesem Namen gibt es schon.");
    }

    @Test
    void publicPagesRenderAndUnknownSlugIs404() throws Exception {
        Http http = new Http(port);
        var overview = http.get("/magdeburg/stadtteile?indicator=sgb2&year=2024&sort=value&dir=desc");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body())
                .contains("SGB-II-Quote (%), 2024")
                .contains("Hoher Bedarf")
                .contains("Demofigur");
        Matcher first = Pattern.compile("<tbody[^>]*>\\s*<tr[^>]*>\\s*<th[^>]*><a[^>]*>([^<]+)</a>")
                .matcher(overview.body());
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isIn("Kannenstieg", "Neu Olvenstedt", "Neustädter See", "Neue Neustadt");
        assertThat(http.get("/magdeburg/stadtteile/gibt-es-nicht").statusCode()).isEqualTo(404);
        assertThat(http.get("/magdeburg/stadtteile?year=abc&region=x").statusCode())
                .isEqualTo(200);
    }

    String csv() throws Exception {
        return new Http(port).get("/api/v1/magdeburg/indicators.csv").body();
    }
}
