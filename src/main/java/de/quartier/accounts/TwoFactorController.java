package de.quartier.accounts;

import de.quartier.shared.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor settings at /konto/zwei-faktor: set up (QR code and secret, confirmed with a code), show the
 * recovery codes once, make new ones, switch off. Also the forced set-up of a {@link PendingLogin} in stage
 * ENROL, whose sign-in completes when the code is confirmed.
 */
@Controller
class TwoFactorController {

    static final String CANDIDATE = TwoFactorController.class.getName() + ".CANDIDATE";
    static final String FRESH_CODES = TwoFactorController.class.getName() + ".FRESH_CODES";

    record CodeForm(
            @NotBlank(message = "{accounts.twofactor.code.required}")
            @Size(max = 64, message = "{accounts.twofactor.code.wrong}")
            String code) {}

    record DisableForm(
            @NotBlank(message = "{accounts.account.required}") @Size(max = 128, message = "{accounts.account.required}")
            String password,

            @NotBlank(message = "{accounts.twofactor.code.required}")
            @Size(max = 64, message = "{accounts.twofactor.code.wrong}")
            String code) {}

    /** Recovery codes waiting to be shown once, and where to continue afterwards. */
    record FreshCodes(List<String> codes, String next) implements Serializable {}

    /** Who is at the page: the signed-in person, or a pending sign-in that must set up two factors first. */
    record Person(long userId, String email, Optional<PendingLogin> pending) {}

    private final TwoFactorService twoFactor;
    private final AccountRepository accounts;
    private final Access access;
    private final SignIn signIn;
    private final MessageSource messages;

    TwoFactorController(
            TwoFactorService twoFactor,
            AccountRepository accounts,
            Access access,
            SignIn signIn,
            MessageSource messages) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.access = access;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/konto/zwei-faktor")
    String page(HttpServletRequest request, @RequestParam(required = false) @Nullable String deaktiviert, Model model) {
        Person person = person(request);
        model.addAttribute("disabledNow", deaktiviert != null);
        return show(request, person, model, FormErrors.none(), FormErrors.none());
    }

    @PostMapping("/konto/zwei-faktor/einrichten")
    String enable(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Person person = person(request);
        HttpSession session = request.getSession();
        if (!(session.getAttribute(CANDIDATE) instanceof String secret)) {
            return "redirect:/konto/zwei-faktor";
        }
        Optional<List<String>> codes =
                binding.hasErrors() ? Optional.empty() : twoFactor.enable(person.userId(), secret, form.code());
        if (codes.isEmpty()) {
            if (!binding.hasErrors()) {
                binding.rejectValue("code", "accounts.twofactor.code.wrong");
            }
            model.addAttribute("disabledNow", false);
            return show(request, person, model, FormErrors.of(binding, messages, locale), FormErrors.none());
        }
        session.removeAttribute(CANDIDATE);
        String next = "/konto/zwei-faktor";
        if (person.pending().isPresent()) {
            signIn.complete(request, response, person.userId());
            next = person.pending().get().target();
        }
        signIn.record("twofactor.enabled", person.userId(), person.email(), null);
        request.getSession().setAttribute(FRESH_CODES, new FreshCodes(codes.get(), next));
        return "redirect:/konto/zwei-faktor/wiederherstellungscodes";
    }

    /** The recovery codes, once: the session forgets them as soon as they are shown. */
    @GetMapping("/konto/zwei-faktor/wiederherstellungscodes")
    String freshCodes(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(FRESH_CODES) instanceof FreshCodes fresh)
                || access.principal().isEmpty()) {
            return "redirect:/konto/zwei-faktor";
        }
        session.removeAttribute(FRESH_CODES);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("codes", fresh.codes());
        model.addAttribute("next", fresh.next());
        return "accounts/two-factor-codes";
    }

    @PostMapping("/konto/zwei-faktor/neue-codes")
    String regenerate(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult binding,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Person person = signedIn();
        Optional<List<String>> codes = binding.hasErrors()
                ? Optional.empty()
                : twoFactor.regenerateRecoveryCodes(person.userId(), form.code());
        if (codes.isEmpty()) {
            if (!binding.hasErrors()) {
                binding.rejectValue("code", "accounts.twofactor.code.wrong");
            }
            model.addAttribute("disabledNow", false);
            return show(request, person, model, FormErrors.of(binding, messages, locale), FormErrors.none());
        }
        signIn.record("twofactor.recovery-codes", person.userId(), person.email(), null);
        request.getSession().setAttribute(FRESH_CODES, new FreshCodes(codes.get(), "/konto/zwei-faktor"));
        return "redirect:/konto/zwei-faktor/wiederherstellungscodes";
    }

    @PostMapping("/konto/zwei-faktor/deaktivieren")
    String disable(
            @Valid @ModelAttribute("disable") DisableForm form,
            BindingResult binding,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Person person = signedIn();
        if (!binding.hasErrors()) {
            switch (twoFactor.disable(person.userId(), form.password(), form.code())) {
                case DONE -> {
                    signIn.record("twofactor.disabled", person.userId(), person.email(), null);
                    return "redirect:/konto/zwei-faktor?deaktiviert";
                }
                case WRONG_PASSWORD -> binding.rejectValue("password", "accounts.twofactor.disable.wrongPassword");
                case WRONG_CODE -> binding.rejectValue("code", "accounts.twofactor.code.wrong");
                case REQUIRED_BY_TENANT -> binding.reject("accounts.twofactor.disable.required");
            }
        }
        model.addAttribute("disabledNow", false);
        return show(request, person, model, FormErrors.none(), FormErrors.of(binding, messages, locale));
    }

    private String show(
            HttpServletRequest request, Person person, Model model, FormErrors errors, FormErrors disableErrors) {
        Account account = accounts.findById(person.userId()).orElseThrow();
        model.addAttribute("enabled", account.twoFactorEnabled());
        model.addAttribute("forced", person.pending().isPresent());
        model.addAttribute("errors", errors);
        model.addAttribute("disableErrors", disableErrors);
        model.addAttribute("required", twoFactor.requiredFor(person.userId()));
        if (account.twoFactorEnabled()) {
            model.addAttribute("remaining", twoFactor.remainingRecoveryCodes(person.userId()));
            model.addAttribute("secret", "");
            model.addAttribute("qr", "");
            return "accounts/two-factor";
        }
        // The candidate secret lives only in the session until a code confirms it, so reloading the page keeps
        // the QR code the person may already have scanned.
        HttpSession session = request.getSession();
        String secret = session.getAttribute(CANDIDATE) instanceof String s ? s : Totp.newSecret();
        session.setAttribute(CANDIDATE, secret);
        String uri = TwoFactorService.otpauthUri(secret, account.email());
        model.addAttribute("remaining", 0);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute(
                "qr",
                TwoFactorService.qrSvg(
                        uri,
                        messages.getMessage(
                                "accounts.twofactor.qr.label",
                                null,
                                org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        return "accounts/two-factor";
    }

    private Person person(HttpServletRequest request) {
        Optional<QuartierPrincipal> principal = access.principal();
        if (principal.isPresent()) {
            return new Person(principal.get().userId(), principal.get().email(), Optional.empty());
        }
        return PendingLogin.of(request)
                .filter(p -> p.stage() == PendingLogin.Stage.ENROL)
                .map(p -> new Person(p.userId(), p.email(), Optional.of(p)))
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    private Person signedIn() {
        QuartierPrincipal principal =
                access.principal().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        return new Person(principal.userId(), principal.email(), Optional.empty());
    }
}
