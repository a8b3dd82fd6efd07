package de.quartier.accounts;

import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own account at /konto: who they are, their roles, password and two factors. */
@Controller
class AccountController {

    record PasswordForm(
            @NotBlank(message = "{accounts.account.required}")
            String current,

            @NotBlank(message = "{accounts.account.required}")
            String password,

            @NotBlank(message = "{accounts.account.required}")
            String repeat) {}

    private final Access access;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final TenantService tenants;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignIn signIn;
    private final MessageSource messages;

    AccountController(
            Access access,
            AccountRepository accounts,
            MembershipRepository memberships,
            TenantService tenants,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SignIn signIn,
            MessageSource messages) {
        this.access = access;
        this.accounts = accounts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.encoder = encoder;
        this.policy = policy;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/konto")
    String account(@RequestParam(required = false) @Nullable String passwortGeaendert, Model model) {
        model.addAttribute("passwordChanged", passwortGeaendert != null);
        return show(model, FormErrors.none());
    }

    @PostMapping("/konto/passwort")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Account account = me();
        if (!binding.hasFieldErrors("current")
                && (account.passwordHash() == null || !encoder.matches(form.current(), account.passwordHash()))) {
            binding.rejectValue("current", "accounts.account.password.wrongCurrent");
        }
        if (!binding.hasFieldErrors("password")) {
            policy.problem(form.password(), account.email())
                    .ifPresent(key ->
                            binding.rejectValue("password", key, new Object[] {PasswordPolicy.MIN_LENGTH}, null));
        }
        if (!binding.hasFieldErrors("password")
                && !binding.hasFieldErrors("repeat")
                && !form.password().equals(form.repeat())) {
            binding.rejectValue("repeat", "accounts.reset.password.mismatch");
        }
        if (binding.hasErrors()) {
            model.addAttribute("passwordChanged", false);
            return show(model, FormErrors.of(binding, messages, locale));
        }
        account.passwordHash(encoder.encode(form.password()));
        accounts.save(account);
        request.changeSessionId();
        signIn.record("password.changed", account.id(), account.email(), null);
        return "redirect:/konto?passwortGeaendert";
    }

    private String show(Model model, FormErrors errors) {
        Account account = me();
        Map<String, List<String>> roles = new TreeMap<>();
        TenantContext.callAcrossTenants(() -> memberships.findByUserId(account.id())).stream()
                .sorted(Comparator.comparing(Membership::role))
                .forEach(m -> roles.computeIfAbsent(
                                tenants.byId(m.tenantId()).map(t -> t.name()).orElse("?"), k -> new ArrayList<>())
                        .add(m.role().messageKey()));
        model.addAttribute("name", account.displayName());
        model.addAttribute("email", account.email());
        model.addAttribute("operator", account.operator());
        // tenant name -> message keys of the person's roles there
        model.addAttribute("roles", List.copyOf(roles.entrySet()));
        model.addAttribute("twoFactor", account.twoFactorEnabled());
        model.addAttribute("errors", errors);
        return "accounts/account";
    }

    private Account me() {
        long id = access.principal()
                .map(QuartierPrincipal::userId)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
        return accounts.findById(id).orElseThrow();
    }
}
