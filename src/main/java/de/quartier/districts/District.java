package de.quartier.districts;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A Stadtteil with its official number, centre point, area and latest population. */
@Entity
class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String number;
    private String name;
    private String slug;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "social_region_id")
    private @Nullable SocialRegion socialRegion;

    private @Nullable BigDecimal centreLat;
    private @Nullable BigDecimal centreLon;
    private @Nullable BigDecimal areaKm2;
    private @Nullable Integer population;
    private @Nullable Integer populationYear;
    private @Nullable String wikidataId;

    @Version
    private long version;

    protected District() {}

    District(String number, String name, String slug) {
        this.number = number;
        this.name = name;
        this.slug = slug;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String name() {
        return name;
    }

    String slug() {
        return slug;
    }

    @Nullable
    SocialRegion socialRegion() {
        return socialRegion;
    }

    @Nullable
    BigDecimal centreLat() {
        return centreLat;
    }

    @Nullable
    BigDecimal centreLon() {
        return centreLon;
    }

    @Nullable
    BigDecimal areaKm2() {
        return areaKm2;
    }

    @Nullable
    Integer population() {
        return population;
    }

    @Nullable
    Integer populationYear() {
        return populationYear;
    }

    @Nullable
    String wikidataId() {
        return wikidataId;
    }

    boolean hasCentre() {
        return centreLat != null && centreLon != null;
    }

    /** Residents per km², or null without population or area. */
    @Nullable
    BigDecimal density() {
        if (population == null || areaKm2 == null || areaKm2.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(population).divide(areaKm2, 0, RoundingMode.HALF_UP);
    }

    void update(
            String number,
            String name,
            String slug,
            @Nullable SocialRegion socialRegion,
            @Nullable BigDecimal centreLat,
            @Nullable BigDecimal centreLon,
            @Nullable BigDecimal areaKm2,
            @Nullable Integer population,
            @Nullable Integer populationYear,
            @Nullable String wikidataId) {
        this.number = number;
        this.name = name;
        this.slug = slug;
        this.socialRegion = socialRegion;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.areaKm2 = areaKm2;
        this.population = population;
        this.populationYear = populationYear;
        this.wikidataId = wikidataId;
    }
}
