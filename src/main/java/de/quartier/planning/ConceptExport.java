package de.quartier.planning;

import de.quartier.planning.Planning.IndicatorStatus;
import de.quartier.shared.CsvLines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A concept version as data: JSON (the same shape the API returns) and CSV of its measures. Money is in cents,
 * dates ISO-8601, action fields, districts and organisations with id and name.
 */
@Component
class ConceptExport {

    public record Ref(long id, String name) {}

    public record VersionJson(
            long id,
            String label,
            LocalDate periodFrom,
            LocalDate periodTo,
            String status,
            @Nullable String adoptedBy,
            @Nullable LocalDate adoptedAt) {}

    public record SwotJson(
            long id,
            UUID key,
            Ref actionField,
            String kind,
            String text,
            String source,
            @Nullable String indicatorKey) {}

    public record IndicatorJson(
            long id,
            UUID key,
            String name,
            String unit,
            BigDecimal baselineValue,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            String mode,
            @Nullable String monitoringKey,
            @Nullable Long districtId,
            @Nullable BigDecimal currentValue,
            @Nullable LocalDate currentDate,
            String trafficLight) {}

    public record GoalJson(
            long id,
            UUID key,
            @Nullable Long parentId,
            String level,
            String code,
            String title,
            String description,
            Ref actionField,
            List<IndicatorJson> indicators) {}

    public record FinancingJson(String source, long amountCents) {}

    public record MilestoneJson(String title, @Nullable LocalDate due, boolean done) {}

    public record MeasureJson(
            long id,
            UUID key,
            long version,
            String code,
            String title,
            String description,
            Ref leadOrganisation,
            List<Ref> partners,
            List<Long> goalIds,
            List<Ref> actionFields,
            List<Ref> districts,
            String status,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            long costCents,
            List<FinancingJson> financing,
            List<MilestoneJson> milestones,
            String outputs,
            boolean climateRelevant) {}

    public record ProgressJson(
            long id,
            UUID measureKey,
            LocalDate periodFrom,
            LocalDate periodTo,
            String happened,
            @Nullable Integer participants,
            String milestoneNote,
            String problems,
            @Nullable UUID indicatorKey,
            @Nullable BigDecimal indicatorValue,
            String createdBy) {}

    public record ConceptJson(
            long id,
            String title,
            String area,
            List<Ref> districts,
            boolean publicVisible,
            List<VersionJson> versions,
            VersionJson version,
            String analysis,
            List<SwotJson> swot,
            List<GoalJson> goals,
            List<MeasureJson> measures,
            List<ProgressJson> progress) {}

    private final Planning planning;
    private final ConceptReader reader;
    private final SwotEntryRepository swot;
    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final ProgressReportRepository progress;

    ConceptExport(
            Planning planning,
            ConceptReader reader,
            SwotEntryRepository swot,
            GoalRepository goals,
            MeasureRepository measures,
            ProgressReportRepository progress) {
        this.planning = planning;
        this.reader = reader;
        this.swot = swot;
        this.goals = goals;
        this.measures = measures;
        this.progress = progress;
    }

    static VersionJson version(ConceptVersion v) {
        return new VersionJson(
                v.id(), v.label(), v.periodFrom(), v.periodTo(), v.status().name(), v.adoptedBy(), v.adoptedAt());
    }

    private static Ref ref(long id, Map<Long, String> names) {
        return new Ref(id, names.getOrDefault(id, ""));
    }

    private static List<Ref> refs(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> ref(id, names)).toList();
    }

    @Transactional(readOnly = true)
    ConceptJson json(Concept c, ConceptVersion v) {
        Map<Long, String> fn = reader.fieldNames();
        Map<Long, String> dn = reader.districtNames();
        Map<Long, String> on = reader.organisationNames();
        Map<Long, List<IndicatorJson>> indicators = planning.achievement(c, v).stream()
                .collect(Collectors.groupingBy(
                        s -> s.goal().id(), Collectors.mapping(ConceptExport::indicator, Collectors.toList())));
        List<GoalJson> goalJson = goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                .map(g -> new GoalJson(
                        g.id(),
                        g.entryKey(),
                        g.parentId(),
                        g.parentId() == null ? "GUIDING" : "ACTION",
                        g.code(),
                        g.title(),
                        g.description(),
                        ref(g.actionFieldId(), fn),
                        indicators.getOrDefault(g.id(), List.of())))
                .toList();
        List<Measure> ms = measures.findByVersionIdOrderByCodeAscIdAsc(v.id());
        Set<UUID> keys = ms.stream().map(Measure::entryKey).collect(Collectors.toSet());
        return new ConceptJson(
                c.id(),
                c.title(),
                c.areaName(),
                refs(c.districtIds(), dn),
                c.publicVisible(),
                planning.versions(c).stream().map(ConceptExport::version).toList(),
                version(v),
                v.analysis(),
                swot.findByVersionIdOrderByIdAsc(v.id()).stream()
                        .map(e -> new SwotJson(
                                e.id(),
                                e.entryKey(),
                                ref(e.actionFieldId(), fn),
                                e.kind().name(),
                                e.text(),
                                e.source().name(),
                                e.indicatorKey()))
                        .toList(),
                goalJson,
                ms.stream().map(m -> measure(m, fn, dn, on)).toList(),
                progress.findByConceptIdOrderByPeriodToAscIdAsc(c.id()).stream()
                        .filter(r -> keys.contains(r.measureKey()))
                        .map(ConceptExport::progress)
                        .toList());
    }

    static IndicatorJson indicator(IndicatorStatus s) {
        GoalIndicator i = s.indicator();
        return new IndicatorJson(
                i.id(),
                i.entryKey(),
                i.name(),
                i.unit(),
                i.baselineValue(),
                i.baselineDate(),
                i.targetValue(),
                i.targetDate(),
                i.mode().name(),
                i.monitoringKey(),
                i.districtId(),
                s.current() == null ? null : s.current().value(),
                s.current() == null ? null : s.current().date(),
                s.light().name());
    }

    static MeasureJson measure(Measure m, Map<Long, String> fn, Map<Long, String> dn, Map<Long, String> on) {
        return new MeasureJson(
                m.id(),
                m.entryKey(),
                m.version(),
                m.code(),
                m.title(),
                m.description(),
                ref(m.leadOrganisationId(), on),
                refs(m.partnerIds(), on),
                List.copyOf(m.goalIds()),
                refs(m.fieldIds(), fn),
                refs(m.districtIds(), dn),
                m.status().name(),
                m.startDate(),
                m.endDate(),
                m.costCents(),
                m.financing().stream()
                        .map(f -> new FinancingJson(f.source().name(), f.amountCents()))
                        .toList(),
                m.milestones().stream()
                        .map(s -> new MilestoneJson(s.title(), s.dueDate(), s.done()))
                        .toList(),
                m.outputs(),
                m.climateRelevant());
    }

    static ProgressJson progress(ProgressReport r) {
        return new ProgressJson(
                r.id(),
                r.measureKey(),
                r.periodFrom(),
                r.periodTo(),
                r.happened(),
                r.participants(),
                r.milestoneNote(),
                r.problems(),
                r.indicatorKey(),
                r.indicatorValue(),
                r.createdBy());
    }

    /** The version's measures, one per line, separated by semicolons (opens in German spreadsheet programs). */
    @Transactional(readOnly = true)
    String csv(Concept c, ConceptVersion v) {
        Map<Long, String> fn = reader.fieldNames();
        Map<Long, String> dn = reader.districtNames();
        Map<Long, String> on = reader.organisationNames();
        StringBuilder out = new StringBuilder("\uFEFF");
        line(
                out,
                List.of(
                        "code",
                        "title",
                        "status",
                        "lead_organisation",
                        "partners",
                        "action_fields",
                        "goals",
                        "districts",
                        "start",
                        "end",
                        "cost_eur",
                        "financing",
                        "climate_relevant",
                        "outputs"));
        Map<Long, String> goalCodes = goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                .collect(Collectors.toMap(Goal::id, g -> g.code().isEmpty() ? g.title() : g.code()));
        for (Measure m : measures.findByVersionIdOrderByCodeAscIdAsc(v.id())) {
            line(
                    out,
                    List.of(
                            m.code(),
                            m.title(),
                            m.status().name(),
                            on.getOrDefault(m.leadOrganisationId(), ""),
                            reader.names(m.partnerIds(), on),
                            reader.names(m.fieldIds(), fn),
                            m.goalIds().stream()
                                    .map(id -> goalCodes.getOrDefault(id, ""))
                                    .collect(Collectors.joining(", ")),
                            reader.names(m.districtIds(), dn),
                            m.startDate() == null ? "" : m.startDate().toString(),
                            m.endDate() == null ? "" : m.endDate().toString(),
                            BigDecimal.valueOf(m.costCents(), 2).toPlainString(),
                            m.financing().stream()
                                    .map(f -> f.source().name() + " "
                                            + BigDecimal.valueOf(f.amountCents(), 2)
                                                    .toPlainString())
                                    .collect(Collectors.joining(", ")),
                            String.valueOf(m.climateRelevant()),
                            m.outputs()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(CsvLines.row(cells)).append("\r\n");
    }
}
