package de.quartier.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accompaniment.AccompanimentService.Outcome;
import de.quartier.accompaniment.AccompanimentService.Staff;
import de.quartier.accounts.TenantService;
import de.quartier.accounts.TestAccessTokens;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Taking the last place at the same time, the daily digest, a volunteer refused by URL (and logged), and the API.
 * Test requests are in Albanian ("sq"), which no demo volunteer speaks, so only this test's volunteers fit.
 */
@QuartierTest
class AccompanimentFlowTest {

    static final String ALL_SLOTS = String.join(
            " ",
            List.of(
                    "MO_AM", "MO_PM", "MO_EV", "TU_AM", "TU_PM", "TU_EV", "WE_AM", "WE_PM", "WE_EV", "TH_AM", "TH_PM",
                    "TH_EV", "FR_AM", "FR_PM", "FR_EV", "SA_AM", "SA_PM", "SA_EV", "SU_AM", "SU_PM", "SU_EV"));

    @LocalServerPort
    int port;

    @Autowired
    TenantService tenants;

    @Autowired
    AccompanimentService service;

    @Autowired
    AccompanimentJobs jobs;

    @Autowired
    MatchingPeople people;

    @Autowired
    DistrictService districts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.context.MessageSource messages;

    TenantInfo magdeburg;
    long neustadt;
    String u;

    @BeforeEach
    void setUp() {
        magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        neustadt = TenantContext.callAs(
                magdeburg,
                () -> districts.list().stream()
                        .filter(d -> d.slug().equals("neue-neustadt"))
                        .map(DistrictSummary::id)
                        .findFirst()
                        .orElseThrow());
        u = UUID.randomUUID().toString().substring(0, 8);
    }

    long newcomer(String name) {
        return jdbc.queryForObject(
                "insert into matching_newcomer (tenant_id, name, contact, letter_language, languages, household_minors,"
                        + " status, waiting_since, referred_by) values (?, ?, '0176 5550000', 'en', 'sq:NATIVE', false,"
                        + " 'WAITING', now(), 'koordination@magdeburg.example') returning id",
                Long.class,
                magdeburg.id(),
                name);
    }

    VolunteerRef volunteer(String email) {
        long id = jdbc.queryForObject(
                "insert into matching_volunteer (tenant_id, email, display_name, languages, district_id, travel_km,"
                        + " availability, capacity, status, registered_at) values (?, ?, ?, 'de:NATIVE sq:C1', ?, 5, ?,"
                        + " 5, 'ACTIVE', now()) returning id",
                Long.class,
                magdeburg.id(),
                email,
                "Test " + email,
                neustadt,
                ALL_SLOTS);
        return TenantContext.callAs(magdeburg, () -> people.volunteer(id).orElseThrow());
    }

    long request(String newcomerName, int places, LocalTime from, LocalTime to) {
        long n = newcomer(newcomerName);
        return TenantContext.callAs(
                magdeburg,
                () -> service.create(
                        new Staff(true, "koordination@magdeburg.example"),
                        Accompaniment.Kind.DOCTOR,
                        "Test " + u,
                        LocalDate.now(magdeburg.zone()).plusDays(7),
                        from,
                        to,
                        "Testplatz",
                        neustadt,
                        "sq",
                        places,
                        n));
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Runs the takes in the tenant on virtual threads released together by a latch; their outcomes. */
    List<Outcome> atOnce(List<Supplier<Outcome>> takes) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Supplier<Outcome> take : takes) {
                results.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(magdeburg, take);
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : results) {
                outcomes.add(f.get());
            }
            return outcomes;
        }
    }

    @Test
    void ofTwoVolunteersTakingTheLastPlaceAtOnceExactlyOneGetsIt() throws Exception {
        long id = request("Gleichzeitig " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0));
        List<VolunteerRef> takers =
                List.of(volunteer("a-" + u + "@test.example"), volunteer("b-" + u + "@test.example"));
        assertThat(atOnce(takers.stream()
                        .map(v -> (Supplier<Outcome>) () -> service.take(id, v))
                        .toList()))
                .containsExactlyInAnyOrder(Outcome.DONE, Outcome.FULL);
        assertThat(count("select count(*) from accompaniment_place where request_id = ? and status = 'TAKEN'", id))
                .isEqualTo(1);
        // a third volunteer is turned away too, and the winner taking again changes nothing
        VolunteerRef late = volunteer("c-" + u + "@test.example");
        assertThat(TenantContext.callAs(magdeburg, () -> service.take(id, late)))
                .isEqualTo(Outcome.FULL);
    }

    @Test
    void aVolunteerTakingTwoRequestsAtOnceStaysWithinTheirCapacity() throws Exception {
        for (int round = 0; round < 5; round++) {
            VolunteerRef created = volunteer("cap-" + round + "-" + u + "@test.example");
            jdbc.update("update matching_volunteer set capacity = 1 where id = ?", created.id());
            VolunteerRef v = TenantContext.callAs(
                    magdeburg, () -> people.volunteer(created.id()).orElseThrow());
            List<Long> ids = List.of(
                    request("Kapazitaet A" + round + " " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                    request("Kapazitaet B" + round + " " + u, 1, LocalTime.of(14, 0), LocalTime.of(15, 0)));
            assertThat(atOnce(ids.stream()
                            .map(id -> (Supplier<Outcome>) () -> service.take(id, v))
                            .toList()))
                    .containsExactlyInAnyOrder(Outcome.DONE, Outcome.NOT_SUITABLE);
            assertThat(count(
                            "select count(*) from accompaniment_place where volunteer_id = ? and status = 'TAKEN'",
                            v.id()))
                    .isEqualTo(1);
        }
    }

    @Test
    void theDigestSendsEachSuitableVolunteerOneMailListingTheNewRequests() {
        VolunteerRef v = volunteer("digest-" + u + "@test.example");
        request("Digest Eins " + u, 1, LocalTime.of(8, 5), LocalTime.of(8, 55));
        request("Digest Zwei " + u, 2, LocalTime.of(13, 10), LocalTime.of(14, 20));

        jobs.runFor(magdeburg, Instant.now());

        List<String> bodies =
                jdbc.queryForList("select body from mail_message where recipient = ?", String.class, v.email());
        assertThat(bodies).hasSize(1);
        assertThat(bodies.getFirst())
                .contains("08:05–08:55", "13:10–14:20", "/magdeburg/ehrenamt/begleitungen")
                .doesNotContain("Digest Eins", "Digest Zwei", "5550000");

        // nothing new since: no second mail
        jobs.runFor(magdeburg, Instant.now());
        assertThat(count("select count(*) from mail_message where recipient = ?", v.email()))
                .isEqualTo(1);
        // a new request: the next digest lists only that one
        request("Digest Drei " + u, 1, LocalTime.of(18, 15), LocalTime.of(19, 0));
        jobs.runFor(magdeburg, Instant.now());
        List<String> later = jdbc.queryForList(
                "select body from mail_message where recipient = ? order by id", String.class, v.email());
        assertThat(later).hasSize(2);
        assertThat(later.get(1)).contains("18:15–19:00").doesNotContain("08:05–08:55");
    }

    @Test
    void theCoordinatorAssignsAVolunteerAndMarksANoShowOnlyFromTheDayOn() throws Exception {
        VolunteerRef v = volunteer("zuweisung-" + u + "@test.example");
        long id = request("Zuweisung " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0));
        String detail = "/magdeburg/verwaltung/begleitungen/" + id;
        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        assertThat(coordinator.get(detail).body()).contains("<option value=\"" + v.id() + "\">");

        var assigned = coordinator.postForm(
                detail + "/zuweisen",
                java.util.Map.of("_csrf", coordinator.csrf(detail), "volunteerId", String.valueOf(v.id())));
        assertThat(assigned.statusCode()).isEqualTo(302);
        long place = jdbc.queryForObject(
                "select id from accompaniment_place where request_id = ? and volunteer_id = ? and status = 'TAKEN'",
                Long.class,
                id,
                v.id());
        assertThat(count("select count(*) from mail_message where recipient = ?", v.email()))
                .isEqualTo(1);

        // a week before the day nobody can have failed to come: no button, and the form changes nothing
        String noShow = detail + "/plaetze/" + place + "/nicht-erschienen";
        assertThat(coordinator.get(detail).body()).doesNotContain(noShow);
        coordinator.postForm(noShow, java.util.Map.of("_csrf", coordinator.csrf(detail)));
        assertThat(jdbc.queryForObject("select status from accompaniment_place where id = ?", String.class, place))
                .isEqualTo("TAKEN");

        // on the day it can
        jdbc.update(
                "update accompaniment_request set on_date = ? where id = ?",
                java.sql.Date.valueOf(LocalDate.now(magdeburg.zone())),
                id);
        assertThat(coordinator.get(detail).body()).contains(noShow);
        assertThat(coordinator
                        .postForm(noShow, java.util.Map.of("_csrf", coordinator.csrf(detail)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from accompaniment_place where id = ?", String.class, place))
                .isEqualTo("NO_SHOW");
    }

    @Test
    void theApiAsksAnonymousCallersToSignIn() throws Exception {
        var anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/magdeburg/accompaniment"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        // signed in without a role here: 403
        String stranger = token(account("api-fremd-" + u + "@test.example"));
        jdbc.update(
                "delete from membership where user_id = (select id from app_user where email = ?)",
                "api-fremd-" + u + "@test.example");
        assertThat(send("GET", "", stranger, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aVolunteersHoursReadInTheirLanguage() {
        var de = java.util.Locale.GERMAN;
        var en = java.util.Locale.ENGLISH;
        String key = "accompaniment.volunteer.hours";
        assertThat(messages.getMessage(key, new Object[] {new java.math.BigDecimal("2.50"), 1}, de))
                .isEqualTo("Ihre Stunden: 2,5 (in einer Begleitung)");
        assertThat(messages.getMessage(key, new Object[] {new java.math.BigDecimal("7.00"), 3}, de))
                .isEqualTo("Ihre Stunden: 7 (in 3 Begleitungen)");
        assertThat(messages.getMessage(key, new Object[] {java.math.BigDecimal.ZERO, 0}, en))
                .isEqualTo("Your hours: 0 (in 0 accompaniments)");
        assertThat(messages.getMessage(key, new Object[] {new java.math.BigDecimal("1.25"), 1}, en))
                .isEqualTo("Your hours: 1.25 (in one accompaniment)");
        assertThat(messages.getMessage("accompaniment.hoursValue", new Object[] {new java.math.BigDecimal("2.50")}, de))
                .isEqualTo("2,5 Std.");
    }

    @Test
    void theStaffListNamesTheNewcomersWithOneAuditEntryForTheWholeList() throws Exception {
        request("Listenname Eins " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0));
        request("Listenname Zwei " + u, 1, LocalTime.of(11, 0), LocalTime.of(12, 0));
        long before = count("select coalesce(max(id), 0) from audit_entry");
        Http coordinator = new Http(port).login("koordination@magdeburg.example");
        String page = coordinator.get("/magdeburg/verwaltung/begleitungen").body();
        assertThat(page).contains("Listenname Eins " + u, "Listenname Zwei " + u);
        List<String> reads = jdbc.queryForList(
                "select subject from audit_entry where id > ? and action = 'personal-data.read'"
                        + " and actor_email = 'koordination@magdeburg.example'",
                String.class,
                before);
        assertThat(reads).containsExactly("newcomer:list");
    }

    @Test
    void aVolunteerWhoDoesNotFitGetsA403AndTheAttemptIsLogged() throws Exception {
        long id = request("Fremd " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0));
        Http jonas = new Http(port).login("ehrenamt2@magdeburg.example");
        assertThat(jonas.get("/magdeburg/ehrenamt/begleitungen/" + id).statusCode())
                .isEqualTo(403);
        assertThat(count(
                        "select count(*) from audit_entry where action = ? and subject = ? and actor_email = ?",
                        AccompanimentService.DENIED,
                        "accompaniment:" + id,
                        "ehrenamt2@magdeburg.example"))
                .isEqualTo(1);
        assertThat(jonas.get("/magdeburg/ehrenamt/begleitungen").body()).doesNotContain("/begleitungen/" + id + "\"");
        // nor can he take it
        var take = jonas.postForm(
                "/magdeburg/ehrenamt/begleitungen/" + id + "/uebernehmen",
                java.util.Map.of("_csrf", jonas.csrf("/magdeburg/ehrenamt/begleitungen")));
        assertThat(take.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from accompaniment_place where request_id = ?", id))
                .isZero();
    }

    @Test
    void programsPostAndTakeThroughTheApi() throws Exception {
        String coordinator = token("koordination@magdeburg.example");
        String first = token(account("api-a-" + u + "@test.example"));
        String second = token(account("api-b-" + u + "@test.example"));
        volunteer("api-a-" + u + "@test.example");
        volunteer("api-b-" + u + "@test.example");
        long newcomer = newcomer("Api Person " + u);
        String date = LocalDate.now(magdeburg.zone()).plusDays(8).toString();

        var bad = send(
                "POST",
                "",
                coordinator,
                "{\"kind\":\"AUTHORITY\",\"date\":\"" + date
                        + "\",\"from\":\"10:00\",\"to\":\"09:00\",\"meetingPoint\":\"Rathaus\",\"districtId\":"
                        + neustadt
                        + ",\"language\":\"sq\",\"volunteers\":1,\"newcomerId\":" + newcomer + "}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(bad.body()).contains("\"to\"");
        var incomplete = send("POST", "", coordinator, "{\"date\":\"" + date + "\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"kind\"", "\"newcomerId\"");

        var created = send(
                "POST",
                "",
                coordinator,
                "{\"kind\":\"AUTHORITY\",\"date\":\"" + date
                        + "\",\"from\":\"09:00\",\"to\":\"10:30\",\"meetingPoint\":\"Rathaus\",\"districtId\":"
                        + neustadt
                        + ",\"language\":\"sq\",\"volunteers\":1,\"newcomerId\":" + newcomer + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

        var list = send("GET", "", first, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id).doesNotContain("Api Person");

        assertThat(send("POST", "/" + id + "/take", first, "").statusCode()).isEqualTo(200);
        var full = send("POST", "/" + id + "/take", second, "");
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(full.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void confirmWithdrawReassignDoneThenRetentionAndErasureAnonymise() throws Exception {
        long id = request("Ablauf " + u, 2, LocalTime.of(9, 0), LocalTime.of(10, 0));
        VolunteerRef a = volunteer("life-a-" + u + "@test.example");
        VolunteerRef b = volunteer("life-b-" + u + "@test.example");
        VolunteerRef c = volunteer("life-c-" + u + "@test.example");
        Staff coordinator = new Staff(true, "koordination@magdeburg.example");
        TenantContext.runAs(magdeburg, () -> {
            assertThat(service.take(id, a)).isEqualTo(Outcome.DONE);
            assertThat(service.take(id, b)).isEqualTo(Outcome.DONE);
            assertThat(service.confirm(id, coordinator)).isTrue();
            // b withdraws before the day: the place and the request reopen
            assertThat(service.withdraw(id, b)).isTrue();
            assertThat(service.assign(id, c.id(), coordinator)).isEqualTo(Outcome.DONE);
            long cPlace = jdbc.queryForObject(
                    "select id from accompaniment_place where request_id = ? and volunteer_id = ?",
                    Long.class,
                    id,
                    c.id());
            assertThat(service.placeStatus(id, cPlace, Place.Status.REMOVED, coordinator))
                    .isTrue();
            // not before the day
            assertThat(service.done(id, a, new java.math.BigDecimal("2.5"), "gut"))
                    .isFalse();
        });
        assertThat(count(
                        "select count(*) from mail_message where recipient = ? and subject = 'Begleitung bestätigt'",
                        b.email()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from mail_message where recipient = ? and subject = 'Neue Begleitung für Sie'",
                        c.email()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from mail_message where recipient = ? and subject = 'Begleitung neu vergeben'",
                        c.email()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from accompaniment_request where id = ?", String.class, id))
                .isEqualTo("OPEN");

        jdbc.update("update accompaniment_request set on_date = on_date - 8 where id = ?", id);
        TenantContext.runAs(
                magdeburg,
                () -> assertThat(service.done(id, a, new java.math.BigDecimal("2.5"), "Termin geklappt " + u))
                        .isTrue());
        assertThat(jdbc.queryForObject("select status from accompaniment_request where id = ?", String.class, id))
                .isEqualTo("DONE");

        // seven months on, retention keeps kind, district and hours, nothing personal
        jdbc.update("update accompaniment_request set ended_at = now() - interval '200 days' where id = ?", id);
        jobs.runFor(magdeburg, Instant.now());
        assertThat(jdbc.queryForMap(
                        "select newcomer_id, description, meeting_point, anonymised, kind from accompaniment_request"
                                + " where id = ?",
                        id))
                .containsEntry("newcomer_id", null)
                .containsEntry("description", null)
                .containsEntry("meeting_point", null)
                .containsEntry("anonymised", true)
                .containsEntry("kind", "DOCTOR");
        assertThat(jdbc.queryForMap(
                        "select hours, feedback from accompaniment_place where request_id = ? and volunteer_id = ?",
                        id,
                        a.id()))
                .containsEntry("feedback", null)
                .containsEntry("hours", new java.math.BigDecimal("2.50"));

        // matching erases a newcomer on request: their open request is cancelled and anonymised
        long other = request("Loeschen " + u, 1, LocalTime.of(9, 0), LocalTime.of(10, 0));
        long person =
                jdbc.queryForObject("select newcomer_id from accompaniment_request where id = ?", Long.class, other);
        Http coordinatorSession = new Http(port).login("koordination@magdeburg.example");
        var erased = coordinatorSession.postForm(
                "/magdeburg/verwaltung/patenschaften/neuzugewanderte/" + person + "/loeschen",
                java.util.Map.of("_csrf", coordinatorSession.csrf("/magdeburg/verwaltung/patenschaften")));
        assertThat(erased.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForMap(
                        "select newcomer_id, status, anonymised from accompaniment_request where id = ?", other))
                .containsEntry("newcomer_id", null)
                .containsEntry("status", "CANCELLED")
                .containsEntry("anonymised", true);
    }

    String account(String email) {
        long id = jdbc.queryForObject(
                "insert into app_user (email, display_name, password_hash) values (?, ?, 'x') returning id",
                Long.class,
                email,
                "Test " + email);
        jdbc.update("insert into membership (tenant_id, user_id, role) values (?, ?, 'VOLUNTEER')", magdeburg.id(), id);
        return email;
    }

    String token(String email) {
        return TestAccessTokens.issue(context, email);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/magdeburg/accompaniment" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
