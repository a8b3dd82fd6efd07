package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who, when, what, from where. Logins, failed logins and role changes are recorded by accounts;
 * other modules call {@link #personalDataRead} for every read of newcomers' personal data. Entries are written
 * in their own transaction, so they stay even when the audited work fails.
 */
@Service
public class AuditLog {

    /** Actions recorded by accounts. Other modules pass their own, prefixed with the module name. */
    public static final String LOGIN = "login";

    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_LOCKED = "login.locked";
    public static final String LOGOUT = "logout";
    public static final String ROLE_CHANGED = "role.changed";
    public static final String PERSONAL_DATA_READ = "personal-data.read";

    private final AuditEntryRepository entries;
    private final Access access;

    AuditLog(AuditEntryRepository entries, Access access) {
        this.entries = entries;
        this.access = access;
    }

    /** Records an action of the signed-in person (or of nobody) in the current tenant, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, @Nullable String subject, @Nullable String detail) {
        var principal = access.principal();
        write(
                TenantContext.current().map(TenantInfo::id).orElse(null),
                principal.map(QuartierPrincipal::userId).orElse(null),
                principal.map(QuartierPrincipal::email).orElse(null),
                action,
                subject,
                detail);
    }

    /**
     * Records that the signed-in person read personal data of a newcomer (or other data subject).
     *
     * @param subject what was read, e.g. {@code "newcomer:42"}
     * @param purpose why, e.g. {@code "matching"}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void personalDataRead(String subject, String purpose) {
        record(PERSONAL_DATA_READ, subject, purpose);
    }

    /** Records an event about an account that may not be signed in (login attempts). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFor(
            @Nullable Long tenantId,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            String action,
            @Nullable String detail) {
        write(tenantId, actorId, actorEmail, action, null, detail);
    }

    private void write(
            @Nullable Long tenantId,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            String action,
            @Nullable String subject,
            @Nullable String detail) {
        entries.save(new AuditEntry(
                tenantId,
                actorId,
                clip(actorEmail, 254),
                action,
                clip(subject, 200),
                clip(detail, 1000),
                remoteAddr()));
    }

    private static @Nullable String remoteAddr() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clip(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
