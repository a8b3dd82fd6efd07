package de.quartier.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import org.junit.jupiter.api.Test;

class TenantSettingsBrowserTest extends BrowserTest {

    @Test
    void legalPagesShowTheTenantsTextsInEveryLanguage() {
        open("/magdeburg/impressum");
        assertThat(page.locator("main h1")).hasText("Impressum");
        assertThat(page.locator("main")).containsText("Demo-Installation von Quartier");
        open("/magdeburg/barrierefreiheit?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".q-legal")).hasAttribute("lang", "de");
        assertThat(page.locator("main")).containsText("BITV 2.0");
        open("/magdeburg/datenschutz?lang=de");
        open("/impressum");
    }

    @Test
    void adminEditsTheImprintAndAnotherRoleMayNot() {
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/einstellungen");
        Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
        String marker = "Geändert von der Browserprüfung " + System.nanoTime();
        String before = page.getByLabel("Impressum", exact).inputValue();
        page.getByLabel("Impressum", exact).fill(before + "\n\n" + marker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator(".kern-alert--success")).isVisible();
        assertAccessible();
        open("/magdeburg/impressum");
        assertThat(page.locator("main")).containsText(marker);

        // a name that is too long: the form comes back with the message, nothing stored
        open("/magdeburg/verwaltung/einstellungen");
        page.getByLabel("Name", exact).fill("x".repeat(201));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByLabel("Name", exact)).hasAttribute("aria-invalid", "true");
        assertAccessible();
        open("/magdeburg");
        assertThat(page.locator(".q-brand__tenant")).hasText("Magdeburg");

        context.clearCookies();
        login("qm.neustadt@magdeburg.example");
        var response = page.navigate(url("/magdeburg/verwaltung/einstellungen"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertAccessible();
    }
}
