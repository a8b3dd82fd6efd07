package de.quartier.accounts;

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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/** A role of one account in one tenant, with its scope. */
@Entity
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_district", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_organisation", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    protected Membership() {}

    Membership(Long userId, Role role) {
        this.userId = userId;
        this.role = role;
    }

    Long id() {
        return id;
    }

    Long tenantId() {
        return tenantId;
    }

    Long userId() {
        return userId;
    }

    Role role() {
        return role;
    }

    Set<Long> districtIds() {
        return districtIds;
    }

    Set<Long> organisationIds() {
        return organisationIds;
    }

    Grant grant() {
        return new Grant(tenantId, role, Set.copyOf(districtIds), Set.copyOf(organisationIds));
    }
}
