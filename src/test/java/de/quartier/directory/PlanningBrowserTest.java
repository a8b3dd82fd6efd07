package de.quartier.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A district manager plans the network: finds the gap in coverage, filters, and looks at a cooperation network. */
class PlanningBrowserTest extends BrowserTest {

    @Test
    void districtManagerFindsTheGapAndTheIsolatedOrganisation() {
        login("qm.neustadt@magdeburg.example");
        open("/magdeburg/verwaltung");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abdeckung der Angebote"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/magdeburg/verwaltung/verzeichnis/abdeckung$"));
        assertAccessible();

        // the rule is explained on the page, and Neu Olvenstedt's employment cell is flagged in text
        assertThat(page.locator(".q-coverage-legend")).containsText("Fünftel mit dem höchsten Bedarf");
        Locator headers = page.locator("#coverage-table thead th");
        int employment = -1;
        for (int i = 0; i < headers.count(); i++) {
            if (headers.nth(i).innerText().startsWith("Beschäftigung")) {
                employment = i;
            }
        }
        org.assertj.core.api.Assertions.assertThat(employment).isPositive();
        Locator neuOlvenstedt = page.locator("#coverage-table tr[data-district=neu-olvenstedt]");
        assertThat(neuOlvenstedt.locator("th")).containsText("Hoher Bedarf");
        // the row header is cell 0, so header i is cell i of the row
        Locator cell = neuOlvenstedt.locator("th, td").nth(employment);
        assertThat(cell).containsText("Lücke");
        assertThat(cell).hasClass(Pattern.compile(".*q-gap.*"));
        // the manager's own districts stand out
        assertThat(page.locator("#coverage-table tr[data-district=neue-neustadt] th"))
                .containsText("Ihr Stadtteil");

        // by target group, only offers for newcomers
        page.getByLabel("Spalten").selectOption("groups");
        page.getByLabel("Zielgruppe", new Page.GetByLabelOptions().setExact(true))
                .selectOption("NEWCOMERS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*dimension=groups.*group=NEWCOMERS.*"));
        assertThat(page.locator("#coverage-caption")).hasText("Veröffentlichte Angebote je Stadtteil und Zielgruppe");
        assertThat(page.locator("#coverage-table thead")).containsText("Neuzugewanderte");
        assertAccessible();

        // the network of Neue Neustadt from its row
        page.locator("#coverage-table tr[data-district=neue-neustadt] th a")
                .filter(new Locator.FilterOptions().setHasText("Kooperationsnetz"))
                .click();
        assertThat(page.locator("h1")).hasText("Kooperationsnetz: Neue Neustadt");
        assertThat(page.locator("#network-isolated")).containsText("Nähcafé Nadel & Faden");
        assertThat(page.locator("svg.q-network line").first()).isAttached();
        assertThat(page.locator("#network-edges")).containsText("Netzwerk Integration Neustadt");
        assertAccessible();
    }
}
