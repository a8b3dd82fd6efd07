package de.quartier.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Forgot password" from the sign-in page, the link from the mail, and signing in with the new password. */
class PasswordResetBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "Elbe-Ufer-Spaziergang-2026";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    JdbcTemplate jdbc;

    private void click(String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }

    @Test
    void resetThePasswordByMailAndSignInWithTheNewOne() {
        String email = TestAccounts.uniqueEmail("browser-reset");
        new TestAccounts(applicationContext).create(email, Role.SOCIAL_WORKER);

        open("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort vergessen?"))
                .click();
        assertThat(page).hasURL(url("/passwort/vergessen"));
        assertAccessible();
        page.getByLabel("E-Mail-Adresse").fill(email);
        click("Link anfordern");
        assertThat(page.locator("main")).containsText("Bitte sehen Sie in Ihr Postfach.");
        assertAccessible();

        String body = jdbc.queryForObject(
                "select body from mail_message where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link =
                Pattern.compile("http://[^\\s]+(/passwort/neu/[A-Za-z0-9_-]+)").matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

        open(link.group(1));
        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill("zu-kurz");
        page.getByLabel("Neues Passwort wiederholen").fill("zu-kurz");
        click("Passwort speichern");
        assertThat(page.locator("#password-error")).containsText("mindestens 12 Zeichen");
        assertAccessible();
        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill(NEW_PASSWORD);
        page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
        click("Passwort speichern");
        assertThat(page).hasURL(url("/login?passwortNeu"));
        assertThat(page.locator("main")).containsText("Ihr neues Passwort ist gespeichert.");
        assertAccessible();

        login(email, NEW_PASSWORD);
        assertThat(page).hasURL(url("/magdeburg"));
        assertThat(page.locator(".q-account")).containsText("Angemeldet als");

        // the link is used up
        var again = page.navigate(url(link.group(1)));
        org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(410);
        assertAccessible();
    }

    @Test
    void thePublicSignInPagesSpeakArabicRightToLeft() {
        open("/passwort/vergessen?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("نسيت كلمة المرور");
        open("/login");
        assertThat(page.locator("main")).containsText("هل نسيت كلمة المرور؟");
        open("/login?lang=uk");
        assertThat(page.locator("main")).containsText("Забули пароль?");
        open("/login?lang=de");
    }
}
