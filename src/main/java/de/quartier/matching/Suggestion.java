package de.quartier.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A pair the latest matching run suggested (OPEN) and what the coordinator decided. */
@Entity
@Table(name = "matching_suggestion")
class Suggestion {

    enum State {
        OPEN,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long volunteerId;
    private Long newcomerId;
    private double score;
    private String parts;

    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;

    private Instant createdAt = Instant.now();
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;

    @Version
    private long version;

    protected Suggestion() {}

    Suggestion(long volunteerId, long newcomerId, double score, String parts) {
        this.volunteerId = volunteerId;
        this.newcomerId = newcomerId;
        this.score = score;
        this.parts = parts;
    }

    void decide(State state, String by) {
        this.state = state;
        this.decidedAt = Instant.now();
        this.decidedBy = by;
    }

    Long id() {
        return id;
    }

    Long volunteerId() {
        return volunteerId;
    }

    Long newcomerId() {
        return newcomerId;
    }

    double score() {
        return score;
    }

    String parts() {
        return parts;
    }

    State state() {
        return state;
    }

    Instant createdAt() {
        return createdAt;
    }
}
