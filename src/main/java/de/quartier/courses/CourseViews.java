package de.quartier.courses;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Forms and page models of the course pages. Public because the jte templates, compiled elsewhere, read them. */
public final class CourseViews {

    private CourseViews() {}

    public static final List<String> KINDS =
            java.util.Arrays.stream(Course.Kind.values()).map(Enum::name).toList();
    public static final List<String> LEVELS =
            java.util.Arrays.stream(Course.Level.values()).map(Enum::name).toList();
    public static final List<String> DAYS =
            java.util.Arrays.stream(Schedule.Day.values()).map(Enum::name).toList();
    public static final List<String> PARTS =
            java.util.Arrays.stream(Schedule.Part.values()).map(Enum::name).toList();

    public static String kindKey(String kind) {
        return "courses.kind." + kind.toLowerCase(java.util.Locale.ROOT);
    }

    public record Option(long id, String name) {}

    public record CourseForm(
            @Nullable Long version,
            @NotNull Long organisationId,
            @NotNull Course.Kind kind,
            @NotNull Course.Level level,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startDate,

            @Nullable List<String> weekdays,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
            @NotBlank @Size(max = 300) String address,
            @Nullable Long districtId,
            @Nullable Boolean childcare,
            @NotNull @Min(1) @Max(200) Integer seats) {

        public static CourseForm empty(@Nullable Long organisationId) {
            return new CourseForm(
                    null,
                    organisationId,
                    Course.Kind.GENERAL,
                    Course.Level.A1,
                    null,
                    List.of("MO", "TU", "WE", "TH", "FR"),
                    LocalTime.of(8, 30),
                    LocalTime.of(12, 0),
                    "",
                    null,
                    false,
                    20);
        }

        public boolean withChildcare() {
            return Boolean.TRUE.equals(childcare);
        }

        public boolean hasDay(String day) {
            return weekdays != null && weekdays.contains(day);
        }

        public String kindName() {
            return kind == null ? "" : kind.name();
        }

        public String levelName() {
            return level == null ? "" : level.name();
        }

        public String time(@Nullable LocalTime t) {
            return t == null ? "" : t.toString();
        }
    }

    public record ReferralForm(
            @Nullable Long newcomerId,
            @NotNull Course.Kind kind,
            @NotNull Course.Level level,
            @NotNull Referral.Access access,
            @Nullable Boolean childcareNeeded,
            @Nullable List<String> availability,
            @Nullable Long districtId) {

        public static ReferralForm empty(@Nullable Long newcomerId, @Nullable Long districtId) {
            return new ReferralForm(
                    newcomerId,
                    Course.Kind.GENERAL,
                    Course.Level.A1,
                    Referral.Access.ENTITLEMENT,
                    false,
                    List.of(),
                    districtId);
        }

        public boolean needsChildcare() {
            return Boolean.TRUE.equals(childcareNeeded);
        }

        public boolean has(String slot) {
            return availability != null && availability.contains(slot);
        }

        public String kindName() {
            return kind == null ? "" : kind.name();
        }

        public String levelName() {
            return level == null ? "" : level.name();
        }

        public String accessName() {
            return access == null ? "" : access.name();
        }
    }

    /** A course in the staff list: no personal data. */
    public record CourseRow(
            long id,
            String provider,
            String kind,
            String level,
            String startDate,
            String schedule,
            String place,
            boolean childcare,
            int seats,
            long free,
            boolean editable) {}

    /** An offer of a course's seat, with the person's name (coordinators only; the read is audited). */
    public record OfferRow(
            long id,
            long referralId,
            String person,
            int seat,
            String status,
            String offeredAt,
            String expiresAt,
            boolean open,
            boolean accepted) {}

    public record ReferralRow(
            long id,
            String person,
            String kind,
            String level,
            String access,
            String district,
            long waitingDays,
            String status,
            @Nullable String course) {}

    /** Waiting time of one level in one district; counts below 5 are shown as "< 5". */
    public record WaitingRow(
            String level, String district, String waiting, String median, String max, String over, boolean late) {}
}
