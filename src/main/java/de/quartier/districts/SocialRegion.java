package de.quartier.districts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A Sozialregion: a group of districts served together by the city's social services. */
@Entity
class SocialRegion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    /** The grouping is not officially published; pages label it as assumed. */
    private boolean assumed;

    @Version
    private long version;

    protected SocialRegion() {}

    SocialRegion(String name, boolean assumed) {
        this.name = name;
        this.assumed = assumed;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean assumed() {
        return assumed;
    }

    void update(String name, boolean assumed) {
        this.name = name;
        this.assumed = assumed;
    }
}
