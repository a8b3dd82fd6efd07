package de.quartier.events;

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

/** Someone's registration for an event: a seat, a place on the waiting list, or cancelled. */
@Entity
@Table(name = "event_registration")
class Registration {

    enum Status {
        CONFIRMED,
        WAITING,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @TenantId
    Long tenantId;

    Long eventId;
    String name;
    String email;

    @Nullable
    String organisation;

    @Nullable
    String needs;

    @Nullable
    String workshop;

    @Enumerated(EnumType.STRING)
    Status status;

    String token;
    String code;
    String lang;
    Instant createdAt = Instant.now();

    @Nullable
    Instant confirmedAt;

    @Nullable
    Instant cancelledAt;

    @Nullable
    Instant checkedInAt;

    @Version
    long version;

    protected Registration() {}

    Registration(long eventId, String name, String email, Status status, String token, String code, String lang) {
        this.eventId = eventId;
        this.name = name;
        this.email = email;
        this.status = status;
        this.token = token;
        this.code = code;
        this.lang = lang;
        if (status == Status.CONFIRMED) {
            confirmedAt = createdAt;
        }
    }
}
