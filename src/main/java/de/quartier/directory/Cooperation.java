package de.quartier.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** Two organisations working together: an agreement, a referral path, a joint project or a network. */
@Entity
class Cooperation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_a")
    private Organisation organisationA;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_b")
    private Organisation organisationB;

    @Enumerated(EnumType.STRING)
    private CooperationKind kind;

    private @Nullable LocalDate since;
    private @Nullable String contactPersons;
    private @Nullable String description;

    @ElementCollection
    @CollectionTable(name = "cooperation_district", joinColumns = @JoinColumn(name = "cooperation_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Cooperation() {}

    Cooperation(Organisation a, Organisation b, CooperationKind kind) {
        this.organisationA = a;
        this.organisationB = b;
        this.kind = kind;
    }

    void update(
            CooperationKind kind,
            @Nullable LocalDate since,
            @Nullable String contactPersons,
            @Nullable String description) {
        this.kind = kind;
        this.since = since;
        this.contactPersons = contactPersons;
        this.description = description;
    }

    Long id() {
        return id;
    }

    Organisation organisationA() {
        return organisationA;
    }

    Organisation organisationB() {
        return organisationB;
    }

    CooperationKind kind() {
        return kind;
    }

    @Nullable
    LocalDate since() {
        return since;
    }

    @Nullable
    String contactPersons() {
        return contactPersons;
    }

    @Nullable
    String description() {
        return description;
    }

    Set<Long> districtIds() {
        return districtIds;
    }

    long version() {
        return version;
    }
}
