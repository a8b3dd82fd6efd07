package de.quartier.matching;

import de.quartier.accounts.Access;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.RegionSummary;
import de.quartier.matching.MatchingViews.MentorshipRow;
import de.quartier.matching.MatchingViews.Stats;
import de.quartier.matching.MatchingViews.SuggestionRow;
import de.quartier.shared.ApiProblem;
import de.quartier.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching as JSON, for the tenant's coordinators only (anyone else: 401 without sign-in, 403 signed in; social
 * workers see none of this in the pages either). The same services as the coordinator's pages: the same rules, the
 * same audit entries for every read of newcomers' names, the same "< 5" in the statistics. Errors are RFC 9457
 * problem details.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/matching")
@Tag(name = "Matching", description = "Mentorships (Patenschaften): matching runs, suggestions, lifecycle, figures")
@SecurityRequirement(name = "token")
class MatchingApi {

    record RunRequest(@Nullable Long regionId) {}

    record RunJson(
            int waiting,
            int volunteers,
            String message,
            Map<String, String> blocked,
            List<SuggestionRow> suggestions) {}

    record DecisionJson(
            long suggestionId, String state, @Nullable Long mentorshipId, String message) {}

    record MentorshipJson(
            long id,
            long volunteerId,
            String volunteer,
            @Nullable Long newcomerId,
            String newcomer,
            String status,
            List<String> next,
            Instant proposedAt,
            @Nullable LocalDate firstMeetingOn,
            @Nullable Instant endedAt,
            @Nullable String endReason,
            @Nullable LocalDate nextCheckIn,
            @Nullable LocalDate reviewDue) {}

    record StatusRequest(
            @NotBlank String to,
            @Nullable String reason,
            @Nullable LocalDate meetingOn,
            @Size(max = 500) @Nullable String meetingDetails) {}

    record StatusJson(long id, String status, List<String> next) {}

    private final MatchingService matching;
    private final MatchingStats stats;
    private final NewcomerFiles files;
    private final SuggestionRepository suggestions;
    private final MentorshipRepository mentorships;
    private final DistrictService districts;
    private final Access access;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    MatchingApi(
            MatchingService matching,
            MatchingStats stats,
            NewcomerFiles files,
            SuggestionRepository suggestions,
            MentorshipRepository mentorships,
            DistrictService districts,
            Access access,
            MessageSource messages,
            TransactionTemplate tx) {
        this.matching = matching;
        this.stats = stats;
        this.files = files;
        this.suggestions = suggestions;
        this.mentorships = mentorships;
        this.districts = districts;
        this.access = access;
        this.messages = messages;
        this.tx = tx;
    }

    /** The signed-in coordinator's e-mail; 401 problem without sign-in, 403 for anyone but a coordinator. */
    private String coordinator() {
        if (access.principal().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Sign in or send a personal access token.");
        }
        files.requireCoordinator();
        return files.me().email();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Figures for coordinators",
            description = "Waiting, running and ended mentorships, mean days to a match and waiting/running by"
                    + " district: aggregates only, every count below five as \"< 5\" (as on the page).")
    Stats stats(@PathVariable String tenant) {
        coordinator();
        return stats.stats();
    }

    @PostMapping("/runs")
    @Operation(
            summary = "Run matching over the waiting pool",
            description = "Replaces the open suggestions with those of a new run over the waiting newcomers (with"
                    + " consent to matching) and the active volunteers with free capacity, of the whole tenant or"
                    + " one social region (body {\"regionId\": …}, optional). Answers the suggestions with their"
                    + " score parts; if nobody can be matched, an empty list, a message and the reasons (blocked:"
                    + " LANGUAGE, SAFEGUARDING, DISTANCE, REJECTED → number of newcomers, below five \"< 5\").")
    RunJson run(@PathVariable String tenant, @RequestBody(required = false) @Nullable RunRequest body) {
        coordinator();
        Long region = body == null ? null : body.regionId();
        if (region != null && districts.regions().stream().noneMatch(r -> r.id() == region)) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "The request has invalid fields.",
                    Map.of(
                            "regionId",
                            "must be one of "
                                    + districts.regions().stream()
                                            .map(RegionSummary::id)
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(", "))));
        }
        MatchingService.RunOutcome outcome = matching.run(region);
        Map<String, String> blocked = new LinkedHashMap<>();
        outcome.reasons().forEach((b, n) -> blocked.put(b.name(), n));
        return new RunJson(
                outcome.waiting(),
                outcome.volunteers(),
                t("matching.notice." + outcome.notice(), outcome.noticeArgs()),
                blocked,
                matching.openSuggestions());
    }

    @GetMapping("/suggestions")
    @Operation(
            summary = "The open suggestions of the latest run, best first",
            description = "Volunteer and newcomer (ids and names), the shared language, the newcomer's district, the"
                    + " score (0–100) and its parts (points of max). Every newcomer shown is recorded in the audit"
                    + " log as read.")
    List<SuggestionRow> suggestions(@PathVariable String tenant) {
        coordinator();
        return matching.openSuggestions();
    }

    @PostMapping("/suggestions/{id}/approve")
    @Operation(
            summary = "Approve a suggestion",
            description = "The pair becomes a proposed mentorship and the volunteer is mailed. 404 for an unknown"
                    + " suggestion, 409 if it is no longer open or the volunteer has no free capacity.")
    DecisionJson approve(@PathVariable String tenant, @PathVariable long id) {
        String by = coordinator();
        Suggestion s = existing(id);
        String message = decide("approve", () -> matching.approve(id, by));
        Long mentorship = tx.execute(x -> mentorships.findByNewcomerId(s.newcomerId()).stream()
                .filter(m ->
                        m.volunteerId().equals(s.volunteerId()) && m.status().running())
                .map(Mentorship::id)
                .findFirst()
                .orElse(null));
        return new DecisionJson(id, Suggestion.State.APPROVED.name(), mentorship, message);
    }

    @PostMapping("/suggestions/{id}/reject")
    @Operation(
            summary = "Reject a suggestion",
            description = "This pair is never suggested again. 404 for an unknown suggestion, 409 if it is no"
                    + " longer open.")
    DecisionJson reject(@PathVariable String tenant, @PathVariable long id) {
        String by = coordinator();
        existing(id);
        String message = decide("reject", () -> matching.reject(id, by));
        return new DecisionJson(id, Suggestion.State.REJECTED.name(), null, message);
    }

    /** Runs a decision on a suggestion: its message (as on the page), or a 409 problem when it was not done. */
    private String decide(String what, java.util.function.Supplier<MatchingService.Decision> decision) {
        var outcome = MatchingService.unlessConcurrent(decision, MatchingService.Decision.GONE);
        String message = t("matching.notice." + what + "." + outcome.name().toLowerCase(Locale.ROOT));
        if (outcome != MatchingService.Decision.DONE) {
            throw new ApiProblem(HttpStatus.CONFLICT, message);
        }
        return message;
    }

    private Suggestion existing(long id) {
        Suggestion s = tx.execute(x -> suggestions.findById(id).orElse(null));
        if (s == null) {
            throw new NotFoundException("suggestion");
        }
        return s;
    }

    @GetMapping("/mentorships")
    @Operation(
            summary = "All mentorships, newest first",
            description = "Ids, names, status (PROPOSED, FIRST_MEETING, TRIAL, ACTIVE, ENDED), the allowed next"
                    + " steps and the dates. The newcomers shown are recorded in the audit log as read.")
    List<MentorshipJson> mentorships(@PathVariable String tenant) {
        coordinator();
        return matching.tandems().stream().map(MatchingApi::json).toList();
    }

    private static MentorshipJson json(MentorshipRow r) {
        return new MentorshipJson(
                r.id(),
                r.volunteerId(),
                r.volunteer(),
                r.newcomerId(),
                r.newcomer(),
                r.status(),
                r.next(),
                r.proposedAt(),
                r.firstMeetingOn(),
                r.endedAt(),
                r.endReason(),
                r.nextCheckIn(),
                r.reviewDue());
    }

    @PostMapping("/mentorships/{id}/status")
    @Operation(
            summary = "Move a mentorship on",
            description = "to: the next step (FIRST_MEETING with optional meetingOn and meetingDetails, TRIAL,"
                    + " ACTIVE) or ENDED with a reason (COMPLETED, NO_CONTACT, MOVED_AWAY, NOT_A_FIT,"
                    + " VOLUNTEER_STOPPED, NEWCOMER_STOPPED). Unknown values 400, unknown mentorship 404, a step not"
                    + " allowed from the current status 409, ending without a reason 422.")
    StatusJson move(@PathVariable String tenant, @PathVariable long id, @Valid @RequestBody StatusRequest body) {
        coordinator();
        Map<String, String> errors = new LinkedHashMap<>();
        Mentorship.Status to = ApiProblem.enumField(Mentorship.Status.class, body.to(), "to", errors);
        Mentorship.EndReason reason = ApiProblem.enumField(Mentorship.EndReason.class, body.reason(), "reason", errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        var moved = MatchingService.unlessConcurrent(
                () -> matching.move(id, to, reason, body.meetingOn(), body.meetingDetails()),
                MatchingService.Move.NOT_ALLOWED);
        switch (moved) {
            case NOT_FOUND -> throw new NotFoundException("mentorship");
            case NOT_ALLOWED ->
                throw new ApiProblem(
                        HttpStatus.CONFLICT, t("matching.notice.notMoved"), Map.of("to", "not allowed from here"));
            case REASON_MISSING ->
                throw new ApiProblem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        t("matching.notice.notMoved"),
                        Map.of("reason", "required to end a mentorship"));
            case DONE -> {}
        }
        return tx.execute(x -> {
            Mentorship m = mentorships.findById(id).orElseThrow(() -> new NotFoundException("mentorship"));
            return new StatusJson(
                    m.id(),
                    m.status().name(),
                    m.status().next().stream().map(Enum::name).toList());
        });
    }
}
