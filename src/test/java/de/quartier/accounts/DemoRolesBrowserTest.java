package de.quartier.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.shared.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo login from the README works and sees what its role may see, and no more. */
class DemoRolesBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "operator@quartier.example, Betrieb Quartier, true, true",
        "admin@magdeburg.example, Sozialplanung Magdeburg, true, false",
        "qm.neustadt@magdeburg.example, Quartiersmanagement Neustadt, true, false",
        "koordination@magdeburg.example, Engagementkoordination, true, false",
        "traeger@magdeburg.example, Redaktion Bürgerverein Neue Neustadt, true, false",
        "sozialarbeit@magdeburg.example, Sozialarbeit Nord, true, false",
        "jury@magdeburg.example, Jury Verfügungsfonds, true, false",
        "ehrenamt@magdeburg.example, Patin Anna Beispiel, false, false"
    })
    void demoAccountSignsInAndSeesItsAreas(String email, String name, boolean staff, boolean operator) {
        login(email);
        open("/magdeburg");
        assertThat(page.locator(".q-account__name")).containsText(name);
        assertThat(page.locator(".q-nav a[href='/magdeburg/verwaltung']")).hasCount(staff ? 1 : 0);

        var admin = page.navigate(url("/magdeburg/verwaltung"));
        assertThat(admin.status()).isEqualTo(staff ? 200 : 403);
        assertAccessible();

        var operations = page.navigate(url("/betrieb"));
        assertThat(operations.status()).isEqualTo(operator ? 200 : 403);
        assertAccessible();
    }
}
