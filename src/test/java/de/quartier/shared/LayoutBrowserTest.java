package de.quartier.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class LayoutBrowserTest extends BrowserTest {

    @Test
    void startPageAndTenantPageAreAccessibleOnDesktopAndPhone() {
        open("/");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Magdeburg"))
                .click();
        assertThat(page).hasURL(url("/magdeburg"));
        assertAccessible();
        phone();
        open("/magdeburg");
        assertThat(page.locator("main h1")).isVisible();
    }

    @Test
    void languageSwitchMirrorsArabicAndKeepsTheChoice() {
        open("/magdeburg");
        page.locator(".q-lang a[lang=ar]").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertAccessible();
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        page.locator(".q-lang a[lang=de]").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    @Test
    void notFoundPageIsAccessible() {
        var response = page.navigate(url("/magdeburg/gibtesnicht"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertAccessible();
    }

    @Test
    void theAccessibilityCheckFailsOnAnInaccessiblePage() {
        page.setContent("<!doctype html><html><head><title>x</title></head><body>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type=text></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("label");
    }
}
