package de.quartier.accounts;

import de.quartier.shared.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /passwort/vergessen asks for the address, /passwort/neu/{token} sets the new password. Public pages. */
@Controller
class PasswordResetController {

    record ForgotForm(
            @NotBlank(message = "{accounts.reset.email.required}")
            @Size(max = 254, message = "{accounts.reset.email.required}")
            String email) {}

    record NewPasswordForm(
            @NotBlank(message = "{accounts.reset.password.required}")
            String password,

            @NotBlank(message = "{accounts.reset.password.required}")
            String repeat) {}

    private final PasswordResetService resets;
    private final MessageSource messages;
    private final String publicUrl;

    PasswordResetController(
            PasswordResetService resets, MessageSource messages, @Value("${quartier.base-url:}") String publicUrl) {
        this.resets = resets;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/passwort/vergessen")
    String forgotForm(@RequestParam(required = false) @Nullable String gesendet, Model model) {
        model.addAttribute("sent", gesendet != null);
        model.addAttribute("email", "");
        model.addAttribute("errors", FormErrors.none());
        return "accounts/password-forgot";
    }

    @PostMapping("/passwort/vergessen")
    String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult binding, Locale locale, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("sent", false);
            model.addAttribute("email", form.email());
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "accounts/password-forgot";
        }
        resets.requestReset(form.email(), baseUrl(), locale);
        return "redirect:/passwort/vergessen?gesendet";
    }

    @GetMapping("/passwort/neu/{token}")
    String newPasswordForm(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (resets.accountOf(token).isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "accounts/password-new";
    }

    @PostMapping("/passwort/neu/{token}")
    String setNewPassword(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult binding,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        if (!binding.hasErrors() && !form.password().equals(form.repeat())) {
            binding.rejectValue("repeat", "accounts.reset.password.mismatch");
        }
        if (!binding.hasErrors()) {
            switch (resets.reset(token, form.password())) {
                case PasswordResetService.Result.Done done -> {
                    return "redirect:/login?passwortNeu";
                }
                case PasswordResetService.Result.InvalidLink invalid -> {
                    return invalid(response);
                }
                case PasswordResetService.Result.Rejected rejected ->
                    binding.rejectValue(
                            "password", rejected.messageKey(), new Object[] {PasswordPolicy.MIN_LENGTH}, null);
            }
        } else if (resets.accountOf(token).isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return "accounts/password-new";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "accounts/password-invalid";
    }

    /** The link in the mail: the configured public address, else the one this request came in on. */
    private String baseUrl() {
        return publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl.replaceAll("/+$", "");
    }
}
