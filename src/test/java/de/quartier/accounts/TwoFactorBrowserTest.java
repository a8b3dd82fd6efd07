package de.quartier.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person turns on two-factor sign-in, signs out, and signs in again with password and code. */
class TwoFactorBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private void click(String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }

    @Test
    void enableTwoFactorsThenSignInWithPasswordAndCode() {
        String email = TestAccounts.uniqueEmail("browser-2fa");
        new TestAccounts(applicationContext).create(email, Role.COORDINATOR);
        login(email, TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/magdeburg"));

        open("/konto");
        assertThat(page.locator("main")).containsText(email);
        assertThat(page.locator("main")).containsText("Koordination");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zwei-Faktor-Anmeldung verwalten"))
                .click();
        assertThat(page).hasURL(url("/konto/zwei-faktor"));
        assertAccessible();
        assertThat(page.locator("svg.q-qr")).isVisible();
        String secret = page.locator("#totp-secret").textContent().replace(" ", "");

        page.getByLabel("Code aus der App").fill("123");
        click("Zwei-Faktor-Anmeldung einschalten");
        assertThat(page.locator("#code-error")).containsText("nicht gültig");
        assertAccessible();

        page.getByLabel("Code aus der App").fill(Totp.code(secret, Instant.now()));
        click("Zwei-Faktor-Anmeldung einschalten");
        assertThat(page).hasURL(url("/konto/zwei-faktor/wiederherstellungscodes"));
        assertThat(page.locator(".q-codes li")).hasCount(10);
        assertAccessible();
        phone();
        assertAccessible();
        desktop();

        click("Abmelden");
        login(email, TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login/zwei-faktor"));
        assertAccessible();
        assertThat(page.locator(".q-account")).not().containsText("Angemeldet als");

        // the code of the next time step: the current one was used up by the set-up
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(Totp.code(secret, Instant.now().plusSeconds(30)));
        click("Bestätigen");
        assertThat(page).hasURL(url("/magdeburg"));
        assertThat(page.locator(".q-account")).containsText("Angemeldet als");
        open("/konto");
        assertThat(page.locator("main")).containsText("eingeschaltet");
    }
}
