package de.quartier.matching;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.matching.Matcher.Block;
import de.quartier.matching.Matcher.Candidate;
import de.quartier.matching.Matcher.Seeker;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.Level;
import de.quartier.matching.Profiles.Help;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching rules without a database: hard constraints, the optimal (not greedy) choice, suppression. */
class MatcherTest {

    static final double[] NEUSTADT = {52.1550, 11.6280};
    static final double[] SALBKE = {52.0820, 11.6560}; // about 8 km south

    static Candidate volunteer(long id, String languages, double[] where, int km, boolean certificate, int capacity) {
        return new Candidate(
                id,
                Profiles.languages(languages),
                where,
                km,
                certificate,
                Set.of(Help.AUTHORITIES, Help.GERMAN),
                Set.of("MO_PM", "WE_EV"),
                "FEMALE",
                "AGE_30_49",
                capacity);
    }

    static Seeker newcomer(long id, String languages, double[] where, boolean minors) {
        return new Seeker(
                id,
                Profiles.languages(languages),
                where,
                minors,
                Set.of(Help.AUTHORITIES),
                Set.of("MO_PM"),
                null,
                null,
                30);
    }

    @Test
    void hardConstraints() {
        Set<List<Long>> none = Set.of();
        // a shared language only counts from B1 on both sides
        assertThat(Matcher.block(
                        volunteer(1, "de ar:A2", NEUSTADT, 10, true, 1), newcomer(2, "ar", NEUSTADT, false), none))
                .isEqualTo(Block.LANGUAGE);
        assertThat(Matcher.block(
                        volunteer(1, "de ar:B1", NEUSTADT, 10, true, 1), newcomer(2, "ar", NEUSTADT, false), none))
                .isNull();
        assertThat(Matcher.block(
                        volunteer(1, "de en:C1", NEUSTADT, 10, true, 1),
                        newcomer(2, "ar en:A2", NEUSTADT, false),
                        none))
                .isEqualTo(Block.LANGUAGE);
        // minors in the household need a valid safeguarding record
        assertThat(Matcher.block(
                        volunteer(1, "de ar:C1", NEUSTADT, 10, false, 1), newcomer(2, "ar", NEUSTADT, true), none))
                .isEqualTo(Block.SAFEGUARDING);
        assertThat(Matcher.block(
                        volunteer(1, "de ar:C1", NEUSTADT, 10, true, 1), newcomer(2, "ar", NEUSTADT, true), none))
                .isNull();
        // distance within the volunteer's range; unknown places never match
        assertThat(Matcher.block(
                        volunteer(1, "de ar:C1", NEUSTADT, 5, true, 1), newcomer(2, "ar", SALBKE, false), none))
                .isEqualTo(Block.DISTANCE);
        assertThat(Matcher.block(
                        volunteer(1, "de ar:C1", NEUSTADT, 10, true, 1), newcomer(2, "ar", SALBKE, false), none))
                .isNull();
        assertThat(Matcher.block(volunteer(1, "de ar:C1", NEUSTADT, 10, true, 1), newcomer(2, "ar", null, false), none))
                .isEqualTo(Block.DISTANCE);
        // a pair rejected before never comes back
        assertThat(Matcher.block(
                        volunteer(1, "de ar:C1", NEUSTADT, 10, true, 1),
                        newcomer(2, "ar", NEUSTADT, false),
                        Set.of(List.of(1L, 2L))))
                .isEqualTo(Block.REJECTED);
    }

    @Test
    void runIsOptimalNotGreedyAndRespectsCapacity() {
        // volunteer 1 speaks Arabic and Farsi, volunteer 2 only Farsi. Greedy would give the best single pair
        // (1 with the Farsi speaker who waited longest) and leave the Arabic speaker alone; optimal pairs both.
        Candidate both = volunteer(1, "de ar:C1 fa:C1", NEUSTADT, 10, true, 1);
        Candidate farsi = volunteer(2, "de fa:B2", NEUSTADT, 10, true, 1);
        Seeker arabic = newcomer(10, "ar", NEUSTADT, false);
        Seeker persian = new Seeker(
                11,
                Profiles.languages("fa"),
                NEUSTADT,
                false,
                Set.of(Help.AUTHORITIES),
                Set.of("MO_PM"),
                null,
                null,
                90);
        Matcher.Result result = Matcher.run(List.of(both, farsi), List.of(arabic, persian), Set.of());
        assertThat(result.pairs())
                .extracting(p -> List.of(p.volunteerId(), p.newcomerId()))
                .containsExactlyInAnyOrder(List.of(1L, 10L), List.of(2L, 11L));
        assertThat(result.pairs()).allSatisfy(p -> assertThat(p.parts()).containsKeys("language", "help", "time"));

        // capacity 2: one volunteer may take both; capacity 0 (all places taken): nobody
        Candidate twice = volunteer(3, "de ar:C1", NEUSTADT, 10, true, 2);
        Seeker arabic2 = newcomer(12, "ar", NEUSTADT, false);
        assertThat(Matcher.run(List.of(twice), List.of(arabic, arabic2), Set.of())
                        .pairs())
                .hasSize(2);
        Candidate full = volunteer(4, "de ar:C1", NEUSTADT, 10, true, 0);
        Matcher.Result nobody = Matcher.run(List.of(full), List.of(arabic), Set.of());
        assertThat(nobody.pairs()).isEmpty();
        assertThat(nobody.allowedPairs()).isZero();
    }

    @Test
    void nobodyMatchableSaysWhy() {
        Matcher.Result result = Matcher.run(
                List.of(volunteer(1, "de en:C1", NEUSTADT, 10, true, 1)),
                List.of(newcomer(10, "ti", NEUSTADT, false)),
                Set.of());
        assertThat(result.pairs()).isEmpty();
        assertThat(result.blockedNewcomers()).containsEntry(10L, Block.LANGUAGE);
    }

    @Test
    void scorePartsAndPreferences() {
        Candidate v = volunteer(1, "de ar:C1", NEUSTADT, 10, true, 1);
        var parts = Matcher.parts(v, newcomer(2, "ar", NEUSTADT, false));
        assertThat(parts)
                .containsEntry("language", 10)
                .containsEntry("help", 35)
                .containsEntry("time", 13)
                .containsEntry("preference", 15)
                .containsEntry("waiting", 5)
                .containsEntry("distance", 5);
        var wantsMan = new Seeker(3, Profiles.languages("ar"), NEUSTADT, false, Set.of(), Set.of(), "MALE", null, 0);
        assertThat(Matcher.parts(v, wantsMan)).containsEntry("preference", 0);
        assertThat(Matcher.readParts(Matcher.storeParts(parts))).isEqualTo(parts);
    }

    @Test
    void assignmentStandInIsMaximal() {
        // 2 rows, 2 columns: greedy takes (0,0)=10 and then (1,1)=1 → 11; optimal (0,1)=9 + (1,0)=9 → 18
        int[] result =
                Assignment.maximise(2, 2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {10, 9, 9, 1});
        assertThat(result).containsExactly(1, 0);
        // a row without candidates stays unassigned
        assertThat(Assignment.maximise(2, 1, new int[] {0, 1, 1}, new int[] {0}, new double[] {5}))
                .containsExactly(0, -1);
    }

    @Test
    void smallNumbersAreSuppressed() {
        assertThat(MatchingViews.suppressed(0)).isEqualTo("< 5");
        assertThat(MatchingViews.suppressed(4)).isEqualTo("< 5");
        assertThat(MatchingViews.suppressed(5)).isEqualTo("5");
        assertThat(MatchingViews.suppressed(123)).isEqualTo("123");
    }

    @Test
    void certificateValidFiveYearsWithoutRelevantEntry() {
        Volunteer v = new Volunteer("cert@example.org", "Cert Test");
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(v.certificateValidOn(today)).isFalse();
        v.certificate(today.minusYears(5), false, "Koordination", today);
        assertThat(v.certificateValidOn(today)).isTrue();
        assertThat(v.certificateValidOn(today.plusDays(1))).isFalse();
        v.certificate(today.minusYears(1), true, "Koordination", today);
        assertThat(v.certificateValidOn(today)).isFalse();
        v.forgetCertificate();
        assertThat(v.certificateIssuedOn()).isNull();
    }

    @Test
    void mentorshipLifecycle() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Mentorship m = new Mentorship(1, 2, "k@example.org", null, 10, today);
        assertThat(m.nextCheckIn()).isEqualTo(today.plusWeeks(4));
        assertThat(m.reviewDue()).isEqualTo(today.plusMonths(6));
        assertThat(m.moveTo(Mentorship.Status.ACTIVE, null, today)).isFalse(); // no skipping
        assertThat(m.moveTo(Mentorship.Status.FIRST_MEETING, null, today)).isTrue();
        assertThat(m.moveTo(Mentorship.Status.TRIAL, null, today)).isTrue();
        assertThat(m.moveTo(Mentorship.Status.ACTIVE, null, today)).isTrue();
        assertThat(m.moveTo(Mentorship.Status.ENDED, null, today)).isFalse(); // a reason is required
        assertThat(m.moveTo(Mentorship.Status.ENDED, Mentorship.EndReason.COMPLETED, today))
                .isTrue();
        assertThat(m.status()).isEqualTo(Mentorship.Status.ENDED);
        assertThat(m.moveTo(Mentorship.Status.ACTIVE, null, today)).isFalse();
    }

    @Test
    void levelsAndLanguagesParse() {
        assertThat(Profiles.languages("ar de:B1 en:xx"))
                .containsExactly(
                        new LanguageSkill("ar", Level.NATIVE),
                        new LanguageSkill("de", Level.B1),
                        new LanguageSkill("en", Level.A1));
        assertThat(Level.A2.usable()).isFalse();
        assertThat(Level.B1.usable()).isTrue();
    }
}
