package de.quartier.accounts;

import static de.quartier.accounts.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in over real HTTP: lockout, session ids, CSRF, second factor, forced enrolment, password reset. */
@QuartierTest
class LoginSecurityTest {

    private static final Pattern RESET_LINK = Pattern.compile("http://[^\\s]+/passwort/neu/([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TwoFactorService twoFactor;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
    }

    private WebSession web() {
        return new WebSession(port);
    }

    private List<String> auditActions(String email) {
        return jdbc.queryForList(
                "select action from audit_entry where actor_email = ? order by id", String.class, email);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() {
        String email = TestAccounts.uniqueEmail("lock");
        long id = testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        for (int i = 0; i < 5; i++) {
            assertThat(location(web.login(email, "falsches-Passwort-" + i))).endsWith("/login?error");
        }
        assertThat(location(web.login(email, TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(web.get("/konto").statusCode()).isEqualTo(302);
        assertThat(auditActions(email))
                .containsExactly(
                        AuditLog.LOGIN_FAILED,
                        AuditLog.LOGIN_FAILED,
                        AuditLog.LOGIN_FAILED,
                        AuditLog.LOGIN_FAILED,
                        AuditLog.LOGIN_FAILED,
                        AuditLog.LOGIN_LOCKED,
                        AuditLog.LOGIN_FAILED);
        Instant lockedUntil = jdbc.queryForObject(
                        "select locked_until from app_user where id = ?", java.sql.Timestamp.class, id)
                .toInstant();
        assertThat(lockedUntil)
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));

        var page = web.get("/login?error");
        assertThat(page.body())
                .contains("Anmeldung fehlgeschlagen")
                .contains("Nach 5 Fehlversuchen wird ein Konto für 15 Minuten gesperrt");

        // the lock ends after its time
        jdbc.update("update app_user set locked_until = now() - interval '1 second' where id = ?", id);
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/magdeburg");
        assertThat(auditActions(email)).last().isEqualTo(AuditLog.LOGIN);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String email = TestAccounts.uniqueEmail("reset-count");
        long id = testAccounts.create(email, Role.VOLUNTEER);
        for (int i = 0; i < 4; i++) {
            web().login(email, "falsch-" + i);
        }
        assertThat(jdbc.queryForObject("select failed_login_count from app_user where id = ?", Integer.class, id))
                .isEqualTo(4);
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/magdeburg");
        assertThat(jdbc.queryForObject("select failed_login_count from app_user where id = ?", Integer.class, id))
                .isZero();
        for (int i = 0; i < 4; i++) {
            web().login(email, "falsch-" + i);
        }
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/magdeburg");
    }

    @Test
    void unknownAddressesGetTheSameAnswerAsWrongPasswords() {
        String known = TestAccounts.uniqueEmail("known");
        testAccounts.create(known, Role.VOLUNTEER);
        String unknown = TestAccounts.uniqueEmail("nobody");
        var wrongPassword = web().login(known, "falsches-Passwort");
        var noAccount = web().login(unknown, "falsches-Passwort");
        assertThat(noAccount.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(location(noAccount)).isEqualTo(location(wrongPassword));
        assertThat(auditActions(unknown)).containsExactly(AuditLog.LOGIN_FAILED);
        // an unknown address never locks: the answer stays the same however often it is tried
        for (int i = 0; i < 6; i++) {
            assertThat(location(web().login(unknown, "x"))).endsWith("/login?error");
        }
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneIsWorthless() {
        String email = TestAccounts.uniqueEmail("session");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        web.get("/login");
        String before = web.sessionId().orElseThrow();
        var response = web.post("/login", Map.of("username", email, "password", TestAccounts.PASSWORD));
        assertThat(location(response)).endsWith("/magdeburg");
        String after = web.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(web.get("/konto").statusCode()).isEqualTo(200);

        WebSession attacker = web();
        attacker.useSessionId(before);
        assertThat(attacker.get("/konto").statusCode()).isEqualTo(302);

        assertThat(location(web.post("/logout", Map.of()))).endsWith("/?abgemeldet");
        assertThat(web.get("/konto").statusCode()).isEqualTo(302);
        assertThat(auditActions(email)).containsExactly(AuditLog.LOGIN, AuditLog.LOGOUT);
    }

    @Test
    void signInGoesToTheSavedPageElseTheOperatorAreaOrTheFirstTenant() {
        String email = TestAccounts.uniqueEmail("target");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        assertThat(location(web.get("/konto"))).endsWith("/login");
        assertThat(location(web.login(email, TestAccounts.PASSWORD))).contains("/konto");

        assertThat(location(web().login("operator@quartier.example", "quartier-demo")))
                .endsWith("/betrieb");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        String email = TestAccounts.uniqueEmail("csrf");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        web.get("/login");
        assertThat(web.postWithoutCsrf("/login", Map.of("username", email, "password", TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.postWithoutCsrf("/passwort/vergessen", Map.of("email", email))
                        .statusCode())
                .isEqualTo(403);
        assertThat(location(web.login(email, TestAccounts.PASSWORD))).endsWith("/magdeburg");
        var noToken = web.postWithoutCsrf(
                "/konto/passwort",
                Map.of(
                        "current",
                        TestAccounts.PASSWORD,
                        "password",
                        "Ganz-neues-Passwort-42",
                        "repeat",
                        "Ganz-neues-Passwort-42"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        // the password is unchanged
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/magdeburg");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
        String email = TestAccounts.uniqueEmail("change");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        web.login(email, TestAccounts.PASSWORD);
        var page = web.get("/konto");
        assertThat(page.body())
                .contains(email)
                .contains("Koordination")
                .contains("href=\"/konto/zwei-faktor\"")
                .contains("id=\"account-links\"");
        var wrongCurrent = web.post(
                "/konto/passwort",
                Map.of("current", "falsch", "password", "Ganz-neues-Passwort-42", "repeat", "Ganz-neues-Passwort-42"));
        assertThat(wrongCurrent.body()).contains("Das aktuelle Passwort ist nicht richtig.");
        var weak = web.post(
                "/konto/passwort",
                Map.of("current", TestAccounts.PASSWORD, "password", "password1234", "repeat", "password1234"));
        assertThat(weak.body()).contains("zu verbreitet");
        var ok = web.post(
                "/konto/passwort",
                Map.of(
                        "current",
                        TestAccounts.PASSWORD,
                        "password",
                        "Ganz-neues-Passwort-42",
                        "repeat",
                        "Ganz-neues-Passwort-42"));
        assertThat(location(ok)).endsWith("/konto?passwortGeaendert");
        assertThat(location(web().login(email, "Ganz-neues-Passwort-42"))).endsWith("/magdeburg");
    }

    @Test
    void withTwoFactorsThePasswordAloneDoesNotSignInAndCodesCannotBeReplayed() {
        String email = TestAccounts.uniqueEmail("totp");
        long id = testAccounts.create(email, Role.DISTRICT_MANAGER);
        String secret = Totp.newSecret();
        List<String> recovery =
                twoFactor.enable(id, secret, Totp.code(secret, Instant.now())).orElseThrow();

        WebSession web = web();
        web.get("/login");
        String before = web.sessionId().orElseThrow();
        assertThat(location(web.post("/login", Map.of("username", email, "password", TestAccounts.PASSWORD))))
                .endsWith("/login/zwei-faktor");
        // half signed in: nothing else is reachable, the page does not show anyone as signed in
        assertThat(location(web.get("/konto"))).endsWith("/login/zwei-faktor");
        assertThat(location(web.get("/magdeburg/verwaltung"))).endsWith("/login/zwei-faktor");
        var codePage = web.get("/login/zwei-faktor");
        assertThat(codePage.body()).contains("Bestätigungscode eingeben").doesNotContain("Angemeldet als");

        assertThat(web.post("/login/zwei-faktor", Map.of("code", "000000")).body())
                .contains("Der Code ist nicht gültig");
        String afterPassword = web.sessionId().orElseThrow();
        String code = Totp.code(secret, Instant.now().plusSeconds(30));
        assertThat(location(web.post("/login/zwei-faktor", Map.of("code", code))))
                .endsWith("/magdeburg");
        String afterCode = web.sessionId().orElseThrow();
        assertThat(afterCode).isNotEqualTo(afterPassword).isNotEqualTo(before);
        assertThat(web.get("/konto").statusCode()).isEqualTo(200);

        // the same code a second time is refused
        WebSession again = web();
        again.login(email, TestAccounts.PASSWORD);
        again.get("/login/zwei-faktor");
        assertThat(again.post("/login/zwei-faktor", Map.of("code", code)).body())
                .contains("Der Code ist nicht gültig");
        // a recovery code works once
        assertThat(location(again.post(
                        "/login/zwei-faktor", Map.of("code", recovery.get(3).toUpperCase()))))
                .endsWith("/magdeburg");
        WebSession third = web();
        third.login(email, TestAccounts.PASSWORD);
        third.get("/login/zwei-faktor");
        assertThat(third.post("/login/zwei-faktor", Map.of("code", recovery.get(3)))
                        .body())
                .contains("Der Code ist nicht gültig");
        assertThat(auditActions(email)).contains(AuditLog.LOGIN, AuditLog.LOGIN_FAILED);
    }

    @Test
    void fiveWrongCodesLockTheAccount() {
        String email = TestAccounts.uniqueEmail("totp-lock");
        long id = testAccounts.create(email, Role.DISTRICT_MANAGER);
        String secret = Totp.newSecret();
        twoFactor.enable(id, secret, Totp.code(secret, Instant.now())).orElseThrow();
        WebSession web = web();
        web.login(email, TestAccounts.PASSWORD);
        web.get("/login/zwei-faktor");
        for (int i = 0; i < 4; i++) {
            assertThat(web.post("/login/zwei-faktor", Map.of("code", "00000" + i))
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(location(web.post("/login/zwei-faktor", Map.of("code", "000009"))))
                .endsWith("/login?error");
        assertThat(auditActions(email)).contains(AuditLog.LOGIN_LOCKED);
        // locked: even the right password and code do not get in
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/login?error");
    }

    @Test
    void staffOfATenantThatRequiresTwoFactorsMustSetThemUpBeforeGettingIn() {
        String email = TestAccounts.uniqueEmail("forced");
        var strict = testAccounts.strictTenant();
        testAccounts.create(email, Role.COORDINATOR, strict);
        WebSession web = web();
        assertThat(location(web.login(email, TestAccounts.PASSWORD))).endsWith("/konto/zwei-faktor");
        assertThat(location(web.get("/" + strict.slug()))).endsWith("/konto/zwei-faktor");
        assertThat(location(web.get("/konto"))).endsWith("/konto/zwei-faktor");
        var page = web.get("/konto/zwei-faktor");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg")
                .contains("Ihre Kommune verlangt")
                .doesNotContain("Angemeldet als");
        Matcher secret =
                Pattern.compile("id=\"totp-secret\" dir=\"ltr\">([A-Z2-7 ]+)<").matcher(page.body());
        assertThat(secret.find()).isTrue();
        String before = web.sessionId().orElseThrow();
        var enabled = web.post(
                "/konto/zwei-faktor/einrichten",
                Map.of("code", Totp.code(secret.group(1).replace(" ", ""), Instant.now())));
        assertThat(location(enabled)).endsWith("/konto/zwei-faktor/wiederherstellungscodes");
        assertThat(web.sessionId().orElseThrow()).isNotEqualTo(before);
        var codes = web.get("/konto/zwei-faktor/wiederherstellungscodes");
        assertThat(codes.body()).contains("Ihre Wiederherstellungscodes").contains("href=\"/" + strict.slug() + "\"");
        assertThat(web.get("/konto/zwei-faktor/wiederherstellungscodes").statusCode())
                .isEqualTo(302);
        assertThat(web.get("/konto").statusCode()).isEqualTo(200);
        // and it cannot be switched off while the tenant requires it
        assertThat(web.get("/konto/zwei-faktor").body()).contains("Sie können sie nicht ausschalten");
    }

    @Test
    void aResetLinkWorksOnceAndDoesNotSignIn() {
        String email = TestAccounts.uniqueEmail("reset");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        web.get("/passwort/vergessen");
        assertThat(location(web.post("/passwort/vergessen", Map.of("email", email.toUpperCase()))))
                .endsWith("/passwort/vergessen?gesendet");
        String token = tokenFromMail(email);
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset_token where token_hash = ?",
                        Integer.class,
                        TwoFactorService.hash(token)))
                .isEqualTo(1);

        assertThat(web.get("/passwort/neu/" + token).statusCode()).isEqualTo(200);
        var mismatch =
                web.post("/passwort/neu/" + token, Map.of("password", "Neues-Passwort-fuer-mich", "repeat", "anderes"));
        assertThat(mismatch.body()).contains("stimmen nicht überein");
        var tooShort = web.post("/passwort/neu/" + token, Map.of("password", "kurz", "repeat", "kurz"));
        assertThat(tooShort.body()).contains("mindestens 12 Zeichen");
        var done = web.post(
                "/passwort/neu/" + token,
                Map.of("password", "Neues-Passwort-fuer-mich", "repeat", "Neues-Passwort-fuer-mich"));
        assertThat(location(done)).endsWith("/login?passwortNeu");
        assertThat(web.get("/konto").statusCode())
                .as("not signed in by the reset")
                .isEqualTo(302);

        assertThat(web.get("/passwort/neu/" + token).statusCode()).isEqualTo(410);
        web.get("/passwort/vergessen");
        assertThat(web.post(
                                "/passwort/neu/" + token,
                                Map.of("password", "Noch-ein-Passwort-123", "repeat", "Noch-ein-Passwort-123"))
                        .statusCode())
                .isEqualTo(410);
        assertThat(location(web().login(email, TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(location(web().login(email, "Neues-Passwort-fuer-mich"))).endsWith("/magdeburg");
    }

    @Test
    void aResetLinkExpiresAfterAnHourAndUnknownAddressesGetNoMail() {
        String email = TestAccounts.uniqueEmail("expire");
        testAccounts.create(email, Role.COORDINATOR);
        WebSession web = web();
        web.get("/passwort/vergessen");
        web.post("/passwort/vergessen", Map.of("email", email));
        String token = tokenFromMail(email);
        Instant expires = jdbc.queryForObject(
                        "select expires_at from password_reset_token where token_hash = ?",
                        java.sql.Timestamp.class,
                        TwoFactorService.hash(token))
                .toInstant();
        assertThat(expires)
                .isBetween(Instant.now().plusSeconds(59 * 60), Instant.now().plusSeconds(60 * 60 + 5));
        jdbc.update(
                "update password_reset_token set expires_at = now() - interval '1 second' where token_hash = ?",
                TwoFactorService.hash(token));
        assertThat(web.get("/passwort/neu/" + token).statusCode()).isEqualTo(410);
        assertThat(web.get("/passwort/neu/erfunden").statusCode()).isEqualTo(410);

        String unknown = TestAccounts.uniqueEmail("unknown-reset");
        web.get("/passwort/vergessen");
        assertThat(location(web.post("/passwort/vergessen", Map.of("email", unknown))))
                .endsWith("/passwort/vergessen?gesendet");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class, unknown))
                .isZero();
    }

    private String tokenFromMail(String email) {
        String body = jdbc.queryForObject(
                "select body from mail_message where recipient = ? order by id desc limit 1", String.class, email);
        Matcher m = RESET_LINK.matcher(body);
        assertThat(m.find()).as("reset link in %s", body).isTrue();
        return m.group(1);
    }
}
