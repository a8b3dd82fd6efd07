package de.quartier.matching;

import de.quartier.accounts.AuditLog;
import de.quartier.accounts.MailService;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingViews.MentorshipRow;
import de.quartier.matching.MatchingViews.Part;
import de.quartier.matching.MatchingViews.SuggestionRow;
import de.quartier.shared.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Matching runs, the coordinator's decisions and the mentorship lifecycle, in the current tenant. */
@Service
class MatchingService {

    /** What a run found: suggestions made, and why newcomers without any candidate have none. */
    record RunOutcome(int waiting, int volunteers, int suggestions, Map<Long, Matcher.Block> blocked) {

        /** How many newcomers each reason blocked, as shown (counts below five as "< 5"). */
        Map<Matcher.Block, String> reasons() {
            Map<Matcher.Block, Long> counts = blocked.values().stream()
                    .collect(Collectors.groupingBy(
                            b -> b, () -> new EnumMap<>(Matcher.Block.class), Collectors.counting()));
            Map<Matcher.Block, String> out = new EnumMap<>(Matcher.Block.class);
            counts.forEach((b, n) -> out.put(b, MatchingViews.suppressed(n)));
            return out;
        }

        /** The notice (matching.notice.…): suggestions made, or nobody matchable; its arguments below. */
        String notice() {
            return suggestions == 0 ? "nobody" : "run";
        }

        Object[] noticeArgs() {
            return new Object[] {suggestions, waiting, volunteers};
        }
    }

    enum Decision {
        DONE,
        GONE,
        NO_CAPACITY
    }

    /** The result of a lifecycle step. */
    enum Move {
        DONE,
        NOT_FOUND,
        /** not a step allowed from the current status (or the mentorship changed meanwhile) */
        NOT_ALLOWED,
        /** ending needs a reason */
        REASON_MISSING
    }

    /** The most points each score part can give (shown next to the points of a suggestion). */
    static final Map<String, Integer> MAX =
            Map.of("language", 10, "help", 35, "time", 25, "preference", 15, "waiting", 15, "distance", 5);

    private final VolunteerRepository volunteers;
    private final NewcomerRepository newcomers;
    private final ConsentRepository consents;
    private final ShelterRepository shelters;
    private final SuggestionRepository suggestions;
    private final MentorshipRepository mentorships;
    private final DistrictService districts;
    private final MailService mail;
    private final AuditLog audit;
    private final MessageSource messages;

    MatchingService(
            VolunteerRepository volunteers,
            NewcomerRepository newcomers,
            ConsentRepository consents,
            ShelterRepository shelters,
            SuggestionRepository suggestions,
            MentorshipRepository mentorships,
            DistrictService districts,
            MailService mail,
            AuditLog audit,
            MessageSource messages) {
        this.volunteers = volunteers;
        this.newcomers = newcomers;
        this.consents = consents;
        this.shelters = shelters;
        this.suggestions = suggestions;
        this.mentorships = mentorships;
        this.districts = districts;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
    }

    LocalDate today() {
        return LocalDate.now(TenantContext.require().zone());
    }

    /**
     * Replaces the open suggestions with those of a new run over the waiting newcomers (with consent to matching)
     * and active volunteers with free capacity, of the whole tenant or one social region.
     */
    @Transactional
    RunOutcome run(@Nullable Long regionId) {
        Map<Long, DistrictProfile> districtById =
                districts.profiles().stream().collect(Collectors.toMap(DistrictProfile::id, Function.identity()));
        Map<Long, Long> shelterDistrict = new HashMap<>();
        shelters.findAll().forEach(s -> {
            if (s.districtId() != null) {
                shelterDistrict.put(s.id(), s.districtId());
            }
        });
        suggestions.deleteByState(Suggestion.State.OPEN);
        suggestions.flush();
        List<Newcomer> waiting = newcomers.findByStatusOrderByWaitingSinceAsc(Newcomer.Status.WAITING);
        Set<Long> consenting = consents
                .findByNewcomerIdIn(waiting.stream().map(Newcomer::id).toList())
                .stream()
                .filter(c -> c.active() && c.purpose() == Consent.Purpose.MATCHING)
                .map(Consent::newcomerId)
                .collect(Collectors.toSet());
        Instant now = Instant.now();
        List<Matcher.Seeker> seekers = new ArrayList<>();
        for (Newcomer n : waiting) {
            Long district = n.shelterId() != null && shelterDistrict.containsKey(n.shelterId())
                    ? shelterDistrict.get(n.shelterId())
                    : n.districtId();
            if (!consenting.contains(n.id()) || !inRegion(districtById, district, regionId)) {
                continue;
            }
            seekers.add(new Matcher.Seeker(
                    n.id(),
                    n.languages(),
                    point(districtById, district),
                    n.householdMinors(),
                    n.needs(),
                    n.availability(),
                    n.preferredGender(),
                    n.preferredAgeBand(),
                    Duration.between(n.waitingSince(), now).toDays()));
        }
        Map<Long, Long> running = runningPerVolunteer();
        LocalDate today = today();
        List<Matcher.Candidate> candidates = new ArrayList<>();
        for (Volunteer v : volunteers.findAllByOrderByDisplayNameAsc()) {
            int free = v.capacity() - running.getOrDefault(v.id(), 0L).intValue();
            if (v.status() != Volunteer.Status.ACTIVE
                    || free <= 0
                    || v.languages().isEmpty()
                    || !inRegion(districtById, v.districtId(), regionId)) {
                continue;
            }
            candidates.add(new Matcher.Candidate(
                    v.id(),
                    v.languages(),
                    point(districtById, v.districtId()),
                    v.travelKm(),
                    v.certificateValidOn(today),
                    v.helpKinds(),
                    v.availability(),
                    v.gender(),
                    v.ageBand(),
                    free));
        }
        Set<List<Long>> rejected = suggestions.findByState(Suggestion.State.REJECTED).stream()
                .map(s -> List.of(s.volunteerId(), s.newcomerId()))
                .collect(Collectors.toSet());
        Matcher.Result result = Matcher.run(candidates, seekers, rejected);
        for (Matcher.Pair p : result.pairs()) {
            suggestions.save(new Suggestion(p.volunteerId(), p.newcomerId(), p.score(), Matcher.storeParts(p.parts())));
        }
        audit.record(
                "matching.run",
                regionId == null ? "tenant" : "region:" + regionId,
                "newcomers=" + seekers.size() + " volunteers=" + candidates.size() + " suggestions="
                        + result.pairs().size());
        return new RunOutcome(seekers.size(), candidates.size(), result.pairs().size(), result.blockedNewcomers());
    }

    private static boolean inRegion(
            Map<Long, DistrictProfile> districts, @Nullable Long district, @Nullable Long region) {
        if (region == null) {
            return true;
        }
        DistrictProfile d = district == null ? null : districts.get(district);
        return d != null && region.equals(d.socialRegionId());
    }

    private static double @Nullable [] point(Map<Long, DistrictProfile> districts, @Nullable Long district) {
        DistrictProfile d = district == null ? null : districts.get(district);
        if (d == null || d.centreLat() == null || d.centreLon() == null) {
            return null;
        }
        return new double[] {d.centreLat(), d.centreLon()};
    }

    Map<Long, Long> runningPerVolunteer() {
        return mentorships.findAll().stream()
                .filter(m -> m.status().running())
                .collect(Collectors.groupingBy(Mentorship::volunteerId, Collectors.counting()));
    }

    /** Approves an open suggestion: a proposed mentorship, the newcomer no longer waits, the volunteer is mailed. */
    @Transactional
    Decision approve(long suggestionId, String by) {
        Suggestion s = suggestions.findById(suggestionId).orElse(null);
        if (s == null || s.state() != Suggestion.State.OPEN) {
            return Decision.GONE;
        }
        Newcomer n = newcomers.findById(s.newcomerId()).orElse(null);
        Volunteer v = volunteers.lockById(s.volunteerId()).orElse(null);
        if (n == null || v == null || n.status() != Newcomer.Status.WAITING || !consentsToMatching(n.id())) {
            return Decision.GONE;
        }
        if (runningPerVolunteer().getOrDefault(v.id(), 0L) >= v.capacity()) {
            return Decision.NO_CAPACITY;
        }
        s.decide(Suggestion.State.APPROVED, by);
        n.status(Newcomer.Status.MATCHED);
        long waited = Duration.between(n.waitingSince(), Instant.now()).toDays();
        Mentorship m = mentorships.save(new Mentorship(v.id(), n.id(), by, n.districtId(), (int) waited, today()));
        var locale = TenantContext.require().defaultLocale();
        String tenant = TenantContext.require().name();
        // no newcomer data in the mail: the volunteer signs in to see it (and the read is audited)
        mail.send(
                v.email(),
                messages.getMessage("matching.mail.proposed.subject", new Object[] {tenant}, locale),
                messages.getMessage(
                        "matching.mail.proposed.body",
                        new Object[] {v.displayName(), tenant, String.valueOf(m.id())},
                        locale));
        audit.record("matching.approved", "mentorship:" + m.id(), "suggestion:" + s.id());
        return Decision.DONE;
    }

    private boolean consentsToMatching(long newcomerId) {
        return consents.findByNewcomerIdOrderByGivenAtAsc(newcomerId).stream()
                .anyMatch(c -> c.active() && c.purpose() == Consent.Purpose.MATCHING);
    }

    /** Rejects an open suggestion: this pair is never suggested again. */
    @Transactional
    Decision reject(long suggestionId, String by) {
        Suggestion s = suggestions.findById(suggestionId).orElse(null);
        if (s == null || s.state() != Suggestion.State.OPEN) {
            return Decision.GONE;
        }
        s.decide(Suggestion.State.REJECTED, by);
        audit.record("matching.rejected", "suggestion:" + s.id(), null);
        return Decision.DONE;
    }

    /**
     * Moves a mentorship on (meeting details, stripped and cut to 500 characters, with the first meeting); the
     * newcomer waits again if it ends before it became active.
     */
    @Transactional
    Move move(
            long mentorshipId,
            Mentorship.Status to,
            Mentorship.@Nullable EndReason reason,
            @Nullable LocalDate meetingOn,
            @Nullable String meetingDetails) {
        Mentorship m = mentorships.findById(mentorshipId).orElse(null);
        if (m == null) {
            return Move.NOT_FOUND;
        }
        Mentorship.Status before = m.status();
        if (!before.next().contains(to)) {
            return Move.NOT_ALLOWED;
        }
        if (to == Mentorship.Status.ENDED && reason == null) {
            return Move.REASON_MISSING;
        }
        if (to == Mentorship.Status.FIRST_MEETING) {
            String details = meetingDetails == null || meetingDetails.isBlank() ? null : meetingDetails.strip();
            m.meeting(meetingOn, details == null ? null : details.substring(0, Math.min(500, details.length())));
        }
        m.moveTo(to, reason, today());
        if (to == Mentorship.Status.ENDED && m.newcomerId() != null) {
            newcomers.findById(m.newcomerId()).ifPresent(n -> {
                boolean early = before == Mentorship.Status.PROPOSED || before == Mentorship.Status.FIRST_MEETING;
                n.status(early ? Newcomer.Status.WAITING : Newcomer.Status.ENDED);
            });
        }
        volunteers.findById(m.volunteerId()).ifPresent(v -> {
            var locale = TenantContext.require().defaultLocale();
            String status = messages.getMessage(to.messageKey(), null, to.name(), locale);
            mail.send(
                    v.email(),
                    messages.getMessage("matching.mail.status.subject", new Object[] {status}, locale),
                    messages.getMessage(
                            "matching.mail.status.body",
                            new Object[] {v.displayName(), String.valueOf(m.id()), status},
                            locale));
        });
        audit.record(
                "matching.mentorship." + to.name().toLowerCase(java.util.Locale.ROOT), "mentorship:" + m.id(), null);
        return Move.DONE;
    }

    /**
     * Runs a decision or step (approve, reject, move), answering {@code concurrent} if somebody changed the same
     * row at the same moment (the optimistic lock fails at commit, outside the transactional method).
     */
    static <T> T unlessConcurrent(Supplier<T> work, T concurrent) {
        try {
            return work.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            return concurrent;
        }
    }

    /**
     * The open suggestions, best first, with names, the shared language, the district and the score parts. Shows
     * newcomers' names, so each newcomer shown is recorded as read.
     */
    @Transactional(readOnly = true)
    List<SuggestionRow> openSuggestions() {
        Map<Long, String> names = districtNames();
        Map<Long, Volunteer> vs = volunteers.findAll().stream().collect(Collectors.toMap(Volunteer::id, v -> v));
        Map<Long, Newcomer> ns = newcomers.findAll().stream().collect(Collectors.toMap(Newcomer::id, n -> n));
        List<SuggestionRow> rows = suggestions.findByStateOrderByScoreDesc(Suggestion.State.OPEN).stream()
                .filter(x -> vs.containsKey(x.volunteerId()) && ns.containsKey(x.newcomerId()))
                .map(x -> {
                    Volunteer v = vs.get(x.volunteerId());
                    Newcomer n = ns.get(x.newcomerId());
                    LanguageSkill shared = Matcher.sharedLanguage(v.languages(), n.languages());
                    return new SuggestionRow(
                            x.id(),
                            v.id(),
                            v.displayName(),
                            n.id(),
                            n.name(),
                            shared == null ? "" : shared.language(),
                            Objects.toString(names.get(n.districtId()), "–"),
                            (int) x.score(),
                            Matcher.readParts(x.parts()).entrySet().stream()
                                    .map(e -> new Part(e.getKey(), e.getValue(), MAX.getOrDefault(e.getKey(), 0)))
                                    .toList());
                })
                .toList();
        for (SuggestionRow r : rows) {
            audit.personalDataRead("newcomer:" + r.newcomerId(), "matching.suggestion:" + r.id());
        }
        return rows;
    }

    /** All mentorships, newest first, with names; the read of the newcomers shown is recorded (by ids). */
    @Transactional(readOnly = true)
    List<MentorshipRow> tandems() {
        List<MentorshipRow> rows = rows(mentorships.findAllByOrderByProposedAtDesc());
        String shown = rows.stream()
                .map(MentorshipRow::newcomerId)
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .collect(Collectors.joining(","));
        if (!shown.isEmpty()) {
            audit.personalDataRead("newcomer:list", "tandems ids=" + shown);
        }
        return rows;
    }

    /** The mentorships of one newcomer (the caller records the read of the newcomer). */
    @Transactional(readOnly = true)
    List<MentorshipRow> tandemsOfNewcomer(long newcomerId) {
        return rows(mentorships.findByNewcomerId(newcomerId));
    }

    /** The running mentorships of one volunteer (the caller records the reads of the newcomers). */
    @Transactional(readOnly = true)
    List<MentorshipRow> runningTandemsOf(long volunteerId) {
        return rows(mentorships.findByVolunteerId(volunteerId).stream()
                .filter(m -> m.status().running())
                .toList());
    }

    private List<MentorshipRow> rows(List<Mentorship> list) {
        Map<Long, String> vs =
                volunteers.findAll().stream().collect(Collectors.toMap(Volunteer::id, Volunteer::displayName));
        Map<Long, String> ns = newcomers.findAll().stream().collect(Collectors.toMap(Newcomer::id, Newcomer::name));
        return list.stream()
                .map(m -> new MentorshipRow(
                        m.id(),
                        m.volunteerId(),
                        vs.getOrDefault(m.volunteerId(), "–"),
                        m.newcomerId(),
                        m.newcomerId() == null ? "—" : ns.getOrDefault(m.newcomerId(), "—"),
                        m.status().name(),
                        m.status().messageKey(),
                        m.status().next().stream().map(Enum::name).toList(),
                        m.proposedAt(),
                        m.firstMeetingOn(),
                        m.endedAt(),
                        m.endReason() == null ? null : m.endReason().name(),
                        m.nextCheckIn(),
                        m.reviewDue()))
                .toList();
    }

    private Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
    }

    /** Pairs rejected before, as (volunteer, newcomer). */
    Set<List<Long>> rejectedPairs() {
        Set<List<Long>> out = new HashSet<>();
        suggestions
                .findByState(Suggestion.State.REJECTED)
                .forEach(s -> out.add(List.of(s.volunteerId(), s.newcomerId())));
        return out;
    }
}
