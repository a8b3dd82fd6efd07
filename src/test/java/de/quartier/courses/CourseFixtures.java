package de.quartier.courses;

import de.quartier.shared.TenantInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of the courses tests, under names of their own. Newcomers are matching's rows, written with SQL. */
final class CourseFixtures {

    private CourseFixtures() {}

    static long newcomer(JdbcTemplate jdbc, TenantInfo tenant, String name, String referredBy) {
        return jdbc.queryForObject(
                "insert into matching_newcomer (tenant_id, name, contact, letter_language, languages, household_minors,"
                        + " status, waiting_since, referred_by) values (?, ?, '0391 000000', 'de', 'ar:NATIVE', true,"
                        + " 'WAITING', now(), ?) returning id",
                Long.class,
                tenant.id(),
                name,
                referredBy);
    }

    static Referral referral(
            long newcomerId,
            Course.Kind kind,
            Course.Level level,
            Referral.Access access,
            int waitedDays,
            boolean childcare,
            String referredBy,
            String... slots) {
        return new Referral(
                newcomerId,
                kind,
                level,
                access,
                childcare,
                Set.of(slots),
                null,
                referredBy,
                Instant.now().minus(Duration.ofDays(waitedDays)));
    }

    static Course course(long organisationId, Course.Kind kind, Course.Level level, Schedule.Day day, int seats) {
        Course c = new Course(organisationId);
        c.update(
                organisationId,
                kind,
                level,
                LocalDate.now().plusDays(20),
                EnumSet.of(day),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Testweg 1, 39104 Magdeburg",
                null,
                false,
                seats);
        return c;
    }
}
