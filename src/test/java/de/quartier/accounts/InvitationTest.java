package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.TenantInfo;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Invitation links: single use, seven days, only the hash stored; nothing changes through a dead link. */
@QuartierTest
class InvitationTest {

    static final String NEW_PASSWORD = "Stadtteil-Werkstatt-2026";

    @LocalServerPort
    int port;

    @Autowired
    InvitationService invitations;

    @Autowired
    TenantService tenants;

    @Autowired
    AccountRepository accounts;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    WebClient web;
    Fixtures fixtures;
    TenantInfo magdeburg;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        fixtures = new Fixtures(tenants, accounts, memberships, encoder, tx);
        magdeburg = fixtures.magdeburg();
    }

    Map<String, String> newAccount(String name, String password, String repeat) {
        return Map.of("displayName", name, "password", password, "passwordRepeat", repeat);
    }

    @Test
    void newPersonSetsNameAndPasswordOnceAndGetsTheRole() throws Exception {
        String email = Fixtures.unique("neu") + "@example.org";
        var invited = invitations.invite(magdeburg, email, "Nora Neu", Role.COORDINATOR, Set.of());
        String path = "/einladung/" + invited.token();
        assertThat(invited.link()).endsWith(path);

        // only the hash is stored, and the mail carries the link
        assertThat(jdbc.queryForObject("select token_hash from invitation where id = ?", String.class, invited.id()))
                .isEqualTo(SecretTokens.sha256(invited.token()));
        assertThat(jdbc.queryForObject(
                        "select body from mail_message where recipient = ? and tenant_id = ?",
                        String.class,
                        email,
                        magdeburg.id()))
                .contains(invited.link());

        var page = web.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Magdeburg").contains("Koordination").contains("value=\"Nora Neu\"");

        var weak = web.post(path, path, newAccount("Nora Neu", "passwort", "passwort"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("mindestens 12 Zeichen");
        var common = web.post(path, path, newAccount("Nora Neu", "password1234", "password1234"));
        assertThat(common.body()).contains("zu verbreitet");
        var mismatch = web.post(path, path, newAccount("Nora Neu", NEW_PASSWORD, NEW_PASSWORD + "x"));
        assertThat(mismatch.body()).contains("stimmen nicht überein");
        assertThat(accounts.findByEmail(email)).isEmpty();

        var accepted = web.post(path, path, newAccount("Nora Neu-Mann", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/einladung/angenommen");
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nora Neu-Mann");
        assertThat(encoder.matches(NEW_PASSWORD, account.passwordHash())).isTrue();
        assertThat(fixtures.hasRole(magdeburg, account.id(), Role.COORDINATOR)).isTrue();
        assertThat(web.get("/einladung/angenommen").statusCode()).isEqualTo(200);

        // the link is used up: a second use changes nothing
        assertThat(web.get(path).statusCode()).isEqualTo(410);
        var again = new WebClient(port);
        var token = WebClient.csrf(again.get("/login").body());
        var second = again.send(java.net.http.HttpRequest.newBuilder(again.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "displayName=Jemand&password=Ganz-anderes-Passwort-9&passwordRepeat=Ganz-anderes-Passwort-9&_csrf="
                                + token))
                .build());
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Nora Neu-Mann");

        // the new account can sign in
        new WebClient(port).login(email, NEW_PASSWORD);
    }

    @Test
    void expiredAndUnknownLinksChangeNothing() throws Exception {
        String email = Fixtures.unique("alt") + "@example.org";
        var invited = invitations.invite(magdeburg, email, "Otto Alt", Role.VOLUNTEER, Set.of());
        String path = "/einladung/" + invited.token();
        assertThat(web.get(path).statusCode()).isEqualTo(200);
        String csrfPage = path;
        String token = WebClient.csrf(web.get(csrfPage).body());

        jdbc.update("update invitation set expires_at = now() - interval '1 minute' where id = ?", invited.id());

        var expired = web.get(path);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("abgelaufen");
        var post = web.send(java.net.http.HttpRequest.newBuilder(web.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("displayName=Otto&password=" + NEW_PASSWORD
                        + "&passwordRepeat=" + NEW_PASSWORD + "&_csrf=" + token))
                .build());
        assertThat(post.statusCode()).isEqualTo(410);
        assertThat(accounts.findByEmail(email)).isEmpty();

        var unknown = web.get("/einladung/" + SecretTokens.random());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Einladung nicht gefunden");
        var unknownPost = web.post("/einladung/gibt-es-nicht", "/login", newAccount("X", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(unknownPost.statusCode()).isEqualTo(404);
    }

    @Test
    void existingAccountConfirmsWithItsPasswordAndTheRoleIsAdded() throws Exception {
        String email = Fixtures.unique("da") + "@example.org";
        long id = fixtures.person(magdeburg, email, Set.of(), Role.VOLUNTEER);
        TenantInfo other = fixtures.newTenant("zweite");
        var invited = invitations.invite(other, email, "Dora Da", Role.JURY_MEMBER, Set.of());
        String path = "/einladung/" + invited.token();

        var page = web.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(other.name())
                .contains("schon ein Konto")
                .doesNotContain("passwordRepeat");

        var wrong = web.post(path + "/bestaetigen", path, Map.of("password", "falsch-falsch-falsch"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("nicht richtig");
        assertThat(fixtures.hasRole(other, id, Role.JURY_MEMBER)).isFalse();

        // the new-account form cannot take over an existing account
        var takeover = web.post(path, path, newAccount("Mallory", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(fixtures.hasRole(other, id, Role.JURY_MEMBER)).isFalse();
        assertThat(encoder.matches(
                        Fixtures.PASSWORD, accounts.findById(id).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(takeover.statusCode()).isEqualTo(200);

        var ok = web.post(path + "/bestaetigen", path, Map.of("password", Fixtures.PASSWORD));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(fixtures.hasRole(other, id, Role.JURY_MEMBER)).isTrue();
        assertThat(fixtures.hasRole(magdeburg, id, Role.VOLUNTEER)).isTrue();
        assertThat(web.get(path).statusCode()).isEqualTo(410);
    }

    @Test
    void districtScopeOfTheInvitationBecomesTheScopeOfTheRole() throws Exception {
        String email = Fixtures.unique("bezirk") + "@example.org";
        var invited = invitations.invite(magdeburg, email, "Bea Bezirk", Role.DISTRICT_MANAGER, Set.of(7L, 9L));
        String path = "/einladung/" + invited.token();
        assertThat(web.post(path, path, newAccount("Bea Bezirk", NEW_PASSWORD, NEW_PASSWORD))
                        .statusCode())
                .isEqualTo(302);
        long id = accounts.findByEmail(email).orElseThrow().id();
        Set<Long> scope = de.quartier.shared.TenantContext.callAs(
                magdeburg,
                () -> tx.execute(s -> Set.copyOf(memberships
                        .findByUserIdAndRole(id, Role.DISTRICT_MANAGER)
                        .orElseThrow()
                        .districtIds())));
        assertThat(scope).containsExactlyInAnyOrder(7L, 9L);
    }

    @Test
    void signedInInviteeAcceptsWithOneClick() throws Exception {
        String email = Fixtures.unique("klick") + "@example.org";
        long id = fixtures.person(magdeburg, email, Set.of(), Role.VOLUNTEER);
        var invited = invitations.invite(magdeburg, email, "Karl Klick", Role.SOCIAL_WORKER, Set.of());
        String path = "/einladung/" + invited.token();
        web.login(email, Fixtures.PASSWORD);
        assertThat(web.get(path).body()).contains("/annehmen");
        var accepted = web.post(path + "/annehmen", path, Map.of());
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(fixtures.hasRole(magdeburg, id, Role.SOCIAL_WORKER)).isTrue();
        assertThat(web.get(path).statusCode()).isEqualTo(410);
    }

    @Test
    void publicInvitationPageSpeaksTheVisitorsLanguage() throws Exception {
        var invited = invitations.invite(
                magdeburg, Fixtures.unique("sprache") + "@example.org", "Lina", Role.VOLUNTEER, Set.of());
        var arabic = web.get("/einladung/" + invited.token() + "?lang=ar");
        assertThat(arabic.body())
                .contains("dir=\"rtl\"")
                .contains("دعوة إلى Quartier")
                .doesNotContain("accounts.");
        for (String lang : new String[] {"en", "uk", "fa", "ru", "tr"}) {
            var page = web.get("/einladung/" + invited.token() + "?lang=" + lang);
            assertThat(page.body()).as(lang).contains("lang=\"" + lang + "\"").doesNotContain("accounts.");
        }
    }
}
