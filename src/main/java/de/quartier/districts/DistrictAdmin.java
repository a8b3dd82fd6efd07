package de.quartier.districts;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.districts.DistrictForms.DistrictForm;
import de.quartier.districts.DistrictForms.IndicatorForm;
import de.quartier.districts.DistrictForms.RegionForm;
import de.quartier.districts.DistrictViews.AdminDistrict;
import de.quartier.districts.DistrictViews.AdminIndicator;
import de.quartier.districts.DistrictViews.Region;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The administration of districts, social regions and indicator definitions. Municipal admins do everything;
 * district managers see the list and edit the districts in their scope.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/stadtteile")
class DistrictAdmin {

    private final DistrictRepository districts;
    private final SocialRegionRepository regions;
    private final IndicatorDefinitionRepository definitions;
    private final Access access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    DistrictAdmin(
            DistrictRepository districts,
            SocialRegionRepository regions,
            IndicatorDefinitionRepository definitions,
            Access access,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.districts = districts;
        this.regions = regions;
        this.definitions = definitions;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    /** Error codes of these forms are looked up under {@code districts.} (e.g. {@code districts.typeMismatch}). */
    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("districts.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String index(@PathVariable String tenant, Model model) {
        access.requireStaff();
        model.addAttribute(
                "districts",
                districts.findAllByOrderByNameAsc().stream()
                        .map(d -> new AdminDistrict(
                                d.id(),
                                d.number(),
                                d.name(),
                                d.slug(),
                                d.socialRegion() == null
                                        ? null
                                        : d.socialRegion().name(),
                                access.canManageDistrict(d.id())))
                        .toList());
        model.addAttribute("regions", regionViews());
        model.addAttribute("admin", access.isTenantAdmin());
        return "districts/admin";
    }

    // ---- districts

    @GetMapping("/neu")
    String newDistrict(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        return districtForm(model, null, DistrictForm.empty(), FormErrors.none());
    }

    @PostMapping("/neu")
    String createDistrict(
            @PathVariable String tenant,
            @Valid @ModelAttribute("districtForm") DistrictForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        return saveDistrict(null, form, result, request, model, redirect);
    }

    @GetMapping("/{id:\\d+}")
    String editDistrict(@PathVariable String tenant, @PathVariable long id, Model model) {
        District d = districts.findById(id).orElseThrow(() -> new NotFoundException("district"));
        access.requireDistrict(id);
        DistrictForm form = new DistrictForm(
                d.number(),
                d.name(),
                d.slug(),
                d.socialRegion() == null ? null : d.socialRegion().id(),
                d.centreLat(),
                d.centreLon(),
                d.areaKm2(),
                d.population(),
                d.populationYear(),
                d.wikidataId());
        return districtForm(model, id, form, FormErrors.none());
    }

    @PostMapping("/{id:\\d+}")
    String updateDistrict(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("districtForm") DistrictForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        districts.findById(id).orElseThrow(() -> new NotFoundException("district"));
        access.requireDistrict(id);
        return saveDistrict(id, form, result, request, model, redirect);
    }

    private String saveDistrict(
            @Nullable Long id,
            @Nullable DistrictForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (form == null) {
            form = DistrictForm.empty();
        }
        if (form.number() != null
                && districts
                        .findByNumber(form.number().strip())
                        .filter(d -> !d.id().equals(id))
                        .isPresent()) {
            result.rejectValue("number", "numberTaken");
        }
        if (form.slug() != null
                && districts
                        .findBySlug(form.slug().strip())
                        .filter(d -> !d.id().equals(id))
                        .isPresent()) {
            result.rejectValue("slug", "slugTaken");
        }
        SocialRegion region = null;
        if (form.socialRegionId() != null) {
            region = regions.findById(form.socialRegionId()).orElse(null);
            if (region == null) {
                result.rejectValue("socialRegionId", "regionUnknown");
            }
        }
        if (result.hasErrors()) {
            return districtForm(model, id, form, FormErrors.of(result, messages, locale(request)));
        }
        DistrictForm f = form;
        SocialRegion r = region;
        District saved = tx.execute(status -> {
            District d = id == null
                    ? new District(
                            f.number().strip(), f.name().strip(), f.slug().strip())
                    : districts.findById(id).orElseThrow(() -> new NotFoundException("district"));
            d.update(
                    f.number().strip(),
                    f.name().strip(),
                    f.slug().strip(),
                    r,
                    f.centreLat(),
                    f.centreLon(),
                    f.areaKm2(),
                    f.population(),
                    f.populationYear(),
                    f.wikidataId() == null || f.wikidataId().isBlank()
                            ? null
                            : f.wikidataId().strip());
            return districts.save(d);
        });
        audit.record(
                id == null ? "districts.district.created" : "districts.district.updated",
                "district:" + Objects.requireNonNull(saved).id(),
                saved.name());
        redirect.addFlashAttribute("saved", saved.name());
        return "redirect:/" + tenantSlug() + "/verwaltung/stadtteile";
    }

    private String districtForm(Model model, @Nullable Long id, DistrictForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", regionViews());
        return "districts/admin-district";
    }

    // ---- social regions

    @GetMapping("/regionen/neu")
    String newRegion(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        return regionForm(model, null, new RegionForm("", false), FormErrors.none());
    }

    @GetMapping("/regionen/{id:\\d+}")
    String editRegion(@PathVariable String tenant, @PathVariable long id, Model model) {
        access.requireTenantAdmin();
        SocialRegion r = regions.findById(id).orElseThrow(() -> new NotFoundException("region"));
        return regionForm(model, id, new RegionForm(r.name(), r.assumed()), FormErrors.none());
    }

    @PostMapping({"/regionen/neu", "/regionen/{id:\\d+}"})
    String saveRegion(
            @PathVariable String tenant,
            @PathVariable(required = false) @Nullable Long id,
            @Valid @ModelAttribute("regionForm") RegionForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        if (id != null) {
            regions.findById(id).orElseThrow(() -> new NotFoundException("region"));
        }
        if (form.name() != null
                && regions.findByName(form.name().strip())
                        .filter(r -> !r.id().equals(id))
                        .isPresent()) {
            result.rejectValue("name", "regionTaken");
        }
        if (result.hasErrors()) {
            return regionForm(model, id, form, FormErrors.of(result, messages, locale(request)));
        }
        SocialRegion saved = tx.execute(status -> {
            SocialRegion r = id == null
                    ? new SocialRegion(form.name().strip(), form.isAssumed())
                    : regions.findById(id).orElseThrow();
            r.update(form.name().strip(), form.isAssumed());
            return regions.save(r);
        });
        audit.record(
                "districts.region.saved",
                "region:" + Objects.requireNonNull(saved).id(),
                saved.name());
        redirect.addFlashAttribute("saved", saved.name());
        return "redirect:/" + tenantSlug() + "/verwaltung/stadtteile";
    }

    private String regionForm(Model model, @Nullable Long id, RegionForm form, FormErrors errors) {
        return formPage(model, "districts/admin-region", id, form, errors);
    }

    /** A create/edit form page: the record being edited (null id = new), the entries and their errors. */
    private static String formPage(Model model, String view, @Nullable Long id, Object form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    // ---- indicator definitions

    @GetMapping("/indikatoren")
    String indicators(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        model.addAttribute(
                "indicators",
                definitions.findAllByOrderByNameDeAsc().stream()
                        .map(d -> new AdminIndicator(
                                d.id(), d.key(), d.nameDe(), d.unit(), d.higherMeansMoreNeed(), d.demo()))
                        .toList());
        return "districts/admin-indicators";
    }

    @GetMapping("/indikatoren/neu")
    String newIndicator(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        return indicatorForm(model, null, IndicatorForm.empty(), FormErrors.none());
    }

    @GetMapping("/indikatoren/{id:\\d+}")
    String editIndicator(@PathVariable String tenant, @PathVariable long id, Model model) {
        access.requireTenantAdmin();
        IndicatorDefinition d = definitions.findById(id).orElseThrow(() -> new NotFoundException("indicator"));
        Boolean higher = d.higherMeansMoreNeed();
        return indicatorForm(
                model,
                id,
                new IndicatorForm(
                        d.key(),
                        d.nameDe(),
                        d.nameEn(),
                        d.unit(),
                        d.description(),
                        d.source(),
                        higher == null ? "none" : higher ? "higher" : "lower",
                        d.demo()),
                FormErrors.none());
    }

    @PostMapping({"/indikatoren/neu", "/indikatoren/{id:\\d+}"})
    String saveIndicator(
            @PathVariable String tenant,
            @PathVariable(required = false) @Nullable Long id,
            @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        if (id != null) {
            definitions.findById(id).orElseThrow(() -> new NotFoundException("indicator"));
        }
        if (form.key() != null
                && definitions
                        .findByKey(form.key().strip())
                        .filter(d -> !d.id().equals(id))
                        .isPresent()) {
            result.rejectValue("key", "keyTaken");
        }
        if (result.hasErrors()) {
            return indicatorForm(model, id, form, FormErrors.of(result, messages, locale(request)));
        }
        IndicatorDefinition saved = tx.execute(status -> {
            IndicatorDefinition d = id == null
                    ? new IndicatorDefinition(form.key().strip())
                    : definitions.findById(id).orElseThrow();
            d.update(
                    form.key().strip(),
                    form.nameDe().strip(),
                    form.nameEn().strip(),
                    form.unit() == null ? "" : form.unit().strip(),
                    form.description() == null ? "" : form.description().strip(),
                    form.source() == null ? "" : form.source().strip(),
                    switch (form.need()) {
                        case "higher" -> Boolean.TRUE;
                        case "lower" -> Boolean.FALSE;
                        default -> null;
                    },
                    form.isDemo());
            return definitions.save(d);
        });
        audit.record(
                "districts.indicator.saved",
                "indicator:" + Objects.requireNonNull(saved).key(),
                saved.nameDe());
        redirect.addFlashAttribute("saved", saved.nameDe());
        return "redirect:/" + tenantSlug() + "/verwaltung/stadtteile/indikatoren";
    }

    private String indicatorForm(Model model, @Nullable Long id, IndicatorForm form, FormErrors errors) {
        return formPage(model, "districts/admin-indicator", id, form, errors);
    }

    private java.util.List<Region> regionViews() {
        return regions.findAllByOrderByNameAsc().stream()
                .map(r -> new Region(r.id(), r.name(), r.assumed()))
                .toList();
    }

    private static String tenantSlug() {
        return de.quartier.shared.TenantContext.require().slug();
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }
}
