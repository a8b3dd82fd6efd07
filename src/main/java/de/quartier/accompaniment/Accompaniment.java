package de.quartier.accompaniment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A request for everyday accompaniment (Begleitanfrage): what, when, where, which language, how many volunteers. */
@Entity
@Table(name = "accompaniment_request")
class Accompaniment {

    enum Kind {
        AUTHORITY,
        DOCTOR,
        SCHOOL,
        WORK,
        HOUSING,
        OTHER;

        String messageKey() {
            return "accompaniment.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    enum Status {
        OPEN,
        CONFIRMED,
        DONE,
        CANCELLED;

        boolean ended() {
            return this == DONE || this == CANCELLED;
        }

        String messageKey() {
            return "accompaniment.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable String description;
    private LocalDate onDate;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private @Nullable String meetingPoint;
    private @Nullable Long districtId;
    private String language;
    private int places;
    private @Nullable Long newcomerId;
    private String postedBy;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private Instant createdAt = Instant.now();
    private @Nullable Instant endedAt;
    private boolean anonymised;

    @Version
    private long version;

    protected Accompaniment() {}

    Accompaniment(
            Kind kind,
            @Nullable String description,
            LocalDate onDate,
            LocalTime startsAt,
            LocalTime endsAt,
            @Nullable String meetingPoint,
            @Nullable Long districtId,
            String language,
            int places,
            long newcomerId,
            String postedBy) {
        this.kind = kind;
        this.description = description;
        this.onDate = onDate;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.meetingPoint = meetingPoint;
        this.districtId = districtId;
        this.language = language;
        this.places = places;
        this.newcomerId = newcomerId;
        this.postedBy = postedBy.toLowerCase(Locale.ROOT);
    }

    void status(Status status) {
        this.status = status;
        this.endedAt = status.ended() ? Instant.now() : null;
    }

    /** Retention and erasure: no newcomer, no free texts; kind, date, district, language and hours stay. */
    void anonymise() {
        this.newcomerId = null;
        this.description = null;
        this.meetingPoint = null;
        this.anonymised = true;
    }

    void createdAt(Instant at) {
        this.createdAt = at;
    }

    Long id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    @Nullable
    String description() {
        return description;
    }

    LocalDate onDate() {
        return onDate;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    @Nullable
    String meetingPoint() {
        return meetingPoint;
    }

    @Nullable
    Long districtId() {
        return districtId;
    }

    String language() {
        return language;
    }

    int places() {
        return places;
    }

    @Nullable
    Long newcomerId() {
        return newcomerId;
    }

    String postedBy() {
        return postedBy;
    }

    Status status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant endedAt() {
        return endedAt;
    }

    boolean anonymised() {
        return anonymised;
    }
}
