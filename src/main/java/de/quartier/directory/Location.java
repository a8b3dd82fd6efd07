package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A place with an address and coordinates. Several organisations and offers may share one. */
@Entity
class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private UUID publicId = UUID.randomUUID();
    private String name;
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String city;
    private @Nullable Long districtId;
    private @Nullable Double latitude;
    private @Nullable Double longitude;

    @Version
    private long version;

    protected Location() {}

    Location(String name) {
        this.name = name;
    }

    void update(
            String name,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable Long districtId,
            @Nullable Double latitude,
            @Nullable Double longitude) {
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.districtId = districtId;
        this.latitude = latitude;
        this.longitude = longitude;
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

    @Nullable
    String street() {
        return street;
    }

    @Nullable
    String postalCode() {
        return postalCode;
    }

    @Nullable
    String city() {
        return city;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    @Nullable
    Double latitude() {
        return latitude;
    }

    @Nullable
    Double longitude() {
        return longitude;
    }

    boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** "Street, postal code city", leaving out what is missing. */
    String address() {
        StringBuilder sb = new StringBuilder();
        if (street != null && !street.isBlank()) {
            sb.append(street);
        }
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        if (!place.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(place);
        }
        return sb.toString();
    }

    long version() {
        return version;
    }
}
