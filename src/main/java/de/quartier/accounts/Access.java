package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is asking, and may they? Every module checks data-specific permissions here, on the server, for the
 * tenant of the current request: a district manager of Sudenburg may not edit Kannenstieg.
 */
@Service
public class Access {

    public Optional<QuartierPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof QuartierPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public boolean has(Role role) {
        long tenant = TenantContext.require().id();
        return principal().map(p -> p.hasRole(tenant, role)).orElse(false);
    }

    public boolean isOperator() {
        return principal().map(QuartierPrincipal::isOperator).orElse(false);
    }

    /** Municipal admins administer their tenant; operators may step in for any tenant. */
    public boolean isTenantAdmin() {
        return has(Role.MUNICIPAL_ADMIN) || isOperator();
    }

    public boolean isStaff() {
        long tenant = TenantContext.require().id();
        return principal().map(p -> p.isStaffIn(tenant)).orElse(false) || isOperator();
    }

    /** Admins manage every district of their tenant, district managers only those they are assigned. */
    public boolean canManageDistrict(long districtId) {
        if (isTenantAdmin()) {
            return true;
        }
        long tenant = TenantContext.require().id();
        return principal().stream()
                .flatMap(p -> p.grantsIn(tenant).stream())
                .anyMatch(g ->
                        g.role() == Role.DISTRICT_MANAGER && g.districtIds().contains(districtId));
    }

    /**
     * What the signed-in person may edit in the current tenant: everything ({@code all}: municipal admins and
     * operators), else the districts they manage and the organisations they edit (by their roles' scopes).
     */
    public record Scope(boolean all, Set<Long> managedDistricts, Set<Long> editedOrganisations) {}

    public Scope scope() {
        if (isTenantAdmin()) {
            return new Scope(true, Set.of(), Set.of());
        }
        long tenant = TenantContext.require().id();
        Set<Long> managed = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        for (Grant g : principal().map(p -> p.grantsIn(tenant)).orElse(List.of())) {
            if (g.role() == Role.DISTRICT_MANAGER) {
                managed.addAll(g.districtIds());
            } else if (g.role() == Role.ORGANISATION_EDITOR) {
                organisations.addAll(g.organisationIds());
            }
        }
        return new Scope(false, Set.copyOf(managed), Set.copyOf(organisations));
    }

    public void requireTenantAdmin() {
        if (!isTenantAdmin()) {
            throw new AccessDeniedException("municipal admin required");
        }
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("staff role required");
        }
    }

    public void requireDistrict(long districtId) {
        if (!canManageDistrict(districtId)) {
            throw new AccessDeniedException("district " + districtId + " not in scope");
        }
    }
}
