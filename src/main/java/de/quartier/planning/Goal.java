package de.quartier.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A guiding goal (Leitziel, no parent) or an action goal (Handlungsziel, under a guiding goal) in one field. */
@Entity
@Table(name = "planning_goal")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long versionId;
    private UUID entryKey;
    private @Nullable Long parentId;
    private Long actionFieldId;
    private String code = "";
    private String title;
    private String description = "";

    protected Goal() {}

    Goal(
            Long versionId,
            UUID entryKey,
            @Nullable Long parentId,
            Long actionFieldId,
            String code,
            String title,
            String description) {
        this.versionId = versionId;
        this.entryKey = entryKey;
        this.parentId = parentId;
        this.actionFieldId = actionFieldId;
        this.code = code;
        this.title = title;
        this.description = description;
    }

    Long id() {
        return id;
    }

    Long versionId() {
        return versionId;
    }

    UUID entryKey() {
        return entryKey;
    }

    @Nullable
    Long parentId() {
        return parentId;
    }

    Long actionFieldId() {
        return actionFieldId;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }
}
