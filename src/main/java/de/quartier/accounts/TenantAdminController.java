package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A tenant's administration: the start page with one card per {@link AdminSection} (any module may add one), and
 * the tenant's audit log and outbox, which only its municipal admins (and operators) may read.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung")
class TenantAdminController {

    private final ObjectProvider<AdminSection> sections;
    private final Access access;
    private final OutboxViews views;

    TenantAdminController(ObjectProvider<AdminSection> sections, Access access, OutboxViews views) {
        this.sections = sections;
        this.access = access;
        this.views = views;
    }

    @GetMapping
    String home(@PathVariable String tenant, Model model) {
        access.requireStaff();
        boolean admin = access.isTenantAdmin();
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(s -> s.shownTo(admin, access::has))
                        .sorted(Comparator.comparingInt(AdminSection::order).thenComparing(AdminSection::href))
                        .toList());
        return "accounts/admin-home";
    }

    @GetMapping("/protokoll")
    String audit(
            @PathVariable String tenant,
            @ModelAttribute("filter") AccountsViews.AuditFilter filter,
            BindingResult ignoredBadDates,
            Model model,
            Locale locale) {
        access.requireTenantAdmin();
        var current = TenantContext.require();
        views.audit(model, current, filter, "/" + current.slug() + "/verwaltung/protokoll", locale);
        return "accounts/audit";
    }

    @GetMapping("/postausgang")
    String outbox(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        access.requireTenantAdmin();
        var current = TenantContext.require();
        views.outbox(model, current, page, "/" + current.slug() + "/verwaltung/postausgang", locale);
        return "accounts/outbox";
    }

    @GetMapping("/postausgang/{id}")
    String mail(@PathVariable String tenant, @PathVariable long id, Model model, Locale locale) {
        access.requireTenantAdmin();
        var current = TenantContext.require();
        views.mail(model, current, id, "/" + current.slug() + "/verwaltung/postausgang", locale);
        return "accounts/outbox-mail";
    }
}
