package de.quartier.accompaniment;

import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may take a request: an active volunteer who speaks its language at a usable level (B1 or better), whose
 * weekly availability covers its weekday and every part of the day its time window touches (matching's slots
 * "MO_AM" … "SU_EV": morning before 12:00, afternoon 12:00–17:00, evening from 17:00), whose home district is
 * within their travel range of the request's district (centre points; without coordinates only the same
 * district counts), and who has capacity left (open accompaniments below their capacity).
 */
final class Suitability {

    enum Verdict {
        SUITABLE,
        INACTIVE,
        LANGUAGE,
        TIME,
        DISTANCE,
        CAPACITY
    }

    /** What a request asks of a volunteer. */
    record Need(
            String language,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            @Nullable Long districtId) {

        static Need of(Accompaniment a) {
            return new Need(a.language(), a.onDate(), a.startsAt(), a.endsAt(), a.districtId());
        }
    }

    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime EVENING = LocalTime.of(17, 0);

    static Verdict check(VolunteerRef v, Need need, Map<Long, double[]> centres, long openAccompaniments) {
        if (!v.active()) {
            return Verdict.INACTIVE;
        }
        boolean speaks = v.languages().stream()
                .anyMatch(l -> l.language().equalsIgnoreCase(need.language())
                        && l.level().usable());
        if (!speaks) {
            return Verdict.LANGUAGE;
        }
        if (!v.availability().containsAll(slots(need.date(), need.from(), need.to()))) {
            return Verdict.TIME;
        }
        if (!withinRange(v, need.districtId(), centres)) {
            return Verdict.DISTANCE;
        }
        if (openAccompaniments >= v.capacity()) {
            return Verdict.CAPACITY;
        }
        return Verdict.SUITABLE;
    }

    /** The weekly slots a time window on a date touches, e.g. Monday 11:00–13:00 → MO_AM, MO_PM. */
    static Set<String> slots(LocalDate date, LocalTime from, LocalTime to) {
        String day = day(date.getDayOfWeek());
        Set<String> out = new LinkedHashSet<>();
        if (from.isBefore(NOON)) {
            out.add(day + "_AM");
        }
        if (from.isBefore(EVENING) && to.isAfter(NOON)) {
            out.add(day + "_PM");
        }
        if (to.isAfter(EVENING)) {
            out.add(day + "_EV");
        }
        return out;
    }

    private static String day(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    private static boolean withinRange(VolunteerRef v, @Nullable Long districtId, Map<Long, double[]> centres) {
        if (districtId == null || v.districtId() == null) {
            return false;
        }
        if (Objects.equals(districtId, v.districtId())) {
            return true;
        }
        double[] home = centres.get(v.districtId());
        double[] there = centres.get(districtId);
        return home != null && there != null && MatchingPeople.km(home, there) <= v.travelKm();
    }

    private Suitability() {}
}
