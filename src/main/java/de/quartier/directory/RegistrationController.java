package de.quartier.directory;

import de.quartier.directory.DirectoryAdminViews.Option;
import de.quartier.directory.DirectoryEditingForms.RegistrationForm;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Self-registration of an organisation, without an account: it is stored as PENDING (not public, not
 * searchable) until a district manager of one of its districts or an admin approves it, which invites the
 * registrant as its editor. A honeypot field and a per-address limit keep bots out.
 */
@Controller
@RequestMapping("/{tenant}/organisationen/registrieren")
class RegistrationController {

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final History history;
    private final DistrictService districts;
    private final RegistrationThrottle throttle;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    RegistrationController(
            OrganisationRepository organisations,
            LocationRepository locations,
            History history,
            DistrictService districts,
            RegistrationThrottle throttle,
            MessageSource messages,
            TransactionTemplate tx) {
        this.organisations = organisations;
        this.locations = locations;
        this.history = history;
        this.districts = districts;
        this.throttle = throttle;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("directory.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String form(@PathVariable String tenant, Model model) {
        return page(model, RegistrationForm.empty(), FormErrors.none(), false);
    }

    @PostMapping
    String register(
            @PathVariable String tenant,
            @Valid @ModelAttribute("registrationForm") @Nullable RegistrationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (form != null && form.homepage() != null && !form.homepage().isBlank()) {
            // a bot filled the hidden field: say thanks, store nothing
            return "directory/register-done";
        }
        Set<Long> known = districts.list().stream().map(DistrictSummary::id).collect(Collectors.toSet());
        if (form != null && !known.containsAll(DirectoryEditingForms.list(form.districtIds()))) {
            result.rejectValue("districtIds", "register.error.districts");
        }
        if (form != null && DirectoryEditingForms.list(form.districtIds()).isEmpty() && !known.isEmpty()) {
            result.rejectValue("districtIds", "register.error.districtRequired");
        }
        var locale = RequestContextUtils.getLocale(request);
        if (form == null || result.hasErrors()) {
            return page(
                    model,
                    form == null ? RegistrationForm.empty() : form,
                    FormErrors.of(result, messages, locale),
                    false);
        }
        if (!throttle.tryAcquire(Objects.toString(request.getRemoteAddr(), "?"))) {
            return page(model, form, FormErrors.none(), true);
        }
        RegistrationForm f = form;
        tx.executeWithoutResult(status -> {
            Organisation o = new Organisation(f.name().strip(), f.kind(), EntryStatus.PENDING);
            o.update(
                    f.name().strip(),
                    f.kind(),
                    DirectoryEditingForms.text(f.description()).strip(),
                    DirectoryEditingForms.blankToNull(f.website()),
                    f.email().strip(),
                    null,
                    f.contactName().strip());
            o.registrant(f.contactName().strip(), f.email().strip());
            o.districtIds().addAll(new HashSet<>(DirectoryEditingForms.list(f.districtIds())));
            String street = DirectoryEditingForms.blankToNull(f.street());
            if (street != null) {
                Location l = new Location(f.name().strip());
                List<Long> ds = DirectoryEditingForms.list(f.districtIds());
                l.update(
                        f.name().strip(),
                        street,
                        DirectoryEditingForms.blankToNull(f.postalCode()),
                        DirectoryEditingForms.blankToNull(f.city()),
                        ds.size() == 1 ? ds.get(0) : null,
                        null,
                        null);
                o.locations().add(locations.save(l));
            }
            organisations.save(o);
            history.record(
                    History.ORGANISATION,
                    o.id(),
                    "registered",
                    "name: " + o.name() + "\nregistrant: " + f.contactName().strip() + " <"
                            + f.email().strip() + ">",
                    f.contactName().strip());
        });
        model.addAttribute("name", f.name().strip());
        return "directory/register-done";
    }

    private String page(Model model, RegistrationForm form, FormErrors errors, boolean limited) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("limited", limited);
        model.addAttribute("kinds", List.of(OrganisationKind.values()));
        model.addAttribute(
                "districts",
                districts.list().stream().map(d -> new Option(d.id(), d.name())).toList());
        model.addAttribute("tenantName", TenantContext.require().name());
        return "directory/register";
    }
}
