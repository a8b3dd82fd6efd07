package de.quartier.matching;

import de.quartier.districts.DistrictService;
import de.quartier.matching.MatchingForms.RequestForm;
import de.quartier.matching.MatchingViews.Option;
import de.quartier.shared.AddressLimit;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * "Ask for a mentor" (Patenschaft anfragen): a public form in seven languages, stored as a pending request until a
 * coordinator confirms it. A honeypot field and a per-address limit keep bots out.
 */
@Controller
@RequestMapping("/{tenant}/patenschaft")
class RequestPage {

    private final MentorRequestRepository requests;
    private final DistrictService districts;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final AddressLimit limit;

    RequestPage(
            MentorRequestRepository requests,
            DistrictService districts,
            MessageSource messages,
            TransactionTemplate tx,
            @Value("${quartier.matching.requests-per-hour:5}") int limit) {
        this.requests = requests;
        this.districts = districts;
        this.messages = messages;
        this.tx = tx;
        this.limit = new AddressLimit(limit, Clock.systemUTC());
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("matching.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String form(@PathVariable String tenant, Model model) {
        return page(model, RequestForm.empty(), FormErrors.none(), false);
    }

    @PostMapping
    String send(
            @PathVariable String tenant,
            @Valid @ModelAttribute("requestForm") @Nullable RequestForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (form != null && form.homepage() != null && !form.homepage().isBlank()) {
            return "matching/request-done"; // a bot filled the hidden field: thank it, store nothing
        }
        if (form != null) {
            form.checkLanguages(result);
            if (!MatchingForms.yes(form.consent())) {
                result.rejectValue("consent", "error.consent");
            }
            if (form.districtId() != null && districts.find(form.districtId()).isEmpty()) {
                result.rejectValue("districtId", "error.district");
            }
        }
        var locale = RequestContextUtils.getLocale(request);
        if (form == null || result.hasErrors()) {
            return page(
                    model, form == null ? RequestForm.empty() : form, FormErrors.of(result, messages, locale), false);
        }
        if (!limit.tryAcquire(Objects.toString(request.getRemoteAddr(), "?"))) {
            return page(model, form, FormErrors.none(), true);
        }
        Set<Profiles.Help> needs = MatchingForms.help(form.needs(), result, "needs");
        String lang = MatchingForms.LETTER_LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "de";
        tx.executeWithoutResult(s -> requests.save(new MentorRequest(
                form.name().strip(),
                form.contact().strip(),
                lang,
                Profiles.storeLanguages(form.skills()),
                form.districtId(),
                MatchingForms.yes(form.householdMinors()),
                Profiles.store(needs),
                "",
                MatchingForms.gender(form.preferredGender()),
                Consent.TEXT_VERSION)));
        return "matching/request-done";
    }

    private String page(Model model, RequestForm form, FormErrors errors, boolean limited) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("limited", limited);
        model.addAttribute(
                "districts",
                districts.list().stream()
                        .map(d -> new Option(d.id() + "", d.name()))
                        .toList());
        model.addAttribute("languages", Profiles.LANGUAGES);
        model.addAttribute(
                "levels",
                java.util.Arrays.stream(MatchingPeople.Level.values())
                        .map(Enum::name)
                        .toList());
        model.addAttribute(
                "helps",
                java.util.Arrays.stream(Profiles.Help.values()).map(Enum::name).toList());
        model.addAttribute("tenantName", TenantContext.require().name());
        return "matching/request";
    }
}
