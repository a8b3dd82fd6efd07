package de.quartier.planning;

import de.quartier.accounts.Access;
import de.quartier.accounts.Role;
import de.quartier.districts.DistrictService;
import de.quartier.planning.PlanningForms.ConceptForm;
import de.quartier.planning.PlanningForms.GoalForm;
import de.quartier.planning.PlanningForms.MeasureForm;
import de.quartier.planning.PlanningForms.ProgressForm;
import de.quartier.planning.PlanningForms.SwotForm;
import de.quartier.planning.PlanningViews.Filter;
import de.quartier.planning.PlanningViews.Option;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The staff pages of the action concept: the list and comparison, the concept read like the document, the forms
 * for SWOT entries, goals, measures and progress reports, the matrix, goal achievement, annual report and exports.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/konzepte")
class ConceptPages {

    private final Planning planning;
    private final ConceptReader reader;
    private final MeasureRepository measures;
    private final AnnualReport annualReport;
    private final ConceptExport export;
    private final DistrictService districts;
    private final Access access;
    private final MessageSource messages;

    ConceptPages(
            Planning planning,
            ConceptReader reader,
            MeasureRepository measures,
            AnnualReport annualReport,
            ConceptExport export,
            DistrictService districts,
            Access access,
            MessageSource messages) {
        this.planning = planning;
        this.reader = reader;
        this.measures = measures;
        this.annualReport = annualReport;
        this.export = export;
        this.districts = districts;
        this.access = access;
        this.messages = messages;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("planning.");
        binder.setMessageCodesResolver(codes);
    }

    private static String base() {
        return "/" + TenantContext.require().slug() + "/verwaltung/konzepte";
    }

    private static String redirect(long conceptId, @Nullable Long versionId) {
        return "redirect:" + base() + "/" + conceptId + (versionId == null ? "" : "?version=" + versionId);
    }

    private FormErrors errors(BindingResult result, HttpServletRequest request) {
        return FormErrors.of(result, messages, RequestContextUtils.getLocale(request));
    }

    /** Puts what the rules refused into the binding result, so the form shows it at the fields. */
    static void refuse(BindingResult result, Planning.Refused refused) {
        refused.fields.forEach((field, code) -> result.addError(new FieldError(
                result.getObjectName(), field, null, false, new String[] {code}, refused.fieldArgs.get(field), code)));
        if (refused.global != null) {
            result.addError(new ObjectError(
                    result.getObjectName(), new String[] {refused.global}, refused.args, refused.global));
        }
    }

    // ---- list -------------------------------------------------------------------------------------------------

    @GetMapping
    String list(@PathVariable String tenant, Model model) {
        return listPage(model, new ConceptForm("", "", List.of()), FormErrors.none());
    }

    private String listPage(Model model, ConceptForm form, FormErrors errors) {
        Planning.Scope scope = planning.scope();
        model.addAttribute("rows", reader.rows());
        model.addAttribute("admin", scope.admin());
        model.addAttribute(
                "districtOptions",
                districts.list().stream()
                        .filter(d -> scope.admin() || scope.districts().contains(d.id()))
                        .map(d -> new Option(d.id(), d.name()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "planning/concepts";
    }

    @PostMapping
    String create(
            @PathVariable String tenant,
            @Valid @ModelAttribute("form") ConceptForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!access.isTenantAdmin() && !access.has(Role.DISTRICT_MANAGER)) {
            throw new org.springframework.security.access.AccessDeniedException("managers and admins only");
        }
        if (!result.hasErrors()) {
            try {
                Concept c = planning.createConcept(form);
                return redirect(c.id(), null);
            } catch (Planning.Refused refused) {
                refuse(result, refused);
            }
        }
        return listPage(model, form, errors(result, request));
    }

    // ---- the concept ------------------------------------------------------------------------------------------

    @GetMapping("/{conceptId}")
    String concept(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(name = "feld", required = false) @Nullable Long field,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "traeger", required = false) @Nullable Long organisation,
            @RequestParam(name = "stadtteil", required = false) @Nullable Long district,
            Model model) {
        Concept c = planning.concept(conceptId);
        ConceptVersion v = version == null ? planning.latest(c) : planning.versionOf(c, version);
        Filter filter = new Filter(field, Planning.blank(status) ? null : status, organisation, district);
        model.addAttribute("page", reader.page(c, v, filter));
        model.addAttribute("statuses", statuses());
        return "planning/concept";
    }

    static List<String> statuses() {
        List<String> list = new ArrayList<>();
        for (Measure.Status s : Measure.Status.values()) {
            list.add(s.name());
        }
        return list;
    }

    @PostMapping("/{conceptId}/oeffentlich")
    String publicSetting(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @RequestParam(defaultValue = "false") boolean visible,
            RedirectAttributes redirect) {
        planning.setPublic(conceptId, visible);
        redirect.addFlashAttribute("notice", visible ? "public" : "private");
        return redirect(conceptId, null);
    }

    @PostMapping("/{conceptId}/versionen/{versionId}/analyse")
    String analysis(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long versionId,
            @RequestParam(defaultValue = "") String analysis) {
        try {
            planning.saveAnalysis(
                    conceptId, versionId, analysis.length() > 20_000 ? analysis.substring(0, 20_000) : analysis);
        } catch (Planning.Refused refused) {
            // only drafts change; the page says so
        }
        return redirect(conceptId, versionId);
    }

    @PostMapping("/{conceptId}/versionen/{versionId}/beschliessen")
    String adopt(@PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId) {
        try {
            planning.adopt(conceptId, versionId);
        } catch (Planning.Refused refused) {
            // already adopted: nothing to do
        }
        return redirect(conceptId, versionId);
    }

    @PostMapping("/{conceptId}/fortschreibung")
    String next(@PathVariable String tenant, @PathVariable long conceptId, RedirectAttributes redirect) {
        try {
            ConceptVersion v = planning.startNext(conceptId);
            return redirect(conceptId, v.id());
        } catch (Planning.Refused refused) {
            return redirect(conceptId, null);
        }
    }

    // ---- SWOT and goals ---------------------------------------------------------------------------------------

    @GetMapping("/{conceptId}/versionen/{versionId}/swot")
    String swotForm(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId, Model model) {
        return swotPage(
                model,
                conceptId,
                versionId,
                new SwotForm(null, "STRENGTH", "", "RESIDENTS_FORUM", ""),
                FormErrors.none());
    }

    private String swotPage(Model model, long conceptId, long versionId, SwotForm form, FormErrors errors) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("editor", reader.swotEditor(c, planning.versionOf(c, versionId)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "planning/swot-form";
    }

    @PostMapping("/{conceptId}/versionen/{versionId}/swot")
    String addSwot(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long versionId,
            @Valid @ModelAttribute("form") SwotForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            try {
                planning.addSwot(conceptId, versionId, form);
                return redirect(conceptId, versionId) + "#swot";
            } catch (Planning.Refused refused) {
                refuse(result, refused);
            }
        }
        return swotPage(model, conceptId, versionId, form, errors(result, request));
    }

    @GetMapping("/{conceptId}/versionen/{versionId}/ziele")
    String goalForm(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId, Model model) {
        return goalPage(model, conceptId, versionId, GoalForm.empty(), FormErrors.none());
    }

    private String goalPage(Model model, long conceptId, long versionId, GoalForm form, FormErrors errors) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("editor", reader.goalEditor(c, planning.versionOf(c, versionId)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "planning/goal-form";
    }

    @PostMapping("/{conceptId}/versionen/{versionId}/ziele")
    String addGoal(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long versionId,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            try {
                planning.addGoal(conceptId, versionId, form);
                return redirect(conceptId, versionId) + "#ziele";
            } catch (Planning.Refused refused) {
                refuse(result, refused);
            }
        } else {
            // report the rule alongside the missing fields, so "target without date" is never lost
            Map<String, String> extra = new java.util.LinkedHashMap<>();
            Planning.indicator(form, planning.concept(conceptId), extra);
            extra.forEach((field, code) -> {
                if (!result.hasFieldErrors(field)) {
                    result.addError(new FieldError(
                            result.getObjectName(), field, null, false, new String[] {code}, null, code));
                }
            });
        }
        return goalPage(model, conceptId, versionId, form, errors(result, request));
    }

    // ---- measures ---------------------------------------------------------------------------------------------

    @GetMapping("/{conceptId}/versionen/{versionId}/massnahmen")
    String newMeasure(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId, Model model) {
        return measurePage(model, conceptId, versionId, null, MeasureForm.empty(), FormErrors.none());
    }

    private String measurePage(
            Model model,
            long conceptId,
            long versionId,
            @Nullable Long measureId,
            MeasureForm form,
            FormErrors errors) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("editor", reader.measureEditor(c, planning.versionOf(c, versionId), measureId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", statuses());
        return "planning/measure-form";
    }

    @PostMapping("/{conceptId}/versionen/{versionId}/massnahmen")
    String addMeasure(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long versionId,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        return saveMeasure(conceptId, versionId, null, form, result, request, model);
    }

    private String saveMeasure(
            long conceptId,
            long versionId,
            @Nullable Long measureId,
            MeasureForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            try {
                Measure m = planning.saveMeasure(conceptId, versionId, measureId, form);
                return "redirect:" + base() + "/" + conceptId + "/massnahmen/" + m.id();
            } catch (Planning.Refused refused) {
                refuse(result, refused);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.addError(new ObjectError(
                        result.getObjectName(), new String[] {"planning.error.conflict"}, new Object[] {"", ""}, null));
            }
        }
        return measurePage(model, conceptId, versionId, measureId, form, errors(result, request));
    }

    private Measure measure(Concept c, long measureId) {
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure"));
        planning.versionOf(c, m.versionId());
        return m;
    }

    @GetMapping("/{conceptId}/massnahmen/{measureId}")
    String measureDetail(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long measureId, Model model) {
        LocalDate today = LocalDate.now(Planning.ZONE);
        return detailPage(
                model,
                conceptId,
                measureId,
                new ProgressForm(today.withDayOfMonth(1).minusMonths(5), today, "", null, "", "", "", ""),
                FormErrors.none());
    }

    private String detailPage(Model model, long conceptId, long measureId, ProgressForm form, FormErrors errors) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("detail", reader.detail(c, measure(c, measureId)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "planning/measure";
    }

    @GetMapping("/{conceptId}/massnahmen/{measureId}/bearbeiten")
    String editMeasure(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long measureId, Model model) {
        Concept c = planning.concept(conceptId);
        Measure m = measure(c, measureId);
        List<String> sources = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        m.financing().forEach(f -> {
            sources.add(f.source().name());
            amounts.add(PlanningForms.euros(f.amountCents()).replace(" €", ""));
        });
        MeasureForm form = new MeasureForm(
                m.version(),
                m.code(),
                m.title(),
                m.description(),
                m.leadOrganisationId(),
                List.copyOf(m.partnerIds()),
                List.copyOf(m.goalIds()),
                List.copyOf(m.fieldIds()),
                List.copyOf(m.districtIds()),
                m.status().name(),
                m.startDate(),
                m.endDate(),
                PlanningForms.euros(m.costCents()).replace(" €", ""),
                sources,
                amounts,
                m.outputs(),
                m.climateRelevant(),
                m.milestones().stream().map(Measure.Milestone::title).toList(),
                m.milestones().stream()
                        .map(s -> s.dueDate() == null ? "" : s.dueDate().toString())
                        .toList(),
                m.milestones().stream().map(s -> String.valueOf(s.done())).toList());
        return measurePage(model, conceptId, m.versionId(), measureId, form, FormErrors.none());
    }

    @PostMapping("/{conceptId}/massnahmen/{measureId}/bearbeiten")
    String updateMeasure(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long measureId,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Concept c = planning.concept(conceptId);
        Measure m = measure(c, measureId);
        return saveMeasure(conceptId, m.versionId(), measureId, form, result, request, model);
    }

    @PostMapping("/{conceptId}/massnahmen/{measureId}/fortschritt")
    String report(
            @PathVariable String tenant,
            @PathVariable long conceptId,
            @PathVariable long measureId,
            @Valid @ModelAttribute("form") ProgressForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            try {
                planning.report(conceptId, measureId, form);
                return "redirect:" + base() + "/" + conceptId + "/massnahmen/" + measureId + "#berichte";
            } catch (Planning.Refused refused) {
                refuse(result, refused);
            }
        }
        return detailPage(model, conceptId, measureId, form, errors(result, request));
    }

    // ---- views and outputs ------------------------------------------------------------------------------------

    @GetMapping("/{conceptId}/versionen/{versionId}/matrix")
    String matrix(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId, Model model) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("matrix", reader.matrix(c, planning.versionOf(c, versionId)));
        return "planning/matrix";
    }

    @GetMapping("/{conceptId}/versionen/{versionId}/zielerreichung")
    String achievement(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId, Model model) {
        Concept c = planning.concept(conceptId);
        model.addAttribute("achievement", reader.achievement(c, planning.versionOf(c, versionId)));
        return "planning/achievement";
    }

    @GetMapping("/{conceptId}/versionen/{versionId}/jahresbericht.pdf")
    ResponseEntity<byte[]> annualReport(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId) {
        Concept c = planning.concept(conceptId);
        ConceptVersion v = planning.versionOf(c, versionId);
        byte[] pdf = annualReport.render(c, v);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("Jahresbericht-" + v.label() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/{conceptId}/versionen/{versionId}/export.json")
    ResponseEntity<Object> exportJson(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId) {
        Concept c = planning.concept(conceptId);
        ConceptVersion v = planning.versionOf(c, versionId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"konzept-" + c.id() + "-" + v.id() + ".json\"")
                .body(export.json(c, v));
    }

    @GetMapping("/{conceptId}/versionen/{versionId}/export.csv")
    ResponseEntity<String> exportCsv(
            @PathVariable String tenant, @PathVariable long conceptId, @PathVariable long versionId) {
        Concept c = planning.concept(conceptId);
        ConceptVersion v = planning.versionOf(c, versionId);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"massnahmen-" + c.id() + "-" + v.id() + ".csv\"")
                .body(export.csv(c, v));
    }
}
