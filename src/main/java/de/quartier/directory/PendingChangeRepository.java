package de.quartier.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PendingChangeRepository extends JpaRepository<PendingChange, Long> {

    Optional<PendingChange> findByEntityTypeAndEntityId(String entityType, long entityId);

    List<PendingChange> findAllByOrderBySubmittedAtAsc();
}
