package de.quartier.accounts;

import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Imprint, privacy notice and accessibility statement: each tenant's own texts (edited in its settings), and
 * the installation's texts (from configuration) on pages outside any tenant. The texts are legal documents in
 * German; in other languages the page says so and marks the text {@code lang="de"}.
 */
@Controller
class LegalPagesController {

    enum Kind {
        IMPRINT("impressum"),
        PRIVACY("datenschutz"),
        ACCESSIBILITY("barrierefreiheit");

        final String path;

        Kind(String path) {
            this.path = path;
        }

        static Kind of(String path) {
            return Arrays.stream(values())
                    .filter(k -> k.path.equals(path))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("page"));
        }

        String titleKey() {
            return "accounts.legal." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final TenantRepository tenants;
    private final String installationImprint;
    private final String installationPrivacy;
    private final String installationAccessibility;

    LegalPagesController(
            TenantRepository tenants,
            @Value("${quartier.legal.imprint:}") String installationImprint,
            @Value("${quartier.legal.privacy:}") String installationPrivacy,
            @Value("${quartier.legal.accessibility:}") String installationAccessibility) {
        this.tenants = tenants;
        this.installationImprint = installationImprint;
        this.installationPrivacy = installationPrivacy;
        this.installationAccessibility = installationAccessibility;
    }

    @GetMapping({"/impressum", "/datenschutz", "/barrierefreiheit"})
    String installationPage(jakarta.servlet.http.HttpServletRequest request, Model model) {
        Kind kind = Kind.of(request.getRequestURI().substring(1));
        String text = switch (kind) {
            case IMPRINT -> installationImprint;
            case PRIVACY -> installationPrivacy;
            case ACCESSIBILITY -> installationAccessibility;
        };
        return page(kind, text, model);
    }

    @GetMapping("/{tenant}/{page:impressum|datenschutz|barrierefreiheit}")
    String tenantPage(@PathVariable String page, Model model) {
        Tenant tenant =
                tenants.findById(TenantContext.require().id()).orElseThrow(() -> new NotFoundException("tenant"));
        Kind kind = Kind.of(page);
        String text = switch (kind) {
            case IMPRINT -> tenant.imprintText();
            case PRIVACY -> tenant.privacyText();
            case ACCESSIBILITY -> tenant.accessibilityText();
        };
        return page(kind, text, model);
    }

    private static String page(Kind kind, String text, Model model) {
        model.addAttribute("titleKey", kind.titleKey());
        model.addAttribute("paragraphs", paragraphs(text));
        model.addAttribute("accessibility", kind == Kind.ACCESSIBILITY);
        return "accounts/legal";
    }

    /** Plain text with blank lines between paragraphs; no markup is ever interpreted. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
