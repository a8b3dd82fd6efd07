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
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A seat of a course offered to a referred person, until accepted, declined or expired. */
@Entity
@Table(name = "courses_offer")
class SeatOffer {

    enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        /** Accepted, then the participant left the course: the seat is free again. */
        LEFT;

        boolean holdsSeat() {
            return this == OPEN || this == ACCEPTED;
        }

        String messageKey() {
            return "courses.offer.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private long courseId;
    private long referralId;
    private int seat;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private Instant offeredAt;
    private Instant expiresAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;

    @Version
    private long version;

    protected SeatOffer() {}

    SeatOffer(long courseId, long referralId, int seat, Instant offeredAt, Instant expiresAt) {
        this.courseId = courseId;
        this.referralId = referralId;
        this.seat = seat;
        this.offeredAt = offeredAt;
        this.expiresAt = expiresAt;
    }

    void decide(Status status, Instant at, @Nullable String by) {
        this.status = status;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    Long id() {
        return id;
    }

    long courseId() {
        return courseId;
    }

    long referralId() {
        return referralId;
    }

    int seat() {
        return seat;
    }

    Status status() {
        return status;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }
}
