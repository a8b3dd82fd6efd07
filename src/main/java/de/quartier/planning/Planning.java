package de.quartier.planning;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.directory.ActionFieldCatalogue;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.districts.DistrictService;
import de.quartier.planning.Achievement.Point;
import de.quartier.planning.PlanningForms.ConceptForm;
import de.quartier.planning.PlanningForms.GoalForm;
import de.quartier.planning.PlanningForms.MeasureForm;
import de.quartier.planning.PlanningForms.ProgressForm;
import de.quartier.planning.PlanningForms.SwotForm;
import de.quartier.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the action concept: who may see and change which concept, what a valid goal, measure and progress
 * report is, adopting a version and starting the next one as a copy, what changed between versions, and how far
 * each goal is reached. Every write checks the scope here, on the server.
 */
@Service
class Planning {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Input the rules refuse: field → message code, or a message for the whole form. */
    static final class Refused extends RuntimeException {
        final Map<String, String> fields;
        final Map<String, Object[]> fieldArgs;
        final @Nullable String global;
        final Object[] args;

        Refused(Map<String, String> fields) {
            this(fields, Map.of());
        }

        Refused(Map<String, String> fields, Map<String, Object[]> fieldArgs) {
            super("refused: " + fields);
            this.fields = Map.copyOf(fields);
            this.fieldArgs = Map.copyOf(fieldArgs);
            this.global = null;
            this.args = new Object[0];
        }

        Refused(String global, Object... args) {
            super("refused: " + global);
            this.fields = Map.of();
            this.fieldArgs = Map.of();
            this.global = global;
            this.args = args;
        }
    }

    /** What the signed-in person may do: admins everything, managers their districts, editors their organisations. */
    record Scope(boolean admin, Set<Long> districts, Set<Long> organisations, String who) {
        boolean canEdit(Concept c) {
            return admin || c.districtIds().stream().anyMatch(districts::contains);
        }
    }

    /** One change of a version against the one before, by entry key. */
    record Change(String type, String kind, String title) {}

    private final ConceptRepository concepts;
    private final ConceptVersionRepository versions;
    private final SwotEntryRepository swot;
    private final GoalRepository goals;
    private final GoalIndicatorRepository indicators;
    private final MeasureRepository measures;
    private final ProgressReportRepository progress;
    private final ActionFieldCatalogue fields;
    private final OrganisationDirectory organisations;
    private final DistrictService districts;
    private final Access access;
    private final AuditLog audit;

    Planning(
            ConceptRepository concepts,
            ConceptVersionRepository versions,
            SwotEntryRepository swot,
            GoalRepository goals,
            GoalIndicatorRepository indicators,
            MeasureRepository measures,
            ProgressReportRepository progress,
            ActionFieldCatalogue fields,
            OrganisationDirectory organisations,
            DistrictService districts,
            Access access,
            AuditLog audit) {
        this.concepts = concepts;
        this.versions = versions;
        this.swot = swot;
        this.goals = goals;
        this.indicators = indicators;
        this.measures = measures;
        this.progress = progress;
        this.fields = fields;
        this.organisations = organisations;
        this.districts = districts;
        this.access = access;
        this.audit = audit;
    }

    // ---- scope ------------------------------------------------------------------------------------------------

    Scope scope() {
        String who = access.principal().map(QuartierPrincipal::displayName).orElse("");
        var scope = access.scope();
        return new Scope(scope.all(), scope.managedDistricts(), scope.editedOrganisations(), who);
    }

    boolean canView(Scope scope, Concept c) {
        return scope.canEdit(c) || (!scope.organisations().isEmpty() && leads(scope, c));
    }

    private boolean leads(Scope scope, Concept c) {
        return versions.findByConceptIdOrderByPeriodFromAscIdAsc(c.id()).stream()
                .flatMap(v -> measures.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream())
                .anyMatch(m -> scope.organisations().contains(m.leadOrganisationId()));
    }

    static boolean canReport(Scope scope, Concept c, Measure m) {
        return scope.canEdit(c) || scope.organisations().contains(m.leadOrganisationId());
    }

    @Transactional(readOnly = true)
    List<Concept> visibleConcepts() {
        Scope scope = scope();
        return concepts.findAllByOrderByTitleAsc().stream()
                .filter(c -> canView(scope, c))
                .toList();
    }

    /** The concept if the person may see it; 404 if there is none, 403 if it is someone else's. */
    @Transactional(readOnly = true)
    Concept concept(long id) {
        Concept c = concepts.findById(id).orElseThrow(() -> new NotFoundException("concept"));
        if (!canView(scope(), c)) {
            throw new AccessDeniedException("not your area");
        }
        return c;
    }

    private Concept editable(long conceptId) {
        Concept c = concepts.findById(conceptId).orElseThrow(() -> new NotFoundException("concept"));
        if (!scope().canEdit(c)) {
            throw new AccessDeniedException("not your area");
        }
        return c;
    }

    private ConceptVersion draft(Concept c, long versionId) {
        ConceptVersion v = versionOf(c, versionId);
        if (!v.draft()) {
            throw new Refused("planning.error.notDraft");
        }
        return v;
    }

    ConceptVersion versionOf(Concept c, long versionId) {
        ConceptVersion v = versions.findById(versionId).orElseThrow(() -> new NotFoundException("version"));
        if (!v.conceptId().equals(c.id())) {
            throw new NotFoundException("version");
        }
        return v;
    }

    List<ConceptVersion> versions(Concept c) {
        return versions.findByConceptIdOrderByPeriodFromAscIdAsc(c.id());
    }

    ConceptVersion latest(Concept c) {
        List<ConceptVersion> all = versions(c);
        return all.getLast();
    }

    /** The newest adopted version, for the public. */
    Optional<ConceptVersion> adopted(Concept c) {
        return versions(c).stream()
                .filter(v -> v.status() == ConceptVersion.Status.ADOPTED)
                .reduce((a, b) -> b);
    }

    Optional<ConceptVersion> previous(ConceptVersion v) {
        return versions.findByConceptIdOrderByPeriodFromAscIdAsc(v.conceptId()).stream()
                .filter(o -> o.periodFrom().isBefore(v.periodFrom()))
                .reduce((a, b) -> b);
    }

    // ---- writes -----------------------------------------------------------------------------------------------

    @Transactional
    Concept createConcept(ConceptForm form) {
        Scope scope = scope();
        List<Long> districtIds = MeasureForm.ids(form.districtIds());
        if (districtIds.isEmpty()) {
            throw new Refused(Map.of("districtIds", "planning.error.districtRequired"));
        }
        if (!scope.admin() && !scope.districts().containsAll(districtIds)) {
            throw new AccessDeniedException("not your area");
        }
        Concept c = concepts.save(
                new Concept(form.title().strip(), form.areaName().strip(), new LinkedHashSet<>(districtIds)));
        int year = LocalDate.now(ZONE).getYear();
        versions.save(new ConceptVersion(
                c.id(), String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), ""));
        audit.record("planning.concept.created", "concept:" + c.id(), c.title());
        return c;
    }

    @Transactional
    void setPublic(long conceptId, boolean visible) {
        Concept c = editable(conceptId);
        c.publicVisible(visible);
        audit.record("planning.concept.public", "concept:" + c.id(), String.valueOf(visible));
    }

    @Transactional
    void saveAnalysis(long conceptId, long versionId, String analysis) {
        Concept c = editable(conceptId);
        draft(c, versionId).analysis(analysis.strip());
    }

    @Transactional
    SwotEntry addSwot(long conceptId, long versionId, SwotForm form) {
        Concept c = editable(conceptId);
        ConceptVersion v = draft(c, versionId);
        Map<String, String> errors = new LinkedHashMap<>();
        requireField(form.actionFieldId(), errors);
        SwotEntry.Kind kind = parse(SwotEntry.Kind.class, form.kind(), "kind", errors);
        SwotEntry.Source source = parse(SwotEntry.Source.class, form.source(), "source", errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        String indicator = blankToNull(form.indicatorKey());
        SwotEntry e = swot.save(new SwotEntry(
                v.id(),
                UUID.randomUUID(),
                form.actionFieldId(),
                kind,
                form.text().strip(),
                source,
                indicator));
        audit.record("planning.swot.added", "concept:" + c.id(), e.text());
        return e;
    }

    @Transactional
    Goal addGoal(long conceptId, long versionId, GoalForm form) {
        Concept c = editable(conceptId);
        ConceptVersion v = draft(c, versionId);
        Map<String, String> errors = new LinkedHashMap<>();
        requireField(form.actionFieldId(), errors);
        if (form.parentId() != null) {
            Goal parent = goals.findById(form.parentId()).orElse(null);
            if (parent == null || !parent.versionId().equals(v.id()) || parent.parentId() != null) {
                errors.put("parentId", "planning.error.parent");
            }
        }
        IndicatorInput indicator = indicator(form, c, errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        Goal g = goals.save(new Goal(
                v.id(),
                UUID.randomUUID(),
                form.parentId(),
                form.actionFieldId(),
                Objects.requireNonNullElse(form.code(), "").strip(),
                form.title().strip(),
                Objects.requireNonNullElse(form.description(), "").strip()));
        if (indicator != null) {
            indicators.save(new GoalIndicator(
                    g.id(),
                    UUID.randomUUID(),
                    indicator.name,
                    Objects.requireNonNullElse(form.unit(), "").strip(),
                    indicator.baseline,
                    Objects.requireNonNull(form.baselineDate()),
                    indicator.target,
                    Objects.requireNonNull(form.targetDate()),
                    indicator.mode,
                    indicator.mode == GoalIndicator.Mode.AUTOMATIC ? form.monitoringKey() : null,
                    indicator.mode == GoalIndicator.Mode.AUTOMATIC ? form.districtId() : null));
        }
        audit.record("planning.goal.added", "concept:" + c.id(), g.title());
        return g;
    }

    private record IndicatorInput(String name, BigDecimal baseline, BigDecimal target, GoalIndicator.Mode mode) {}

    /** The goal's indicator, or null when the form has none; refuses a target without a date. */
    static @Nullable IndicatorInput indicator(GoalForm form, Concept c, Map<String, String> errors) {
        String name = Objects.requireNonNullElse(form.indicatorName(), "").strip();
        BigDecimal baseline = PlanningForms.decimal(form.baselineValue());
        BigDecimal target = PlanningForms.decimal(form.targetValue());
        boolean any = !name.isEmpty() || baseline != null || target != null || form.targetDate() != null;
        if (!any) {
            return null;
        }
        if (target != null && form.targetDate() == null) {
            errors.put("targetDate", "planning.error.targetWithoutDate");
        }
        if (name.isEmpty()) {
            errors.put("indicatorName", "planning.error.required");
        }
        if (baseline == null) {
            errors.put(
                    "baselineValue", blank(form.baselineValue()) ? "planning.error.required" : "planning.error.number");
        }
        if (form.baselineDate() == null) {
            errors.put("baselineDate", "planning.error.required");
        }
        if (target == null) {
            errors.put("targetValue", blank(form.targetValue()) ? "planning.error.required" : "planning.error.number");
        }
        if (form.baselineDate() != null
                && form.targetDate() != null
                && !form.targetDate().isAfter(form.baselineDate())) {
            errors.put("targetDate", "planning.error.targetBeforeBaseline");
        }
        GoalIndicator.Mode mode =
                "AUTOMATIC".equals(form.mode()) ? GoalIndicator.Mode.AUTOMATIC : GoalIndicator.Mode.MANUAL;
        if (mode == GoalIndicator.Mode.AUTOMATIC) {
            if (blank(form.monitoringKey())) {
                errors.put("monitoringKey", "planning.error.monitoringRequired");
            }
            if (form.districtId() == null || !c.districtIds().contains(form.districtId())) {
                errors.put("districtId", "planning.error.districtOfArea");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new IndicatorInput(name, Objects.requireNonNull(baseline), Objects.requireNonNull(target), mode);
    }

    @Transactional
    Measure saveMeasure(long conceptId, long versionId, @Nullable Long measureId, MeasureForm form) {
        Concept c = editable(conceptId);
        ConceptVersion v = draft(c, versionId);
        Measure m;
        if (measureId == null) {
            m = new Measure(v.id(), UUID.randomUUID());
        } else {
            m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure"));
            if (!m.versionId().equals(v.id())) {
                throw new NotFoundException("measure");
            }
            if (form.version() == null || form.version() != m.version()) {
                throw new Refused("planning.error.conflict", m.updatedBy(), m.updatedAt());
            }
        }
        Map<Long, Goal> versionGoals = goals.findByVersionIdOrderByCodeAscIdAsc(v.id()).stream()
                .collect(Collectors.toMap(Goal::id, Function.identity()));
        Valid valid = validate(form, c, versionGoals);
        m.update(
                Objects.requireNonNullElse(form.code(), "").strip(),
                form.title().strip(),
                Objects.requireNonNullElse(form.description(), "").strip(),
                form.leadOrganisationId(),
                valid.status,
                form.startDate(),
                form.endDate(),
                valid.cost,
                Objects.requireNonNullElse(form.outputs(), "").strip(),
                Boolean.TRUE.equals(form.climateRelevant()),
                scope().who());
        m.partnerIds().clear();
        MeasureForm.ids(form.partnerIds()).stream()
                .filter(id -> !id.equals(form.leadOrganisationId()))
                .forEach(m.partnerIds()::add);
        m.goalIds().clear();
        m.goalIds().addAll(valid.goalIds);
        m.fieldIds().clear();
        m.fieldIds().addAll(valid.fieldIds);
        m.districtIds().clear();
        m.districtIds().addAll(MeasureForm.ids(form.districtIds()));
        m.milestones().clear();
        m.milestones().addAll(valid.milestones);
        m.financing().clear();
        m.financing().addAll(valid.financing);
        Measure saved = measures.saveAndFlush(m);
        audit.record(
                measureId == null ? "planning.measure.added" : "planning.measure.updated",
                "measure:" + saved.id(),
                saved.title());
        return saved;
    }

    record Valid(
            Measure.Status status,
            long cost,
            Set<Long> goalIds,
            Set<Long> fieldIds,
            List<Measure.Milestone> milestones,
            List<Measure.FinancingLine> financing) {}

    /** The rules of a measure: at least one goal of this version, a known lead, financing that adds up exactly. */
    Valid validate(MeasureForm form, Concept c, Map<Long, Goal> versionGoals) {
        Map<String, String> errors = new LinkedHashMap<>();
        Measure.Status status = parse(Measure.Status.class, form.status(), "status", errors);
        List<Long> goalIds = MeasureForm.ids(form.goalIds());
        if (goalIds.isEmpty()) {
            errors.put("goalIds", "planning.error.goalRequired");
        } else if (!versionGoals.keySet().containsAll(goalIds)) {
            errors.put("goalIds", "planning.error.goalUnknown");
        }
        if (form.leadOrganisationId() != null
                && organisations.find(form.leadOrganisationId()).isEmpty()) {
            errors.put("leadOrganisationId", "planning.error.organisationUnknown");
        }
        Set<Long> knownFields =
                fields.active().stream().map(ActionFieldCatalogue.Option::id).collect(Collectors.toSet());
        Set<Long> fieldIds = new LinkedHashSet<>(MeasureForm.ids(form.fieldIds()));
        if (!knownFields.containsAll(fieldIds)) {
            errors.put("fieldIds", "planning.error.fieldUnknown");
        }
        goalIds.stream().map(versionGoals::get).filter(Objects::nonNull).forEach(g -> fieldIds.add(g.actionFieldId()));
        if (!c.districtIds().containsAll(MeasureForm.ids(form.districtIds()))) {
            errors.put("districtIds", "planning.error.districtOfArea");
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.put("endDate", "planning.error.endBeforeStart");
        }
        Long cost = blank(form.cost()) ? Long.valueOf(0) : PlanningForms.cents(form.cost());
        if (cost == null) {
            errors.put("cost", "planning.error.amount");
        }
        List<Measure.FinancingLine> financing = new ArrayList<>();
        int rows = Math.max(size(form.financingSource()), size(form.financingAmount()));
        for (int i = 0; i < rows; i++) {
            String source = MeasureForm.at(form.financingSource(), i);
            String amount = MeasureForm.at(form.financingAmount(), i);
            if (source.isEmpty() && amount.isEmpty()) {
                continue;
            }
            Long cents = PlanningForms.cents(amount);
            Measure.Source s = parse(Measure.Source.class, source, "financingSource", errors);
            if (cents == null) {
                errors.put("financingAmount", "planning.error.amount");
            } else if (s != null) {
                financing.add(new Measure.FinancingLine(s, cents));
            }
        }
        long financed =
                financing.stream().mapToLong(Measure.FinancingLine::amountCents).sum();
        Map<String, Object[]> args = new HashMap<>();
        if (cost != null && !errors.containsKey("financingAmount") && financed != cost) {
            errors.put("financingAmount", "planning.error.financingSum");
            args.put("financingAmount", new Object[] {PlanningForms.euros(financed), PlanningForms.euros(cost)});
        }
        List<Measure.Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < size(form.milestoneTitle()); i++) {
            String title = MeasureForm.at(form.milestoneTitle(), i);
            if (title.isEmpty()) {
                continue;
            }
            LocalDate due = null;
            String dueText = MeasureForm.at(form.milestoneDue(), i);
            if (!dueText.isEmpty()) {
                try {
                    due = LocalDate.parse(dueText);
                } catch (java.time.format.DateTimeParseException e) {
                    errors.put("milestoneDue", "planning.error.date");
                }
            }
            milestones.add(new Measure.Milestone(title, due, "true".equals(MeasureForm.at(form.milestoneDone(), i))));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, args);
        }
        return new Valid(
                Objects.requireNonNull(status),
                Objects.requireNonNull(cost),
                new LinkedHashSet<>(goalIds),
                fieldIds,
                milestones,
                financing);
    }

    @Transactional
    ProgressReport report(long conceptId, long measureId, ProgressForm form) {
        Concept c = concepts.findById(conceptId).orElseThrow(() -> new NotFoundException("concept"));
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure"));
        ConceptVersion v = versionOf(c, m.versionId());
        Scope scope = scope();
        if (!canReport(scope, c, m)) {
            throw new AccessDeniedException("not your measure");
        }
        if (m.status() == Measure.Status.FINISHED || m.status() == Measure.Status.STOPPED) {
            throw new Refused("planning.error.measureClosed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.periodTo().isBefore(form.periodFrom())) {
            errors.put("periodTo", "planning.error.endBeforeStart");
        }
        if (form.participants() != null && form.participants() < 0) {
            errors.put("participants", "planning.error.number");
        }
        UUID indicatorKey = null;
        BigDecimal value = null;
        if (!blank(form.indicatorKey()) || !blank(form.indicatorValue())) {
            Map<UUID, GoalIndicator> manual = manualIndicators(m);
            try {
                indicatorKey = blank(form.indicatorKey())
                        ? null
                        : UUID.fromString(form.indicatorKey().strip());
            } catch (IllegalArgumentException e) {
                indicatorKey = null;
            }
            if (indicatorKey == null || !manual.containsKey(indicatorKey)) {
                errors.put("indicatorKey", "planning.error.indicatorUnknown");
            }
            value = PlanningForms.decimal(form.indicatorValue());
            if (value == null) {
                errors.put("indicatorValue", "planning.error.number");
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        ProgressReport r = progress.save(new ProgressReport(
                c.id(),
                m.entryKey(),
                form.periodFrom(),
                form.periodTo(),
                form.happened().strip(),
                form.participants(),
                Objects.requireNonNullElse(form.milestoneNote(), "").strip(),
                Objects.requireNonNullElse(form.problems(), "").strip(),
                indicatorKey,
                value,
                scope.who()));
        audit.record("planning.progress.added", "measure:" + m.id(), v.label());
        return r;
    }

    /** Manually measured indicators of the goals the measure serves, by key. */
    Map<UUID, GoalIndicator> manualIndicators(Measure m) {
        return indicators.findByGoalIdInOrderByIdAsc(m.goalIds()).stream()
                .filter(i -> i.mode() == GoalIndicator.Mode.MANUAL)
                .collect(Collectors.toMap(
                        GoalIndicator::entryKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    void adopt(long conceptId, long versionId) {
        Concept c = editable(conceptId);
        ConceptVersion v = draft(c, versionId);
        for (ConceptVersion other : versions(c)) {
            if (other.status() == ConceptVersion.Status.ADOPTED) {
                other.archive();
            }
        }
        v.adopt(scope().who(), LocalDate.now(ZONE));
        audit.record("planning.version.adopted", "concept:" + c.id(), v.label());
    }

    /** Starts the next version (Fortschreibung) as a copy of the latest one, one year on. */
    @Transactional
    ConceptVersion startNext(long conceptId) {
        Concept c = editable(conceptId);
        ConceptVersion last = latest(c);
        if (last.draft()) {
            throw new Refused("planning.error.draftExists");
        }
        ConceptVersion next = copy(last);
        audit.record("planning.version.started", "concept:" + c.id(), next.label());
        return next;
    }

    ConceptVersion copy(ConceptVersion last) {
        LocalDate from = last.periodTo().plusDays(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        String label =
                from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
        ConceptVersion next = versions.save(new ConceptVersion(last.conceptId(), label, from, to, last.analysis()));
        for (SwotEntry e : swot.findByVersionIdOrderByIdAsc(last.id())) {
            swot.save(e.copyTo(next.id()));
        }
        Map<Long, Long> goalMap = new HashMap<>();
        List<Goal> old = goals.findByVersionIdOrderByCodeAscIdAsc(last.id());
        // guiding goals first, so action goals find their new parent
        old.sort(Comparator.comparing((Goal g) -> g.parentId() != null));
        for (Goal g : old) {
            Goal copy = goals.save(new Goal(
                    next.id(),
                    g.entryKey(),
                    g.parentId() == null ? null : goalMap.get(g.parentId()),
                    g.actionFieldId(),
                    g.code(),
                    g.title(),
                    g.description()));
            goalMap.put(g.id(), copy.id());
        }
        if (!goalMap.isEmpty()) {
            for (GoalIndicator i : indicators.findByGoalIdInOrderByIdAsc(goalMap.keySet())) {
                indicators.save(i.copyTo(goalMap.get(i.goalId())));
            }
        }
        for (Measure m : measures.findByVersionIdOrderByCodeAscIdAsc(last.id())) {
            Set<Long> newGoals = m.goalIds().stream()
                    .map(goalMap::get)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            measures.save(m.copyTo(next.id(), newGoals));
        }
        return next;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** What changed in this version against the one before: SWOT entries, goals and measures by key. */
    @Transactional(readOnly = true)
    List<Change> changes(ConceptVersion v) {
        Optional<ConceptVersion> before = previous(v);
        if (before.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        diff(
                changes,
                "swot",
                swot.findByVersionIdOrderByIdAsc(before.get().id()),
                swot.findByVersionIdOrderByIdAsc(v.id()),
                SwotEntry::entryKey,
                SwotEntry::text,
                e -> e.kind() + "|" + e.text() + "|" + e.actionFieldId());
        diff(
                changes,
                "goal",
                goals.findByVersionIdOrderByCodeAscIdAsc(before.get().id()),
                goals.findByVersionIdOrderByCodeAscIdAsc(v.id()),
                Goal::entryKey,
                Goal::title,
                g -> g.code() + "|" + g.title() + "|" + g.description());
        diff(
                changes,
                "measure",
                measures.findByVersionIdOrderByCodeAscIdAsc(before.get().id()),
                measures.findByVersionIdOrderByCodeAscIdAsc(v.id()),
                Measure::entryKey,
                Measure::title,
                m -> m.title() + "|" + m.status() + "|" + m.costCents() + "|" + m.leadOrganisationId() + "|"
                        + m.description() + "|" + m.outputs() + "|" + m.fieldIds() + "|" + m.partnerIds());
        return changes;
    }

    private static <T> void diff(
            List<Change> out,
            String type,
            List<T> before,
            List<T> after,
            Function<T, UUID> key,
            Function<T, String> title,
            Function<T, String> content) {
        Map<UUID, T> old = before.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
        Set<UUID> seen = new HashSet<>();
        for (T t : after) {
            T o = old.get(key.apply(t));
            seen.add(key.apply(t));
            if (o == null) {
                out.add(new Change(type, "added", title.apply(t)));
            } else if (!content.apply(o).equals(content.apply(t))) {
                out.add(new Change(type, "changed", title.apply(t)));
            }
        }
        for (T o : before) {
            if (!seen.contains(key.apply(o))) {
                out.add(new Change(type, "removed", title.apply(o)));
            }
        }
    }

    /** An indicator with its values so far and its traffic light. */
    record IndicatorStatus(
            Goal goal,
            GoalIndicator indicator,
            List<Point> values,
            @Nullable Point current,
            BigDecimal expectedNow,
            Achievement.Light light) {}

    @Transactional(readOnly = true)
    List<IndicatorStatus> achievement(Concept c, ConceptVersion v) {
        List<Goal> versionGoals = goals.findByVersionIdOrderByCodeAscIdAsc(v.id());
        if (versionGoals.isEmpty()) {
            return List.of();
        }
        Map<Long, Goal> byId = versionGoals.stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        Map<UUID, List<Point>> reported = new HashMap<>();
        for (ProgressReport r : progress.findByConceptIdOrderByPeriodToAscIdAsc(c.id())) {
            if (r.indicatorKey() != null && r.indicatorValue() != null) {
                reported.computeIfAbsent(r.indicatorKey(), k -> new ArrayList<>())
                        .add(new Point(r.periodTo(), r.indicatorValue()));
            }
        }
        LocalDate today = LocalDate.now(ZONE);
        List<IndicatorStatus> out = new ArrayList<>();
        for (GoalIndicator i : indicators.findByGoalIdInOrderByIdAsc(byId.keySet())) {
            List<Point> points;
            if (i.mode() == GoalIndicator.Mode.AUTOMATIC && i.monitoringKey() != null && i.districtId() != null) {
                points = districts.series(i.monitoringKey(), i.districtId()).stream()
                        .map(d -> new Point(d.date(), d.value()))
                        .filter(p -> !p.date().isBefore(i.baselineDate()))
                        .toList();
            } else {
                points = reported.getOrDefault(i.entryKey(), List.of()).stream()
                        .filter(p -> !p.date().isBefore(i.baselineDate()))
                        .sorted(Comparator.comparing(Point::date))
                        .toList();
            }
            Point current = points.isEmpty() ? null : points.getLast();
            out.add(new IndicatorStatus(
                    byId.get(i.goalId()),
                    i,
                    points,
                    current,
                    Achievement.expected(i.baselineValue(), i.baselineDate(), i.targetValue(), i.targetDate(), today),
                    Achievement.light(i.baselineValue(), i.baselineDate(), i.targetValue(), i.targetDate(), current)));
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void requireField(@Nullable Long fieldId, Map<String, String> errors) {
        if (fieldId != null && fields.active().stream().noneMatch(f -> f.id() == fieldId)) {
            errors.put("actionFieldId", "planning.error.fieldUnknown");
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, Objects.requireNonNullElse(value, "").strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "planning.error.choose");
            return null;
        }
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    private static int size(@Nullable List<?> list) {
        return list == null ? 0 : list.size();
    }
}
