package de.quartier.planning;

import de.quartier.directory.ActionFieldCatalogue;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.planning.Planning.IndicatorStatus;
import de.quartier.planning.Planning.Scope;
import de.quartier.planning.PlanningViews.AchievementPage;
import de.quartier.planning.PlanningViews.AchievementRow;
import de.quartier.planning.PlanningViews.ChangeRow;
import de.quartier.planning.PlanningViews.ConceptPage;
import de.quartier.planning.PlanningViews.ConceptRow;
import de.quartier.planning.PlanningViews.FieldSection;
import de.quartier.planning.PlanningViews.Filter;
import de.quartier.planning.PlanningViews.FinanceRow;
import de.quartier.planning.PlanningViews.GoalChoice;
import de.quartier.planning.PlanningViews.GoalEditor;
import de.quartier.planning.PlanningViews.GoalRow;
import de.quartier.planning.PlanningViews.IndicatorRow;
import de.quartier.planning.PlanningViews.Matrix;
import de.quartier.planning.PlanningViews.MatrixRow;
import de.quartier.planning.PlanningViews.MeasureDetail;
import de.quartier.planning.PlanningViews.MeasureEditor;
import de.quartier.planning.PlanningViews.MeasureRow;
import de.quartier.planning.PlanningViews.MilestoneRow;
import de.quartier.planning.PlanningViews.Option;
import de.quartier.planning.PlanningViews.PublicConcept;
import de.quartier.planning.PlanningViews.ReportRow;
import de.quartier.planning.PlanningViews.SwotEditor;
import de.quartier.planning.PlanningViews.SwotRow;
import de.quartier.planning.PlanningViews.VersionInfo;
import de.quartier.planning.PlanningViews.VersionRef;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a concept version into the rows the pages, the PDF, the exports and the public view show. */
@Component
class ConceptReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Planning planning;
    private final SwotEntryRepository swot;
    private final GoalRepository goals;
    private final GoalIndicatorRepository indicators;
    private final MeasureRepository measures;
    private final ProgressReportRepository progress;
    private final ActionFieldCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final DistrictService districts;
    private final MessageSource messages;

    ConceptReader(
            Planning planning,
            SwotEntryRepository swot,
            GoalRepository goals,
            GoalIndicatorRepository indicators,
            MeasureRepository measures,
            ProgressReportRepository progress,
            ActionFieldCatalogue catalogue,
            OrganisationDirectory organisations,
            DistrictService districts,
            MessageSource messages) {
        this.planning = planning;
        this.swot = swot;
        this.goals = goals;
        this.indicators = indicators;
        this.measures = measures;
        this.progress = progress;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.districts = districts;
        this.messages = messages;
    }

    // ---- lookups ----------------------------------------------------------------------------------------------

    Map<Long, String> fieldNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        catalogue.active().forEach(f -> names.put(f.id(), f.name()));
        return names;
    }

    Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a, LinkedHashMap::new));
    }

    Map<Long, String> organisationNames() {
        return organisations.choices().stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a, LinkedHashMap::new));
    }

    String names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMAN);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    static String withUnit(BigDecimal value, String unit) {
        return unit.isBlank() ? number(value) : number(value) + " " + unit;
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    // ---- list and compare -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<ConceptRow> rows() {
        Map<Long, String> dn = districtNames();
        List<ConceptRow> rows = new ArrayList<>();
        for (Concept c : planning.visibleConcepts()) {
            ConceptVersion v = planning.latest(c);
            List<Measure> ms = measures.findByVersionIdOrderByCodeAscIdAsc(v.id());
            Map<Achievement.Light, Integer> lights = new EnumMap<>(Achievement.Light.class);
            planning.achievement(c, v).forEach(s -> lights.merge(s.light(), 1, Integer::sum));
            rows.add(new ConceptRow(
                    c.id(),
                    c.title(),
                    c.areaName(),
                    names(c.districtIds(), dn),
                    v.label(),
                    v.status().name(),
                    goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).size(),
                    ms.size(),
                    PlanningForms.euros(
                            ms.stream().mapToLong(Measure::costCents).sum()),
                    lights.getOrDefault(Achievement.Light.ON_TRACK, 0),
                    lights.getOrDefault(Achievement.Light.AT_RISK, 0),
                    lights.getOrDefault(Achievement.Light.OFF_TRACK, 0),
                    lights.getOrDefault(Achievement.Light.NO_DATA, 0),
                    c.publicVisible()));
        }
        return rows;
    }

    // ---- the concept page -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    ConceptPage page(Concept c, ConceptVersion v, Filter filter) {
        Scope scope = planning.scope();
        Map<Long, String> fn = fieldNames();
        Map<Long, String> dn = districtNames();
        Map<Long, String> on = organisationNames();
        List<ConceptVersion> all = planning.versions(c);
        List<VersionRef> refs = all.stream()
                .map(o -> new VersionRef(o.id(), o.label(), o.status().name(), o.id().equals(v.id())))
                .toList();
        List<Measure> ms = measures.findByVersionIdOrderByCodeAscIdAsc(v.id());
        List<MeasureRow> rows =
                measureRows(c, v, ms, scope, fn, dn, on).stream().toList();
        Map<Long, Measure> byId = ms.stream().collect(Collectors.toMap(Measure::id, Function.identity()));
        List<MeasureRow> filtered =
                rows.stream().filter(r -> matches(byId.get(r.id()), filter)).toList();
        List<FieldSection> sections = sections(c, v, fn, ms);
        List<Option> orgOptions = ms.stream()
                .map(Measure::leadOrganisationId)
                .distinct()
                .map(id -> new Option(id, on.getOrDefault(id, "#" + id)))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        List<ChangeRow> changes = planning.changes(v).stream()
                .map(ch -> new ChangeRow(ch.type(), ch.kind(), ch.title()))
                .toList();
        return new ConceptPage(
                c.id(),
                c.title(),
                c.areaName(),
                names(c.districtIds(), dn),
                c.publicVisible(),
                scope.canEdit(c),
                refs,
                info(v),
                changes,
                sections,
                filtered,
                ms.size(),
                PlanningForms.euros(ms.stream().mapToLong(Measure::costCents).sum()),
                finances(ms),
                filter,
                fn.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList(),
                orgOptions,
                c.districtIds().stream()
                        .map(id -> new Option(id, dn.getOrDefault(id, "#" + id)))
                        .toList(),
                all.getLast().id().equals(v.id()));
    }

    private static boolean matches(Measure m, Filter f) {
        return (f.field() == null || m.fieldIds().contains(f.field()))
                && (f.status() == null || m.status().name().equals(f.status()))
                && (f.organisation() == null
                        || m.leadOrganisationId().equals(f.organisation())
                        || m.partnerIds().contains(f.organisation()))
                && (f.district() == null || m.districtIds().contains(f.district()));
    }

    VersionInfo info(ConceptVersion v) {
        return new VersionInfo(
                v.id(),
                v.label(),
                date(v.periodFrom()) + " – " + date(v.periodTo()),
                v.status().name(),
                v.adoptedBy(),
                v.adoptedAt() == null ? null : date(v.adoptedAt()),
                v.analysis(),
                v.draft(),
                planning.previous(v).map(ConceptVersion::label).orElse(null));
    }

    List<FinanceRow> finances(List<Measure> ms) {
        Map<Measure.Source, Long> bySource = new EnumMap<>(Measure.Source.class);
        ms.forEach(m -> m.financing().forEach(f -> bySource.merge(f.source(), f.amountCents(), Long::sum)));
        return bySource.entrySet().stream()
                .map(e -> new FinanceRow(e.getKey().name(), PlanningForms.euros(e.getValue())))
                .toList();
    }

    List<FieldSection> sections(Concept c, ConceptVersion v, Map<Long, String> fn, List<Measure> ms) {
        List<SwotEntry> entries = swot.findByVersionIdOrderByIdAsc(v.id());
        List<Goal> gs = goals.findByVersionIdOrderByCodeAscIdAsc(v.id());
        Map<Long, IndicatorStatus> statusByIndicator = planning.achievement(c, v).stream()
                .collect(Collectors.toMap(s -> s.indicator().id(), Function.identity()));
        Map<Long, List<IndicatorRow>> indicatorsByGoal = new HashMap<>();
        if (!gs.isEmpty()) {
            for (GoalIndicator i : indicators.findByGoalIdInOrderByIdAsc(
                    gs.stream().map(Goal::id).toList())) {
                IndicatorStatus s = statusByIndicator.get(i.id());
                indicatorsByGoal
                        .computeIfAbsent(i.goalId(), k -> new ArrayList<>())
                        .add(new IndicatorRow(
                                i.name(),
                                i.mode().name(),
                                withUnit(i.baselineValue(), i.unit()) + " (" + date(i.baselineDate()) + ")",
                                withUnit(i.targetValue(), i.unit()) + " (" + date(i.targetDate()) + ")",
                                s == null || s.current() == null
                                        ? null
                                        : withUnit(s.current().value(), i.unit()) + " ("
                                                + date(s.current().date()) + ")",
                                s == null ? "NO_DATA" : s.light().name()));
            }
        }
        Map<String, String> evidence = evidence(c, entries);
        List<FieldSection> sections = new ArrayList<>();
        for (var f : fn.entrySet()) {
            List<SwotEntry> mine = entries.stream()
                    .filter(e -> e.actionFieldId().equals(f.getKey()))
                    .toList();
            // guiding goals followed by their action goals
            List<GoalRow> goalRows = new ArrayList<>();
            for (Goal g : gs) {
                if (g.actionFieldId().equals(f.getKey()) && g.parentId() == null) {
                    goalRows.add(goalRow(g, indicatorsByGoal));
                    gs.stream()
                            .filter(child -> g.id().equals(child.parentId()))
                            .forEach(child -> goalRows.add(goalRow(child, indicatorsByGoal)));
                }
            }
            gs.stream()
                    .filter(g -> g.actionFieldId().equals(f.getKey()) && g.parentId() != null)
                    .filter(g -> gs.stream()
                            .noneMatch(p -> p.id().equals(g.parentId())
                                    && p.actionFieldId().equals(f.getKey())))
                    .forEach(g -> goalRows.add(goalRow(g, indicatorsByGoal)));
            sections.add(new FieldSection(
                    f.getKey(),
                    f.getValue(),
                    swotRows(mine, SwotEntry.Kind.STRENGTH, evidence),
                    swotRows(mine, SwotEntry.Kind.WEAKNESS, evidence),
                    swotRows(mine, SwotEntry.Kind.OPPORTUNITY, evidence),
                    swotRows(mine, SwotEntry.Kind.THREAT, evidence),
                    goalRows,
                    (int) ms.stream()
                            .filter(m -> m.fieldIds().contains(f.getKey()))
                            .count()));
        }
        return sections;
    }

    private static GoalRow goalRow(Goal g, Map<Long, List<IndicatorRow>> indicatorsByGoal) {
        return new GoalRow(
                g.id(),
                g.code(),
                g.title(),
                g.description(),
                g.parentId() == null,
                indicatorsByGoal.getOrDefault(g.id(), List.of()));
    }

    private static List<SwotRow> swotRows(List<SwotEntry> entries, SwotEntry.Kind kind, Map<String, String> evidence) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .map(e -> new SwotRow(
                        e.id(),
                        e.kind().name(),
                        e.text(),
                        e.source().name(),
                        e.indicatorKey() == null ? null : evidence.get(e.indicatorKey())))
                .toList();
    }

    /** "Arbeitslosenquote: Neue Neustadt 11,3 %, Alte Neustadt 6,1 %" for each monitoring key the entries name. */
    private Map<String, String> evidence(Concept c, List<SwotEntry> entries) {
        Map<String, String> out = new HashMap<>();
        Map<Long, String> dn = districtNames();
        Map<String, DistrictService.NeedIndicator> known =
                districts.needIndicators(LocaleContextHolder.getLocale()).stream()
                        .collect(
                                Collectors.toMap(DistrictService.NeedIndicator::key, Function.identity(), (a, b) -> a));
        entries.stream()
                .map(SwotEntry::indicatorKey)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(key -> {
                    DistrictService.NeedIndicator indicator = known.get(key);
                    if (indicator == null) {
                        return;
                    }
                    Map<Long, BigDecimal> values = districts.latest(key).values();
                    String text = c.districtIds().stream()
                            .filter(values::containsKey)
                            .map(id -> dn.getOrDefault(id, "") + " " + withUnit(values.get(id), indicator.unit()))
                            .collect(Collectors.joining(", "));
                    out.put(key, indicator.name() + ": " + text);
                });
        return out;
    }

    List<MeasureRow> measureRows(
            Concept c,
            ConceptVersion v,
            List<Measure> ms,
            Scope scope,
            Map<Long, String> fn,
            Map<Long, String> dn,
            Map<Long, String> on) {
        Map<Long, String> goalCodes = goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                .collect(Collectors.toMap(Goal::id, g -> g.code().isEmpty() ? g.title() : g.code()));
        Map<UUID, Integer> participants = new HashMap<>();
        for (ProgressReport r : progress.findByConceptIdOrderByPeriodToAscIdAsc(c.id())) {
            if (r.participants() != null
                    && !r.periodTo().isBefore(v.periodFrom())
                    && !r.periodFrom().isAfter(v.periodTo())) {
                participants.merge(r.measureKey(), r.participants(), Integer::sum);
            }
        }
        return ms.stream()
                .map(m -> new MeasureRow(
                        m.id(),
                        m.code(),
                        m.title(),
                        m.description(),
                        on.getOrDefault(m.leadOrganisationId(), "#" + m.leadOrganisationId()),
                        names(m.partnerIds(), on),
                        m.fieldIds().stream()
                                .filter(fn::containsKey)
                                .map(fn::get)
                                .toList(),
                        m.goalIds().stream()
                                .map(id -> goalCodes.getOrDefault(id, ""))
                                .collect(Collectors.joining(", ")),
                        names(m.districtIds(), dn),
                        m.status().name(),
                        PlanningForms.euros(m.costCents()),
                        m.climateRelevant(),
                        m.outputs(),
                        participants.get(m.entryKey()),
                        Planning.canReport(scope, c, m)))
                .toList();
    }

    // ---- matrix and achievement -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Matrix matrix(Concept c, ConceptVersion v) {
        Map<Long, String> fn = fieldNames();
        Map<Long, String> on = organisationNames();
        List<Long> fieldIds = List.copyOf(fn.keySet());
        int[] totals = new int[fieldIds.size()];
        List<MatrixRow> rows = new ArrayList<>();
        int synergies = 0;
        for (Measure m : measures.findByVersionIdOrderByCodeAscIdAsc(v.id())) {
            List<Boolean> cells = new ArrayList<>();
            for (int i = 0; i < fieldIds.size(); i++) {
                boolean serves = m.fieldIds().contains(fieldIds.get(i));
                cells.add(serves);
                totals[i] += serves ? 1 : 0;
            }
            int count = (int) cells.stream().filter(b -> b).count();
            synergies += count > 1 ? 1 : 0;
            rows.add(new MatrixRow(
                    m.id(), m.code(), m.title(), on.getOrDefault(m.leadOrganisationId(), ""), cells, count));
        }
        rows.sort((a, b) -> Integer.compare(b.count(), a.count()));
        List<Integer> columnTotals = new ArrayList<>();
        for (int t : totals) {
            columnTotals.add(t);
        }
        return new Matrix(
                c.id(),
                c.title(),
                v.label(),
                v.id(),
                fn.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList(),
                rows,
                columnTotals,
                synergies);
    }

    @Transactional(readOnly = true)
    AchievementPage achievement(Concept c, ConceptVersion v) {
        Map<Long, String> fn = fieldNames();
        List<AchievementRow> rows = new ArrayList<>();
        for (IndicatorStatus s : planning.achievement(c, v)) {
            GoalIndicator i = s.indicator();
            String label = s.goal().code() + " " + i.name();
            int bar = 0;
            BigDecimal planned = i.targetValue().subtract(i.baselineValue());
            if (s.current() != null && planned.signum() != 0) {
                double share = s.current().value().subtract(i.baselineValue()).doubleValue() / planned.doubleValue();
                bar = (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
            }
            rows.add(new AchievementRow(
                    s.goal().code(),
                    s.goal().title(),
                    fn.getOrDefault(s.goal().actionFieldId(), ""),
                    i.name(),
                    i.unit(),
                    i.mode().name(),
                    withUnit(i.baselineValue(), i.unit()) + " (" + date(i.baselineDate()) + ")",
                    withUnit(i.targetValue(), i.unit()) + " (" + date(i.targetDate()) + ")",
                    s.current() == null
                            ? null
                            : withUnit(s.current().value(), i.unit()) + " ("
                                    + date(s.current().date()) + ")",
                    number(s.expectedNow().setScale(1, java.math.RoundingMode.HALF_UP)),
                    s.light().name(),
                    Achievement.svg(
                            label, i.baselineValue(), i.baselineDate(), i.targetValue(), i.targetDate(), s.values()),
                    bar));
        }
        return new AchievementPage(c.id(), c.title(), v.label(), v.id(), rows);
    }

    // ---- one measure ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    MeasureDetail detail(Concept c, Measure m) {
        ConceptVersion v = planning.versionOf(c, m.versionId());
        Scope scope = planning.scope();
        MeasureRow row = measureRows(c, v, List.of(m), scope, fieldNames(), districtNames(), organisationNames())
                .getFirst();
        Map<UUID, GoalIndicator> manual = planning.manualIndicators(m);
        Map<UUID, String> indicatorNames = new HashMap<>();
        manual.forEach((k, i) -> indicatorNames.put(k, i.name()));
        List<ReportRow> reports = progress.findByConceptIdOrderByPeriodToAscIdAsc(c.id()).stream()
                .filter(r -> r.measureKey().equals(m.entryKey()))
                .map(r -> new ReportRow(
                        date(r.periodFrom()) + " – " + date(r.periodTo()),
                        r.happened(),
                        r.participants(),
                        r.milestoneNote(),
                        r.problems(),
                        r.indicatorKey() == null
                                ? null
                                : indicatorNames.getOrDefault(r.indicatorKey(), "") + ": " + number(r.indicatorValue()),
                        r.createdBy()))
                .toList()
                .reversed();
        return new MeasureDetail(
                c.id(),
                v.id(),
                v.label(),
                v.draft(),
                scope.canEdit(c),
                Planning.canReport(scope, c, m),
                m.status() == Measure.Status.FINISHED || m.status() == Measure.Status.STOPPED,
                row,
                m.milestones().stream()
                        .map(s -> new MilestoneRow(s.title(), s.dueDate() == null ? null : date(s.dueDate()), s.done()))
                        .toList(),
                m.financing().stream()
                        .map(f -> new FinanceRow(f.source().name(), PlanningForms.euros(f.amountCents())))
                        .toList(),
                reports,
                manual.values().stream().map(i -> new Option(i.id(), i.name())).toList(),
                manual.keySet().stream().map(UUID::toString).toList());
    }

    MeasureEditor measureEditor(Concept c, ConceptVersion v, @Nullable Long measureId) {
        Map<Long, String> fn = fieldNames();
        Map<Long, String> dn = districtNames();
        List<GoalChoice> goalChoices = goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                .map(g -> new GoalChoice(
                        g.id(),
                        (g.code().isEmpty() ? "" : g.code() + " ") + g.title(),
                        fn.getOrDefault(g.actionFieldId(), "")))
                .toList();
        return new MeasureEditor(
                c.id(),
                v.id(),
                v.label(),
                measureId,
                organisations.choices().stream()
                        .map(o -> new Option(o.id(), o.name()))
                        .toList(),
                goalChoices,
                fn.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList(),
                c.districtIds().stream()
                        .map(id -> new Option(id, dn.getOrDefault(id, "#" + id)))
                        .toList());
    }

    GoalEditor goalEditor(Concept c, ConceptVersion v) {
        Map<Long, String> fn = fieldNames();
        Map<Long, String> dn = districtNames();
        return new GoalEditor(
                c.id(),
                v.id(),
                v.label(),
                fn.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList(),
                goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                        .filter(g -> g.parentId() == null)
                        .map(g -> new Option(g.id(), (g.code() + " " + g.title()).strip()))
                        .toList(),
                c.districtIds().stream()
                        .map(id -> new Option(id, dn.getOrDefault(id, "#" + id)))
                        .toList(),
                monitoring());
    }

    SwotEditor swotEditor(Concept c, ConceptVersion v) {
        Map<Long, String> fn = fieldNames();
        return new SwotEditor(
                c.id(),
                v.id(),
                v.label(),
                fn.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList(),
                monitoring());
    }

    /** The monitoring's indicators as {key, name}. */
    List<String[]> monitoring() {
        return districts.needIndicators(LocaleContextHolder.getLocale()).stream()
                .map(n -> new String[] {n.key(), n.name() + " (" + n.unit() + ")"})
                .toList();
    }

    // ---- public -----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    PublicConcept publicConcept(Concept c, ConceptVersion v) {
        Map<Long, String> fn = fieldNames();
        Map<Long, String> dn = districtNames();
        List<Measure> ms = measures.findByVersionIdOrderByCodeAscIdAsc(v.id());
        Scope nobody = new Scope(false, Set.of(), Set.of(), "");
        return new PublicConcept(
                c.id(),
                c.title(),
                c.areaName(),
                names(c.districtIds(), dn),
                v.label(),
                v.adoptedAt() == null ? null : date(v.adoptedAt()),
                v.analysis(),
                sections(c, v, fn, ms),
                measureRows(c, v, ms, nobody, fn, dn, organisationNames()));
    }
}
