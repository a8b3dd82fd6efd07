package de.quartier.events;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A documentation file of an event (slides, minutes, photos). Kept in the database, never in a served folder, and
 * known to the outside only by its generated {@link #storedName}.
 */
@Entity
@Table(name = "event_document")
class EventDocument {

    enum Access {
        PUBLIC,
        ATTENDEES
    }

    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @TenantId
    Long tenantId;

    Long eventId;
    UUID storedName = UUID.randomUUID();
    String filename;
    String contentType;
    long sizeBytes;

    @Enumerated(EnumType.STRING)
    Access access;

    @Basic(fetch = FetchType.LAZY)
    byte[] data;

    Instant uploadedAt = Instant.now();

    protected EventDocument() {}

    EventDocument(long eventId, String filename, String contentType, byte[] data, Access access) {
        this.eventId = eventId;
        this.filename = filename;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.access = access;
    }
}
