package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An editor's change to a published entry that waits for review (when the tenant requires review). The payload
 * is the submitted form as JSON; approving applies it like a direct edit. One pending change per entry: a newer
 * submission replaces the older one.
 */
@Entity
@Table(name = "directory_pending_change")
class PendingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String entityType;
    private long entityId;
    private String payload;
    private @Nullable Long submittedBy;
    private String submitter;
    private Instant submittedAt = Instant.now();

    @Version
    private long version;

    protected PendingChange() {}

    PendingChange(String entityType, long entityId) {
        this.entityType = entityType;
        this.entityId = entityId;
    }

    void submit(String payload, @Nullable Long submittedBy, String submitter) {
        this.payload = payload;
        this.submittedBy = submittedBy;
        this.submitter = submitter;
        this.submittedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    String entityType() {
        return entityType;
    }

    long entityId() {
        return entityId;
    }

    String payload() {
        return payload;
    }

    String submitter() {
        return submitter;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
