package de.quartier.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventDocumentRepository extends JpaRepository<EventDocument, Long> {

    /** Without the content. */
    @Query("select new de.quartier.events.EventDocumentRepository$Listed(d.storedName, d.filename, d.contentType,"
            + " d.sizeBytes, d.access) from EventDocument d where d.eventId = :eventId order by d.uploadedAt")
    List<Listed> listed(long eventId);

    Optional<EventDocument> findByStoredName(UUID storedName);

    record Listed(UUID storedName, String filename, String contentType, long sizeBytes, EventDocument.Access access) {}
}
