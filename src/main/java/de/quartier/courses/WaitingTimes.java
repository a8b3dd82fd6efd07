package de.quartier.courses;

import de.quartier.courses.CourseViews.WaitingRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Waiting time of the people on the waiting lists (waiting or holding an offer) per level and district, per level
 * (all districts) and per district (all levels), against
 * BAMF's target of a start within 6 weeks. Aggregates only, with small numbers suppressed: a count below 5 is
 * shown as "< 5", and a group of fewer than 5 people shows no median or maximum (they could point to a person).
 */
final class WaitingTimes {

    static final int TARGET_DAYS = 42;
    static final int SMALL = 5;

    record Waiting(String level, @Nullable Long districtId, LocalDate since) {}

    private WaitingTimes() {}

    static List<WaitingRow> rows(
            Collection<Waiting> waiting, LocalDate today, Function<@Nullable Long, String> districtName) {
        Map<String, List<Long>> groups = new TreeMap<>();
        Map<String, String[]> labels = new TreeMap<>();
        for (Waiting w : waiting) {
            String district = districtName.apply(w.districtId());
            String key = w.level() + "\u0000" + district;
            labels.putIfAbsent(key, new String[] {w.level(), district});
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(w.since(), today));
            String byDistrict = "\uffff" + district;
            labels.putIfAbsent(byDistrict, new String[] {"", district});
            groups.computeIfAbsent(byDistrict, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(w.since(), today));
            String total = w.level() + "\u0001";
            labels.putIfAbsent(total, new String[] {w.level(), ""});
            groups.computeIfAbsent(total, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(w.since(), today));
        }
        List<WaitingRow> rows = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<Long> days =
                    e.getValue().stream().sorted(Comparator.naturalOrder()).toList();
            String[] label = labels.get(e.getKey());
            boolean small = days.size() < SMALL;
            long median = median(days);
            long over = days.stream().filter(d -> d > TARGET_DAYS).count();
            rows.add(new WaitingRow(
                    label[0],
                    label[1],
                    count(days.size()),
                    small ? "–" : String.valueOf(median),
                    small ? "–" : String.valueOf(days.getLast()),
                    small ? "–" : count(over),
                    !small && median > TARGET_DAYS));
        }
        return rows;
    }

    /** A count as shown: 1 to 4 as "< 5". */
    static String count(long n) {
        return n > 0 && n < SMALL ? "< 5" : String.valueOf(n);
    }

    static long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
