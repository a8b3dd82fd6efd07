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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to a role in a tenant. Not a {@code @TenantId} entity: the invitee opens the link outside any
 * tenant's URL, so lookups by token cross tenants, and tenant queries name the tenant explicitly.
 */
@Entity
class Invitation {

    static final Duration VALIDITY = Duration.ofDays(7);

    enum State {
        OPEN,
        ACCEPTED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long tenantId;
    private String tokenHash;
    private String email;
    private String name;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_district", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_organisation", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    private @Nullable Long invitedBy;
    private Instant createdAt = Instant.now();
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;
    private boolean selfIssued;
    private @Nullable String consentVersion;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(
            Long tenantId,
            String tokenHash,
            String email,
            String name,
            Role role,
            Set<Long> districtIds,
            @Nullable Long invitedBy) {
        this.tenantId = tenantId;
        this.tokenHash = tokenHash;
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.name = name.trim();
        this.role = role;
        this.districtIds.addAll(districtIds);
        this.invitedBy = invitedBy;
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    Long id() {
        return id;
    }

    Long tenantId() {
        return tenantId;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
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

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant acceptedAt() {
        return acceptedAt;
    }

    State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /** A public sign-up: the person asked for the link themselves and agreed to this privacy text version. */
    void selfIssued(String consentVersion) {
        this.selfIssued = true;
        this.consentVersion = consentVersion;
    }

    boolean isSelfIssued() {
        return selfIssued;
    }

    @Nullable
    String consentVersion() {
        return consentVersion;
    }

    void accepted(Instant now) {
        this.acceptedAt = now;
    }
}
