package de.quartier.courses;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weekly times: a course meets on weekdays in one time window; a learner can attend in slots "weekday × part of
 * day" ("MO_AM", the codes matching uses). A course fits a learner when every slot its window touches is one the
 * learner can attend.
 */
final class Schedule {

    enum Day {
        MO,
        TU,
        WE,
        TH,
        FR,
        SA,
        SU
    }

    /** Morning until 12:00, afternoon until 17:00, evening after. */
    enum Part {
        AM(LocalTime.of(0, 0), LocalTime.of(12, 0)),
        PM(LocalTime.of(12, 0), LocalTime.of(17, 0)),
        EV(LocalTime.of(17, 0), LocalTime.MAX);

        final LocalTime from;
        final LocalTime to;

        Part(LocalTime from, LocalTime to) {
            this.from = from;
            this.to = to;
        }
    }

    private Schedule() {}

    static List<String> allSlots() {
        return Arrays.stream(Day.values())
                .flatMap(d -> Arrays.stream(Part.values()).map(p -> d.name() + "_" + p.name()))
                .toList();
    }

    static boolean isSlot(String code) {
        return allSlots().contains(code);
    }

    /** Slots a course window touches on its weekdays ({@code from < to}). */
    static Set<String> slots(Set<Day> days, LocalTime from, LocalTime to) {
        Set<String> slots = new LinkedHashSet<>();
        for (Day d : days) {
            for (Part p : Part.values()) {
                if (from.isBefore(p.to) && to.isAfter(p.from)) {
                    slots.add(d.name() + "_" + p.name());
                }
            }
        }
        return slots;
    }

    static boolean fits(Set<String> courseSlots, Set<String> availability) {
        return !courseSlots.isEmpty() && availability.containsAll(courseSlots);
    }

    static Set<Day> days(String stored) {
        Set<Day> days = EnumSet.noneOf(Day.class);
        for (String s : stored.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                days.add(Day.valueOf(s));
            }
        }
        return days;
    }

    static String storeDays(Collection<Day> days) {
        return days.stream().sorted().distinct().map(Day::name).collect(Collectors.joining(" "));
    }

    static Set<String> codes(String stored) {
        return Arrays.stream(stored.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String store(Collection<String> codes) {
        return allSlots().stream().filter(codes::contains).collect(Collectors.joining(" "));
    }
}
