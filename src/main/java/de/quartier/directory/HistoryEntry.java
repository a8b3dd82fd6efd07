package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One change of a directory entry: who, when, what (field: old → new, one per line). */
@Entity
@Table(name = "directory_history")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String entityType;
    private long entityId;
    private String action;
    private @Nullable Long actorId;
    private String actorName;
    private Instant at = Instant.now();
    private String changes;

    protected HistoryEntry() {}

    HistoryEntry(
            String entityType, long entityId, String action, @Nullable Long actorId, String actorName, String changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.changes = changes;
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

    String action() {
        return action;
    }

    String actorName() {
        return actorName;
    }

    Instant at() {
        return at;
    }

    String changes() {
        return changes;
    }
}
