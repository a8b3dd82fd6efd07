package de.quartier.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.TenantId;

/** An integrated action concept (Handlungskonzept) of one programme area: one or more districts. */
@Entity
@Table(name = "planning_concept")
class Concept {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String title;
    private String areaName;
    private boolean publicVisible;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "planning_concept_district", joinColumns = @JoinColumn(name = "concept_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Concept() {}

    Concept(String title, String areaName, Set<Long> districtIds) {
        this.title = title;
        this.areaName = areaName;
        this.districtIds.addAll(districtIds);
        this.createdAt = Instant.now();
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String areaName() {
        return areaName;
    }

    boolean publicVisible() {
        return publicVisible;
    }

    void publicVisible(boolean visible) {
        this.publicVisible = visible;
    }

    Set<Long> districtIds() {
        return districtIds;
    }
}
