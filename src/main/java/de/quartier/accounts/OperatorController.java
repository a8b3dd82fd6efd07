package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.TenantForm;
import de.quartier.shared.FormErrors;
import de.quartier.shared.Languages;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's area: municipalities, the outbox and the audit log of the whole installation. */
@Controller
class OperatorController {

    private final TenantService tenants;
    private final TenantSetup setup;
    private final OutboxViews views;
    private final MessageSource messages;

    OperatorController(TenantService tenants, TenantSetup setup, OutboxViews views, MessageSource messages) {
        this.tenants = tenants;
        this.setup = setup;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/betrieb")
    String home() {
        return "accounts/operator-home";
    }

    @GetMapping("/betrieb/kommunen")
    String tenants(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "accounts/operator-tenants";
    }

    @GetMapping("/betrieb/kommunen/neu")
    String newTenant(Model model) {
        return form(model, TenantForm.empty(), FormErrors.none());
    }

    @PostMapping("/betrieb/kommunen/neu")
    String createTenant(
            @Valid @ModelAttribute("form") TenantForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("adminEmail") && !form.invitesAdmin()) {
            binding.rejectValue("adminEmail", "accounts.form.required");
        }
        setup.problems(form).forEach((field, key) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, key);
            }
        });
        if (binding.hasErrors()) {
            return form(model, form, FormErrors.of(binding, messages, locale));
        }
        TenantSetup.Result result = setup.create(form);
        if (result.tenant() == null) {
            result.problems().forEach(binding::rejectValue);
            return form(model, form, FormErrors.of(binding, messages, locale));
        }
        redirect.addFlashAttribute("created", result.tenant().name());
        redirect.addFlashAttribute("invited", form.adminEmail());
        return "redirect:/betrieb/kommunen";
    }

    private String form(Model model, TenantForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", AccountsViews.TIME_ZONES);
        model.addAttribute("languages", Languages.PUBLIC);
        return "accounts/operator-tenant-new";
    }

    @GetMapping("/betrieb/postausgang")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        views.outbox(model, null, page, "/betrieb/postausgang", locale);
        return "accounts/outbox";
    }

    @GetMapping("/betrieb/postausgang/{id}")
    String mail(@PathVariable long id, Model model, Locale locale) {
        views.mail(model, null, id, "/betrieb/postausgang", locale);
        return "accounts/outbox-mail";
    }

    @GetMapping("/betrieb/protokoll")
    String audit(
            @ModelAttribute("filter") AccountsViews.AuditFilter filter,
            BindingResult ignoredBadDates,
            Model model,
            Locale locale) {
        views.audit(model, null, filter, "/betrieb/protokoll", locale);
        return "accounts/audit";
    }
}
