package de.quartier.accompaniment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the accompaniment pages show and take in (public: jte templates use these types). */
public final class AccompanimentViews {

    /** ISO 639-1 codes offered for a request (the languages common among newcomers first). */
    public static final List<String> LANGUAGES =
            List.of("ar", "uk", "fa", "ru", "tr", "ti", "ku", "ps", "so", "en", "fr", "es", "pl", "ro", "sq", "de");

    public static final List<String> KINDS =
            Arrays.stream(Accompaniment.Kind.values()).map(Enum::name).toList();

    public static String kindKey(String kind) {
        return "accompaniment.kind." + kind.toLowerCase(Locale.ROOT);
    }

    /** A language's name in the reader's language, e.g. "ar" → "Arabisch". */
    public static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name;
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    static String time(Accompaniment a) {
        return a.startsAt() + "–" + a.endsAt();
    }

    public record Option(String value, String label) {}

    /** A new request, as the staff form and the API take it. */
    public record RequestForm(
            @NotNull Accompaniment.Kind kind,
            @Nullable @Size(max = 500) String description,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime to,
            @NotBlank @Size(max = 300) String meetingPoint,
            @NotNull Long districtId,
            @NotBlank @Size(max = 8) String language,
            @NotNull @Min(1) @Max(5) Integer volunteers,
            @NotNull Long newcomerId) {

        public static RequestForm empty(LocalDate date) {
            return new RequestForm(
                    Accompaniment.Kind.AUTHORITY,
                    null,
                    date,
                    LocalTime.of(9, 0),
                    LocalTime.of(11, 0),
                    "",
                    null,
                    "ar",
                    1,
                    null);
        }

        public String kindName() {
            return kind == null ? "" : kind.name();
        }

        public String dateText() {
            return date == null ? "" : date.toString();
        }

        public String fromText() {
            return from == null ? "" : from.toString();
        }

        public String toText() {
            return to == null ? "" : to.toString();
        }

        public String volunteersText() {
            return volunteers == null ? "" : volunteers.toString();
        }
    }

    /** A row of the staff list. */
    public record RequestRow(
            long id,
            String kindKey,
            String date,
            String time,
            String district,
            String language,
            String newcomer,
            long taken,
            int places,
            String statusKey) {}

    /** An open request as a volunteer sees it before taking it: no newcomer data. */
    public record OpenRow(
            long id, String kindKey, String date, String time, String district, String language, long left) {}

    /** A volunteer's own accompaniment. */
    public record MineRow(
            long id, String kindKey, String date, String time, String district, String statusKey, String placeKey) {}

    /** A volunteer on a request, for the poster. */
    /**
     * A volunteer's place on a request for staff: {@code taken} — may still be removed; {@code noShowPossible} — may be
     * marked a no-show (taken, and the day has come); hours formatted by the message.
     */
    public record PlaceRow(
            long id,
            String volunteer,
            String statusKey,
            @Nullable BigDecimal hours,
            boolean taken,
            boolean noShowPossible) {}

    /** What a volunteer sees of one request; newcomer fields only once assigned. */
    public record VolunteerDetail(
            long id,
            String kindKey,
            @Nullable String description,
            String date,
            String time,
            String district,
            String language,
            @Nullable String meetingPoint,
            long left,
            String statusKey,
            boolean assigned,
            @Nullable String placeKey,
            @Nullable String newcomerName,
            @Nullable String newcomerContact,
            @Nullable String newcomerLanguages,
            boolean canTake,
            boolean canWithdraw,
            boolean canRecord) {}

    /** The staff detail page. */
    public record StaffDetail(
            long id,
            String kindKey,
            @Nullable String description,
            String date,
            String time,
            String district,
            String language,
            @Nullable String meetingPoint,
            String newcomer,
            int places,
            long taken,
            String statusKey,
            boolean canConfirm,
            boolean open) {}

    /** A figure for coordinators; counts below five shown as "< 5". */
    public record Figure(String labelKey, String value) {}

    public record KindRow(String kindKey, String open, String confirmed, String done, String cancelled) {}

    public record DistrictHours(String district, String accompaniments, String hours) {}

    /** A volunteer's hours and the number of accompaniments they were done in (formatted by the message). */
    public record Hours(BigDecimal total, int count) {}

    /** The form a volunteer records a done accompaniment with. */
    public record DoneForm(
            @Nullable String hours,
            @Nullable @Size(max = 1000) String feedback) {}

    private AccompanimentViews() {}
}
