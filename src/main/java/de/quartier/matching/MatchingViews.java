package de.quartier.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the matching pages show (public records for the jte templates). */
public final class MatchingViews {

    private MatchingViews() {}

    public record Option(String value, String label) {}

    public record Part(String key, int points, int max) {}

    public record SuggestionRow(
            long id,
            long volunteerId,
            String volunteer,
            long newcomerId,
            String newcomer,
            String sharedLanguage,
            String district,
            int score,
            List<Part> parts) {}

    /** A mentorship with names; {@code status}, {@code next} and {@code endReason} are enum names. */
    public record MentorshipRow(
            long id,
            long volunteerId,
            String volunteer,
            @Nullable Long newcomerId,
            String newcomer,
            String status,
            String statusKey,
            List<String> next,
            Instant proposedAt,
            @Nullable LocalDate firstMeetingOn,
            @Nullable Instant endedAt,
            @Nullable String endReason,
            @Nullable LocalDate nextCheckIn,
            @Nullable LocalDate reviewDue) {}

    public record NewcomerRow(
            long id,
            String name,
            String languages,
            String place,
            String statusKey,
            long waitingDays,
            boolean consent,
            boolean minors) {}

    public record VolunteerRow(
            long id,
            String name,
            String languages,
            String district,
            int travelKm,
            int capacity,
            long running,
            String certificate,
            String statusKey) {}

    public record ShelterRow(String name, String address, String district, String manager) {}

    public record RequestRow(long id, String name, String contact, String languages, String district, Instant at) {}

    public record ConsentRow(
            long id,
            String purposeKey,
            String textVersion,
            Instant givenAt,
            String recordedBy,
            @Nullable Instant revokedAt) {}

    /** Aggregates only; every count below five is shown as "< 5". */
    public record Stats(
            String waiting, String running, String ended, String daysToMatch, List<DistrictStat> districts) {}

    public record DistrictStat(String district, String waiting, String running) {}

    /** One count for statistics: below five it says "< 5" (small numbers could point to a person). */
    public static String suppressed(long n) {
        return n < 5 ? "< 5" : Long.toString(n);
    }

    public record NewcomerDetail(
            long id,
            String name,
            String contact,
            String letterLanguage,
            String languages,
            String place,
            boolean minors,
            List<String> needKeys,
            String availability,
            @Nullable String preferredGender,
            @Nullable String preferredAgeBand,
            String statusKey,
            Instant waitingSince,
            String referredBy,
            List<ConsentRow> consents,
            List<MentorshipRow> mentorships) {}

    /** What the assigned volunteer sees of "their" newcomer: name, contact, language, meeting details. */
    public record VolunteerNewcomer(
            String name,
            String contact,
            String languages,
            String statusKey,
            @Nullable LocalDate firstMeetingOn,
            @Nullable String meetingDetails) {}

    public record MentorshipDetail(
            long id,
            long volunteerId,
            String volunteer,
            @Nullable Long newcomerId,
            String newcomer,
            String status,
            String statusKey,
            List<String> next,
            @Nullable LocalDate firstMeetingOn,
            @Nullable String meetingDetails,
            @Nullable String endReasonKey,
            Instant proposedAt,
            @Nullable LocalDate nextCheckIn,
            @Nullable LocalDate reviewDue) {}

    /** A volunteer who signed up and waits for a coordinator's confirmation. */
    public record PendingVolunteer(long id, String name, String email, String registeredOn, String consentVersion) {}
}
