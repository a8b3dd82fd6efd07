package de.quartier.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * How a goal is measured: baseline and target (each a value with a date) and where current values come from —
 * the district monitoring (automatic) or the progress reports of the measures serving the goal (manual).
 */
@Entity
@Table(name = "planning_indicator")
class GoalIndicator {

    enum Mode {
        AUTOMATIC,
        MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long goalId;
    private UUID entryKey;
    private String name;
    private String unit = "";
    private BigDecimal baselineValue;
    private LocalDate baselineDate;
    private BigDecimal targetValue;
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    private Mode mode;

    private @Nullable String monitoringKey;
    private @Nullable Long districtId;

    protected GoalIndicator() {}

    GoalIndicator(
            Long goalId,
            UUID entryKey,
            String name,
            String unit,
            BigDecimal baselineValue,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            Mode mode,
            @Nullable String monitoringKey,
            @Nullable Long districtId) {
        this.goalId = goalId;
        this.entryKey = entryKey;
        this.name = name;
        this.unit = unit;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
        this.targetValue = targetValue;
        this.targetDate = targetDate;
        this.mode = mode;
        this.monitoringKey = monitoringKey;
        this.districtId = districtId;
    }

    GoalIndicator copyTo(Long newGoalId) {
        return new GoalIndicator(
                newGoalId,
                entryKey,
                name,
                unit,
                baselineValue,
                baselineDate,
                targetValue,
                targetDate,
                mode,
                monitoringKey,
                districtId);
    }

    Long id() {
        return id;
    }

    Long goalId() {
        return goalId;
    }

    UUID entryKey() {
        return entryKey;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    BigDecimal baselineValue() {
        return baselineValue;
    }

    LocalDate baselineDate() {
        return baselineDate;
    }

    BigDecimal targetValue() {
        return targetValue;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    Mode mode() {
        return mode;
    }

    @Nullable
    String monitoringKey() {
        return monitoringKey;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }
}
