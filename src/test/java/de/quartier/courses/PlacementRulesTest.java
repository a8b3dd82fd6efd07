package de.quartier.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The waiting-list rules without a database: suitability, fair order, free seats, small-number suppression. */
class PlacementRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Course course(
            Course.Kind kind, Course.Level level, boolean childcare, String from, String to, Schedule.Day... days) {
        Course c = new Course(1L);
        c.update(
                1L,
                kind,
                level,
                LocalDate.of(2026, 12, 1),
                EnumSet.copyOf(List.of(days)),
                LocalTime.parse(from),
                LocalTime.parse(to),
                "Leibnizstraße 23",
                null,
                childcare,
                2);
        return c;
    }

    static Referral referral(long id, Referral.Access access, int waitedDays, boolean childcare, String... slots) {
        Referral r = new Referral(
                7L,
                Course.Kind.GENERAL,
                Course.Level.A1,
                access,
                childcare,
                Set.of(slots),
                null,
                "sozialarbeit@magdeburg.example",
                NOW.minus(waitedDays, ChronoUnit.DAYS));
        try {
            Field f = Referral.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(r, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    @Test
    void scheduleSlotsFollowTheTimeWindow() {
        assertThat(Schedule.slots(EnumSet.of(Schedule.Day.MO), LocalTime.of(8, 30), LocalTime.of(12, 0)))
                .containsExactly("MO_AM");
        assertThat(Schedule.slots(
                        EnumSet.of(Schedule.Day.TU, Schedule.Day.TH), LocalTime.of(9, 0), LocalTime.of(13, 0)))
                .containsExactly("TU_AM", "TU_PM", "TH_AM", "TH_PM");
        assertThat(Schedule.slots(EnumSet.of(Schedule.Day.WE), LocalTime.of(17, 30), LocalTime.of(20, 45)))
                .containsExactly("WE_EV");
    }

    @Test
    void suitabilityNeedsKindLevelChildcareAndTimes() {
        Course morning =
                course(Course.Kind.GENERAL, Course.Level.A1, false, "08:30", "12:00", Schedule.Day.MO, Schedule.Day.WE);
        assertThat(referral(1, Referral.Access.ENTITLEMENT, 10, false, "MO_AM", "WE_AM")
                        .suits(morning))
                .isTrue();
        // one course day the person cannot attend
        assertThat(referral(2, Referral.Access.ENTITLEMENT, 10, false, "MO_AM").suits(morning))
                .isFalse();
        // needs childcare the course does not have
        assertThat(referral(3, Referral.Access.ENTITLEMENT, 10, true, "MO_AM", "WE_AM")
                        .suits(morning))
                .isFalse();
        Course withChildcare = course(Course.Kind.GENERAL, Course.Level.A1, true, "08:30", "12:00", Schedule.Day.MO);
        assertThat(referral(4, Referral.Access.ENTITLEMENT, 10, true, "MO_AM").suits(withChildcare))
                .isTrue();
        // other level or kind
        assertThat(referral(5, Referral.Access.ENTITLEMENT, 10, false, "MO_AM", "WE_AM")
                        .suits(course(Course.Kind.GENERAL, Course.Level.A2, false, "08:30", "12:00", Schedule.Day.MO)))
                .isFalse();
        assertThat(referral(6, Referral.Access.ENTITLEMENT, 10, false, "MO_AM", "WE_AM")
                        .suits(course(Course.Kind.YOUTH, Course.Level.A1, false, "08:30", "12:00", Schedule.Day.MO)))
                .isFalse();
    }

    @Test
    void fairOrderIsLongestWaitingFirstWithObligationAsAConfigurablePriority() {
        Course c = course(Course.Kind.GENERAL, Course.Level.A1, false, "09:00", "11:00", Schedule.Day.FR);
        Referral entitledLong = referral(1, Referral.Access.ENTITLEMENT, 60, false, "FR_AM");
        Referral obligedShort = referral(2, Referral.Access.OBLIGATION, 5, false, "FR_AM");
        Referral entitledMiddle = referral(3, Referral.Access.ENTITLEMENT, 30, false, "FR_AM");
        Referral obligedLong = referral(4, Referral.Access.OBLIGATION, 40, false, "FR_AM");
        Referral unsuitable = referral(5, Referral.Access.OBLIGATION, 90, false, "MO_AM");
        List<Referral> all = List.of(entitledLong, obligedShort, entitledMiddle, obligedLong, unsuitable);

        assertThat(Placement.queue(all, c, true, Set.of()))
                .extracting(Referral::id)
                .containsExactly(4L, 2L, 1L, 3L);
        assertThat(Placement.queue(all, c, false, Set.of()))
                .extracting(Referral::id)
                .containsExactly(1L, 4L, 3L, 2L);
        // who turned this course down is not asked again
        assertThat(Placement.queue(all, c, false, Set.of(1L)))
                .extracting(Referral::id)
                .containsExactly(4L, 3L, 2L);
    }

    @Test
    void freeSeatsAreTheNumbersNotHeld() {
        assertThat(Placement.freeSeats(4, List.of(1, 3))).containsExactly(2, 4);
        assertThat(Placement.freeSeats(2, List.of(1, 2))).isEmpty();
    }

    @Test
    void waitingTimesSuppressSmallNumbers() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<WaitingTimes.Waiting> waiting = new java.util.ArrayList<>();
        for (int d : new int[] {10, 20, 50, 60, 70}) {
            waiting.add(new WaitingTimes.Waiting("A1", 1L, today.minusDays(d)));
        }
        waiting.add(new WaitingTimes.Waiting("A1", 2L, today.minusDays(100)));
        var rows = WaitingTimes.rows(waiting, today, id -> id == null ? "–" : "D" + id);
        assertThat(rows).hasSize(5); // two districts, the level in all districts, each district in all levels
        var d1 = rows.get(0);
        assertThat(d1.district()).isEqualTo("D1");
        assertThat(d1.waiting()).isEqualTo("5");
        assertThat(d1.median()).isEqualTo("50");
        assertThat(d1.max()).isEqualTo("70");
        assertThat(d1.over()).isEqualTo("< 5");
        assertThat(d1.late()).isTrue();
        var d2 = rows.get(1);
        assertThat(d2.waiting()).isEqualTo("< 5");
        assertThat(d2.median()).isEqualTo("–");
        assertThat(d2.max()).isEqualTo("–");
        var total = rows.get(2);
        assertThat(total.district()).isEmpty();
        assertThat(total.waiting()).isEqualTo("6");
        assertThat(total.max()).isEqualTo("100");
        assertThat(total.over()).isEqualTo("< 5"); // 50, 60, 70, 100 days
        assertThat(rows.get(3).level()).isEmpty();
        assertThat(rows.get(3).district()).isEqualTo("D1");
        assertThat(rows.get(4).waiting()).isEqualTo("< 5");
    }
}
