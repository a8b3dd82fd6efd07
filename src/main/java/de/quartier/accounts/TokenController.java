package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.TokenForm;
import de.quartier.accounts.AccountsViews.TokenRow;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's personal access tokens for the API. A new token is shown once, in the response to the
 * form (never in a URL or the session), and can only be revoked afterwards.
 */
@Controller
class TokenController {

    private final AccessTokenService tokens;
    private final Access access;
    private final MessageSource messages;

    TokenController(AccessTokenService tokens, Access access, MessageSource messages) {
        this.tokens = tokens;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/konto/tokens")
    String list(Model model, Locale locale) {
        return page(model, TokenForm.empty(), FormErrors.none(), null, locale);
    }

    @PostMapping("/konto/tokens")
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasFieldErrors("expires")
                && form.expires() != null
                && form.expires().isBefore(LocalDate.now(AccessTokenService.ZONE))) {
            binding.rejectValue("expires", "accounts.tokens.error.past");
        }
        if (binding.hasErrors()) {
            return page(model, form, FormErrors.of(binding, messages, locale), null, locale);
        }
        AccessTokenService.Created created = tokens.create(me().userId(), form.name(), form.expires());
        return page(model, TokenForm.empty(), FormErrors.none(), created.token(), locale);
    }

    @PostMapping("/konto/tokens/{id}/widerrufen")
    String revoke(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        if (!tokens.revoke(me().userId(), id)) {
            throw new NotFoundException("token");
        }
        redirect.addFlashAttribute("notice", messages.getMessage("accounts.tokens.revoked", null, locale));
        return "redirect:/konto/tokens";
    }

    private String page(Model model, TokenForm form, FormErrors errors, @Nullable String newToken, Locale locale) {
        Instant now = Instant.now();
        var zone = AccessTokenService.ZONE;
        model.addAttribute(
                "tokens",
                tokens.of(me().userId()).stream()
                        .map(t -> new TokenRow(
                                t.id(),
                                t.name(),
                                AccountsViews.day(t.createdAt(), zone, locale),
                                t.lastUsedAt() == null
                                        ? messages.getMessage("accounts.tokens.never", null, locale)
                                        : AccountsViews.when(t.lastUsedAt(), zone, locale),
                                t.expiresAt() == null
                                        ? messages.getMessage("accounts.tokens.noExpiry", null, locale)
                                        : AccountsViews.day(t.expiresAt().minusSeconds(1), zone, locale),
                                t.revokedAt() != null ? "revoked" : t.usable(now) ? "active" : "expired"))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("newToken", newToken);
        return "accounts/tokens";
    }

    private QuartierPrincipal me() {
        return access.principal().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
