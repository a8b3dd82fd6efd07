package de.quartier.accompaniment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A volunteer's place on a request: taken, done (with hours and feedback), or given up. */
@Entity
@Table(name = "accompaniment_place")
class Place {

    enum Status {
        TAKEN,
        DONE,
        NO_SHOW,
        WITHDRAWN,
        REMOVED;

        /** The place is occupied (a withdrawn or removed volunteer frees it). */
        boolean holds() {
            return this == TAKEN || this == DONE || this == NO_SHOW;
        }

        String messageKey() {
            return "accompaniment.place." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long requestId;
    private Long volunteerId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.TAKEN;

    private Instant takenAt = Instant.now();
    private @Nullable BigDecimal hours;
    private @Nullable String feedback;

    @Version
    private long version;

    protected Place() {}

    Place(long requestId, long volunteerId) {
        this.requestId = requestId;
        this.volunteerId = volunteerId;
    }

    void take() {
        this.status = Status.TAKEN;
        this.takenAt = Instant.now();
        this.hours = null;
        this.feedback = null;
    }

    void status(Status status) {
        this.status = status;
    }

    void done(BigDecimal hours, @Nullable String feedback) {
        this.status = Status.DONE;
        this.hours = hours;
        this.feedback = feedback;
    }

    void forgetFeedback() {
        this.feedback = null;
    }

    Long id() {
        return id;
    }

    Long requestId() {
        return requestId;
    }

    Long volunteerId() {
        return volunteerId;
    }

    Status status() {
        return status;
    }

    Instant takenAt() {
        return takenAt;
    }

    @Nullable
    BigDecimal hours() {
        return hours;
    }

    @Nullable
    String feedback() {
        return feedback;
    }
}
