package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.TenantContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Personal access tokens: shown once, stored hashed, accepted while valid, refused once revoked or expired. */
@QuartierTest
class AccessTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantService tenants;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    WebClient web;
    long operator;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        operator =
                accounts.findByEmail("operator@quartier.example").orElseThrow().id();
    }

    int status(String authorization) throws Exception {
        return web.get("/api/v1/tenants", "Authorization", authorization).statusCode();
    }

    @Test
    void validTokenSignsInAndIsStoredOnlyAsHash() throws Exception {
        var created = tokens.create(operator, "valid", LocalDate.now().plusDays(3));
        assertThat(created.token()).startsWith("qrt_").hasSizeGreaterThan(40);

        var response = web.get("/api/v1/tenants", "Authorization", "Bearer " + created.token());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("magdeburg");
        // a bearer request gets no session
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("QUARTIER_SESSION"));

        Map<String, Object> row = jdbc.queryForMap("select * from access_token where id = ?", created.id());
        assertThat(row.get("token_hash")).isEqualTo(SecretTokens.sha256(created.token()));
        assertThat(row.values()).noneMatch(v -> created.token().equals(v));
        assertThat(row.get("last_used_at")).isNotNull();
    }

    @Test
    void revokedExpiredAndWrongTokensAreRefusedWithProblemJson() throws Exception {
        var revoked = tokens.create(operator, "revoked", null);
        assertThat(status("Bearer " + revoked.token())).isEqualTo(200);
        assertThat(tokens.revoke(operator, revoked.id())).isTrue();
        var refused = web.get("/api/v1/tenants", "Authorization", "Bearer " + revoked.token());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":401");

        var expired = tokens.create(operator, "expired", LocalDate.now().minusDays(2));
        assertThat(status("Bearer " + expired.token())).isEqualTo(401);

        var lastDay = tokens.create(operator, "valid today", LocalDate.now(AccessTokenService.ZONE));
        assertThat(status("Bearer " + lastDay.token())).isEqualTo(200);

        assertThat(status("Bearer qrt_" + "A".repeat(43))).isEqualTo(401);
        assertThat(status(
                        "Bearer " + revoked.token().substring(0, revoked.token().length() - 1)))
                .isEqualTo(401);
        assertThat(status("Bearer nonsense")).isEqualTo(401);
        assertThat(status("Bearer ")).isEqualTo(401);
    }

    @Test
    void tokenCarriesItsOwnersRolesInEveryTenantAlsoInsideATenantRequest() {
        var fixtures = new Fixtures(tenants, accounts, memberships, encoder, tx);
        var magdeburg = fixtures.magdeburg();
        var other = fixtures.newTenant("rollen");
        String email = Fixtures.unique("rollen") + "@example.org";
        long id = fixtures.person(magdeburg, email, Set.of(), Role.MUNICIPAL_ADMIN);
        TenantContext.runAs(
                other, () -> tx.executeWithoutResult(s -> memberships.save(new Membership(id, Role.COORDINATOR))));
        String token = tokens.create(id, "rollen", null).token();

        for (var current : new de.quartier.shared.TenantInfo[] {magdeburg, other}) {
            QuartierPrincipal principal = TenantContext.callAs(current, () -> tokens.authenticate(token))
                    .orElseThrow();
            assertThat(principal.hasRole(magdeburg.id(), Role.MUNICIPAL_ADMIN)).isTrue();
            assertThat(principal.hasRole(other.id(), Role.COORDINATOR)).isTrue();
        }
        assertThat(tokens.authenticate(token).orElseThrow().grants()).hasSize(2);
    }

    @Test
    void aPersonCannotRevokeSomeoneElsesToken() {
        var token = tokens.create(operator, "mine", null);
        long other =
                accounts.findByEmail("admin@magdeburg.example").orElseThrow().id();
        assertThat(tokens.revoke(other, token.id())).isFalse();
        assertThat(jdbc.queryForObject("select revoked_at from access_token where id = ?", Object.class, token.id()))
                .isNull();
    }

    @Test
    void tokenPageCreatesShowsOnceAndRevokesAndIsAudited() throws Exception {
        var fixtures = new Fixtures(tenants, accounts, memberships, encoder, tx);
        String email = Fixtures.unique("token") + "@magdeburg.example";
        long me = fixtures.person(fixtures.magdeburg(), email, Set.of(), Role.COORDINATOR);
        web.login(email, Fixtures.PASSWORD);

        var page = web.post("/konto/tokens", "/konto/tokens", Map.of("name", "Auswertung", "expires", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = Pattern.compile("value=\"(qrt_[A-Za-z0-9_-]+)\"").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        // not an operator: signed in (403), not anonymous (401)
        assertThat(status("Bearer " + token)).isEqualTo(403);
        var list = web.get("/konto/tokens");
        assertThat(list.body()).contains("Auswertung").doesNotContain(token);

        long id = jdbc.queryForObject("select id from access_token where user_id = ?", Long.class, me);
        var revoke = web.post("/konto/tokens/" + id + "/widerrufen", "/konto/tokens", Map.of());
        assertThat(revoke.statusCode()).isEqualTo(302);
        assertThat(status("Bearer " + token)).isEqualTo(401);

        assertThat(jdbc.queryForList(
                        "select action from audit_entry where actor_id = ? and subject = ?",
                        String.class,
                        me,
                        "token:" + id))
                .containsExactlyInAnyOrder("token.created", "token.revoked");

        var emptyName = web.post("/konto/tokens", "/konto/tokens", Map.of("name", " "));
        assertThat(emptyName.statusCode()).isEqualTo(200);
        assertThat(emptyName.body()).contains("aria-invalid=\"true\"").doesNotContain("value=\"qrt_");
        var past = web.post(
                "/konto/tokens",
                "/konto/tokens",
                Map.of("name", "alt", "expires", LocalDate.now().minusDays(1).toString()));
        assertThat(past.body()).contains("Vergangenheit");
    }

    @Test
    void tokensPageNeedsASignIn() throws Exception {
        var response = web.get("/konto/tokens", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
