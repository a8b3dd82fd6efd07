package de.quartier.courses;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Per-tenant rules of the waiting lists. Keyed by the tenant id itself, so it is read with an explicit id. */
@Entity
@Table(name = "courses_settings")
class CourseSettings {

    static final int DEFAULT_OFFER_DAYS = 7;

    @Id
    private Long tenantId;

    private boolean obligationPriority = true;
    private int offerDays = DEFAULT_OFFER_DAYS;

    @Version
    private long version;

    protected CourseSettings() {}

    CourseSettings(long tenantId) {
        this.tenantId = tenantId;
    }

    /** Whether people obliged to attend come before those only entitled, whoever waited longer. */
    boolean obligationPriority() {
        return obligationPriority;
    }

    /** Days an offer stays open before it moves on to the next person. */
    int offerDays() {
        return offerDays;
    }

    void update(boolean obligationPriority, int offerDays) {
        this.obligationPriority = obligationPriority;
        this.offerDays = offerDays;
    }

    long version() {
        return version;
    }
}
