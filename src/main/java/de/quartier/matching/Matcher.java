package de.quartier.matching;

import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.Profiles.Help;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The matching rules, free of persistence. Hard constraints decide whether a pair may be suggested at all; the
 * soft score (0–100, shown in parts) says how good it is; {@link Assignment#maximise} then picks the set of pairs
 * with the highest total score (not greedy). A volunteer with capacity for several mentorships gets one column
 * per free place.
 */
final class Matcher {

    /** Why a pair is not allowed (message key suffixes, shown when somebody has no candidate at all). */
    enum Block {
        LANGUAGE,
        SAFEGUARDING,
        DISTANCE,
        REJECTED
    }

    record Candidate(
            long id,
            List<LanguageSkill> languages,
            double @Nullable [] point,
            int travelKm,
            boolean certificateValid,
            Set<Help> help,
            Set<String> slots,
            @Nullable String gender,
            @Nullable String ageBand,
            int freeCapacity) {}

    record Seeker(
            long id,
            List<LanguageSkill> languages,
            double @Nullable [] point,
            boolean householdMinors,
            Set<Help> needs,
            Set<String> slots,
            @Nullable String preferredGender,
            @Nullable String preferredAgeBand,
            long waitingDays) {}

    /** A suggested pair with its score parts (in display order). */
    record Pair(long volunteerId, long newcomerId, int score, Map<String, Integer> parts) {}

    record Result(List<Pair> pairs, int allowedPairs, Map<Long, Block> blockedNewcomers) {}

    private Matcher() {}

    /** The first hard constraint the pair breaks, or null if it may be suggested. */
    static @Nullable Block block(Candidate v, Seeker n, Set<List<Long>> rejected) {
        if (sharedLanguage(v.languages(), n.languages()) == null) {
            return Block.LANGUAGE;
        }
        if (n.householdMinors() && !v.certificateValid()) {
            return Block.SAFEGUARDING;
        }
        if (v.point() == null || n.point() == null || km(v.point(), n.point()) > v.travelKm()) {
            return Block.DISTANCE;
        }
        if (rejected.contains(List.of(v.id(), n.id()))) {
            return Block.REJECTED;
        }
        return null;
    }

    /** The best language both speak at a usable level (the lower of the two levels counts), or null. */
    static @Nullable LanguageSkill sharedLanguage(List<LanguageSkill> a, List<LanguageSkill> b) {
        LanguageSkill best = null;
        for (LanguageSkill x : a) {
            for (LanguageSkill y : b) {
                if (x.language().equals(y.language())) {
                    var level = x.level().compareTo(y.level()) <= 0 ? x.level() : y.level();
                    if (level.usable() && (best == null || level.compareTo(best.level()) > 0)) {
                        best = new LanguageSkill(x.language(), level);
                    }
                }
            }
        }
        return best;
    }

    /** Score parts of an allowed pair; the total is their sum, at least 1. */
    static Map<String, Integer> parts(Candidate v, Seeker n) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        LanguageSkill shared = sharedLanguage(v.languages(), n.languages());
        parts.put("language", shared != null && shared.level().compareTo(MatchingPeople.Level.B2) >= 0 ? 10 : 5);
        if (n.needs().isEmpty()) {
            parts.put("help", 15);
        } else {
            Set<Help> covered = new HashSet<>(n.needs());
            covered.retainAll(v.help());
            parts.put("help", Math.round(35f * covered.size() / n.needs().size()));
        }
        if (n.slots().isEmpty() || v.slots().isEmpty()) {
            parts.put("time", 10);
        } else {
            Set<String> overlap = new HashSet<>(n.slots());
            overlap.retainAll(v.slots());
            parts.put("time", Math.round(25f * Math.min(2, overlap.size()) / 2));
        }
        boolean genderOk = n.preferredGender() == null || n.preferredGender().equals(v.gender());
        boolean ageOk = n.preferredAgeBand() == null || n.preferredAgeBand().equals(v.ageBand());
        parts.put("preference", genderOk && ageOk ? 15 : 0);
        parts.put("waiting", (int) Math.min(15, n.waitingDays() / 6));
        double distance = v.point() == null || n.point() == null ? v.travelKm() : km(v.point(), n.point());
        parts.put("distance", v.travelKm() <= 0 ? 5 : (int) Math.round(5 * Math.max(0, 1 - distance / v.travelKm())));
        return parts;
    }

    static int total(Map<String, Integer> parts) {
        return Math.max(1, parts.values().stream().mapToInt(Integer::intValue).sum());
    }

    static Result run(List<Candidate> volunteers, List<Seeker> newcomers, Set<List<Long>> rejected) {
        // columns: one per free place of each volunteer
        List<Candidate> columnOwner = new ArrayList<>();
        Map<Long, List<Integer>> columnsOf = new LinkedHashMap<>();
        for (Candidate v : volunteers) {
            for (int k = 0; k < v.freeCapacity(); k++) {
                columnsOf.computeIfAbsent(v.id(), id -> new ArrayList<>()).add(columnOwner.size());
                columnOwner.add(v);
            }
        }
        int[] rowStart = new int[newcomers.size() + 1];
        List<Integer> cols = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Map<Long, Block> blocked = new LinkedHashMap<>();
        List<Map<Long, Map<String, Integer>>> partsOfRow = new ArrayList<>();
        int allowed = 0;
        for (int r = 0; r < newcomers.size(); r++) {
            Seeker n = newcomers.get(r);
            rowStart[r] = cols.size();
            Map<Long, Map<String, Integer>> rowParts = new LinkedHashMap<>();
            Map<Block, Integer> reasons = new TreeMap<>();
            for (Candidate v : volunteers) {
                if (v.freeCapacity() <= 0) {
                    continue;
                }
                Block b = block(v, n, rejected);
                if (b != null) {
                    reasons.merge(b, 1, Integer::sum);
                    continue;
                }
                allowed++;
                Map<String, Integer> p = parts(v, n);
                rowParts.put(v.id(), p);
                for (int c : columnsOf.get(v.id())) {
                    cols.add(c);
                    weights.add((double) total(p));
                }
            }
            if (rowParts.isEmpty()) {
                // the constraint that failed last in the order tells how close the best candidate came
                blocked.put(n.id(), reasons.isEmpty() ? Block.LANGUAGE : ((TreeMap<Block, Integer>) reasons).lastKey());
            }
            partsOfRow.add(rowParts);
        }
        rowStart[newcomers.size()] = cols.size();
        int[] assigned = Assignment.maximise(
                newcomers.size(),
                columnOwner.size(),
                rowStart,
                cols.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < assigned.length; r++) {
            if (assigned[r] >= 0) {
                Candidate v = columnOwner.get(assigned[r]);
                Map<String, Integer> p = partsOfRow.get(r).get(v.id());
                pairs.add(new Pair(v.id(), newcomers.get(r).id(), total(p), p));
            }
        }
        pairs.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return new Result(pairs, allowed, blocked);
    }

    /** Great-circle distance in km between two [lat, lon] points. */
    static double km(double[] a, double[] b) {
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a[0]))
                        * Math.cos(Math.toRadians(b[0]))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static String storeParts(Map<String, Integer> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(
                (k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }

    static Map<String, Integer> readParts(String stored) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (String p : Profiles.codes(stored)) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                parts.put(p.substring(0, eq), Integer.parseInt(p.substring(eq + 1)));
            }
        }
        return parts;
    }
}
