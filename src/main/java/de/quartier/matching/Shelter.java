package de.quartier.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A shelter (Gemeinschaftsunterkunft): a kind of location, with the account of its manager. */
@Entity
@Table(name = "matching_shelter")
class Shelter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String city;
    private @Nullable Long districtId;
    private @Nullable String managerEmail;

    @Version
    private long version;

    protected Shelter() {}

    Shelter(String name) {
        this.name = name;
    }

    void update(
            String name,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable Long districtId,
            @Nullable String managerEmail) {
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.districtId = districtId;
        this.managerEmail = managerEmail == null ? null : managerEmail.toLowerCase(java.util.Locale.ROOT);
    }

    Long id() {
        return id;
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
    String managerEmail() {
        return managerEmail;
    }
}
