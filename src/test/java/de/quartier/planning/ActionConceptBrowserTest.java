package de.quartier.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.quartier.shared.BrowserTest;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The "done when" flow of the action concept: the Neustadt district manager adds a SWOT entry, a goal with an
 * automatic indicator and a measure serving two fields led by a directory organisation, reports progress, sees the
 * traffic light change, adopts the version, starts next year's and downloads the annual report.
 */
class ActionConceptBrowserTest extends BrowserTest {

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))
                .first();
    }

    Locator volunteersLight() {
        return page.locator("article[data-indicator='" + PlanningDemoData.VOLUNTEERS + "'] [data-light]");
    }

    /** Full-page screenshots for looking at the pages by hand: set PLANNING_SHOTS to a directory. */
    void shot(String name) {
        String dir = System.getenv("PLANNING_SHOTS");
        if (dir != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of(dir, name + ".png"))
                    .setFullPage(true));
        }
    }

    @Test
    void districtManagerWorksThroughTheConceptAndPrintsTheAnnualReport() throws Exception {
        login("qm.neustadt@magdeburg.example");
        open("/magdeburg/verwaltung");
        page.locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Handlungskonzepte"))
                .first()
                .click();
        link(PlanningDemoData.TITLE).click();
        assertThat(page.locator("#version-status")).containsText("Entwurf");
        assertAccessible();
        String conceptUrl = page.url().replaceAll("\\?.*", "");
        shot("concept");

        // a SWOT entry
        link("SWOT-Eintrag hinzufügen").click();
        assertAccessible();
        page.getByLabel("Handlungsfeld").selectOption(new SelectOption().setLabel("Wohnen / Wohnumfeld"));
        page.getByLabel("Art").selectOption("WEAKNESS");
        page.getByLabel("Beschreibung").fill("Zu wenige Fahrradbügel an den Wohnblöcken im Schrotebogen");
        page.getByLabel("Quelle").selectOption("RESIDENTS_FORUM");
        button("Speichern").click();
        assertThat(page.locator("#swot")).containsText("Zu wenige Fahrradbügel an den Wohnblöcken im Schrotebogen");

        // a goal with an automatic indicator; first without a target date
        link("Ziel hinzufügen").click();
        assertAccessible();
        page.getByLabel("Handlungsfeld")
                .selectOption(
                        new SelectOption().setLabel("Beschäftigung / Qualifizierung / Ausbildung / lokale Ökonomie"));
        page.getByLabel("Nummer").fill("5.2");
        page.getByLabel("Ziel", new Page.GetByLabelOptions().setExact(true))
                .fill("Langzeitarbeitslose finden Arbeit im Quartier");
        page.getByLabel("Indikator", new Page.GetByLabelOptions().setExact(true))
                .fill("Arbeitslosenquote Alte Neustadt");
        page.getByLabel("Einheit").fill("%");
        page.getByLabel("Ausgangswert", new Page.GetByLabelOptions().setExact(true))
                .fill("9,5");
        page.getByLabel("Datum des Ausgangswerts").fill("2022-12-31");
        page.getByLabel("Zielwert").fill("7,5");
        page.getByLabel("Automatisch aus dem Monitoring").check();
        page.getByLabel("Indikator im Monitoring").selectOption("unemployment");
        page.getByLabel("Stadtteil (für das Monitoring)").selectOption(new SelectOption().setLabel("Alte Neustadt"));
        button("Speichern").click();
        assertThat(page.locator("#targetDate-error")).containsText("Ein Zielwert braucht ein Zieldatum");
        assertAccessible();
        page.getByLabel("Zieldatum").fill("2028-12-31");
        button("Speichern").click();
        assertThat(page.locator("#ziele")).containsText("5.2 Langzeitarbeitslose finden Arbeit im Quartier");
        assertThat(page.locator("#ziele li", new Page.LocatorOptions().setHasText("5.2 Langzeitarbeitslose"))
                        .locator(".q-plan-light"))
                .not()
                .containsText("Noch keine Werte");

        // the light of the volunteers indicator before the report
        link("Zielerreichung").click();
        assertAccessible();
        assertThat(volunteersLight()).hasAttribute("data-light", "OFF_TRACK");
        shot("achievement");
        assertThat(page.locator("svg.q-plan-chart").first()).isVisible();
        page.goBack();

        // a measure serving two fields, led by a directory organisation
        link("Maßnahme hinzufügen").click();
        assertAccessible();
        page.getByLabel("Nummer").fill("M30");
        page.getByLabel("Maßnahme", new Page.GetByLabelOptions().setExact(true)).fill("Job-Café im Neustadtladen");
        page.getByLabel("Federführender Träger")
                .selectOption(new SelectOption().setLabel("Bürgerverein Neue Neustadt e.V."));
        page.getByText("5.2 Langzeitarbeitslose finden Arbeit im Quartier").click();
        page.getByText("1.2 Ehrenamtliches Engagement wächst").click();
        page.getByLabel("Stand", new Page.GetByLabelOptions().setExact(true)).selectOption("RUNNING");
        page.getByLabel("Kosten in Euro").fill("2.000,00");
        page.getByLabel("Quelle 1").selectOption("URBAN_DEVELOPMENT");
        page.getByLabel("Betrag in Euro 1").fill("1.500,00");
        page.getByLabel("Quelle 2").selectOption("MUNICIPAL");
        page.getByLabel("Betrag in Euro 2").fill("400,00");
        button("Speichern").click();
        assertThat(page.locator("#financingAmount-error")).containsText("Die Finanzierung geht nicht auf");
        shot("measure-form-error");
        page.getByLabel("Betrag in Euro 2").fill("500,00");
        button("Speichern").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Job-Café im Neustadtladen");
        assertThat(page.locator("main")).containsText("2 Handlungsfelder");
        assertAccessible();

        // a progress report with a value for the volunteers indicator
        page.getByLabel("Berichtszeitraum von").fill("2026-01-01");
        page.getByLabel("Berichtszeitraum bis").fill("2026-06-30");
        page.getByLabel("Was ist passiert?")
                .fill("Zwölf Treffen, sieben Vermittlungen in Arbeit, 25 neue Ehrenamtliche.");
        page.getByLabel("Erreichte Teilnehmende").fill("48");
        page.getByLabel("Gemessener Indikator").selectOption(new SelectOption().setLabel(PlanningDemoData.VOLUNTEERS));
        page.getByLabel("Gemessener Wert").fill("70");
        button("Bericht speichern").click();
        assertThat(page.locator("main")).containsText("Zwölf Treffen, sieben Vermittlungen");
        shot("measure");
        assertAccessible();

        // the traffic light changed
        page.navigate(conceptUrl);
        link("Zielerreichung").click();
        assertThat(volunteersLight()).hasAttribute("data-light", "ON_TRACK");
        assertThat(volunteersLight()).containsText("Im Plan");

        // what changed against 2025, the matrix, then adopt and start next year's version
        page.navigate(conceptUrl);
        assertThat(page.locator("#changes")).containsText("Job-Café im Neustadtladen");
        link("Maßnahmen × Handlungsfelder").click();
        assertThat(page.locator("#matrix tr.q-plan-synergy", new Page.LocatorOptions().setHasText("Job-Café")))
                .hasCount(1);
        shot("matrix");
        assertAccessible();
        page.navigate(conceptUrl);
        button("Fassung beschließen").click();
        assertThat(page.locator("#version-status")).containsText("Beschlossen");
        String adoptedUrl = page.url();
        button("Fortschreibung für das nächste Jahr beginnen").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Fassung 2027");
        assertThat(page.locator("#version-status")).containsText("Entwurf");
        assertThat(page.locator("#measures-table")).containsText("Job-Café im Neustadtladen");

        // the annual report of the adopted version
        page.navigate(adoptedUrl);
        Download download =
                page.waitForDownload(() -> link("Jahresbericht (PDF)").click());
        byte[] pdf = Files.readAllBytes(download.path());
        if (System.getenv("PLANNING_SHOTS") != null) {
            Files.write(java.nio.file.Path.of(System.getenv("PLANNING_SHOTS"), "report.pdf"), pdf);
        }
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Jahresbericht 2026")
                    .contains("Job-Café im Neustadtladen")
                    .contains(PlanningDemoData.VOLUNTEERS)
                    .contains("Im Plan")
                    .contains("Kosten- und Finanzierungsübersicht");
        }

        // the public sees the newest adopted version, with the new measure
        open("/magdeburg/konzepte");
        link(PlanningDemoData.TITLE).click();
        assertThat(page.locator("main")).containsText("Fassung 2026");
        assertThat(page.locator("main")).containsText("Job-Café im Neustadtladen");
        assertAccessible();
    }
}
