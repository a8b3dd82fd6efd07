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
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

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

    /** The types we accept, recognised by their first bytes (the file name's extension is not trusted). */
    enum Type {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        /** Office Open XML (docx, pptx, xlsx) are zip files. */
        ZIP_OFFICE("application/octet-stream", "zip", new byte[] {'P', 'K', 0x03, 0x04});

        final String contentType;
        final String extension;
        final byte[] magic;

        Type(String contentType, String extension, byte[] magic) {
            this.contentType = contentType;
            this.extension = extension;
            this.magic = magic;
        }

        static @Nullable Type of(byte[] content) {
            for (Type t : values()) {
                if (content.length >= t.magic.length
                        && Arrays.equals(Arrays.copyOf(content, t.magic.length), t.magic)) {
                    return t;
                }
            }
            return null;
        }
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
