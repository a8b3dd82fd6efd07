package de.quartier.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.quartier.accounts.AccountService;
import de.quartier.accounts.Role;
import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.shared.BrowserTest;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory's staff flows in a browser, checked with axe: an editor's own offer, self-registration. */
class EditingBrowserTest extends BrowserTest {

    @Autowired
    TenantService tenants;

    @Autowired
    DistrictService districts;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OfferRepository offers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    long[] organisationWithOffer(String name, String offerTitle) {
        TenantInfo t = magdeburg();
        return TenantContext.callAs(
                t,
                () -> tx.execute(s -> {
                    long district = districts.list().stream()
                            .filter(d -> d.slug().equals("neue-neustadt"))
                            .findFirst()
                            .orElseThrow()
                            .id();
                    Organisation o = new Organisation(name, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED);
                    o.districtIds().add(district);
                    organisations.save(o);
                    Offer offer =
                            offers.save(new Offer(o, offerTitle, Cost.FREE, AccessMode.WALK_IN, EntryStatus.PUBLISHED));
                    return new long[] {o.id(), offer.id()};
                }));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void editorUpdatesOwnOfferAndCannotOpenAnothers() {
        String suffix = unique();
        long[] own = organisationWithOffer("Browserverein " + suffix, "Sprachcafé " + suffix);
        long[] other = organisationWithOffer("Nachbarverein " + suffix, "Fremdes Angebot " + suffix);
        TenantContext.runAs(
                magdeburg(),
                () -> accounts.grantOrganisationScope(
                        "traeger@magdeburg.example", Role.ORGANISATION_EDITOR, Set.of(own[0])));

        login("traeger@magdeburg.example");
        open("/magdeburg/verwaltung");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verzeichnis „Wer macht was“"))
                .click();
        assertThat(page).hasURL(url("/magdeburg/verwaltung/verzeichnis"));
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browserverein " + suffix))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprachcafé " + suffix))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Angebot „Sprachcafé " + suffix + "“ bearbeiten");
        assertAccessible();

        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Sprachcafé für alle " + suffix);
        page.getByLabel("Wochentag").first().selectOption("3");
        page.getByLabel("von").first().fill("15:00");
        page.getByLabel("bis").first().fill("17:00");
        page.getByLabel("Arabisch", new Page.GetByLabelOptions().setExact(true)).check();
        // a second opening-hours row added with the button (JavaScript)
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zeile hinzufügen"))
                .click();
        page.locator("#scheduleDay-1").selectOption("5");
        page.locator("#scheduleOpens-1").fill("10:00");
        page.locator("#scheduleCloses-1").fill("12:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Gespeichert");
        assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Sprachcafé für alle " + suffix);
        assertThat(page.locator("#scheduleDay-1")).hasValue("5");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf"))
                .click();
        assertThat(page.locator("table")).containsText("→ Sprachcafé für alle " + suffix);
        assertThat(page.locator("table")).containsText("Geändert");
        assertAccessible();

        var refused = page.navigate(url("/magdeburg/verwaltung/verzeichnis/angebote/" + other[1]));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        String stillTitle = TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> offers.findById(other[1]).orElseThrow().title()));
        org.assertj.core.api.Assertions.assertThat(stillTitle).isEqualTo("Fremdes Angebot " + suffix);
    }

    @Test
    void visitorRegistersAndTheDistrictManagerApproves() {
        String name = "Initiative Lindenhof " + unique();
        String email = "lindenhof-" + unique() + "@example.org";
        open("/magdeburg/organisationen/registrieren");
        page.getByLabel("Name der Organisation").fill(name);
        page.getByLabel("Art der Organisation").selectOption("INITIATIVE");
        page.getByLabel("Was macht Ihre Organisation?").fill("Nachbarschaftsgarten und Reparaturcafé.");
        page.getByLabel("Neue Neustadt", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Ihr Name").fill("Lina Linde");
        page.getByLabel("Ihre E-Mail-Adresse").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung absenden"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Danke für Ihre Anmeldung");
        assertAccessible();

        login("qm.neustadt@magdeburg.example");
        open("/magdeburg/verwaltung/verzeichnis");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Prüfung")))
                .click();
        assertAccessible();
        var card =
                page.locator("article").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
        assertThat(card).containsText("Lina Linde");
        card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Freigeben"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Freigegeben");
        assertThat(page.locator("article")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)))
                .hasCount(0);
        assertAccessible();

        Long invitations = jdbc.queryForObject(
                "select count(*) from mail_message where recipient = ? and body like '%/einladung/%'",
                Long.class, email);
        org.assertj.core.api.Assertions.assertThat(invitations).isEqualTo(1L);
        EntryStatus status = TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> organisations.findAll().stream()
                        .filter(o -> o.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .status()));
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(EntryStatus.PUBLISHED);
    }

    @Test
    void staffPagesAndTheArabicRegistrationAreAccessible() {
        String suffix = unique();
        long[] org = organisationWithOffer("Prüfseitenverein " + suffix, "Beratung " + suffix);
        login("admin@magdeburg.example");
        open("/magdeburg/verwaltung/verzeichnis/organisationen/" + org[0]);
        page.locator("summary").first().click();
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/editing-organisation.png"))
                .setFullPage(true));
        open("/magdeburg/verwaltung/verzeichnis/angebote/" + org[1]);
        page.locator("summary").first().click();
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/editing-offer.png"))
                .setFullPage(true));
        open("/magdeburg/verwaltung/verzeichnis/orte/neu?organisation=" + org[0]);
        page.getByLabel("Name des Ortes").fill("Stadtteiltreff " + suffix);
        page.getByLabel("Straße und Hausnummer").fill("Lübecker Straße 1");
        page.getByLabel("Breitengrad").fill("52.1456");
        page.getByLabel("Längengrad").fill("11.6203");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.LIST)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Stadtteiltreff " + suffix)))
                .hasCount(1);
        open("/magdeburg/verwaltung/verzeichnis/kooperationen/neu?organisation=" + org[0]);
        open("/magdeburg/verwaltung/verzeichnis/handlungsfelder");
        open("/magdeburg/verwaltung/verzeichnis/einstellungen");
        open("/magdeburg/verwaltung/verzeichnis/pruefung");
        open("/magdeburg/verwaltung/verzeichnis/verlauf/organisation/" + org[0]);
        assertThat(page.locator("table")).containsText("Stadtteiltreff " + suffix);
        open("/magdeburg/verwaltung/personen");

        context.clearCookies();
        open("/magdeburg/organisationen/registrieren?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("تسجيل منظمة");
        phone();
        assertAccessible();
    }
}
