package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.AcceptForm;
import de.quartier.accounts.AccountsViews.ConfirmForm;
import de.quartier.shared.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public page behind an invitation link. Unknown links answer 404, used or expired ones 410; in either case
 * nothing changes. A new person chooses name and password; someone with an account confirms with its password
 * (or, when signed in with the invited address, with one click). Signing in is a separate step afterwards, so
 * login rules such as two factors always apply.
 */
@Controller
class InvitationController {

    private final InvitationService invitations;
    private final PasswordPolicy policy;
    private final Access access;
    private final MessageSource messages;

    InvitationController(InvitationService invitations, PasswordPolicy policy, Access access, MessageSource messages) {
        this.invitations = invitations;
        this.policy = policy;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/einladung/angenommen")
    String accepted() {
        return "accounts/invitation-done";
    }

    @GetMapping("/einladung/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, model, response, null, FormErrors.none());
    }

    @PostMapping("/einladung/{token}")
    String acceptNew(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<InvitationService.View> view = open(token);
        if (view.isEmpty()) {
            return page(token, model, response, null, FormErrors.none());
        }
        if (!binding.hasFieldErrors("password") && form.password() != null) {
            policy.problem(form.password(), view.get().email()).ifPresent(key -> binding.rejectValue("password", key));
        }
        if (!binding.hasFieldErrors("passwordRepeat")
                && form.password() != null
                && !form.password().equals(form.passwordRepeat())) {
            binding.rejectValue("passwordRepeat", "accounts.invite.error.mismatch");
        }
        if (binding.hasErrors()) {
            return page(token, model, response, form.displayName(), FormErrors.of(binding, messages, locale));
        }
        return outcome(
                invitations.acceptAsNewAccount(token, form.displayName(), form.password()), token, model, response);
    }

    @PostMapping("/einladung/{token}/bestaetigen")
    String confirm(
            @PathVariable String token,
            @Valid @ModelAttribute("form") ConfirmForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return page(token, model, response, null, FormErrors.of(binding, messages, locale));
        }
        InvitationService.Outcome outcome = invitations.acceptWithPassword(token, form.password());
        if (outcome == InvitationService.Outcome.WRONG_PASSWORD) {
            binding.rejectValue("password", "accounts.invite.error.wrongPassword");
            return page(token, model, response, null, FormErrors.of(binding, messages, locale));
        }
        return outcome(outcome, token, model, response);
    }

    @PostMapping("/einladung/{token}/annehmen")
    String acceptSignedIn(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<QuartierPrincipal> principal = access.principal();
        if (principal.isEmpty()) {
            return page(token, model, response, null, FormErrors.none());
        }
        return outcome(invitations.acceptSignedIn(token, principal.get()), token, model, response);
    }

    private Optional<InvitationService.View> open(String token) {
        return invitations.find(token).filter(v -> v.state() == Invitation.State.OPEN);
    }

    private String outcome(InvitationService.Outcome outcome, String token, Model model, HttpServletResponse response) {
        if (outcome == InvitationService.Outcome.ACCEPTED) {
            return "redirect:/einladung/angenommen";
        }
        return page(token, model, response, null, FormErrors.none());
    }

    private String page(
            String token, Model model, HttpServletResponse response, @Nullable String displayName, FormErrors errors) {
        Optional<InvitationService.View> found = invitations.find(token);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("reason", "unknown");
            return "accounts/invitation-gone";
        }
        InvitationService.View view = found.get();
        if (view.state() != Invitation.State.OPEN) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("reason", view.state() == Invitation.State.ACCEPTED ? "used" : "expired");
            return "accounts/invitation-gone";
        }
        boolean signedInAsInvitee = access.principal()
                .map(p -> p.email().equalsIgnoreCase(view.email()))
                .orElse(false);
        String mode = signedInAsInvitee ? "signedIn" : view.accountExists() ? "existing" : "new";
        model.addAttribute("token", token);
        model.addAttribute("tenantName", view.tenant().name());
        model.addAttribute("role", view.role());
        model.addAttribute("email", view.email());
        model.addAttribute("displayName", displayName == null ? view.name() : displayName);
        model.addAttribute("mode", mode);
        model.addAttribute("errors", errors);
        return "accounts/invitation";
    }
}
