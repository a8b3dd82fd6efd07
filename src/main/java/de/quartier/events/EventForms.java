package de.quartier.events;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The forms of the events module. Public because the jte templates, compiled into another package, read them. */
public final class EventForms {

    static final String DATE = "(\\d{4}-\\d{2}-\\d{2})?";
    static final String TIME = "(\\d{2}:\\d{2})?";
    static final String URL = "(https?://[^\\s<>\"]+)?";
    /** Languages an event can be held in. */
    public static final List<String> LANGUAGES =
            List.of("de", "en", "ar", "uk", "fa", "ru", "tr", "fr", "es", "pl", "ro", "bg", "ku", "ti", "so", "dgs");

    private EventForms() {}

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }

    /** The staff form of an event. Dates and times as the browser's date and time inputs send them. */
    public record EventForm(
            @Nullable Long version,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 20000) String description,

            @NotBlank @Pattern(regexp = "CONFERENCE|WORKSHOP|NEIGHBOURHOOD|CONSULTATION|INFORMATION|OTHER")
            String kind,

            @NotBlank @Size(max = 40) String organiser,
            @Nullable List<Long> districtIds,
            @Nullable @Size(max = 200) String placeName,
            @Nullable @Size(max = 200) String street,
            @Nullable @Size(max = 10) String postalCode,
            @Nullable @Size(max = 100) String city,

            @Nullable @Size(max = 300) @Pattern(regexp = URL, message = "{events.edit.error.url}")
            String onlineUrl,

            @NotBlank @Pattern(regexp = DATE) String startDate,
            @Nullable @Pattern(regexp = TIME) String startTime,
            @Nullable @Pattern(regexp = DATE) String endDate,
            @Nullable @Pattern(regexp = TIME) String endTime,
            @Nullable @Pattern(regexp = DATE) String weeklyUntil,

            @NotBlank @Pattern(regexp = "EVERYONE|FAMILIES|CHILDREN|YOUTH|SENIORS|NEWCOMERS|PROFESSIONALS")
            String audience,

            @Nullable List<String> languages,
            @Nullable @Size(max = 2000) String accessibility,

            @Nullable @Pattern(regexp = "(\\d{1,6}([.,]\\d{1,2})?)?", message = "{events.edit.error.cost}")
            String cost,

            @Nullable Boolean registration,
            @Nullable @Pattern(regexp = DATE) String registrationOpens,
            @Nullable @Pattern(regexp = DATE) String registrationCloses,
            @Nullable @Min(1) @Max(100000) Integer capacity,
            @Nullable Boolean askOrganisation,
            @Nullable Boolean askNeeds,
            @Nullable @Size(max = 4000) String workshops,
            @Nullable @Size(max = 4000) String consentText,
            @Nullable @Size(max = 20000) String programme) {

        /** An unticked checkbox sends nothing: that is "no". */
        public EventForm {
            registration = Boolean.TRUE.equals(registration);
            askOrganisation = Boolean.TRUE.equals(askOrganisation);
            askNeeds = Boolean.TRUE.equals(askNeeds);
        }

        public static EventForm empty(String organiser) {
            return new EventForm(
                    null,
                    "",
                    "",
                    "NEIGHBOURHOOD",
                    organiser,
                    List.of(),
                    "",
                    "",
                    "",
                    "Magdeburg",
                    "",
                    "",
                    "10:00",
                    "",
                    "12:00",
                    "",
                    "EVERYONE",
                    List.of("de"),
                    "",
                    "",
                    false,
                    "",
                    "",
                    null,
                    false,
                    false,
                    "",
                    "",
                    "");
        }

        public boolean hasDistrict(long id) {
            return districtIds != null && districtIds.contains(id);
        }

        public boolean hasLanguage(String code) {
            return languages != null && languages.contains(code);
        }

        /** The form as the event's values, or field errors in {@code errors}. */
        @Nullable
        Parsed parse(ZoneId zone, Errors errors) {
            LocalDate start = date(startDate, "startDate", errors);
            LocalDate end = blankToNull(endDate) == null ? start : date(endDate, "endDate", errors);
            LocalTime from = time(startTime, "startTime", errors, LocalTime.of(0, 0));
            LocalTime to = time(endTime, "endTime", errors, LocalTime.of(23, 59));
            LocalDate until = blankToNull(weeklyUntil) == null ? null : date(weeklyUntil, "weeklyUntil", errors);
            LocalDate opens = blankToNull(registrationOpens) == null
                    ? null
                    : date(registrationOpens, "registrationOpens", errors);
            LocalDate closes = blankToNull(registrationCloses) == null
                    ? null
                    : date(registrationCloses, "registrationCloses", errors);
            if (start == null || end == null || errors.hasErrors()) {
                return null;
            }
            Instant startsAt = start.atTime(from).atZone(zone).toInstant();
            Instant endsAt = end.atTime(to).atZone(zone).toInstant();
            if (!endsAt.isAfter(startsAt)) {
                errors.rejectValue("endDate", "edit.error.endBeforeStart");
            }
            if (until != null && (until.isBefore(start) || !start.equals(end))) {
                errors.rejectValue("weeklyUntil", "edit.error.weekly");
            }
            if (blankToNull(street) == null && blankToNull(placeName) == null && blankToNull(onlineUrl) == null) {
                errors.rejectValue("placeName", "edit.error.place");
            }
            if (opens != null && closes != null && closes.isBefore(opens)) {
                errors.rejectValue("registrationCloses", "edit.error.closesBeforeOpens");
            }
            List<String> langs =
                    list(languages).stream().filter(LANGUAGES::contains).toList();
            if (langs.isEmpty()) {
                errors.rejectValue("languages", "edit.error.languages");
            }
            List<Event.ProgrammeItem> items = programme(zone, start, errors);
            if (errors.hasErrors()) {
                return null;
            }
            long cents = blankToNull(cost) == null
                    ? 0
                    : new BigDecimal(cost.strip().replace(',', '.'))
                            .movePointRight(2)
                            .longValueExact();
            return new Parsed(
                    title.strip(),
                    Objects.requireNonNullElse(description, "").strip(),
                    Event.Kind.valueOf(kind),
                    list(districtIds),
                    blankToNull(placeName),
                    blankToNull(street),
                    blankToNull(postalCode),
                    blankToNull(city),
                    blankToNull(onlineUrl),
                    startsAt,
                    endsAt,
                    until,
                    Event.Audience.valueOf(audience),
                    String.join(",", langs),
                    Objects.requireNonNullElse(accessibility, "").strip(),
                    cents,
                    Boolean.TRUE.equals(registration),
                    opens == null ? null : opens.atStartOfDay(zone).toInstant(),
                    closes == null
                            ? null
                            : closes.plusDays(1).atStartOfDay(zone).toInstant(),
                    capacity,
                    Boolean.TRUE.equals(askOrganisation),
                    Boolean.TRUE.equals(askNeeds),
                    Objects.requireNonNullElse(workshops, "").strip(),
                    Objects.requireNonNullElse(consentText, "").strip(),
                    items);
        }

        /** One line per item: {@code 2026-06-10 09:30 | Title | Speakers | Room}; the date may be left out. */
        private List<Event.ProgrammeItem> programme(ZoneId zone, LocalDate firstDay, Errors errors) {
            List<Event.ProgrammeItem> items = new ArrayList<>();
            if (programme == null) {
                return items;
            }
            for (String line : programme.lines().map(String::strip).toList()) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String[] when = parts[0].strip().split("\\s+");
                try {
                    LocalDate day = when.length == 2 ? LocalDate.parse(when[0]) : firstDay;
                    LocalTime at = LocalTime.parse(when[when.length - 1], DateTimeFormatter.ofPattern("H:mm"));
                    String itemTitle = parts.length > 1 ? parts[1].strip() : "";
                    if (itemTitle.isEmpty() || itemTitle.length() > 200) {
                        throw new IllegalArgumentException("title");
                    }
                    items.add(new Event.ProgrammeItem(
                            day.atTime(at).atZone(zone).toInstant(),
                            itemTitle,
                            parts.length > 2 ? cut(blankToNull(parts[2]), 300) : null,
                            parts.length > 3 ? cut(blankToNull(parts[3]), 100) : null));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    errors.rejectValue("programme", "edit.error.programme", new Object[] {line}, null);
                    return items;
                }
            }
            items.sort((a, b) -> a.startsAt.compareTo(b.startsAt));
            return items;
        }

        private static @Nullable String cut(@Nullable String s, int max) {
            return s == null || s.length() <= max ? s : s.substring(0, max);
        }

        private static @Nullable LocalDate date(@Nullable String s, String field, Errors errors) {
            try {
                return LocalDate.parse(Objects.requireNonNull(s).strip());
            } catch (DateTimeParseException | NullPointerException e) {
                if (!errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "edit.error.date");
                }
                return null;
            }
        }

        private static LocalTime time(@Nullable String s, String field, Errors errors, LocalTime otherwise) {
            if (blankToNull(s) == null) {
                return otherwise;
            }
            try {
                return LocalTime.parse(s.strip());
            } catch (DateTimeParseException e) {
                if (!errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "edit.error.time");
                }
                return otherwise;
            }
        }
    }

    /** A checked event form. */
    record Parsed(
            String title,
            String description,
            Event.Kind kind,
            List<Long> districtIds,
            @Nullable String placeName,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String onlineUrl,
            Instant startsAt,
            Instant endsAt,
            @Nullable LocalDate weeklyUntil,
            Event.Audience audience,
            String languages,
            String accessibility,
            long costCents,
            boolean registration,
            @Nullable Instant registrationOpens,
            @Nullable Instant registrationCloses,
            @Nullable Integer capacity,
            boolean askOrganisation,
            boolean askNeeds,
            String workshops,
            String consentText,
            List<Event.ProgrammeItem> programme) {}

    /** The public registration form (also used to change a registration via the personal link). */
    public record RegistrationForm(
            @NotBlank @Size(max = 150) String name,

            @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
            String email,

            @Nullable @Size(max = 200) String organisation,
            @Nullable @Size(max = 1000) String needs,
            @Nullable @Size(max = 200) String workshop,
            @Nullable Boolean consent) {

        public RegistrationForm {
            consent = Boolean.TRUE.equals(consent);
        }

        public static RegistrationForm empty() {
            return new RegistrationForm("", "", "", "", "", false);
        }
    }

    /** The review (Rückblick) after the event. */
    public record ReviewForm(
            @Nullable @Size(max = 20000) String review,
            @Nullable Boolean publish) {
        public ReviewForm {
            publish = Boolean.TRUE.equals(publish);
        }
    }
}
