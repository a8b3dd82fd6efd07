package de.quartier.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What operators and admins do in the browser, each page checked with axe. */
class AdministrationBrowserTest extends BrowserTest {

    static final String NEW_PASSWORD = "Neue-Kommune-Start-2026";

    Locator link(String name) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void operatorCreatesTenantAndInvitedAdminSetsPasswordAndSignsIn() {
        String slug = Fixtures.unique("browser");
        String name = "Stadt " + slug;
        String email = slug + "@example.org";

        login("operator@quartier.example");
        open("/betrieb");
        link("Kommunen").click();
        assertThat(page).hasURL(url("/betrieb/kommunen"));
        assertAccessible();
        link("Neue Kommune").click();
        assertAccessible();

        // a reserved address comes back with a message at the field
        field("Name der Kommune").fill(name);
        field("Adresse (Kurzname in der URL)").fill("login");
        button("Kommune anlegen").click();
        assertThat(page.locator("#slug-error")).containsText("reserviert");
        assertThat(field("Adresse (Kurzname in der URL)")).hasAttribute("aria-invalid", "true");
        assertAccessible();

        field("Adresse (Kurzname in der URL)").fill(slug);
        page.locator("#timeZone").selectOption("Europe/Vienna");
        page.locator("#defaultLanguage").selectOption("de");
        field("E-Mail-Adresse").fill(email);
        field("Name").fill("Erste Verwaltung");
        button("Kommune anlegen").click();
        assertThat(page).hasURL(url("/betrieb/kommunen"));
        assertThat(page.locator(".kern-alert--success")).containsText(name);
        assertThat(page.locator("table")).containsText(slug);
        assertAccessible();

        open("/betrieb/postausgang");
        link("Einladung zu Quartier – " + name).click();
        assertThat(page.locator("h1")).hasText("Einladung zu Quartier – " + name);
        assertThat(page.locator("main")).containsText(email);
        assertAccessible();
        String href = page.locator(".q-mail-body a").first().getAttribute("href");
        String invitation = URI.create(href).getPath();
        org.assertj.core.api.Assertions.assertThat(invitation).startsWith("/einladung/");

        open("/betrieb/protokoll?action=invitation.sent");
        assertThat(page.locator("main table")).containsText(email);

        // the invitee, in a browser without the operator's session
        context.clearCookies();
        open(invitation);
        assertThat(page.locator("main")).containsText(name);
        assertThat(page.locator("main")).containsText("Kommunale Verwaltung");
        field("Neues Passwort").fill("zu-kurz");
        field("Passwort wiederholen").fill("zu-kurz");
        button("Konto anlegen und Einladung annehmen").click();
        assertThat(page.locator("#password-error")).containsText("mindestens 12 Zeichen");
        assertAccessible();

        field("Ihr Name, wie andere ihn sehen").fill("Erste Verwaltung " + slug);
        field("Neues Passwort").fill(NEW_PASSWORD);
        field("Passwort wiederholen").fill(NEW_PASSWORD);
        button("Konto anlegen und Einladung annehmen").click();
        assertThat(page).hasURL(url("/einladung/angenommen"));
        assertAccessible();

        // the link is used up
        var again = page.navigate(url(invitation));
        org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(410);
        assertAccessible();

        login(email, NEW_PASSWORD);
        // new tenants require two factors for staff: the new admin must enrol before getting in
        assertThat(page).hasURL(url("/konto/zwei-faktor"));
        assertAccessible();
        assertThat(page.locator(".q-account")).not().containsText("Angemeldet als");
        page.navigate(url("/" + slug + "/verwaltung"));
        assertThat(page).hasURL(url("/konto/zwei-faktor"));
        String secret = page.locator("#totp-secret").textContent().replace(" ", "");
        page.getByLabel("Code aus der App").fill(Totp.code(secret, java.time.Instant.now()));
        button("Zwei-Faktor-Anmeldung einschalten").click();
        assertThat(page).hasURL(url("/konto/zwei-faktor/wiederherstellungscodes"));
        assertThat(page.locator(".q-codes li")).hasCount(10);
        assertAccessible();

        open("/" + slug + "/verwaltung");
        assertThat(page.locator(".q-account")).containsText("Erste Verwaltung " + slug);
        assertThat(page.locator("main")).containsText("Personen");
    }

    @Test
    void adminInvitesADistrictManagerAndReadsAuditAndOutbox() {
        String email = Fixtures.unique("qm-browser") + "@example.org";
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung");
        link("Personen").click();
        assertThat(page).hasURL(url("/magdeburg/verwaltung/personen"));
        assertAccessible();

        field("E-Mail-Adresse").fill(email);
        field("Name").fill("Quartiersmanagerin Test");
        Locator districts = page.locator("input[name=districtIds]");
        if (districts.count() > 0) {
            page.locator("#role").selectOption("DISTRICT_MANAGER");
            districts.first().check();
        } else {
            // no districts module bean: invite a role without district scope
            page.locator("#role").selectOption("COORDINATOR");
        }
        button("Einladung senden").click();
        assertThat(page.locator(".kern-alert--success")).containsText(email);
        assertThat(page.locator("main")).containsText("Offene Einladungen");
        assertAccessible();

        link("Quartiersmanagement Neustadt").click();
        assertThat(page.locator("h1")).hasText("Quartiersmanagement Neustadt");
        assertAccessible();

        open("/magdeburg/verwaltung/postausgang");
        page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(email))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.locator(".q-mail-body")).containsText("/einladung/");
        assertAccessible();

        open("/magdeburg/verwaltung/protokoll?action=invitation.sent");
        assertThat(page.locator("main table")).containsText(email);

        phone();
        open("/magdeburg/verwaltung/personen");
        open("/magdeburg/verwaltung");
    }

    @Test
    void personalAccessTokenIsShownOnceAndCanBeRevoked() {
        login("admin@magdeburg.example");
        open("/konto/tokens");
        field("Bezeichnung").fill("Browser-Test");
        button("Schlüssel erzeugen").click();
        assertThat(page.locator("#new-token")).hasValue(java.util.regex.Pattern.compile("^qrt_.{40,}$"));
        assertAccessible();

        open("/konto/tokens");
        assertThat(page.locator("#new-token")).hasCount(0);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Browser-Test"));
        row.getByRole(AriaRole.BUTTON).first().click();
        assertThat(page.locator(".kern-alert--success")).containsText("widerrufen");
        assertAccessible();
    }
}
