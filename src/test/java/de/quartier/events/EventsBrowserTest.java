package de.quartier.events;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.quartier.shared.BrowserTest;
import de.quartier.shared.Http;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "done when" flow of events in a browser: a district manager publishes a two-day conference with a programme and 60 seats;
 * people register in German and English and the 61st lands on the waiting list; one cancels through the personal link and
 * the first waiting person moves up and is mailed; the organiser checks people in on a phone, uploads the
 * documentation and publishes the review; the calendar file parses; every page is axe-clean.
 */
class EventsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void conferenceFromPublishingToReview() throws Exception {
        String title = "Fachtag Browser " + System.nanoTime();
        LocalDate day = LocalDate.now().plusDays(14);

        // the organiser: district manager of Neue Neustadt
        login("qm.neustadt@magdeburg.example");
        open("/magdeburg/verwaltung/veranstaltungen/neu");
        page.getByLabel("Titel").fill(title);
        page.getByLabel("Beschreibung").fill("Zwei Tage Austausch der Quartiersmanagements.");
        page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption("CONFERENCE");
        page.getByLabel("Neue Neustadt").check();
        page.getByLabel("Name des Ortes").fill("Gesellschaftshaus");
        page.getByLabel("Straße und Hausnummer").fill("Schönebecker Straße 129");
        page.getByLabel("Beginn (Datum)").fill(day.toString());
        page.getByLabel("Beginn (Uhrzeit)").fill("09:30");
        page.getByLabel("Ende (Datum)").fill(day.plusDays(1).toString());
        page.getByLabel("Ende (Uhrzeit)").fill("16:00");
        page.getByLabel("Englisch").check();
        page.getByLabel("Programm", new Page.GetByLabelOptions().setExact(true))
                .fill(day + " 09:30 | Begrüßung | Quartiersmanagement | Saal\n" + day.plusDays(1)
                        + " 10:00 | Werkstattgespräche | Träger | Raum 2");
        page.getByLabel("Anmeldung erforderlich").check();
        page.getByLabel("Plätze").fill("60");
        page.getByLabel("Nach der Organisation fragen").check();
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        page.waitForLoadState();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Veröffentlichen")).click();
        page.waitForLoadState();
        assertThat(page.locator("#event-status")).hasText("Veröffentlicht");
        String adminUrl = page.url().replaceAll("\\?.*", "");
        String publicPath =
                page.getByRole(AriaRole.LINK, named("Öffentliche Seite")).getAttribute("href");

        // 57 people have registered already (through the public form, without a browser) …
        Http http = new Http(port);
        String csrf = http.csrf(publicPath);
        for (int i = 1; i <= 57; i++) {
            var response = http.postForm(
                    publicPath + "/anmelden",
                    Map.of("name", "Teilnehmende " + i, "email", "teilnahme" + i + "@browser.example", "_csrf", csrf));
            assertThat(response.statusCode()).isEqualTo(302);
        }

        // … then four more register in the browser, in German and English: seats 58–60, and the 61st waits
        List<String> links = new ArrayList<>();
        String[][] people = {
            {"Anna Schulz", "anna.schulz@browser.example", "de"},
            {"Ben Miller", "ben.miller@browser.example", "en"},
            {"Cem Yilmaz", "cem.yilmaz@browser.example", "de"},
            {"Dana Weiß", "dana.weiss@browser.example", "en"}
        };
        try (BrowserContext visitor = browserOf(page)) {
            Page p = visitor.newPage();
            for (String[] person : people) {
                boolean en = person[2].equals("en");
                p.navigate(url(publicPath + "?lang=" + person[2]));
                p.getByLabel(en ? "E-mail address" : "E-Mail-Adresse").fill(person[1]);
                p.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
                        .fill(person[0]);
                p.getByLabel(en ? "Organisation" : "Organisation").fill("Träger " + person[0]);
                p.getByRole(AriaRole.BUTTON, named(en ? "Register" : "Anmelden"))
                        .click();
                p.waitForLoadState();
                links.add(p.url().replaceAll("\\?.*", ""));
            }
            assertThat(p.locator("#registration-status")).hasText("On the waiting list");
            page.navigate(links.get(3));
            assertAccessible();

            // Anna cancels through her personal link; Dana moves up and gets mail
            p.navigate(links.get(0) + "?lang=de");
            assertThat(p.locator("#registration-status")).hasText("Angemeldet");
            p.getByRole(AriaRole.BUTTON, named("Anmeldung absagen")).click();
            p.waitForLoadState();
            assertThat(p.locator("#registration-status")).hasText("Abgesagt");
            p.navigate(links.get(3) + "?lang=en");
            assertThat(p.locator("#registration-status")).hasText("Registered");
        }
        assertThat(jdbc.queryForList(
                        "select subject from mail_message where recipient = 'dana.weiss@browser.example' order by id",
                        String.class))
                .anySatisfy(s -> assertThat(s).startsWith("You have a seat"));
        String code = jdbc.queryForObject(
                "select code from event_registration where email = 'cem.yilmaz@browser.example'", String.class);

        // check-in on a phone: by name and by the code from the confirmation
        phone();
        open(adminUrl.replace("http://localhost:" + port, "") + "/einlass");
        page.getByLabel("Name oder Code").fill("Ben");
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        page.getByRole(AriaRole.BUTTON, named("Einchecken: Ben Miller")).click();
        page.waitForLoadState();
        assertAccessible();
        page.getByLabel("Name oder Code").fill(code);
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        page.getByRole(AriaRole.BUTTON, named("Einchecken: Cem Yilmaz")).click();
        page.waitForLoadState();
        assertThat(page.locator("#count-attended")).hasText("2");
        desktop();

        // documentation and review
        page.navigate(adminUrl);
        assertThat(page.locator("#count-registered")).hasText("60");
        assertThat(page.locator("#count-waiting")).hasText("0");
        assertAccessible();
        page.getByLabel("Datei", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(
                        "Dokumentation.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% Doku\n".getBytes(StandardCharsets.ISO_8859_1)));
        page.getByRole(AriaRole.BUTTON, named("Hochladen")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.LINK, named("Dokumentation.pdf"))).isVisible();
        page.getByLabel("Bilddatei (PNG oder JPEG, höchstens 2 MB)")
                .setInputFiles(new FilePayload("saal.png", "image/png", PNG));
        page.getByLabel("Bildbeschreibung für Menschen, die das Bild nicht sehen")
                .fill("Der große Saal des Gesellschaftshauses");
        page.getByRole(AriaRole.BUTTON, named("Bild speichern")).click();
        page.waitForLoadState();
        page.getByLabel("Text des Rückblicks").fill("Zwei volle Tage, 3 Teilnehmende, viele Ideen.");
        page.getByLabel("Rückblick auf der öffentlichen Seite zeigen").check();
        page.getByRole(AriaRole.BUTTON, named("Rückblick speichern")).click();
        page.waitForLoadState();

        // the public page shows programme, documentation and review; the calendar file parses
        open(publicPath);
        assertThat(page.getByRole(AriaRole.HEADING, named("Rückblick"))).isVisible();
        assertThat(page.getByText("Zwei volle Tage, 3 Teilnehmende, viele Ideen."))
                .isVisible();
        assertThat(page.getByText("Werkstattgespräche")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Dokumentation.pdf"))).isVisible();
        assertThat(page.getByAltText("Der große Saal des Gesellschaftshauses")).isVisible();
        assertThat(page.locator("script[type='application/ld+json']").textContent())
                .contains("\"image\":\"" + url(publicPath + "/bild"));
        String ics = page.request().get(url(publicPath + "/kalender.ics")).text();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getUrl().getValue()).isEqualTo(url(publicPath));
        open("/magdeburg/veranstaltungen?lang=ar");
        open("/magdeburg/veranstaltungen?ansicht=monat&monat=" + day.toString().substring(0, 7));
        assertThat(page.getByRole(AriaRole.LINK, named(title)).first()).isVisible();
    }

    private static BrowserContext browserOf(Page page) {
        Browser browser = page.context().browser();
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }
}
