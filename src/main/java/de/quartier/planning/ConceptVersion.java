package de.quartier.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a concept (the yearly Fortschreibung). Only drafts are edited; adopting one archives the version
 * adopted before. Progress reports go on in every version (they follow the measure's key).
 */
@Entity
@Table(name = "planning_version")
class ConceptVersion {

    enum Status {
        DRAFT,
        ADOPTED,
        ARCHIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long conceptId;
    private String label;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    private String analysis = "";
    private @Nullable String adoptedBy;
    private @Nullable LocalDate adoptedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected ConceptVersion() {}

    ConceptVersion(Long conceptId, String label, LocalDate periodFrom, LocalDate periodTo, String analysis) {
        this.conceptId = conceptId;
        this.label = label;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.analysis = analysis;
        this.createdAt = Instant.now();
    }

    void adopt(String by, LocalDate at) {
        this.status = Status.ADOPTED;
        this.adoptedBy = by;
        this.adoptedAt = at;
    }

    void archive() {
        this.status = Status.ARCHIVED;
    }

    void analysis(String analysis) {
        this.analysis = analysis;
    }

    boolean draft() {
        return status == Status.DRAFT;
    }

    Long id() {
        return id;
    }

    Long conceptId() {
        return conceptId;
    }

    String label() {
        return label;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    Status status() {
        return status;
    }

    String analysis() {
        return analysis;
    }

    @Nullable
    String adoptedBy() {
        return adoptedBy;
    }

    @Nullable
    LocalDate adoptedAt() {
        return adoptedAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
