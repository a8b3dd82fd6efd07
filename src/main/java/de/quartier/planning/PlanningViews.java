package de.quartier.planning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the planning templates show. Enum values travel as names; templates turn them into words. */
public final class PlanningViews {

    private PlanningViews() {}

    public record Option(long id, String name) {}

    public record ConceptRow(
            long id,
            String title,
            String areaName,
            String districts,
            String latestLabel,
            String latestStatus,
            int goals,
            int measures,
            String cost,
            int onTrack,
            int atRisk,
            int offTrack,
            int noData,
            boolean publicVisible) {}

    public record VersionRef(long id, String label, String status, boolean current) {}

    public record VersionInfo(
            long id,
            String label,
            String period,
            String status,
            @Nullable String adoptedBy,
            @Nullable String adoptedAt,
            String analysis,
            boolean draft,
            @Nullable String previousLabel) {}

    public record ChangeRow(String type, String kind, String title) {}

    public record SwotRow(
            long id,
            String kind,
            String text,
            String source,
            @Nullable String indicator) {}

    public record IndicatorRow(
            String name,
            String mode,
            String baseline,
            String target,
            @Nullable String current,
            String light) {}

    public record GoalRow(
            long id, String code, String title, String description, boolean guiding, List<IndicatorRow> indicators) {}

    public record FieldSection(
            long id,
            String name,
            List<SwotRow> strengths,
            List<SwotRow> weaknesses,
            List<SwotRow> opportunities,
            List<SwotRow> threats,
            List<GoalRow> goals,
            int measures) {

        public boolean hasSwot() {
            return !strengths.isEmpty() || !weaknesses.isEmpty() || !opportunities.isEmpty() || !threats.isEmpty();
        }
    }

    public record MeasureRow(
            long id,
            String code,
            String title,
            String description,
            String lead,
            String partners,
            List<String> fields,
            String goals,
            String districts,
            String status,
            String cost,
            boolean climateRelevant,
            String outputs,
            @Nullable Integer participants,
            boolean canReport) {

        public boolean synergy() {
            return fields.size() > 1;
        }
    }

    public record Filter(
            @Nullable Long field,
            @Nullable String status,
            @Nullable Long organisation,
            @Nullable Long district) {

        public boolean any() {
            return field != null || status != null || organisation != null || district != null;
        }
    }

    public record FinanceRow(String source, String amount) {}

    public record ConceptPage(
            long id,
            String title,
            String areaName,
            String districts,
            boolean publicVisible,
            boolean canEdit,
            List<VersionRef> versions,
            VersionInfo version,
            List<ChangeRow> changes,
            List<FieldSection> fields,
            List<MeasureRow> measures,
            int allMeasures,
            String totalCost,
            List<FinanceRow> finances,
            Filter filter,
            List<Option> fieldOptions,
            List<Option> organisationOptions,
            List<Option> districtOptions,
            boolean latest) {}

    public record MatrixRow(long id, String code, String title, String lead, List<Boolean> cells, int count) {

        public boolean synergy() {
            return count > 1;
        }
    }

    public record Matrix(
            long conceptId,
            String title,
            String versionLabel,
            long versionId,
            List<Option> fields,
            List<MatrixRow> rows,
            List<Integer> columnTotals,
            int synergies) {}

    public record AchievementRow(
            String goalCode,
            String goalTitle,
            String field,
            String indicator,
            String unit,
            String mode,
            String baseline,
            String target,
            @Nullable String current,
            String expected,
            String light,
            String svg,
            int barPercent) {}

    public record AchievementPage(
            long conceptId, String title, String versionLabel, long versionId, List<AchievementRow> rows) {}

    public record ReportRow(
            String period,
            String happened,
            @Nullable Integer participants,
            String milestoneNote,
            String problems,
            @Nullable String indicator,
            String createdBy) {}

    public record MilestoneRow(String title, @Nullable String due, boolean done) {}

    public record MeasureDetail(
            long conceptId,
            long versionId,
            String versionLabel,
            boolean draft,
            boolean canEdit,
            boolean canReport,
            boolean closed,
            MeasureRow measure,
            List<MilestoneRow> milestones,
            List<FinanceRow> financing,
            List<ReportRow> reports,
            List<Option> manualIndicators,
            List<String> manualIndicatorKeys) {}

    public record GoalChoice(long id, String label, String field) {}

    public record MeasureEditor(
            long conceptId,
            long versionId,
            String versionLabel,
            @Nullable Long measureId,
            List<Option> organisations,
            List<GoalChoice> goals,
            List<Option> fields,
            List<Option> districts) {}

    public record GoalEditor(
            long conceptId,
            long versionId,
            String versionLabel,
            List<Option> fields,
            List<Option> guidingGoals,
            List<Option> districts,
            List<String[]> monitoring) {}

    public record SwotEditor(
            long conceptId, long versionId, String versionLabel, List<Option> fields, List<String[]> monitoring) {}

    /** Message lookup for the PDF, which is rendered outside a web request's page context. */
    public record Labels(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        public String t(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }

    public record BarRow(String label, String value, int percent) {}

    public record AnnualReportModel(
            String tenant,
            String title,
            String area,
            String districts,
            String versionLabel,
            String period,
            String status,
            @Nullable String adoptedBy,
            @Nullable String adoptedAt,
            String generated,
            String analysis,
            List<AchievementRow> achievement,
            List<MeasureRow> measures,
            String totalCost,
            List<BarRow> financeBars,
            List<BarRow> fieldBars,
            int climateMeasures,
            int totalParticipants) {}

    public record PublicRow(long id, String title, String areaName, String versionLabel) {}

    public record PublicConcept(
            long id,
            String title,
            String areaName,
            String districts,
            String versionLabel,
            @Nullable String adoptedAt,
            String analysis,
            List<FieldSection> fields,
            List<MeasureRow> measures) {}
}
