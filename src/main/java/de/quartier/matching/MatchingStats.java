package de.quartier.matching;

import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingViews.DistrictStat;
import de.quartier.matching.MatchingViews.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregate figures for coordinators: no names, and every count below five shown as "< 5". */
@Service
class MatchingStats {

    private final NewcomerRepository newcomers;
    private final MentorshipRepository mentorships;
    private final DistrictService districts;

    MatchingStats(NewcomerRepository newcomers, MentorshipRepository mentorships, DistrictService districts) {
        this.newcomers = newcomers;
        this.mentorships = mentorships;
        this.districts = districts;
    }

    @Transactional(readOnly = true)
    Stats stats() {
        List<Newcomer> waiting = newcomers.findByStatusOrderByWaitingSinceAsc(Newcomer.Status.WAITING);
        List<Mentorship> all = mentorships.findAll();
        List<Mentorship> running =
                all.stream().filter(m -> m.status().running()).toList();
        long ended = all.size() - running.size();
        String days = all.size() < 5
                ? "< 5"
                : Long.toString(Math.round(
                        all.stream().mapToInt(Mentorship::waitedDays).average().orElse(0)));
        Map<Long, String> names = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
        Map<String, long[]> byDistrict = new TreeMap<>();
        for (Newcomer n : waiting) {
            byDistrict.computeIfAbsent(Objects.toString(names.get(n.districtId()), "–"), k -> new long[2])[0]++;
        }
        for (Mentorship m : running) {
            byDistrict.computeIfAbsent(Objects.toString(names.get(m.districtId()), "–"), k -> new long[2])[1]++;
        }
        List<DistrictStat> rows = new ArrayList<>();
        byDistrict.forEach((d, c) ->
                rows.add(new DistrictStat(d, MatchingViews.suppressed(c[0]), MatchingViews.suppressed(c[1]))));
        return new Stats(
                MatchingViews.suppressed(waiting.size()),
                MatchingViews.suppressed(running.size()),
                MatchingViews.suppressed(ended),
                days,
                rows);
    }
}
