package de.quartier.districts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.quartier.shared.BrowserTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DistrictsBrowserTest extends BrowserTest {

    /** Elements that stick out to the right, to say what breaks the phone layout. */
    static final String WIDEST = "document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': '"
            + " + Array.from(document.querySelectorAll('body *')).filter(e => {"
            + " if (e.getBoundingClientRect().right <= window.innerWidth + 1) return false;"
            + " for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
            + " if (getComputedStyle(a).overflowX !== 'visible') return false; }"
            + " return true; }).slice(0, 8).map(e => e.tagName + '.' + e.className + ' '"
            + " + Math.round(e.getBoundingClientRect().right)).join(' | ')";

    Locator rows() {
        return page.locator("#districts-compare tbody tr");
    }

    @Test
    void overviewWithMapAndComparisonTable() {
        open("/magdeburg");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Stadtteile").setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(url("/magdeburg/stadtteile"));
        assertThat(page.locator("#districts-map")).isVisible();
        assertThat(page.locator("#districts-map .leaflet-interactive").first()).isAttached();
        assertAccessible();
        assertThat(page.locator("#districts-compare caption")).hasText("Arbeitslosenquote (%), 2025");
        // the 40 Stadtteile of the demo, and any a parallel test has added
        org.assertj.core.api.Assertions.assertThat(rows().count()).isGreaterThanOrEqualTo(40);
        // sorted by value, highest first: the top rows are the high-need ones and say so in text
        assertThat(rows().first().locator("td").last()).hasText("Hoher Bedarf");
        // the top fifth of the 34 districts with rates (ties included), marked in text as well as colour
        int marked = page.locator("#districts-compare tr.q-need").count();
        org.assertj.core.api.Assertions.assertThat(marked).isBetween(7, 9);
        assertThat(page.locator("#districts-compare tr:has(.q-badge--need)")).hasCount(marked);

        page.getByLabel("Kennzahl").selectOption("sgb2");
        page.getByLabel("Jahr").selectOption("2022");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*indicator=sgb2.*year=2022.*"));
        assertThat(page.locator("#districts-compare caption")).hasText("SGB-II-Quote (%), 2022");
        assertAccessible();

        page.locator("#districts-compare thead a").first().click();
        assertThat(rows().first().locator("th")).hasText(java.util.regex.Pattern.compile("^Alt"));
        assertThat(rows().last().locator("th")).hasText("Zipkeleben");
        assertThat(page.locator("#districts-compare thead th").first()).hasAttribute("aria-sort", "ascending");
        page.locator("#districts-compare thead a").first().click();
        assertThat(rows().first().locator("th")).hasText("Zipkeleben");
        assertThat(page.locator("#districts-compare thead th").first()).hasAttribute("aria-sort", "descending");

        page.getByLabel("Sozialregion")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Norden"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen"))
                .click();
        assertThat(rows()).hasCount(9);
        assertThat(page.locator("#districts-compare caption")).hasText("SGB-II-Quote (%), 2022");
    }

    @Test
    void districtPageHasFiguresChartsAndDataTables() {
        open("/magdeburg/stadtteile/kannenstieg");
        assertThat(page.locator("h1")).hasText("Kannenstieg");
        assertThat(page.locator(".q-facts")).containsText("6.257");
        assertThat(page.locator(".q-facts")).containsText("Norden");
        assertThat(page.locator("#indicator-unemployment .q-chart canvas")).isVisible();
        assertThat(page.locator("#chart-unemployment tbody tr")).hasCount(7);
        assertThat(page.locator("#indicator-unemployment")).containsText("Demofigur");
        assertThat(page.locator("#districts-map")).isVisible();
        assertAccessible();

        var response = page.navigate(url("/magdeburg/stadtteile/gibt-es-nicht"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void districtPageInArabicIsRightToLeft() {
        open("/magdeburg/stadtteile/neue-neustadt?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("#district-facts")).hasText("بيانات أساسية");
        assertThat(page.locator(".q-chart canvas").first()).isVisible();
        assertAccessible();
        open("/magdeburg/stadtteile?lang=ar");
        assertThat(page.locator("#districts-compare")).isVisible();
    }

    @Test
    void pagesWorkOnAPhone() {
        phone();
        for (String path : new String[] {"/magdeburg/stadtteile", "/magdeburg/stadtteile/neustaedter-see"}) {
            open(path);
            // the map lays itself out after load; give it a moment, then nothing may stick out sideways
            boolean fits = false;
            for (int i = 0; i < 25 && !fits; i++) {
                fits = Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
                if (!fits) {
                    page.waitForTimeout(200);
                }
            }
            org.assertj.core.api.Assertions.assertThat(fits)
                    .as("sideways scrolling on %s: %s", path, page.evaluate(WIDEST))
                    .isTrue();
        }
        assertThat(page.locator(".q-chart canvas").first()).isVisible();
    }

    @Test
    void adminImportsACsvSkippingTheBadRowAndTheValueShowsUp() {
        String key = "browser-" + System.nanoTime() % 1_000_000;
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/stadtteile");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten Neue Neustadt"))
                .click();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Neue Neustadt");
        assertAccessible();
        open("/magdeburg/verwaltung/stadtteile/indikatoren/neu");
        page.getByLabel("Schlüssel").fill(key);
        page.getByLabel("Name (Deutsch)").fill("Testquote " + key);
        page.getByLabel("Name (Englisch)").fill("Test rate " + key);
        page.getByLabel("Einheit").fill("%");
        page.getByLabel("Ein höherer Wert bedeutet mehr Bedarf.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".kern-alert--success")).containsText("Testquote " + key);
        assertAccessible();

        open("/magdeburg/verwaltung/stadtteile/import");
        String csv = "district;indicator;date;value\n"
                + "06;" + key + ";2025-12-31;42,5\n"
                + "Kannenstieg;" + key + ";2025-12-31;55\n"
                + "Atlantis;" + key + ";2025-12-31;1\n";
        page.getByLabel("CSV-Datei")
                .setInputFiles(new FilePayload("werte.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datei prüfen"))
                .click();
        assertThat(page.locator("#import-rows")).containsText("Unbekannter Stadtteil: Atlantis");
        assertThat(page.locator("#import-summary")).containsText("3 Zeilen, davon 2 in Ordnung und 1 fehlerhaft");
        assertAccessible();

        page.getByLabel("Fehlerhafte Zeilen überspringen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren"))
                .click();
        assertThat(page.locator("#import-done")).containsText("2 Werte importiert, 1 fehlerhafte Zeilen übersprungen");
        assertAccessible();

        open("/magdeburg/stadtteile/neue-neustadt");
        assertThat(page.locator("#district-facts ~ *, table").first()).isVisible();
        assertThat(page.locator("#indicator-" + key)).containsText("42,5");
        assertThat(page.locator("#chart-" + key + " tbody tr")).hasCount(1);

        open("/magdeburg/stadtteile?indicator=" + key + "&year=2025");
        assertThat(page.locator("#districts-compare caption")).hasText("Testquote " + key + " (%), 2025");
        assertThat(rows().first().locator("th")).hasText("Kannenstieg");
        assertThat(rows().first()).containsText("55");
        assertThat(rows().first()).containsText("Hoher Bedarf");
        assertThat(rows().nth(1).locator("th")).hasText("Neue Neustadt");
        assertThat(rows().nth(1)).containsText("42,5");
    }
}
