package de.quartier.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The picture of an event (PNG or JPEG, recognised by its first bytes), kept apart from the event row. */
@Entity
@Table(name = "event_image")
class EventImage {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Id
    Long eventId;

    @TenantId
    Long tenantId;

    String contentType;
    String altText = "";
    byte[] data;

    protected EventImage() {}

    EventImage(long eventId, String contentType, String altText, byte[] data) {
        this.eventId = eventId;
        this.contentType = contentType;
        this.altText = altText;
        this.data = data;
    }
}
