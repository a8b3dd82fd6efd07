package de.quartier.courses;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A newcomer referred to a language course (Vermittlung): placement level, kind of course, entitlement or
 * obligation, childcare need, attendable times, district. Personal data by association with the newcomer: only
 * the tenant's coordinators and the referring social worker see it, and every read is audited.
 */
@Entity
@Table(name = "courses_referral")
class Referral {

    enum Access {
        ENTITLEMENT,
        OBLIGATION;

        String messageKey() {
            return "courses.access." + name().toLowerCase(Locale.ROOT);
        }
    }

    enum Status {
        /** On the waiting list of its kind and level. */
        WAITING,
        /** Holds an open seat offer. */
        OFFERED,
        /** Accepted a seat. */
        PLACED,
        /** Left the waiting list (withdrawn by staff, or left the course). */
        CLOSED;

        String messageKey() {
            return "courses.referral.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private long newcomerId;

    @Enumerated(EnumType.STRING)
    private Course.Kind kind;

    @Enumerated(EnumType.STRING)
    private Course.Level level;

    @Enumerated(EnumType.STRING)
    private Access access;

    private boolean childcareNeeded;
    private String availability;
    private @Nullable Long districtId;
    private String referredBy;
    private Instant referredAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.WAITING;

    private @Nullable Instant placedAt;

    @Version
    private long version;

    protected Referral() {}

    Referral(
            long newcomerId,
            Course.Kind kind,
            Course.Level level,
            Access access,
            boolean childcareNeeded,
            Set<String> availability,
            @Nullable Long districtId,
            String referredBy,
            Instant referredAt) {
        this.newcomerId = newcomerId;
        this.kind = kind;
        this.level = level;
        this.access = access;
        this.childcareNeeded = childcareNeeded;
        this.availability = Schedule.store(availability);
        this.districtId = districtId;
        this.referredBy = referredBy.toLowerCase(Locale.ROOT);
        this.referredAt = referredAt;
    }

    /** Whether a course is one this person can take: same kind and level, childcare if needed, times fit. */
    boolean suits(Course course) {
        return course.kind() == kind
                && course.level() == level
                && (!childcareNeeded || course.childcare())
                && Schedule.fits(course.slots(), availability());
    }

    void placed(Instant at) {
        this.status = Status.PLACED;
        this.placedAt = at;
    }

    void status(Status status) {
        this.status = status;
    }

    Long id() {
        return id;
    }

    long newcomerId() {
        return newcomerId;
    }

    Course.Kind kind() {
        return kind;
    }

    Course.Level level() {
        return level;
    }

    Access access() {
        return access;
    }

    boolean childcareNeeded() {
        return childcareNeeded;
    }

    Set<String> availability() {
        return Schedule.codes(availability);
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    String referredBy() {
        return referredBy;
    }

    Instant referredAt() {
        return referredAt;
    }

    Status status() {
        return status;
    }

    @Nullable
    Instant placedAt() {
        return placedAt;
    }
}
