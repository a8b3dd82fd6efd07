package de.quartier.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A measure (Maßnahme / Projekt) of a concept version: led by a directory organisation with partners, serving one
 * or more goals and action fields, with milestones, a financing plan whose lines add up to the cost, planned
 * outputs and the climate flag the programme requires since 2020.
 */
@Entity
@Table(name = "planning_measure")
class Measure {

    enum Status {
        IDEA,
        PLANNED,
        APPROVED,
        RUNNING,
        FINISHED,
        STOPPED
    }

    enum Source {
        URBAN_DEVELOPMENT,
        MUNICIPAL,
        ESF_PLUS,
        OWN_FUNDS,
        THIRD_PARTY,
        OTHER
    }

    @Embeddable
    static class Milestone {
        private String title;
        private @Nullable LocalDate dueDate;
        private boolean done;

        protected Milestone() {}

        Milestone(String title, @Nullable LocalDate dueDate, boolean done) {
            this.title = title;
            this.dueDate = dueDate;
            this.done = done;
        }

        String title() {
            return title;
        }

        @Nullable
        LocalDate dueDate() {
            return dueDate;
        }

        boolean done() {
            return done;
        }
    }

    @Embeddable
    static class FinancingLine {
        @Enumerated(EnumType.STRING)
        private Source source;

        private long amountCents;

        protected FinancingLine() {}

        FinancingLine(Source source, long amountCents) {
            this.source = source;
            this.amountCents = amountCents;
        }

        Source source() {
            return source;
        }

        long amountCents() {
            return amountCents;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long versionId;
    private UUID entryKey;
    private String code = "";
    private String title;
    private String description = "";
    private Long leadOrganisationId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private long costCents;
    private String outputs = "";
    private boolean climateRelevant;
    private Instant updatedAt;
    private String updatedBy = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_measure_partner", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_measure_goal", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_measure_field", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "action_field_id")
    private Set<Long> fieldIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_measure_district", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_milestone", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_financing", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<FinancingLine> financing = new ArrayList<>();

    @Version
    private long version;

    protected Measure() {}

    Measure(Long versionId, UUID entryKey) {
        this.versionId = versionId;
        this.entryKey = entryKey;
        this.status = Status.IDEA;
        this.updatedAt = Instant.now();
    }

    void update(
            String code,
            String title,
            String description,
            Long leadOrganisationId,
            Status status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            long costCents,
            String outputs,
            boolean climateRelevant,
            String updatedBy) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.leadOrganisationId = leadOrganisationId;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.costCents = costCents;
        this.outputs = outputs;
        this.climateRelevant = climateRelevant;
        this.updatedBy = updatedBy;
        this.updatedAt = Instant.now();
    }

    /** A copy for a new version; goal ids are mapped to the copied goals by the caller. */
    Measure copyTo(Long newVersionId, Set<Long> newGoalIds) {
        Measure m = new Measure(newVersionId, entryKey);
        m.update(
                code,
                title,
                description,
                leadOrganisationId,
                status,
                startDate,
                endDate,
                costCents,
                outputs,
                climateRelevant,
                updatedBy);
        m.partnerIds.addAll(partnerIds);
        m.goalIds.addAll(newGoalIds);
        m.fieldIds.addAll(fieldIds);
        m.districtIds.addAll(districtIds);
        milestones.forEach(s -> m.milestones.add(new Milestone(s.title, s.dueDate, s.done)));
        financing.forEach(f -> m.financing.add(new FinancingLine(f.source, f.amountCents)));
        return m;
    }

    long financedCents() {
        return financing.stream().mapToLong(FinancingLine::amountCents).sum();
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

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Long leadOrganisationId() {
        return leadOrganisationId;
    }

    Status status() {
        return status;
    }

    @Nullable
    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    LocalDate endDate() {
        return endDate;
    }

    long costCents() {
        return costCents;
    }

    String outputs() {
        return outputs;
    }

    boolean climateRelevant() {
        return climateRelevant;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Set<Long> partnerIds() {
        return partnerIds;
    }

    Set<Long> goalIds() {
        return goalIds;
    }

    Set<Long> fieldIds() {
        return fieldIds;
    }

    Set<Long> districtIds() {
        return districtIds;
    }

    List<Milestone> milestones() {
        return milestones;
    }

    List<FinancingLine> financing() {
        return financing;
    }

    long version() {
        return version;
    }
}
