package de.quartier.matching;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.AuditLog;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Matching over HTTP and the services, with the demo: consent is required, a rejected pair never returns, approval
 * makes a mentorship and mails the volunteer, privacy (404 and an audit entry for a volunteer or social worker who
 * may not read a newcomer; every read audited), export and erasure, the jobs, and the public request form.
 */
@QuartierTest
class MatchingFlowTest {

    static final String BASE = "/magdeburg/verwaltung/patenschaften";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchingService matching;

    @Autowired
    MatchingJobs jobs;

    @Autowired
    SuggestionRepository suggestions;

    @Autowired
    MentorshipRepository mentorships;

    @Autowired
    NewcomerRepository newcomers;

    @Autowired
    JdbcTemplate jdbc;

    MatchingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MatchingFixtures(context);
    }

    long audits(String action, String subject, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ? and actor_email = ?",
                Long.class,
                action,
                subject,
                actor);
    }

    Suggestion openSuggestion(long volunteer, long newcomer) {
        return TenantContext.callAs(
                fixtures.magdeburg(),
                () -> fixtures.tx.execute(s -> suggestions.findByState(Suggestion.State.OPEN).stream()
                        .filter(x -> x.volunteerId() == volunteer && x.newcomerId() == newcomer)
                        .findFirst()
                        .orElse(null)));
    }

    @Test
    void coordinatorMatchesApprovesRejectsAndTheRejectedPairNeverReturns() throws Exception {
        String u = MatchingFixtures.unique();
        long[] approved = fixtures.pair("Vera Test " + u, "Nadia Test " + u);
        long[] rejected = fixtures.pair("Rolf Test " + u, "Karim Test " + u);
        long withoutConsent = fixtures.newcomer("Ohne Einwilligung " + u, "ar", false);

        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        var run = coordinator.postForm(BASE + "/abgleich", Map.of("_csrf", coordinator.csrf(BASE)));
        assertThat(run.statusCode()).isEqualTo(302);
        Suggestion a = openSuggestion(approved[0], approved[1]);
        Suggestion r = openSuggestion(rejected[0], rejected[1]);
        assertThat(a).isNotNull();
        assertThat(r).isNotNull();
        assertThat(Matcher.readParts(a.parts())).containsKeys("language", "help", "time", "preference", "waiting");
        Boolean suggestedWithoutConsent = TenantContext.callAs(
                fixtures.magdeburg(),
                () -> fixtures.tx.execute(s -> suggestions.findByState(Suggestion.State.OPEN).stream()
                        .anyMatch(x -> x.newcomerId() == withoutConsent)));
        assertThat(suggestedWithoutConsent).as("no consent, no matching").isFalse();

        // the overview shows the explanation and records the reads of the newcomers it shows
        String page = coordinator.get(BASE).body();
        assertThat(page)
                .contains("Nadia Test " + u)
                .contains("Warum dieser Vorschlag?")
                .contains("Gemeinsame Sprache");
        assertThat(audits(AuditLog.PERSONAL_DATA_READ, "newcomer:" + approved[1], "koordination@magdeburg.example"))
                .isPositive();

        String csrf = coordinator.csrf(BASE);
        assertThat(coordinator
                        .postForm(BASE + "/vorschlaege/" + a.id() + "/annehmen", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coordinator
                        .postForm(BASE + "/vorschlaege/" + r.id() + "/ablehnen", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);
        // a second approval of the same suggestion changes nothing
        coordinator.postForm(BASE + "/vorschlaege/" + a.id() + "/annehmen", Map.of("_csrf", csrf));
        List<Mentorship> made = TenantContext.callAs(
                fixtures.magdeburg(), () -> fixtures.tx.execute(s -> mentorships.findByNewcomerId(approved[1])));
        assertThat(made).hasSize(1);
        assertThat(made.get(0).status()).isEqualTo(Mentorship.Status.PROPOSED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where subject like 'Neues Tandem%' and recipient in"
                                + " (select email from matching_volunteer where id = ?)",
                        Long.class, approved[0]))
                .isEqualTo(1);

        // the next run: the rejected pair is not suggested again, the approved newcomer no longer waits
        coordinator.postForm(BASE + "/abgleich", Map.of("_csrf", csrf));
        assertThat(openSuggestion(rejected[0], rejected[1])).isNull();
        assertThat(openSuggestion(approved[0], approved[1])).isNull();

        // lifecycle: first meeting → trial → active → ended with a reason; a skipped step is refused
        long m = made.get(0).id();
        coordinator.postForm(BASE + "/tandems/" + m + "/status", Map.of("_csrf", csrf, "to", "ACTIVE"));
        coordinator.postForm(
                BASE + "/tandems/" + m + "/status",
                Map.of(
                        "_csrf",
                        csrf,
                        "to",
                        "FIRST_MEETING",
                        "meetingOn",
                        "2026-12-01",
                        "meetingDetails",
                        "Bürgerhaus 17 Uhr"));
        assertThat(coordinator.get(BASE + "/tandems/" + m).body())
                .contains("erstes Treffen")
                .contains("Bürgerhaus 17 Uhr");
        var letter = coordinator.get(BASE + "/tandems/" + m + "/brief");
        assertThat(letter.body())
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("Nadia Test " + u);

        // the jobs, seven months on: a check-in and the review are mailed; after ending, retention erases
        Instant later = Instant.now().plus(Duration.ofDays(200));
        jobs.runFor(fixtures.magdeburg(), later);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where subject = 'Auswertung nach 6 Monaten'"
                                + " and recipient = 'koordination@magdeburg.example' and body like ?",
                        Long.class,
                        "%Nr. " + m + " %"))
                .isEqualTo(1);
        coordinator.postForm(BASE + "/tandems/" + m + "/status", Map.of("_csrf", csrf, "to", "TRIAL"));
        coordinator.postForm(
                BASE + "/tandems/" + m + "/status", Map.of("_csrf", csrf, "to", "ENDED", "reason", "COMPLETED"));
        jobs.runFor(fixtures.magdeburg(), later);
        Newcomer erased = TenantContext.callAs(
                fixtures.magdeburg(),
                () -> fixtures.tx.execute(s -> newcomers.findById(approved[1]).orElseThrow()));
        assertThat(erased.status()).isEqualTo(Newcomer.Status.ANONYMISED);
        assertThat(erased.name()).isEqualTo("—");
    }

    @Test
    void privacyConsentExportAndErase() throws Exception {
        String u = MatchingFixtures.unique();
        long newcomer = fixtures.newcomer("Privat Test " + u, "fa", true);

        // a volunteer: the staff pages are closed (403), the volunteer page of a newcomer not theirs is 404, logged
        Http volunteer = new Http(port).login("ehrenamt@magdeburg.example");
        assertThat(volunteer.get(BASE + "/neuzugewanderte/" + newcomer).statusCode())
                .isEqualTo(403);
        var foreign = volunteer.get("/magdeburg/ehrenamt/neuzugewanderte/" + newcomer);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Privat Test");
        assertThat(audits(NewcomerFiles.DENIED, "newcomer:" + newcomer, "ehrenamt@magdeburg.example"))
                .isEqualTo(1);
        assertThat(volunteer.get("/magdeburg/ehrenamt").statusCode()).isEqualTo(200);

        // the social worker did not refer this newcomer: 404 and logged
        Http social = new Http(port).login("sozialarbeit@magdeburg.example");
        assertThat(social.get(BASE + "/neuzugewanderte/" + newcomer).statusCode())
                .isEqualTo(404);
        assertThat(audits(NewcomerFiles.DENIED, "newcomer:" + newcomer, "sozialarbeit@magdeburg.example"))
                .isEqualTo(1);

        // consent is required to record a newcomer; with it, the social worker may read their own record
        String csrf = social.csrf(BASE + "/neuzugewanderte/neu");
        var refused = social.postForm(
                BASE + "/neuzugewanderte/neu",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Eigene " + u,
                        "contact",
                        "0176 1",
                        "letterLanguage",
                        "uk",
                        "language1",
                        "uk",
                        "level1",
                        "NATIVE",
                        "districtId",
                        "" + fixtures.district("kannenstieg"),
                        "availability",
                        "TU_AM",
                        "_consentMatching",
                        "on"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Ohne Einwilligung können wir keine Daten speichern.");
        var impossible = social.postForm(
                BASE + "/neuzugewanderte/neu",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Eigene " + u,
                        "contact",
                        "0176 1",
                        "letterLanguage",
                        "uk",
                        "districtId",
                        "" + fixtures.district("kannenstieg"),
                        "availability",
                        "XX_NOON",
                        "consentMatching",
                        "true"));
        assertThat(impossible.body())
                .contains("Bitte mindestens eine Sprache angeben.")
                .contains("Diese Zeit gibt es nicht.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from matching_newcomer where name = ?", Long.class, "Eigene " + u))
                .isZero();
        var created = social.postForm(
                BASE + "/neuzugewanderte/neu",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Eigene " + u,
                        "contact",
                        "0176 1",
                        "letterLanguage",
                        "uk",
                        "language1",
                        "uk",
                        "level1",
                        "NATIVE",
                        "districtId",
                        "" + fixtures.district("kannenstieg"),
                        "availability",
                        "TU_AM",
                        "consentMatching",
                        "true"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long own = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(social.get(BASE + "/neuzugewanderte/" + own).body())
                .contains("Eigene " + u)
                .contains("2026-11");
        assertThat(audits(AuditLog.PERSONAL_DATA_READ, "newcomer:" + own, "sozialarbeit@magdeburg.example"))
                .isEqualTo(1);
        // the social worker may neither export nor erase
        assertThat(social.get(BASE + "/neuzugewanderte/" + own + "/export").statusCode())
                .isEqualTo(403);

        // the coordinator exports (JSON) and erases on request
        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        var export = coordinator.get(BASE + "/neuzugewanderte/" + own + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("\"name\":\"Eigene " + u + "\"").contains("\"purpose\":\"MATCHING\"");
        coordinator.postForm(BASE + "/neuzugewanderte/" + own + "/loeschen", Map.of("_csrf", coordinator.csrf(BASE)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from matching_newcomer where name = ?", Long.class, "Eigene " + u))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from matching_consent where newcomer_id = ?", Long.class, own))
                .isZero();
        assertThat(coordinator.get(BASE + "/neuzugewanderte/" + own).statusCode())
                .isEqualTo(404);

        // shelters: a district is required
        String shelters = BASE + "/unterkuenfte";
        var noDistrict = coordinator.postForm(shelters, Map.of("_csrf", coordinator.csrf(shelters), "name", "GU " + u));
        assertThat(noDistrict.body()).contains("Bitte einen Stadtteil wählen.");
        coordinator.postForm(
                shelters,
                Map.of(
                        "_csrf",
                        coordinator.csrf(shelters),
                        "name",
                        "GU " + u,
                        "districtId",
                        "" + fixtures.district("salbke"),
                        "managerEmail",
                        "gu-" + u + "@magdeburg.example"));
        assertThat(coordinator.get(shelters).body()).contains("GU " + u).contains("gu-" + u + "@magdeburg.example");

        // statistics: aggregates only, with small numbers suppressed
        assertThat(coordinator.get(BASE).body()).contains("Mittlere Wartezeit").contains("&lt; 5");
    }

    @Test
    void publicRequestNeedsConsentAndIsConfirmedByACoordinator() throws Exception {
        String u = MatchingFixtures.unique();
        Http anonymous = new Http(port);
        var form = new Http(port).get("/magdeburg/patenschaft?lang=ar");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("dir=\"rtl\"").contains("هل تبحث عن مرشد");
        String csrf = anonymous.csrf("/magdeburg/patenschaft");
        var refused = anonymous.postForm(
                "/magdeburg/patenschaft",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Anfrage " + u,
                        "contact",
                        "0176 2",
                        "language1",
                        "ar",
                        "level1",
                        "NATIVE"));
        assertThat(refused.body()).contains("Ohne Einwilligung");
        var bot = anonymous.postForm(
                "/magdeburg/patenschaft",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Bot " + u,
                        "contact",
                        "x",
                        "language1",
                        "ar",
                        "consent",
                        "true",
                        "homepage",
                        "http://spam.example"));
        assertThat(bot.statusCode()).isEqualTo(200);
        var sent = anonymous.postForm(
                "/magdeburg/patenschaft",
                Map.of(
                        "_csrf",
                        csrf,
                        "name",
                        "Anfrage " + u,
                        "contact",
                        "0176 2",
                        "language1",
                        "ar",
                        "level1",
                        "NATIVE",
                        "language2",
                        "de",
                        "level2",
                        "A2",
                        "needs",
                        "AUTHORITIES",
                        "consent",
                        "true"));
        assertThat(sent.body()).contains("Vielen Dank");
        assertThat(jdbc.queryForObject("select count(*) from matching_request where name like ?", Long.class, "% " + u))
                .isEqualTo(1);
        long request =
                jdbc.queryForObject("select id from matching_request where name = ?", Long.class, "Anfrage " + u);

        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        assertThat(coordinator.get(BASE + "/neuzugewanderte").body()).contains("Anfrage " + u);
        var confirmed = coordinator.postForm(
                BASE + "/anfragen/" + request + "/bestaetigen", Map.of("_csrf", coordinator.csrf(BASE)));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from matching_newcomer n join matching_consent c on c.newcomer_id = n.id"
                                + " where n.name = ? and c.purpose = 'MATCHING' and n.status = 'WAITING'",
                        Long.class,
                        "Anfrage " + u))
                .isEqualTo(1);
    }
}
