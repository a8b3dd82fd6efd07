package de.quartier.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waiting lists against the real database: fair order with obligation priority, an expired or declined offer
 * moving on, no seat offered twice under concurrency, and who may see a referral (403 and audit).
 */
@QuartierTest
class PlacementTest {

    static final String COORDINATOR = "koordination@magdeburg.example";
    static final String SOCIAL_WORKER = "sozialarbeit@magdeburg.example";

    @Autowired
    TenantService tenants;

    @Autowired
    Placement placement;

    @Autowired
    CourseRepository courses;

    @Autowired
    ReferralRepository referrals;

    @Autowired
    SeatOfferRepository offers;

    @Autowired
    OfferExpiry expiry;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    TenantInfo magdeburg;
    long vhs;

    @BeforeEach
    void tenant() {
        magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        vhs = TenantContext.callAs(
                magdeburg,
                () -> directory.choices().stream()
                        .filter(o -> o.name().equals("Volkshochschule Magdeburg"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private long refer(
            String name,
            Course.Kind kind,
            Referral.Access access,
            int waitedDays,
            boolean childcare,
            String referredBy,
            String... slots) {
        long newcomer = CourseFixtures.newcomer(jdbc, magdeburg, name, referredBy);
        return TenantContext.callAs(
                magdeburg,
                () -> referrals
                        .save(CourseFixtures.referral(
                                newcomer, kind, Course.Level.C1, access, waitedDays, childcare, referredBy, slots))
                        .id());
    }

    private SeatOffer openOffer(long courseId) {
        List<SeatOffer> open = TenantContext.callAs(
                magdeburg, () -> offers.findByCourseIdAndStatusIn(courseId, List.of(SeatOffer.Status.OPEN)));
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    @Test
    void seatsGoInFairOrderAndMoveOnWhenDeclinedOrExpired() {
        long entitledLong = refer(
                "Kurs Test Amira", Course.Kind.VOLUNTEER, Referral.Access.ENTITLEMENT, 50, false, COORDINATOR, "SU_AM");
        long obligedShort = refer(
                "Kurs Test Bashir", Course.Kind.VOLUNTEER, Referral.Access.OBLIGATION, 10, false, COORDINATOR, "SU_AM");
        long childcareLongest = refer(
                "Kurs Test Chaya", Course.Kind.VOLUNTEER, Referral.Access.ENTITLEMENT, 80, true, COORDINATOR, "SU_AM");
        long entitledShort = refer(
                "Kurs Test Dina",
                Course.Kind.VOLUNTEER,
                Referral.Access.ENTITLEMENT,
                30,
                false,
                COORDINATOR,
                "SU_AM",
                "SA_AM");
        long wrongTimes = refer(
                "Kurs Test Emil", Course.Kind.VOLUNTEER, Referral.Access.OBLIGATION, 70, false, COORDINATOR, "MO_AM");

        TenantContext.runAs(magdeburg, () -> {
            long course = courses.save(
                            CourseFixtures.course(vhs, Course.Kind.VOLUNTEER, Course.Level.C1, Schedule.Day.SU, 1))
                    .id();
            // obligation first (the tenant's default), although two entitled people waited longer
            assertThat(placement.fill(course)).extracting(SeatOffer::referralId).containsExactly(obligedShort);
            assertThat(placement.fill(course))
                    .as("a full course offers nothing more")
                    .isEmpty();
            assertThat(referrals.findById(obligedShort).orElseThrow().status()).isEqualTo(Referral.Status.OFFERED);

            // the offer expires: the longest-waiting suitable person is next (not the one needing childcare)
            // (expiry acts on the whole tenant: the demo's open offers expire too)
            assertThat(placement.expire(Instant.now().plus(Duration.ofDays(8)))).isPositive();
            assertThat(referrals.findById(obligedShort).orElseThrow().status()).isEqualTo(Referral.Status.WAITING);
            SeatOffer second = openOffer(course);
            assertThat(second.referralId()).isEqualTo(entitledLong);
            assertThat(second.seat()).isEqualTo(1);
            // the referrer hears of it by mail, which links by id and names no one
            assertThat(jdbc.queryForList(
                            "select body from mail_message where recipient = ? and subject = ?",
                            String.class,
                            COORDINATOR,
                            "Kursplatz angeboten (Vermittlung #" + entitledLong + ")"))
                    .singleElement()
                    .satisfies(body -> assertThat(body)
                            .contains("/magdeburg/verwaltung/sprachkurse/vermittlungen/" + entitledLong)
                            .doesNotContain("Kurs Test Amira"));

            // declined: on to the next; the obliged person who let it expire is not asked again for this course
            assertThat(placement.decide(second.id(), Placement.Decision.DECLINE, COORDINATOR))
                    .isTrue();
            assertThat(placement.decide(second.id(), Placement.Decision.DECLINE, COORDINATOR))
                    .as("answered already")
                    .isFalse();
            SeatOffer third = openOffer(course);
            assertThat(third.referralId()).isEqualTo(entitledShort);

            assertThat(placement.decide(third.id(), Placement.Decision.ACCEPT, COORDINATOR))
                    .isTrue();
            assertThat(referrals.findById(entitledShort).orElseThrow().status()).isEqualTo(Referral.Status.PLACED);
            // the participant leaves: nobody suitable is left who has not turned this course down
            assertThat(placement.decide(third.id(), Placement.Decision.LEFT, COORDINATOR))
                    .isTrue();
            assertThat(offers.findByCourseIdAndStatusIn(course, List.of(SeatOffer.Status.OPEN)))
                    .isEmpty();
            assertThat(referrals.findById(childcareLongest).orElseThrow().status())
                    .isEqualTo(Referral.Status.WAITING);
            assertThat(referrals.findById(wrongTimes).orElseThrow().status()).isEqualTo(Referral.Status.WAITING);

            // without obligation priority, waiting time alone decides
            boolean saved = placement.saveSettings(placement.settings().version(), false, 3);
            assertThat(saved).isTrue();
            try {
                long next = courses.save(
                                CourseFixtures.course(vhs, Course.Kind.VOLUNTEER, Course.Level.C1, Schedule.Day.SU, 1))
                        .id();
                SeatOffer offer = placement.fill(next).getFirst();
                assertThat(offer.referralId()).isEqualTo(entitledLong);
                assertThat(Duration.between(offer.offeredAt(), offer.expiresAt()))
                        .isEqualTo(Duration.ofDays(3));
            } finally {
                placement.saveSettings(placement.settings().version(), true, CourseSettings.DEFAULT_OFFER_DAYS);
            }
        });
    }

    @Test
    void aSeatIsNeverOfferedTwiceUnderConcurrency() throws Exception {
        for (int i = 0; i < 4; i++) {
            refer(
                    "Kurs Parallel " + i,
                    Course.Kind.JOB,
                    Referral.Access.ENTITLEMENT,
                    20 + i,
                    false,
                    COORDINATOR,
                    "FR_AM");
        }
        long course = TenantContext.callAs(
                magdeburg,
                () -> courses.save(CourseFixtures.course(vhs, Course.Kind.JOB, Course.Level.C1, Schedule.Day.FR, 1))
                        .id());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(
                            magdeburg, () -> placement.fill(course).size());
                }));
            }
            start.countDown();
            int made = 0;
            for (Future<Integer> f : results) {
                made += f.get();
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        SeatOffer open = openOffer(course);
        // the database itself refuses a second open offer for the same seat
        long other = TenantContext.callAs(
                magdeburg,
                () -> referrals
                        .findByStatusAndKindAndLevel(Referral.Status.WAITING, Course.Kind.JOB, Course.Level.C1)
                        .getFirst()
                        .id());
        assertThatThrownBy(() -> jdbc.update(
                        "insert into courses_offer (tenant_id, course_id, referral_id, seat, status, offered_at,"
                                + " expires_at) values (?, ?, ?, ?, 'OPEN', now(), now())",
                        magdeburg.id(),
                        course,
                        other,
                        open.seat()))
                .isInstanceOf(DataIntegrityViolationException.class);
        // the expiry job runs on one node at a time
        Instant now = Instant.now();
        jdbc.update(
                "update courses_job_lock set locked_until = '1970-01-01T00:00:00Z' where name = ?", OfferExpiry.JOB);
        assertThat(expiry.claim(now, Duration.ofMinutes(4))).isTrue();
        assertThat(expiry.claim(now, Duration.ofMinutes(4))).isFalse();
    }

    @Test
    void referralsAreForCoordinatorsAndTheReferringSocialWorkerOnlyAndEveryReadIsAudited() throws Exception {
        long byCoordinator = refer(
                "Kurs Privat Farah", Course.Kind.PARENTS, Referral.Access.ENTITLEMENT, 12, true, COORDINATOR, "MO_AM");
        long bySocialWorker = refer(
                "Kurs Privat Ghazal",
                Course.Kind.PARENTS,
                Referral.Access.OBLIGATION,
                12,
                true,
                SOCIAL_WORKER,
                "MO_AM");
        String list = "/magdeburg/verwaltung/sprachkurse/vermittlungen";
        String path = list + "/";
        long newcomer = TenantContext.callAs(
                magdeburg, () -> referrals.findById(byCoordinator).orElseThrow().newcomerId());

        Http coordinator = new Http(port).login(COORDINATOR);
        var page = coordinator.get(path + byCoordinator);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kurs Privat Farah");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'personal-data.read' and subject = ?"
                                + " and actor_email = ?",
                        Integer.class,
                        "newcomer:" + newcomer,
                        COORDINATOR))
                .isPositive();
        assertThat(coordinator.get(list).body()).contains("Kurs Privat Farah", "Kurs Privat Ghazal");

        Http social = new Http(port).login(SOCIAL_WORKER);
        assertThat(social.get(path + bySocialWorker).statusCode()).isEqualTo(200);
        assertThat(social.get(path + byCoordinator).statusCode()).isEqualTo(403);
        assertThat(social.get(list).body()).contains("Kurs Privat Ghazal").doesNotContain("Kurs Privat Farah");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'courses.referral.denied' and subject = ?",
                        Integer.class,
                        "courses-referral:" + byCoordinator))
                .isPositive();

        Http volunteer = new Http(port).login("ehrenamt@magdeburg.example");
        assertThat(volunteer.get(path + byCoordinator).statusCode()).isEqualTo(403);
        assertThat(volunteer.get(list).statusCode()).isEqualTo(403);
        assertThat(volunteer.get("/magdeburg/verwaltung/sprachkurse").statusCode())
                .isEqualTo(403);

        // the organisation editor manages courses of their own organisation only
        Http editor = new Http(port).login("traeger@magdeburg.example");
        assertThat(editor.get(list).statusCode()).isEqualTo(403);
        long foreign = TenantContext.callAs(
                magdeburg,
                () -> courses.save(CourseFixtures.course(vhs, Course.Kind.PARENTS, Course.Level.C1, Schedule.Day.TU, 2))
                        .id());
        assertThat(editor.get("/magdeburg/verwaltung/sprachkurse/kurse/" + foreign)
                        .statusCode())
                .isEqualTo(403);
        String token = editor.csrf("/magdeburg/verwaltung/sprachkurse/kurse/neu");
        var refused = editor.postForm(
                "/magdeburg/verwaltung/sprachkurse/kurse/neu",
                Map.of(
                        "_csrf",
                        token,
                        "organisationId",
                        String.valueOf(vhs),
                        "kind",
                        "GENERAL",
                        "level",
                        "C1",
                        "startDate",
                        "2027-01-11",
                        "weekdays",
                        "MO",
                        "startsAt",
                        "09:00",
                        "endsAt",
                        "12:00",
                        "address",
                        "Fremd 1",
                        "seats",
                        "5"));
        assertThat(refused.statusCode()).isEqualTo(403);

        // bad input: the form again with field messages, nothing stored
        String t = coordinator.csrf("/magdeburg/verwaltung/sprachkurse/vermittlungen/neu");
        long before = TenantContext.callAs(magdeburg, () -> referrals.count());
        var bad = coordinator.postForm(
                "/magdeburg/verwaltung/sprachkurse/vermittlungen/neu",
                Map.of(
                        "_csrf",
                        t,
                        "newcomerId",
                        "999999999",
                        "kind",
                        "GENERAL",
                        "level",
                        "A1",
                        "access",
                        "ENTITLEMENT",
                        "availability",
                        "XX_AM"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains(
                        "Bitte wählen Sie eine Person, die Sie vermitteln können",
                        "Diese Zeiten gibt es nicht",
                        "aria-invalid=\"true\"");
        var badCourse = coordinator.postForm(
                "/magdeburg/verwaltung/sprachkurse/kurse/neu",
                Map.of(
                        "_csrf",
                        t,
                        "organisationId",
                        String.valueOf(vhs),
                        "kind",
                        "GENERAL",
                        "level",
                        "C1",
                        "startDate",
                        "2027-01-11",
                        "startsAt",
                        "12:00",
                        "endsAt",
                        "09:00",
                        "address",
                        "",
                        "seats",
                        "0"));
        assertThat(badCourse.statusCode()).isEqualTo(200);
        assertThat(badCourse.body())
                .contains(
                        "Bitte mindestens einen Kurstag", "Das Ende muss nach dem Beginn liegen", "Bitte mindestens 1");
        assertThat(TenantContext.callAs(magdeburg, () -> referrals.count())).isEqualTo(before);

        // the API lists courses without personal data; bad parameters are problem JSON
        var api = new Http(port).get("/api/v1/magdeburg/courses?kind=parents&level=C1");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body())
                .contains("\"freeSeats\"", "Volkshochschule Magdeburg")
                .doesNotContain("Kurs Privat");
        var problem = new Http(port).get("/api/v1/magdeburg/courses?level=Z9");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(problem.body()).contains("\"level\"");
    }

    @Test
    void courseEditsAreOptimisticAndNeverDropTakenSeats() throws Exception {
        refer("Kurs Edit Hana", Course.Kind.LITERACY, Referral.Access.ENTITLEMENT, 15, false, COORDINATOR, "WE_AM");
        refer("Kurs Edit Ivan", Course.Kind.LITERACY, Referral.Access.ENTITLEMENT, 14, false, COORDINATOR, "WE_AM");
        long course = TenantContext.callAs(
                magdeburg,
                () -> courses.save(
                                CourseFixtures.course(vhs, Course.Kind.LITERACY, Course.Level.C1, Schedule.Day.WE, 1))
                        .id());
        Http coordinator = new Http(port).login(COORDINATOR);
        String edit = "/magdeburg/verwaltung/sprachkurse/kurse/" + course;
        String token = coordinator.csrf(edit);
        long version = TenantContext.callAs(
                magdeburg, () -> courses.findById(course).orElseThrow().version());
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "_csrf",
                token,
                "version",
                String.valueOf(version),
                "organisationId",
                String.valueOf(vhs),
                "kind",
                "LITERACY",
                "level",
                "C1",
                "startDate",
                "2027-02-01",
                "weekdays",
                "WE",
                "startsAt",
                "09:00",
                "endsAt",
                "12:00",
                "address",
                "Leibnizstraße 23"));
        fields.put("seats", "2");
        assertThat(coordinator.postForm(edit, fields).statusCode()).isEqualTo(302);
        // a second edit from the same (now stale) form is refused, nothing overwritten
        fields.put("seats", "5");
        var stale = coordinator.postForm(edit, fields);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Jemand anderes hat diesen Kurs inzwischen geändert");
        assertThat(TenantContext.callAs(
                        magdeburg, () -> courses.findById(course).orElseThrow().seats()))
                .isEqualTo(2);
        // both seats went to the two waiting people; they cannot be taken away by fewer seats
        assertThat(TenantContext.callAs(magdeburg, () -> placement.heldSeats().get(course)))
                .isEqualTo(2L);
        fields.put("version", String.valueOf(version + 1));
        fields.put("seats", "1");
        assertThat(coordinator.postForm(edit, fields).body())
                .contains("Es sind schon 2 Plätze vergeben oder angeboten");
        fields.put("seats", "0");
        assertThat(coordinator.postForm(edit, fields).body()).contains("Bitte mindestens 1");
        assertThat(TenantContext.callAs(
                        magdeburg, () -> courses.findById(course).orElseThrow().seats()))
                .isEqualTo(2);
    }
}
