package de.quartier.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.accompaniment.Suitability.Need;
import de.quartier.accompaniment.Suitability.Verdict;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.Level;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of who may take a request: language level, weekly slots, distance and capacity. */
class SuitabilityTest {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static final Map<Long, double[]> CENTRES = Map.of(
            1L, new double[] {52.1500, 11.6300}, // Neue Neustadt
            2L, new double[] {52.1450, 11.6350}, // about 0.7 km away
            3L, new double[] {52.0800, 11.6500}); // about 7.9 km away

    static VolunteerRef volunteer(List<LanguageSkill> languages, Set<String> slots, long district, int km, int cap) {
        return new VolunteerRef(1, null, "v@test.example", "V", languages, district, km, cap, slots, true);
    }

    static final List<LanguageSkill> ARABIC_B1 =
            List.of(new LanguageSkill("de", Level.NATIVE), new LanguageSkill("ar", Level.B1));

    static Need need(String language, LocalTime from, LocalTime to, long district) {
        return new Need(language, MONDAY, from, to, district);
    }

    @Test
    void aUsableLevelOfTheLanguageIsNeeded() {
        var slots = Set.of("MO_AM");
        Need ar = need("ar", LocalTime.of(9, 0), LocalTime.of(11, 0), 1);
        assertThat(Suitability.check(volunteer(ARABIC_B1, slots, 1, 5, 1), ar, CENTRES, 0))
                .isEqualTo(Verdict.SUITABLE);
        var a2 = List.of(new LanguageSkill("ar", Level.A2));
        assertThat(Suitability.check(volunteer(a2, slots, 1, 5, 1), ar, CENTRES, 0))
                .isEqualTo(Verdict.LANGUAGE);
        var german = List.of(new LanguageSkill("de", Level.NATIVE));
        assertThat(Suitability.check(volunteer(german, slots, 1, 5, 1), ar, CENTRES, 0))
                .isEqualTo(Verdict.LANGUAGE);
    }

    @Test
    void theWeekdayAndEveryPartOfDayTheWindowTouchesMustBeFree() {
        assertThat(Suitability.slots(MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)))
                .containsExactly("MO_AM");
        assertThat(Suitability.slots(MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .containsExactly("MO_AM", "MO_PM");
        assertThat(Suitability.slots(MONDAY.plusDays(4), LocalTime.of(16, 30), LocalTime.of(18, 0)))
                .containsExactly("FR_PM", "FR_EV");
        assertThat(Suitability.slots(MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)))
                .containsExactly("MO_PM");

        Need lateMorning = need("ar", LocalTime.of(11, 0), LocalTime.of(13, 0), 1);
        assertThat(Suitability.check(volunteer(ARABIC_B1, Set.of("MO_AM"), 1, 5, 1), lateMorning, CENTRES, 0))
                .isEqualTo(Verdict.TIME);
        assertThat(Suitability.check(volunteer(ARABIC_B1, Set.of("MO_AM", "MO_PM"), 1, 5, 1), lateMorning, CENTRES, 0))
                .isEqualTo(Verdict.SUITABLE);
        assertThat(Suitability.check(volunteer(ARABIC_B1, Set.of("TU_AM", "TU_PM"), 1, 5, 1), lateMorning, CENTRES, 0))
                .isEqualTo(Verdict.TIME);
    }

    @Test
    void theRequestsDistrictMustBeWithinTheTravelRange() {
        var slots = Set.of("MO_AM");
        assertThat(Suitability.check(
                        volunteer(ARABIC_B1, slots, 1, 2, 1),
                        need("ar", LocalTime.of(9, 0), LocalTime.of(10, 0), 2),
                        CENTRES,
                        0))
                .isEqualTo(Verdict.SUITABLE);
        assertThat(Suitability.check(
                        volunteer(ARABIC_B1, slots, 1, 5, 1),
                        need("ar", LocalTime.of(9, 0), LocalTime.of(10, 0), 3),
                        CENTRES,
                        0))
                .isEqualTo(Verdict.DISTANCE);
        assertThat(Suitability.check(
                        volunteer(ARABIC_B1, slots, 1, 10, 1),
                        need("ar", LocalTime.of(9, 0), LocalTime.of(10, 0), 3),
                        CENTRES,
                        0))
                .isEqualTo(Verdict.SUITABLE);
        // without coordinates only the volunteer's own district counts
        assertThat(Suitability.check(
                        volunteer(ARABIC_B1, slots, 1, 50, 1),
                        need("ar", LocalTime.of(9, 0), LocalTime.of(10, 0), 99),
                        CENTRES,
                        0))
                .isEqualTo(Verdict.DISTANCE);
    }

    @Test
    void capacityAndActivity() {
        var slots = Set.of("MO_AM");
        Need n = need("ar", LocalTime.of(9, 0), LocalTime.of(10, 0), 1);
        assertThat(Suitability.check(volunteer(ARABIC_B1, slots, 1, 5, 2), n, CENTRES, 1))
                .isEqualTo(Verdict.SUITABLE);
        assertThat(Suitability.check(volunteer(ARABIC_B1, slots, 1, 5, 2), n, CENTRES, 2))
                .isEqualTo(Verdict.CAPACITY);
        VolunteerRef paused = new VolunteerRef(1, null, "p@test.example", "P", ARABIC_B1, 1L, 5, 2, slots, false);
        assertThat(Suitability.check(paused, n, CENTRES, 0)).isEqualTo(Verdict.INACTIVE);
    }
}
