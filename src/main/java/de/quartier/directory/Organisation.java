package de.quartier.directory;

import jakarta.persistence.Basic;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An actor in the district: Träger, association, initiative, authority, school, … May have no location. */
@Entity
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private UUID publicId = UUID.randomUUID();
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String description = "";
    private @Nullable String website;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String contactName;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] logo;

    private @Nullable String logoType;
    private @Nullable String registrantName;
    private @Nullable String registrantEmail;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "organisation_district", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "organisation_location",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new LinkedHashSet<>();

    /** Translated descriptions by language code (German is {@link #description}). */
    @ElementCollection
    @CollectionTable(name = "organisation_translation", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "description")
    private Map<String, String> translations = new HashMap<>();

    @Version
    private long version;

    protected Organisation() {}

    Organisation(String name, OrganisationKind kind, EntryStatus status) {
        this.name = name;
        this.kind = kind;
        this.status = status;
    }

    void update(
            String name,
            OrganisationKind kind,
            String description,
            @Nullable String website,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String contactName) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.website = website;
        this.email = email;
        this.phone = phone;
        this.contactName = contactName;
        touch();
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    void status(EntryStatus status) {
        this.status = status;
        touch();
    }

    void registrant(String name, String email) {
        this.registrantName = name;
        this.registrantEmail = email;
    }

    void logo(byte @Nullable [] logo, @Nullable String type) {
        this.logo = logo;
        this.logoType = type;
        touch();
    }

    void publicId(UUID publicId) {
        this.publicId = publicId;
    }

    Long id() {
        return id;
    }

    UUID publicId() {
        return publicId;
    }

    String name() {
        return name;
    }

    OrganisationKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    @Nullable
    String website() {
        return website;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String contactName() {
        return contactName;
    }

    EntryStatus status() {
        return status;
    }

    byte @Nullable [] logo() {
        return logo;
    }

    @Nullable
    String logoType() {
        return logoType;
    }

    @Nullable
    String registrantName() {
        return registrantName;
    }

    @Nullable
    String registrantEmail() {
        return registrantEmail;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> districtIds() {
        return districtIds;
    }

    Set<Location> locations() {
        return locations;
    }

    Map<String, String> translations() {
        return translations;
    }

    long version() {
        return version;
    }
}
