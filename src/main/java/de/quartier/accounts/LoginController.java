package de.quartier.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (the form posts to Spring Security's /login) and the second step, /login/zwei-faktor, where a
 * {@link PendingLogin} enters a code from the app or a recovery code.
 */
@Controller
class LoginController {

    /** A code from the app or a recovery code. */
    record CodeForm(
            @NotBlank(message = "{accounts.twofactor.code.required}")
            @Size(max = 64, message = "{accounts.twofactor.code.wrong}")
            String code) {}

    private final TwoFactorService twoFactor;
    private final LoginThrottle throttle;
    private final SignIn signIn;
    private final MessageSource messages;

    LoginController(TwoFactorService twoFactor, LoginThrottle throttle, SignIn signIn, MessageSource messages) {
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String abgelaufen,
            @RequestParam(required = false) @Nullable String passwortNeu,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("expired", abgelaufen != null);
        model.addAttribute("passwordReset", passwortNeu != null);
        return "accounts/login";
    }

    @GetMapping("/login/zwei-faktor")
    String codeForm(HttpServletRequest request, Model model) {
        if (pendingCode(request).isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("errors", de.quartier.shared.FormErrors.none());
        return "accounts/login-two-factor";
    }

    @PostMapping("/login/zwei-faktor")
    String verifyCode(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Optional<PendingLogin> found = pendingCode(request);
        if (found.isEmpty()) {
            return "redirect:/login";
        }
        PendingLogin pending = found.get();
        if (throttle.isLocked(pending.userId())) {
            signIn.record(AuditLog.LOGIN_FAILED, pending.userId(), pending.email(), "account locked");
            return abandon(request);
        }
        if (!binding.hasErrors() && twoFactor.verify(pending.userId(), form.code())) {
            signIn.complete(request, response, pending.userId());
            return "redirect:" + pending.target();
        }
        if (!binding.hasErrors()) {
            signIn.failed(pending.userId(), pending.email(), "wrong second factor");
            if (throttle.isLocked(pending.userId())) {
                return abandon(request);
            }
            binding.rejectValue("code", "accounts.twofactor.code.wrong");
        }
        model.addAttribute("errors", de.quartier.shared.FormErrors.of(binding, messages, locale));
        return "accounts/login-two-factor";
    }

    /** Locked while in the second step: back to the password page, with the same message as any failure. */
    private static String abandon(HttpServletRequest request) {
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        return "redirect:/login?error";
    }

    private static Optional<PendingLogin> pendingCode(HttpServletRequest request) {
        return PendingLogin.of(request).filter(p -> p.stage() == PendingLogin.Stage.CODE);
    }
}
