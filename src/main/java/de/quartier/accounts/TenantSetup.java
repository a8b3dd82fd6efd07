package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.TenantForm;
import de.quartier.shared.Languages;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * An operator sets up a municipality: the tenant (staff must use two factors, the default) and, if given, the
 * invitation of its first municipal admin. Shared by the operator pages and the API.
 */
@Service
class TenantSetup {

    private final TenantService tenants;
    private final InvitationService invitations;
    private final AuditLog audit;

    TenantSetup(TenantService tenants, InvitationService invitations, AuditLog audit) {
        this.tenants = tenants;
        this.invitations = invitations;
        this.audit = audit;
    }

    /** The form's problems beyond Bean Validation, as field → message key. Empty when it can be created. */
    Map<String, String> problems(TenantForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.slug() != null && !form.slug().isBlank()) {
            tenants.slugProblem(form.normalisedSlug()).ifPresent(p -> problems.put("slug", p));
        }
        if (form.timeZone() != null
                && !form.timeZone().isBlank()
                && !ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
            problems.put("timeZone", "accounts.operator.error.timeZone");
        }
        if (form.defaultLanguage() != null
                && !form.defaultLanguage().isBlank()
                && !Languages.isSupported(form.defaultLanguage())) {
            problems.put("defaultLanguage", "accounts.operator.error.language");
        }
        if (form.invitesAdmin() && (form.adminName() == null || form.adminName().isBlank())) {
            problems.put("adminName", "accounts.form.required");
        }
        return problems;
    }

    /** Creates the tenant; a slug taken meanwhile by someone else comes back as a problem, nothing stored. */
    Result create(TenantForm form) {
        Map<String, String> problems = problems(form);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        TenantInfo tenant;
        try {
            tenant = tenants.create(new TenantService.NewTenant(
                    form.name().trim(),
                    form.normalisedSlug(),
                    form.timeZone(),
                    form.defaultLanguage().toLowerCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            return new Result(null, Map.of("slug", "accounts.tenant.slug.taken"));
        }
        TenantContext.runAs(tenant, () -> audit.record("tenant.created", "tenant:" + tenant.id(), tenant.slug()));
        if (form.invitesAdmin()) {
            invitations.invite(
                    tenant, form.adminEmail().trim(), form.adminName().trim(), Role.MUNICIPAL_ADMIN, Set.of());
        }
        return new Result(tenant, Map.of());
    }

    record Result(@org.jspecify.annotations.Nullable TenantInfo tenant, Map<String, String> problems) {}
}
