package de.quartier.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.shared.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The coordinator's matching in a browser, checked with axe: run, read why, approve two pairs, reject one (which
 * does not come back on the next run); a volunteer cannot open a newcomer not assigned to them; the audit log shows
 * the reads.
 */
class MatchingBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Locator suggestion(String newcomer) {
        return page.locator("article.q-match-suggestion").filter(new Locator.FilterOptions().setHasText(newcomer));
    }

    void click(Locator scope, String name) {
        scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name))
                .click();
        page.waitForLoadState();
    }

    @Test
    void coordinatorMatchesAndVolunteerSeesOnlyTheirOwn() {
        MatchingFixtures fixtures = new MatchingFixtures(context);
        String u = MatchingFixtures.unique();
        fixtures.pair("Paula Erst " + u, "Lina Erst " + u);
        fixtures.pair("Peter Zweit " + u, "Omar Zweit " + u);
        fixtures.pair("Rita Nein " + u, "Said Nein " + u);

        login("koordination@magdeburg.example");
        open("/magdeburg/verwaltung/patenschaften");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abgleich starten"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("#notice")).containsText("Vorschläge");
        assertAccessible();

        // the explanation: score parts of one suggestion
        Locator first = suggestion("Lina Erst " + u);
        assertThat(first).containsText("Paula Erst " + u);
        first.locator("summary").click();
        assertThat(first.locator("table")).containsText("Gemeinsame Sprache");
        assertThat(first.locator("table")).containsText("Gesuchte Hilfe wird angeboten");
        assertAccessible();

        click(suggestion("Lina Erst " + u), "Annehmen Paula Erst " + u + " – Lina Erst " + u);
        assertThat(page.locator("#notice")).containsText("Vorschlag angenommen");
        click(suggestion("Omar Zweit " + u), "Annehmen Peter Zweit " + u + " – Omar Zweit " + u);
        assertThat(page.locator("#notice")).containsText("Vorschlag angenommen");
        click(suggestion("Said Nein " + u), "Ablehnen Rita Nein " + u + " – Said Nein " + u);
        assertThat(page.locator("#notice")).containsText("nie wieder");
        assertThat(page.locator("#mentorships")).containsText("Paula Erst " + u + " – Lina Erst " + u);
        assertThat(page.locator("#mentorships")).containsText("Peter Zweit " + u + " – Omar Zweit " + u);

        // the next run does not bring the rejected pair back
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abgleich starten"))
                .click();
        page.waitForLoadState();
        assertThat(suggestion("Said Nein " + u)).hasCount(0);
        assertThat(page.locator("#blocked")).containsText("abgelehnt");

        // the mentorship page and the letter in the newcomer's language (Arabic, right to left)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paula Erst " + u + " – Lina Erst " + u))
                .click();
        page.waitForLoadState();
        assertAccessible();
        String mentorshipUrl = page.url();
        open(mentorshipUrl.substring(mentorshipUrl.indexOf("/magdeburg")) + "/brief");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("main")).containsText("Paula Erst " + u);

        // the newcomer page (audited) and the list
        open("/magdeburg/verwaltung/patenschaften/neuzugewanderte");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Said Nein " + u))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("h1")).hasText("Said Nein " + u);
        assertAccessible();
        String newcomerPath = page.url().substring(page.url().indexOf("/magdeburg"));
        String newcomerId = newcomerPath.substring(newcomerPath.lastIndexOf('/') + 1);
        open("/magdeburg/verwaltung/patenschaften/unterkuenfte");
        assertThat(page.locator("#shelters")).containsText("Gemeinschaftsunterkunft Kannenstieg");
        open("/magdeburg/verwaltung/patenschaften/ehrenamtliche");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anna Beispiel"))
                .click();
        page.waitForLoadState();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))
                .click();

        // a volunteer on a phone: their own area works, another newcomer is not found
        phone();
        login("ehrenamt@magdeburg.example");
        open("/magdeburg/ehrenamt");
        assertThat(page.locator("h1")).hasText("Mein Ehrenamt");
        var response = page.navigate(url("/magdeburg/ehrenamt/neuzugewanderte/" + newcomerId));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Said Nein");
        var staff = page.navigate(url(newcomerPath));
        assertThat(staff.status()).isEqualTo(403);
        page.navigate(url("/magdeburg"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        desktop();

        // the audit log shows the reads and the refused attempt
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/protokoll?email=koordination%40magdeburg.example&action=personal-data.read");
        assertThat(page.locator("main")).containsText("newcomer:" + newcomerId);
        open("/magdeburg/verwaltung/protokoll?email=ehrenamt%40magdeburg.example&action=matching.newcomer.denied");
        assertThat(page.locator("main")).containsText("newcomer:" + newcomerId);
    }

    /** The public volunteer sign-up in Arabic: right to left, errors tied to their fields, axe clean. */
    @Test
    void aVolunteerSignsUpInArabic() {
        String u = MatchingFixtures.unique();
        open("/magdeburg/ehrenamt/registrieren?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("تطوّع معنا");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#consent-set")).containsText("لا يمكننا حفظ أي بيانات دون موافقتك.");
        assertAccessible();

        page.getByLabel("اسمك").fill("سلمى " + u);
        page.getByLabel("البريد الإلكتروني").fill("salma-" + u + "@example.org");
        page.getByLabel("أوافق على معالجة بياناتي لهذا الغرض.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("أرسلنا إليك رسالة بريد إلكتروني");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible();
    }
}
