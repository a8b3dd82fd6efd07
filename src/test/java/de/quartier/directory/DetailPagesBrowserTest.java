package de.quartier.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import de.quartier.shared.BrowserTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

class DetailPagesBrowserTest extends BrowserTest {

    /** Elements wider than the viewport (outside scroll containers): what breaks the phone layout. */
    static final String OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth + 1";

    @Autowired
    AutowireCapableBeanFactory beans;

    final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        page.onConsoleMessage(this::console);
        page.onPageError(error -> problems.add("page error: " + error));
    }

    private void console(ConsoleMessage message) {
        String text = message.text();
        // map tiles cannot load in the test environment (no network); everything else counts
        boolean tiles = text.contains("tile.openstreetmap.org") || text.contains("net::ERR_");
        if (("error".equals(message.type()) && !tiles) || text.contains("Content Security Policy")) {
            problems.add(message.type() + ": " + text);
        }
    }

    @Test
    void offerAndOrganisationPagesOnDesktopAndPhone() {
        var fixtures = beans.createBean(OfferPageFixtures.class);
        var entry = fixtures.create(
                "Sprachcafé für Nachbarinnen und Nachbarn mit einem sehr langen Titel",
                "Wir sprechen Deutsch beim Kaffee.\n\nJeden Montag und Mittwoch.",
                EntryStatus.PUBLISHED,
                "kannenstieg");

        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                phone();
            } else {
                desktop();
            }
            open("/magdeburg/angebote/" + entry.offerId() + "?lang=de");
            assertThat(page.locator("h1")).hasText(entry.title());
            // the map shows the place (Leaflet ran under the CSP)
            assertThat(page.locator("#directory-places-map")).isVisible();
            assertThat(page.locator("#directory-places-map .leaflet-interactive"))
                    .hasCount(1);
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(OVERFLOW))
                    .as("page wider than the phone")
                    .isFalse();
            // the JSON-LD block is there and parses in the browser
            Object type = page.evaluate(
                    "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
            org.assertj.core.api.Assertions.assertThat(type).isEqualTo("Service");

            page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(entry.organisationName()))
                    .first()
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("h1")).hasText(entry.organisationName());
            assertAccessible();
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(OVERFLOW))
                    .as("organisation page wider than the phone")
                    .isFalse();

            open("/magdeburg/angebote/" + entry.offerId() + "?lang=ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator(".q-fallback").first()).isVisible();

            open("/magdeburg/organisationen?district=kannenstieg");
            assertThat(page.locator(
                            "a.q-az__name",
                            new com.microsoft.playwright.Page.LocatorOptions().setHasText(entry.organisationName())))
                    .isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(problems)
                .as("console errors")
                .isEmpty();
    }
}
