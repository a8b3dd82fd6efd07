package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.quartier.shared.BrowserTest;
import de.quartier.shared.Http;
import de.quartier.shared.TenantInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data flow: an HSDS export of the demo tenant re-imports into an empty tenant with the same
 * counts, through the admin's import page; importing the same file again changes nothing.
 */
class OpenDataBrowserTest extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    int total(Http http, String path) throws Exception {
        return JSON.readTree(http.get(path).body()).get("total_items").intValue();
    }

    int count(String type, String change) {
        return Integer.parseInt(
                page.locator("#import-counts tr:has-text('" + type + "') td[data-count='" + change + "']")
                        .innerText()
                        .strip());
    }

    void uploadHsds(Path file) {
        page.locator("#hsds-file").setInputFiles(file);
        page.locator("form:has(#hsds-file) button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void exportOfTheDemoTenantReimportsIntoAnEmptyTenantWithTheSameCounts() throws Exception {
        HsdsFixtures fixtures = new HsdsFixtures(context);
        fixtures.directory(fixtures.magdeburg(), HsdsFixtures.unique("Offene Daten"));
        fixtures.directory(fixtures.magdeburg(), HsdsFixtures.unique("Offene Daten"));

        Http http = new Http(port);
        String export = http.get("/api/hsds/v3/magdeburg/export").body();
        JsonNode organisations = JSON.readTree(export);
        int services = 0;
        Set<String> locations = new HashSet<>();
        for (JsonNode o : organisations) {
            services += o.get("services").size();
            o.get("locations").forEach(l -> locations.add(l.get("id").stringValue()));
            for (JsonNode s : o.get("services")) {
                s.get("service_at_locations")
                        .forEach(sal -> locations.add(sal.get("location_id").stringValue()));
            }
        }
        assertThat(organisations.size()).isEqualTo(total(http, "/api/hsds/v3/magdeburg/organizations"));
        assertThat(services).isEqualTo(total(http, "/api/hsds/v3/magdeburg/services"));
        Path file = Files.createTempFile("magdeburg-hsds", ".json");
        Files.writeString(file, export);

        TenantInfo empty = fixtures.emptyTenant();
        String admin = fixtures.person(empty, "MUNICIPAL_ADMIN");
        assertThat(total(http, "/api/hsds/v3/" + empty.slug() + "/organizations"))
                .isZero();

        login(admin, HsdsFixtures.PASSWORD);
        open("/" + empty.slug() + "/verwaltung/verzeichnis/import");
        assertThat(page.locator("#hsds-export").getAttribute("href"))
                .isEqualTo("/api/hsds/v3/" + empty.slug() + "/export");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/opendata-import.png")));
        uploadHsds(file);
        assertAccessible();
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(false).setPath(Path.of("target/opendata-hsds-preview.png")));
        assertThat(page.locator("#import-refused").count()).isZero();
        assertThat(count("Organisationen", "new")).isEqualTo(organisations.size());
        assertThat(count("Angebote", "new")).isEqualTo(services);
        assertThat(count("Standorte", "new")).isEqualTo(locations.size());
        assertThat(count("Organisationen", "unchanged")).isZero();

        page.locator("#import-confirm").click();
        page.waitForLoadState();
        assertThat(page.locator("#import-done").isVisible()).isTrue();
        assertAccessible();

        assertThat(total(http, "/api/hsds/v3/" + empty.slug() + "/organizations"))
                .isEqualTo(organisations.size());
        assertThat(total(http, "/api/hsds/v3/" + empty.slug() + "/services")).isEqualTo(services);

        // the same file again: nothing new
        open("/" + empty.slug() + "/verwaltung/verzeichnis/import");
        uploadHsds(file);
        assertThat(page.locator("#import-nothing-new").isVisible()).isTrue();
        assertThat(count("Organisationen", "new")).isZero();
        assertThat(count("Angebote", "new")).isZero();
        assertThat(count("Standorte", "updated")).isZero();
        assertThat(count("Angebote", "unchanged")).isEqualTo(services);
        assertAccessible();
        page.locator("#import-confirm").click();
        page.waitForLoadState();
        assertThat(total(http, "/api/hsds/v3/" + empty.slug() + "/organizations"))
                .isEqualTo(organisations.size());
        assertThat(total(http, "/api/hsds/v3/" + empty.slug() + "/services")).isEqualTo(services);
    }

    @Test
    void aBrokenFileIsRefusedWithItsErrorsAndTheCsvPreviewIsAccessible() throws Exception {
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/verzeichnis/import");
        Path broken = Files.createTempFile("kaputt", ".json");
        Files.writeString(broken, "[{\"id\":\"keine-uuid\",\"name\":\"<b>fett</b>\"}]");
        uploadHsds(broken);
        assertThat(page.locator("#import-refused").isVisible()).isTrue();
        assertThat(page.locator("#import-errors").innerText()).contains("keine UUID");
        assertThat(page.locator("#import-confirm").count()).isZero();
        assertAccessible();

        open("/magdeburg/verwaltung/verzeichnis/import");
        Path csv = Files.createTempFile("orgs", ".csv");
        Files.writeString(csv, "name;kind\n" + HsdsFixtures.unique("Browser CSV") + ";ASSOCIATION\n;UFO\n");
        page.locator("#csv-file").setInputFiles(csv);
        page.locator("form:has(#csv-file) button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("tr.q-row-error").count()).isEqualTo(1);
        assertAccessible();
        phone();
        assertAccessible();
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setFullPage(true);
        page.screenshot(options.setPath(Path.of("target/opendata-csv-preview.png")));
    }
}
