package de.quartier.courses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.accounts.TenantService;
import de.quartier.shared.BrowserTest;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Done when: a seat frees up and the longest-waiting suitable learner gets the offer. A coordinator creates a
 * Saturday course with one seat; of four people waiting for it the longest-waiting one whose times and childcare
 * fit gets the offer; when that offer is declined, the seat moves on to the next. Every page is checked with axe.
 */
class CoursesBrowserTest extends BrowserTest {

    static final String COORDINATOR = "koordination@magdeburg.example";
    static final String SOCIAL_WORKER = "sozialarbeit@magdeburg.example";

    @Autowired
    TenantService tenants;

    @Autowired
    ReferralRepository referrals;

    @Autowired
    JdbcTemplate jdbc;

    private void refer(TenantInfo t, String name, int waitedDays, boolean childcare, String slot) {
        long newcomer = CourseFixtures.newcomer(jdbc, t, name, COORDINATOR);
        TenantContext.runAs(
                t,
                () -> referrals.save(CourseFixtures.referral(
                        newcomer,
                        Course.Kind.INTENSIVE,
                        Course.Level.C1,
                        Referral.Access.ENTITLEMENT,
                        waitedDays,
                        childcare,
                        COORDINATOR,
                        slot)));
    }

    @Test
    void aFreeSeatGoesToTheLongestWaitingSuitableLearner() {
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        refer(magdeburg, "Browser Kind Betreuung", 60, true, "SA_AM");
        refer(magdeburg, "Browser Lange Wartend", 45, false, "SA_AM");
        refer(magdeburg, "Browser Kurz Wartend", 20, false, "SA_AM");
        refer(magdeburg, "Browser Nur Sonntag", 90, false, "SU_AM");

        login(COORDINATOR);
        open("/magdeburg/verwaltung/sprachkurse");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neuer Kurs"))
                .click();
        page.waitForLoadState();
        assertAccessible();

        page.getByLabel("Träger")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Volkshochschule Magdeburg"));
        page.getByLabel("Kursart").selectOption("INTENSIVE");
        page.getByLabel("Modul/Niveau").selectOption("C1");
        page.getByLabel("Kursbeginn").fill(LocalDate.now().plusDays(30).toString());
        for (String day : new String[] {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"}) {
            page.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).uncheck();
        }
        page.getByLabel("Samstag", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Beginn (Uhrzeit)").fill("09:00");
        page.getByLabel("Ende (Uhrzeit)").fill("12:00");
        page.getByLabel("Kursort (Adresse)").fill("Leibnizstraße 23, 39104 Magdeburg");
        page.getByLabel("Plätze").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        page.waitForLoadState();

        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Freie Plätze wurden den nächsten passenden Personen angeboten");
        Locator offers = page.locator("table[aria-labelledby=offers-heading] tbody tr");
        assertThat(offers).hasCount(1);
        assertThat(offers.first()).containsText("Browser Lange Wartend");
        assertThat(offers.first()).containsText("Angebot offen");
        assertThat(page.locator("#free-seats")).containsText("Freie Plätze: 0 von 1");
        assertAccessible();

        // the learner declines: the seat moves on to the next suitable person
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Absage von Browser Lange Wartend erfassen"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Absage erfasst");
        assertThat(offers).hasCount(2);
        assertThat(offers.filter(new Locator.FilterOptions().setHasText("Angebot offen")))
                .containsText("Browser Kurz Wartend");
        assertThat(page.content()).doesNotContain("Browser Kind Betreuung").doesNotContain("Browser Nur Sonntag");
        assertAccessible();

        // the coordinator's other pages
        open("/magdeburg/verwaltung/sprachkurse/vermittlungen");
        assertThat(page.getByText("Browser Nur Sonntag")).isVisible();
        open("/magdeburg/verwaltung/sprachkurse/vermittlungen/neu");
        assertThat(page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)))
                .containsText("Browser Nur Sonntag");
        open("/magdeburg/verwaltung/sprachkurse/wartezeiten");
        assertThat(page.locator("#waiting-table")).containsText("C1");
        open("/magdeburg/verwaltung/sprachkurse/einstellungen");
    }

    /** The referral form offers a social worker only the newcomers they recorded, and refers the one chosen. */
    @Test
    void aSocialWorkerChoosesOnlyAmongTheirOwnNewcomers() {
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        long own = CourseFixtures.newcomer(jdbc, magdeburg, "Wahl Eigene Person", SOCIAL_WORKER);
        CourseFixtures.newcomer(jdbc, magdeburg, "Wahl Fremde Person", COORDINATOR);

        login(SOCIAL_WORKER);
        open("/magdeburg/verwaltung/sprachkurse/vermittlungen/neu");
        Locator chooser = page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true));
        assertThat(chooser).containsText("Wahl Eigene Person");
        assertThat(chooser).not().containsText("Wahl Fremde Person");
        chooser.selectOption(String.valueOf(own));
        page.getByLabel("Kursart").selectOption("GENERAL");
        page.getByLabel("Montag vormittags").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Auf die Warteliste setzen"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person steht auf der Warteliste.");
        assertThat(page.locator("main")).containsText("Wahl Eigene Person");
        assertAccessible();
    }
}
