package de.quartier.accompaniment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.quartier.accounts.TenantService;
import de.quartier.shared.BrowserTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flow: a social worker posts an authority visit in Arabic; Anna (ehrenamt@, Arabic B1, free on weekday
 * mornings) sees it on a phone without the newcomer's data, takes it and then sees the name; Jonas (ehrenamt2@, no
 * Arabic) neither sees it nor opens it by URL; the audit log shows the reads and the refused attempt.
 */
class AccompanimentBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantService tenants;

    @Test
    void socialWorkerPostsVolunteerTakesOnAPhoneOthersCannot() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String person = "Rasha Begleitung " + u;
        long newcomer = jdbc.queryForObject(
                "insert into matching_newcomer (tenant_id, name, contact, letter_language, languages, household_minors,"
                        + " status, waiting_since, referred_by) values (?, ?, '0176 4440000', 'ar', 'ar:NATIVE', false,"
                        + " 'WAITING', now(), 'sozialarbeit@magdeburg.example') returning id",
                Long.class,
                tenants.bySlug("magdeburg").orElseThrow().id(),
                person);
        LocalDate day = LocalDate.now().plusDays(2);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }

        // the social worker posts an authority visit in Arabic; bad times are refused first
        login("sozialarbeit@magdeburg.example");
        open("/magdeburg/verwaltung/begleitungen");
        open("/magdeburg/verwaltung/begleitungen/neu");
        field("Für wen").selectOption(new SelectOption().setLabel(person));
        field("Art der Begleitung").selectOption("AUTHORITY");
        field("Kurze Beschreibung").fill("Termin Ausländerbehörde " + u);
        field("Datum").fill(day.toString());
        field("Von").fill("10:00");
        field("Bis").fill("09:00");
        field("Treffpunkt").fill("Haltestelle Alter Markt");
        field("Stadtteil").selectOption(new SelectOption().setLabel("Neue Neustadt"));
        field("Sprache").selectOption("ar");
        field("Wie viele Ehrenamtliche").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfrage einstellen"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator(".kern-alert--danger")).containsText("Das Ende muss nach dem Beginn liegen.");
        assertAccessible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from accompaniment_request where newcomer_id = ?", Long.class, newcomer))
                .isZero();
        field("Bis").fill("11:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfrage einstellen"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("#notice")).containsText("eingestellt");
        assertThat(page.locator("main")).containsText(person);
        assertAccessible();
        String path = page.url().substring(page.url().indexOf("/magdeburg"));
        String id = path.substring(path.lastIndexOf('/') + 1);
        logout();

        // Anna on a phone: sees it without the newcomer's data, takes it, then sees the name
        onPhone();
        login("ehrenamt@magdeburg.example");
        open("/magdeburg/ehrenamt/begleitungen");
        var card = page.locator("#open li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.locator("a[href$='/ehrenamt/begleitungen/" + id + "']")));
        assertThat(card).containsText("Behördengang");
        assertThat(card).containsText("Arabisch");
        assertThat(page.locator("main")).not().containsText(person);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isTrue();
        card.getByRole(AriaRole.BUTTON).click();
        page.waitForLoadState();
        assertThat(page.locator("#notice")).containsText("übernommen");
        assertThat(page.locator("#newcomer")).hasText(person);
        assertThat(page.locator("#meeting")).containsText("Haltestelle Alter Markt");
        assertAccessible();
        open("/magdeburg/ehrenamt/begleitungen");
        assertThat(page.locator("#mine")).containsText("Behördengang");
        logout();

        // Jonas speaks no Arabic: not in his list, and the URL is refused
        login("ehrenamt2@magdeburg.example");
        open("/magdeburg/ehrenamt/begleitungen");
        assertThat(page.locator("a[href$='/ehrenamt/begleitungen/" + id + "']")).hasCount(0);
        var refused = page.navigate(url("/magdeburg/ehrenamt/begleitungen/" + id));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("body")).not().containsText(person);
        page.navigate(url("/magdeburg"));
        logout();
        context.close();
        newContextOnDesktop();

        // the coordinator sees it taken; the audit log shows the reads and the refused attempt
        login("koordination@magdeburg.example");
        open(path);
        assertThat(page.locator("#places")).containsText("Anna Beispiel");
        open("/magdeburg/verwaltung/begleitungen");
        assertThat(page.locator("#figures")).isVisible();
        logout();
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/protokoll?email=ehrenamt%40magdeburg.example&action=personal-data.read");
        assertThat(page.locator("main")).containsText("newcomer:" + newcomer);
        open("/magdeburg/verwaltung/protokoll?email=ehrenamt2%40magdeburg.example&action=accompaniment.denied");
        assertThat(page.locator("main")).containsText("accompaniment:" + id);
        open("/magdeburg/verwaltung/protokoll?email=sozialarbeit%40magdeburg.example&action=personal-data.read");
        assertThat(page.locator("main")).containsText("newcomer:" + newcomer);
    }

    private com.microsoft.playwright.Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void logout() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        page.waitForLoadState();
    }

    /** A phone: narrow viewport, mobile and touch. */
    private void onPhone() {
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    private void newContextOnDesktop() {
        Browser browser = context.browser();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }
}
