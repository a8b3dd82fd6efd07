package de.quartier.matching;

import de.quartier.accounts.InvitationService;
import de.quartier.accounts.InvitationService.MailText;
import de.quartier.accounts.MailService;
import de.quartier.accounts.Role;
import de.quartier.matching.MatchingForms.SignUpForm;
import de.quartier.shared.AddressLimit;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
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
 * "Volunteer with us" (Ehrenamtlich mitmachen): a public sign-up in seven languages. It answers the same whatever
 * the address: a new address gets a self-issued invitation (accounts' single-use link; the person sets a password
 * there, or confirms with the password of an existing account), an address that already belongs to a volunteer of
 * the tenant gets a mail saying so. After the link, the volunteer waits in status PENDING until a coordinator
 * confirms them. A honeypot field and a per-address limit keep bots out.
 */
@Controller
@RequestMapping("/{tenant}/ehrenamt/registrieren")
class SignUpPage {

    private final VolunteerRepository volunteers;
    private final InvitationService invitations;
    private final MailService mail;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final AddressLimit limit;
    private final String baseUrl;

    SignUpPage(
            VolunteerRepository volunteers,
            InvitationService invitations,
            MailService mail,
            MessageSource messages,
            TransactionTemplate tx,
            @Value("${quartier.matching.sign-ups-per-hour:5}") int limit,
            @Value("${quartier.base-url:http://localhost:8080}") String baseUrl) {
        this.volunteers = volunteers;
        this.invitations = invitations;
        this.mail = mail;
        this.messages = messages;
        this.tx = tx;
        this.limit = new AddressLimit(limit, Clock.systemUTC());
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("matching.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String form(@PathVariable String tenant, Model model) {
        return page(model, SignUpForm.empty(), FormErrors.none(), false);
    }

    @GetMapping("/gesendet")
    String sent(@PathVariable String tenant) {
        return "matching/signup-sent";
    }

    @PostMapping
    String send(
            @PathVariable String tenant,
            @Valid @ModelAttribute("signUpForm") @Nullable SignUpForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        String sent = "redirect:/" + TenantContext.require().slug() + "/ehrenamt/registrieren/gesendet";
        if (form != null && form.homepage() != null && !form.homepage().isBlank()) {
            return sent; // a bot filled the hidden field: the usual answer, nothing sent
        }
        if (form != null && !MatchingForms.yes(form.consent())) {
            result.rejectValue("consent", "error.consent");
        }
        Locale locale = RequestContextUtils.getLocale(request);
        if (form == null || result.hasErrors()) {
            return page(
                    model, form == null ? SignUpForm.empty() : form, FormErrors.of(result, messages, locale), false);
        }
        if (!limit.tryAcquire(Objects.toString(request.getRemoteAddr(), "?"))) {
            return page(model, form, FormErrors.none(), true);
        }
        String email = form.email().strip().toLowerCase(Locale.ROOT);
        String name = form.name().strip();
        TenantInfo t = TenantContext.require();
        if (Boolean.TRUE.equals(tx.execute(s -> volunteers.findByEmail(email).isPresent()))) {
            mail.send(
                    email,
                    messages.getMessage("matching.public.signup.mail.known.subject", new Object[] {t.name()}, locale),
                    messages.getMessage(
                            "matching.public.signup.mail.known.body",
                            new Object[] {name, t.name(), baseUrl + "/login", baseUrl + "/passwort/vergessen"},
                            locale));
        } else {
            invitations.inviteSelf(
                    email,
                    name,
                    Role.VOLUNTEER,
                    locale,
                    Consent.TEXT_VERSION,
                    (link, until, accountExists) -> new MailText(
                            messages.getMessage("matching.public.signup.mail.subject", new Object[] {t.name()}, locale),
                            messages.getMessage(
                                    accountExists
                                            ? "matching.public.signup.mail.bodyExisting"
                                            : "matching.public.signup.mail.body",
                                    new Object[] {name, t.name(), link, until},
                                    locale)));
        }
        return sent;
    }

    private String page(Model model, SignUpForm form, FormErrors errors, boolean limited) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("limited", limited);
        model.addAttribute("tenantName", TenantContext.require().name());
        model.addAttribute("consentVersion", Consent.TEXT_VERSION);
        return "matching/signup";
    }
}
