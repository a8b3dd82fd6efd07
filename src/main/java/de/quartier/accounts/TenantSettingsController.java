package de.quartier.accounts;

import de.quartier.shared.FormErrors;
import de.quartier.shared.Languages;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A municipal admin edits the tenant's name, default language, two-factor rule and legal texts. */
@Controller
class TenantSettingsController {

    private final TenantRepository tenants;
    private final Access access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final TenantService tenantService;

    TenantSettingsController(
            TenantRepository tenants,
            Access access,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx,
            TenantService tenantService) {
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
        this.tenantService = tenantService;
    }

    @GetMapping("/{tenant}/verwaltung/einstellungen")
    String edit(Model model) {
        access.requireTenantAdmin();
        return form(TenantSettingsForm.of(current()), FormErrors.none(), model);
    }

    @PostMapping("/{tenant}/verwaltung/einstellungen")
    String save(
            @Valid @ModelAttribute TenantSettingsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        if (result.hasErrors()) {
            return form(form, FormErrors.of(result, messages, locale), model);
        }
        try {
            tx.executeWithoutResult(status -> {
                Tenant tenant = current();
                if (tenant.version() != form.version()) {
                    throw new ObjectOptimisticLockingFailureException(Tenant.class, tenant.id());
                }
                boolean twoFactorChanged = tenant.requireStaffTwoFactor() != form.requireStaffTwoFactor();
                tenant.settings(form.name().strip(), form.defaultLanguage());
                tenant.requireStaffTwoFactor(form.requireStaffTwoFactor());
                tenant.legalTexts(form.imprintText(), form.privacyText(), form.accessibilityText());
                audit.record(
                        "tenant.settings.changed",
                        "tenant:" + tenant.slug(),
                        twoFactorChanged ? "requireStaffTwoFactor=" + form.requireStaffTwoFactor() : null);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("accounts.settings.concurrent");
            return form(TenantSettingsForm.of(current()), FormErrors.of(result, messages, locale), model);
        }
        tenantService.forget(TenantContext.require().slug());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/einstellungen";
    }

    private Tenant current() {
        return tenants.findById(TenantContext.require().id()).orElseThrow(() -> new NotFoundException("tenant"));
    }

    private String form(TenantSettingsForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", Languages.PUBLIC);
        model.addAttribute("saved", Boolean.TRUE.equals(model.getAttribute("saved")));
        return "accounts/settings";
    }
}
