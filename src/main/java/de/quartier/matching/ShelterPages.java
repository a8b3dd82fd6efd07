package de.quartier.matching;

import de.quartier.accounts.AuditLog;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingForms.ShelterForm;
import de.quartier.matching.MatchingViews.Option;
import de.quartier.matching.MatchingViews.ShelterRow;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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

/** Shelters (Gemeinschaftsunterkünfte) for coordinators: a list and a form to add one, with its manager. */
@Controller
@RequestMapping("/{tenant}/verwaltung/patenschaften/unterkuenfte")
class ShelterPages {

    private final ShelterRepository shelters;
    private final NewcomerFiles files;
    private final DistrictService districts;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    ShelterPages(
            ShelterRepository shelters,
            NewcomerFiles files,
            DistrictService districts,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.shelters = shelters;
        this.files = files;
        this.districts = districts;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("matching.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String list(@PathVariable String tenant, Model model) {
        files.requireCoordinator();
        return page(model, new ShelterForm("", "", "", null, ""), FormErrors.none());
    }

    private String page(Model model, ShelterForm form, FormErrors errors) {
        Map<Long, String> names = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
        model.addAttribute(
                "shelters",
                tx.execute(s -> shelters.findAllByOrderByNameAsc().stream()
                        .map(x -> new ShelterRow(
                                x.name(),
                                (Objects.toString(x.street(), "") + " " + Objects.toString(x.postalCode(), "")).strip(),
                                Objects.toString(names.get(x.districtId()), "–"),
                                Objects.toString(x.managerEmail(), "–")))
                        .toList()));
        model.addAttribute(
                "districts",
                names.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue())
                        .map(e -> new Option(e.getKey() + "", e.getValue()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "matching/shelters";
    }

    @PostMapping
    String add(
            @PathVariable String tenant,
            @Valid @ModelAttribute("shelterForm") @Nullable ShelterForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        if (form != null
                && (form.districtId() == null
                        || districts.find(form.districtId()).isEmpty())) {
            result.rejectValue("districtId", "error.district");
        }
        if (form == null || result.hasErrors()) {
            return page(
                    model,
                    form == null ? new ShelterForm("", "", "", null, "") : form,
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        long id = tx.execute(s -> {
            Shelter shelter = new Shelter(form.name().strip());
            shelter.update(
                    form.name().strip(),
                    MatchingForms.blankToNull(form.street()),
                    MatchingForms.blankToNull(form.postalCode()),
                    TenantContext.require().name(),
                    form.districtId(),
                    MatchingForms.blankToNull(form.managerEmail()));
            return shelters.save(shelter).id();
        });
        audit.record("matching.shelter.created", "shelter:" + id, null);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/patenschaften/unterkuenfte";
    }
}
