package de.quartier.matching;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public volunteer sign-up end to end: form → mail in the outbox → single-use link → password → a PENDING
 * volunteer who is not active for matching → profile (an inconsistent one refused) → the coordinator confirms →
 * active. And the answer is the same whether or not the address is known; only the mail differs.
 */
@QuartierTest
class VolunteerSignUpTest {

    static final String FORM = "/magdeburg/ehrenamt/registrieren";
    static final String SENT = FORM + "/gesendet";
    static final String PASSWORD = "Stadtteil-Werkstatt-2026";
    static final Pattern LINK = Pattern.compile("http://[^\\s/]+(/einladung/[A-Za-z0-9_-]+)\\?lang=de");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatchingPeople people;

    @Autowired
    TenantService tenants;

    HttpResponse<String> signUp(Http web, String name, String email, boolean consent, String homepage)
            throws Exception {
        Map<String, String> fields = new HashMap<>(
                Map.of("_csrf", web.csrf(FORM), "name", name, "email", email, "_consent", "on", "homepage", homepage));
        if (consent) {
            fields.put("consent", "true");
        }
        return web.postForm(FORM, fields);
    }

    List<String> mailsTo(String email) {
        return jdbc.queryForList("select body from mail_message where recipient = ? order by id", String.class, email);
    }

    static Http signIn(Http web, String email, String password) throws Exception {
        var response =
                web.postForm("/login", Map.of("username", email, "password", password, "_csrf", web.csrf("/login")));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return web;
    }

    @Test
    void aVolunteerSignsUpSetsAPasswordAndIsActiveOnlyOnceACoordinatorConfirms() throws Exception {
        String u = MatchingFixtures.unique();
        String email = "selbst-" + u + "@example.org";
        Http web = new Http(port);
        assertThat(web.get(FORM).body()).contains("Ehrenamtlich mitmachen", "name=\"consent\"");

        // without consent: the form again, nothing sent
        var refused = signUp(web, "Rita Selbst " + u, email, false, "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Ohne Einwilligung", "aria-invalid=\"true\"");
        assertThat(mailsTo(email)).isEmpty();

        var sent = signUp(web, "Rita Selbst " + u, email, true, "");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(SENT);
        assertThat(web.get(SENT).body()).contains("Bitte prüfen Sie Ihr Postfach");

        // the mail carries a single-use link; no volunteer exists before it is followed
        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(mails.getFirst());
        assertThat(link.find()).as(mails.getFirst()).isTrue();
        String path = link.group(1);
        assertThat(jdbc.queryForObject("select count(*) from matching_volunteer where email = ?", Long.class, email))
                .isZero();

        // the password must follow the policy
        assertThat(choosePassword(web, path, "Rita Selbst " + u, "kurz").statusCode())
                .isEqualTo(200);
        assertThat(choosePassword(web, path, "Rita Selbst " + u, PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(web.get(path).statusCode()).isEqualTo(410); // single use

        // a pending volunteer with the consent recorded, not active for matching
        Map<String, Object> row = jdbc.queryForMap(
                "select id, status, consent_version, consent_at, account_id from matching_volunteer where email = ?",
                email);
        long id = ((Number) row.get("id")).longValue();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("consent_version")).isEqualTo(Consent.TEXT_VERSION);
        assertThat(row.get("consent_at")).isNotNull();
        assertThat(row.get("account_id")).isNotNull();
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        assertThat(TenantContext.callAs(magdeburg, () -> people.volunteer(id))
                        .orElseThrow()
                        .active())
                .isFalse();

        // signed in, the volunteer sees that confirmation is pending and completes the profile
        Http volunteer = signIn(new Http(port), email, PASSWORD);
        assertThat(volunteer.get("/magdeburg/ehrenamt").body()).contains("wartet auf die Bestätigung");
        long district = jdbc.queryForObject(
                "select id from district where tenant_id = ? order by id limit 1", Long.class, magdeburg.id());
        Map<String, String> profile = new HashMap<>(Map.of(
                "_csrf", volunteer.csrf("/magdeburg/ehrenamt"),
                "displayName", "Rita Selbst " + u,
                "language1", "",
                "level1", "NATIVE",
                "districtId", String.valueOf(district),
                "travelKm", "8",
                "capacity", "2",
                "availability", "MO_EV"));
        var noLanguage = volunteer.postForm("/magdeburg/ehrenamt", profile);
        assertThat(noLanguage.statusCode()).isEqualTo(200);
        assertThat(noLanguage.body()).contains("Bitte mindestens eine Sprache angeben.");
        profile.put("language1", "ar");
        profile.put("availability", "XX_YY");
        var impossible = volunteer.postForm("/magdeburg/ehrenamt", profile);
        assertThat(impossible.statusCode()).isEqualTo(200);
        profile.put("availability", "MO_EV");
        profile.put("capacity", "99");
        assertThat(volunteer.postForm("/magdeburg/ehrenamt", profile).statusCode())
                .isEqualTo(200);
        profile.put("capacity", "2");
        profile.put("interests", "ASTROLOGY");
        var unknownInterest = volunteer.postForm("/magdeburg/ehrenamt", profile);
        assertThat(unknownInterest.statusCode()).isEqualTo(200);
        assertThat(unknownInterest.body()).contains("Dieses Interesse gibt es in der Liste nicht.");
        profile.put("interests", "MUSIC");
        assertThat(volunteer.postForm("/magdeburg/ehrenamt", profile).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForMap("select languages, interests from matching_volunteer where id = ?", id))
                .containsEntry("interests", "MUSIC")
                .hasEntrySatisfying("languages", l -> assertThat(l.toString()).contains("ar"));

        // the coordinator sees the sign-up and confirms it: from now on the volunteer is active
        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        String list = coordinator
                .get("/magdeburg/verwaltung/patenschaften/ehrenamtliche")
                .body();
        assertThat(list).contains("pending-volunteers", email, "Rita Selbst " + u + " bestätigen");
        var confirmed = coordinator.postForm(
                "/magdeburg/verwaltung/patenschaften/ehrenamtliche/" + id + "/bestaetigen",
                Map.of("_csrf", coordinator.csrf("/magdeburg/verwaltung/patenschaften/ehrenamtliche")));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from matching_volunteer where id = ?", String.class, id))
                .isEqualTo("ACTIVE");
        assertThat(TenantContext.callAs(magdeburg, () -> people.volunteer(id))
                        .orElseThrow()
                        .active())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'matching.volunteer.confirmed' and subject = ?",
                        Long.class,
                        "volunteer:" + id))
                .isEqualTo(1L);
        assertThat(volunteer.get("/magdeburg/ehrenamt").body()).doesNotContain("wartet auf die Bestätigung");
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsKnown() throws Exception {
        String u = MatchingFixtures.unique();
        String fresh = "neu-" + u + "@example.org";
        String account = "sozialarbeit@magdeburg.example"; // has an account, is no volunteer
        String volunteer = "ehrenamt@magdeburg.example"; // a volunteer of the tenant
        int accountMails = mailsTo(account).size();
        int volunteerMails = mailsTo(volunteer).size();

        Http web = new Http(port);
        List<HttpResponse<String>> answers = List.of(
                signUp(web, "Neu " + u, fresh, true, ""),
                signUp(web, "Konto " + u, account, true, ""),
                signUp(web, "Bekannt " + u, volunteer, true, ""));
        for (HttpResponse<String> a : answers) {
            assertThat(a.statusCode()).isEqualTo(302);
            assertThat(a.headers().firstValue("Location").orElseThrow()).endsWith(SENT);
            assertThat(a.body()).isEqualTo(answers.getFirst().body());
        }

        // only the mails differ: a link to set a password, a link to confirm with the existing password, no link
        assertThat(mailsTo(fresh)).singleElement().asString().contains("/einladung/", "Passwort festzulegen");
        assertThat(mailsTo(account)).hasSize(accountMails + 1);
        assertThat(mailsTo(account).getLast()).contains("/einladung/", "schon ein Konto");
        assertThat(mailsTo(volunteer)).hasSize(volunteerMails + 1);
        assertThat(mailsTo(volunteer).getLast())
                .contains("bereits als Ehrenamtliche/r eingetragen")
                .doesNotContain("/einladung/");

        // a second sign-up right after does not mail the address again; a bot's hidden field gets the same answer
        var again = signUp(web, "Neu " + u, fresh, true, "");
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(SENT);
        String bot = "bot-" + u + "@example.org";
        var trapped = signUp(web, "Bot " + u, bot, true, "http://spam.example");
        assertThat(trapped.headers().firstValue("Location").orElseThrow()).endsWith(SENT);
        assertThat(mailsTo(fresh)).hasSize(1);
        assertThat(mailsTo(bot)).isEmpty();
    }

    private static HttpResponse<String> choosePassword(Http web, String path, String name, String password)
            throws Exception {
        return web.postForm(
                path,
                Map.of("_csrf", web.csrf(path), "displayName", name, "password", password, "passwordRepeat", password));
    }
}
