package de.quartier.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a measure in one period: outputs, milestone state, problems, and optionally a value of one
 * manually measured goal indicator. Keyed by the measure's key, so it stays with the measure across versions.
 */
@Entity
@Table(name = "planning_progress")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long conceptId;
    private UUID measureKey;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String happened;
    private @Nullable Integer participants;
    private String milestoneNote = "";
    private String problems = "";
    private @Nullable UUID indicatorKey;
    private @Nullable BigDecimal indicatorValue;
    private String createdBy;
    private Instant createdAt;

    protected ProgressReport() {}

    ProgressReport(
            Long conceptId,
            UUID measureKey,
            LocalDate periodFrom,
            LocalDate periodTo,
            String happened,
            @Nullable Integer participants,
            String milestoneNote,
            String problems,
            @Nullable UUID indicatorKey,
            @Nullable BigDecimal indicatorValue,
            String createdBy) {
        this.conceptId = conceptId;
        this.measureKey = measureKey;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.happened = happened;
        this.participants = participants;
        this.milestoneNote = milestoneNote;
        this.problems = problems;
        this.indicatorKey = indicatorKey;
        this.indicatorValue = indicatorValue;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    Long id() {
        return id;
    }

    Long conceptId() {
        return conceptId;
    }

    UUID measureKey() {
        return measureKey;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    String happened() {
        return happened;
    }

    @Nullable
    Integer participants() {
        return participants;
    }

    String milestoneNote() {
        return milestoneNote;
    }

    String problems() {
        return problems;
    }

    @Nullable
    UUID indicatorKey() {
        return indicatorKey;
    }

    @Nullable
    BigDecimal indicatorValue() {
        return indicatorValue;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
