package de.quartier.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.quartier.shared.BrowserTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A visitor on a phone, in Arabic, finds a German course near Kannenstieg; the map is an extra. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    OfferSearchFixture data;

    @BeforeAll
    void createOffers() {
        data = OfferSearchFixture.create(context);
    }

    @Test
    void phoneInArabicFindsAGermanCourseInKannenstiegWithinTwoKilometres() {
        phone();
        open("/magdeburg/angebote?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("البحث عن العروض");
        page.locator("#q").fill("Deutschkurs");
        page.locator("#near").fill("Kannenstieg");
        page.locator("#radius").selectOption("2");
        page.locator(".q-search__submit button").click();
        page.waitForURL(url -> url.contains("near=Kannenstieg"));
        assertThat(page.locator("a[href='/magdeburg/angebote/" + data.women() + "']"))
                .hasText("Deutsch-Kurs für Frauen und Mütter");
        // the title is German for want of a translation, marked as such
        assertThat(page.locator("a[href='/magdeburg/angebote/" + data.women() + "']"))
                .hasAttribute("lang", "de");
        assertThat(page.locator("a[href='/magdeburg/angebote/" + data.evening() + "']"))
                .hasCount(0);
        assertThat(page.locator("#results-count")).containsText("Kannenstieg");
        org.assertj.core.api.Assertions.assertThat(
                        (Integer) page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0);
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/search-phone-ar.png"))
                .setFullPage(true));

        // wider radius: the evening course 5 km away appears, farther down
        page.locator("#radius").selectOption("10");
        page.locator(".q-search__submit button").click();
        page.waitForURL(url -> url.contains("radius=10"));
        assertThat(page.locator("a[href='/magdeburg/angebote/" + data.evening() + "']"))
                .hasCount(1);
    }

    @Test
    void mapViewWorksWithoutTilesAndTheListStays() {
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        open("/magdeburg/angebote?q=" + data.marker() + "&near=Kannenstieg&radius=2");
        page.locator("a[href*='view=map']").first().click();
        page.waitForURL(url -> url.contains("view=map"));
        assertThat(page.locator("#offer-map")).isVisible();
        assertThat(page.locator("#offer-map .leaflet-interactive").first()).isAttached();
        assertThat(page.locator(".q-result")).hasCount(3);
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/search-map.png"))
                .setFullPage(true));
        phone();
        assertThat(page.locator(".q-result").first()).isVisible();
    }

    @Test
    void filtersNarrowTheResultsAndTheUrlKeepsThem() {
        open("/magdeburg/angebote?q=" + data.marker());
        assertThat(page.locator(".q-result")).hasCount(20);
        page.locator("#f-cost-free").check();
        page.waitForURL(url -> url.contains("cost=free"));
        assertThat(page.locator(".q-result")).hasCount(2);
        assertThat(page.locator("#f-cost-free")).isChecked();
        assertAccessible();
        page.navigate(page.url());
        assertThat(page.locator(".q-result")).hasCount(2);
    }
}
