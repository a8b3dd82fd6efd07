package de.quartier.courses;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.Grant;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.shared.TenantContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with courses and referrals, checked on the server for every request. Courses: coordinators and
 * municipal admins all, organisation editors those of their own organisations, social workers read them.
 * Referrals carry newcomers' personal data: the tenant's coordinators see all, a social worker only their own
 * referrals; every read is written to the audit log. Volunteers and everyone else get 403.
 */
@Component
class CourseAccess {

    static final String AUDIT_PURPOSE = "courses.referral";

    /** The signed-in person's reach in the current tenant. */
    record Scope(boolean coordinator, boolean admin, boolean socialWorker, Set<Long> organisations, String email) {

        boolean managesAll() {
            return coordinator || admin;
        }

        boolean seesCourses() {
            return managesAll() || socialWorker || !organisations.isEmpty();
        }

        boolean mayEdit(long organisationId) {
            return managesAll() || organisations.contains(organisationId);
        }

        boolean mayCreateCourses() {
            return managesAll() || !organisations.isEmpty();
        }

        boolean mayRefer() {
            return coordinator || socialWorker;
        }

        boolean seesReferral(Referral r) {
            return coordinator || (socialWorker && r.referredBy().equals(email));
        }
    }

    private final Access access;
    private final AuditLog audit;

    CourseAccess(Access access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    Scope scope() {
        long tenant = TenantContext.require().id();
        List<Grant> grants = access.principal().map(p -> p.grantsIn(tenant)).orElse(List.of());
        Set<Long> orgs = new HashSet<>();
        boolean coordinator = false;
        boolean admin = access.isTenantAdmin();
        boolean social = false;
        for (Grant g : grants) {
            switch (g.role()) {
                case COORDINATOR -> coordinator = true;
                case SOCIAL_WORKER -> social = true;
                case ORGANISATION_EDITOR -> orgs.addAll(g.organisationIds());
                default -> {}
            }
        }
        String email =
                access.principal().map(QuartierPrincipal::email).orElse("").toLowerCase(Locale.ROOT);
        return new Scope(coordinator, admin, social, Set.copyOf(orgs), email);
    }

    /** The signed-in person (referrers are always signed in). */
    QuartierPrincipal me() {
        return access.principal().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    Scope requireCourses() {
        Scope s = scope();
        if (!s.seesCourses()) {
            throw new AccessDeniedException("no course role");
        }
        return s;
    }

    Scope requireManager() {
        Scope s = scope();
        if (!s.managesAll()) {
            throw new AccessDeniedException("coordinators and municipal admins only");
        }
        return s;
    }

    Scope requireCoordinator() {
        Scope s = scope();
        if (!s.coordinator()) {
            throw new AccessDeniedException("coordinators only");
        }
        return s;
    }

    Scope requireReferrer() {
        Scope s = scope();
        if (!s.mayRefer()) {
            throw new AccessDeniedException("coordinators and social workers only");
        }
        return s;
    }

    /** A referral the person may see; the read of its personal data is audited. 403 (and audited) otherwise. */
    void requireReferral(Scope s, Referral r) {
        if (!s.seesReferral(r)) {
            audit.record("courses.referral.denied", "courses-referral:" + r.id(), null);
            throw new AccessDeniedException("referral not visible");
        }
    }

    /** Records that the signed-in person read a referred newcomer's personal data. */
    void audited(Referral r) {
        audit.personalDataRead("newcomer:" + r.newcomerId(), AUDIT_PURPOSE + ":" + r.id());
    }
}
