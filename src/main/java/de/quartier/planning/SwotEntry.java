package de.quartier.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A strength, weakness, opportunity or threat in one action field, with where it came from. */
@Entity
@Table(name = "planning_swot")
class SwotEntry {

    enum Kind {
        STRENGTH,
        WEAKNESS,
        OPPORTUNITY,
        THREAT
    }

    enum Source {
        RESIDENTS_FORUM,
        WORKING_GROUP,
        STATISTICS,
        EXPERT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long versionId;
    private UUID entryKey;
    private Long actionFieldId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;

    @Enumerated(EnumType.STRING)
    private Source source;

    /** A district monitoring indicator the entry rests on, if any. */
    private @Nullable String indicatorKey;

    protected SwotEntry() {}

    SwotEntry(
            Long versionId,
            UUID entryKey,
            Long actionFieldId,
            Kind kind,
            String text,
            Source source,
            @Nullable String indicatorKey) {
        this.versionId = versionId;
        this.entryKey = entryKey;
        this.actionFieldId = actionFieldId;
        this.kind = kind;
        this.text = text;
        this.source = source;
        this.indicatorKey = indicatorKey;
    }

    SwotEntry copyTo(Long newVersionId) {
        return new SwotEntry(newVersionId, entryKey, actionFieldId, kind, text, source, indicatorKey);
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

    Long actionFieldId() {
        return actionFieldId;
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    Source source() {
        return source;
    }

    @Nullable
    String indicatorKey() {
        return indicatorKey;
    }
}
