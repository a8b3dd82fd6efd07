package de.quartier.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the planning forms and the API send. Numbers arrive as text so "12,5" and "1.234,56 €" both work. */
public final class PlanningForms {

    private PlanningForms() {}

    public record ConceptForm(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String areaName,
            @Nullable List<Long> districtIds) {}

    public record SwotForm(
            @NotNull Long actionFieldId,
            @NotBlank String kind,
            @NotBlank @Size(max = 1000) String text,
            @NotBlank String source,
            @Nullable String indicatorKey) {}

    public record GoalForm(
            @NotNull Long actionFieldId,
            @Nullable Long parentId,
            @Nullable @Size(max = 20) String code,
            @NotBlank @Size(max = 300) String title,
            @Nullable String description,
            @Nullable @Size(max = 200) String indicatorName,
            @Nullable @Size(max = 40) String unit,
            @Nullable String baselineValue,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate baselineDate,

            @Nullable String targetValue,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate targetDate,

            @Nullable String mode,
            @Nullable String monitoringKey,
            @Nullable Long districtId) {

        public static GoalForm empty() {
            return new GoalForm(null, null, "", "", "", "", "", "", null, "", null, "MANUAL", "", null);
        }
    }

    public record MeasureForm(
            @Nullable Long version,
            @Nullable @Size(max = 20) String code,
            @NotBlank @Size(max = 200) String title,
            @Nullable String description,
            @NotNull Long leadOrganisationId,
            @Nullable List<Long> partnerIds,
            @Nullable List<Long> goalIds,
            @Nullable List<Long> fieldIds,
            @Nullable List<Long> districtIds,
            @NotBlank String status,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startDate,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endDate,

            @Nullable String cost,
            @Nullable List<String> financingSource,
            @Nullable List<String> financingAmount,
            @Nullable @Size(max = 1000) String outputs,
            @Nullable Boolean climateRelevant,
            @Nullable List<String> milestoneTitle,
            @Nullable List<String> milestoneDue,
            @Nullable List<String> milestoneDone) {

        public static MeasureForm empty() {
            return new MeasureForm(
                    null, "", "", "", null, List.of(), List.of(), List.of(), List.of(), "PLANNED", null, null, "",
                    List.of(), List.of(), "", false, List.of(), List.of(), List.of());
        }

        public static List<Long> ids(@Nullable List<Long> ids) {
            return ids == null
                    ? List.of()
                    : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        }

        public static String at(@Nullable List<String> list, int i) {
            return list == null || i >= list.size() || list.get(i) == null
                    ? ""
                    : list.get(i).strip();
        }
    }

    public record ProgressForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate periodFrom,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate periodTo,

            @NotBlank @Size(max = 5000) String happened,
            @Nullable Integer participants,
            @Nullable @Size(max = 1000) String milestoneNote,
            @Nullable @Size(max = 5000) String problems,
            @Nullable String indicatorKey,
            @Nullable String indicatorValue) {}

    /** "1.234,56", "1234.56", "1234,5 €" → cents; null when it is no amount or has more than two decimals. */
    static @Nullable Long cents(@Nullable String text) {
        BigDecimal value = decimal(text);
        if (value == null || value.scale() > 2 || value.signum() < 0) {
            return null;
        }
        try {
            return value.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.chars().filter(c -> c == '.').count() > 1 || s.matches("\\d{1,3}\\.\\d{3}")) {
            // "1.250.000" or "2.000": German thousands separators
            s = s.replace(".", "");
        }
        try {
            return new BigDecimal(s).stripTrailingZeros().scale() < 0
                    ? new BigDecimal(s).setScale(0)
                    : new BigDecimal(s).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String euros(long cents) {
        return String.format(Locale.GERMAN, "%,.2f €", BigDecimal.valueOf(cents, 2));
    }
}
