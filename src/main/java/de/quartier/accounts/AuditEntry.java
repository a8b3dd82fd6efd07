package de.quartier.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. Not a {@code @TenantId} entity: installation-wide events (an operator creating a
 * tenant, a failed login for an unknown address) have no tenant, and queries name the tenant explicitly.
 */
@Entity
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long tenantId;
    private Instant occurredAt = Instant.now();
    private @Nullable Long actorId;
    private @Nullable String actorEmail;
    private String action;
    private @Nullable String subject;
    private @Nullable String detail;
    private @Nullable String remoteAddr;

    protected AuditEntry() {}

    AuditEntry(
            @Nullable Long tenantId,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            String action,
            @Nullable String subject,
            @Nullable String detail,
            @Nullable String remoteAddr) {
        this.tenantId = tenantId;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.remoteAddr = remoteAddr;
    }

    Long id() {
        return id;
    }

    @Nullable
    Long tenantId() {
        return tenantId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    @Nullable
    Long actorId() {
        return actorId;
    }

    @Nullable
    String actorEmail() {
        return actorEmail;
    }

    String action() {
        return action;
    }

    @Nullable
    String subject() {
        return subject;
    }

    @Nullable
    String detail() {
        return detail;
    }

    @Nullable
    String remoteAddr() {
        return remoteAddr;
    }
}
