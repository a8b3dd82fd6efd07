package de.quartier.planning;

import de.quartier.planning.ConceptExport.ConceptJson;
import de.quartier.planning.ConceptExport.GoalJson;
import de.quartier.planning.ConceptExport.MeasureJson;
import de.quartier.planning.ConceptExport.ProgressJson;
import de.quartier.planning.ConceptExport.VersionJson;
import de.quartier.planning.PlanningForms.ProgressForm;
import de.quartier.shared.ApiProblem;
import de.quartier.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Action concepts as JSON. Staff see the concepts in their scope, every version; everyone else sees public
 * concepts, newest adopted version only (without progress reports). Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/concepts")
@Tag(name = "Action concepts", description = "Integrated action concepts: goals, measures and progress")
class PlanningApi {

    public record ConceptSummary(
            long id, String title, String area, boolean publicVisible, List<VersionJson> versions) {}

    private final ConceptRepository concepts;
    private final Planning planning;
    private final ConceptExport export;
    private final MessageSource messages;

    PlanningApi(ConceptRepository concepts, Planning planning, ConceptExport export, MessageSource messages) {
        this.concepts = concepts;
        this.planning = planning;
        this.export = export;
        this.messages = messages;
    }

    private boolean staffView(Concept c) {
        return planning.canView(planning.scope(), c);
    }

    private ConceptJson view(long id, @Nullable Long versionId) {
        Concept c = concepts.findById(id).orElseThrow(() -> new NotFoundException("concept"));
        if (staffView(c)) {
            return export.json(c, versionId == null ? planning.latest(c) : planning.versionOf(c, versionId));
        }
        ConceptVersion adopted = c.publicVisible() ? planning.adopted(c).orElse(null) : null;
        if (adopted == null || (versionId != null && !adopted.id().equals(versionId))) {
            throw new NotFoundException("concept");
        }
        ConceptJson full = export.json(c, adopted);
        return new ConceptJson(
                full.id(),
                full.title(),
                full.area(),
                full.districts(),
                true,
                List.of(full.version()),
                full.version(),
                full.analysis(),
                full.swot(),
                full.goals(),
                full.measures(),
                List.of());
    }

    @GetMapping
    @Operation(summary = "The concepts the caller may see")
    List<ConceptSummary> list(@PathVariable String tenant) {
        return concepts.findAllByOrderByTitleAsc().stream()
                .map(c -> {
                    if (staffView(c)) {
                        return new ConceptSummary(
                                c.id(),
                                c.title(),
                                c.areaName(),
                                c.publicVisible(),
                                planning.versions(c).stream()
                                        .map(ConceptExport::version)
                                        .toList());
                    }
                    return c.publicVisible()
                            ? planning.adopted(c)
                                    .map(v -> new ConceptSummary(
                                            c.id(), c.title(), c.areaName(), true, List.of(ConceptExport.version(v))))
                                    .orElse(null)
                            : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A concept version with SWOT, goals (with indicators and traffic light), measures and progress")
    ConceptJson concept(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version) {
        return view(id, version);
    }

    @GetMapping("/{id}/goals")
    @Operation(summary = "Goals with indicators, current values and traffic lights")
    List<GoalJson> goals(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version) {
        return view(id, version).goals();
    }

    @GetMapping("/{id}/measures")
    @Operation(summary = "Measures with lead organisation, partners, fields, financing and milestones")
    List<MeasureJson> measures(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version) {
        return view(id, version).measures();
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Progress reports of the version's measures (staff only)")
    List<ProgressJson> progress(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version) {
        return view(id, version).progress();
    }

    @PostMapping("/{id}/measures/{measureId}/progress")
    @Operation(
            summary = "Report progress on a measure (district managers of the area, editors of the lead organisation)")
    ResponseEntity<ProgressJson> report(
            @PathVariable String tenant,
            @PathVariable long id,
            @PathVariable long measureId,
            @Valid @RequestBody ProgressForm form) {
        try {
            ProgressReport r = planning.report(id, measureId, form);
            return ResponseEntity.status(HttpStatus.CREATED).body(ConceptExport.progress(r));
        } catch (Planning.Refused refused) {
            throw problem(refused);
        }
    }

    private ApiProblem problem(Planning.Refused refused) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fields.forEach((field, code) ->
                errors.put(field, messages.getMessage(code, refused.fieldArgs.get(field), code, locale)));
        String detail = refused.global != null
                ? messages.getMessage(refused.global, refused.args, refused.global, locale)
                : messages.getMessage("planning.error.invalid", null, "invalid", locale);
        HttpStatus status =
                "planning.error.measureClosed".equals(refused.global) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return new ApiProblem(status, detail, errors);
    }
}
