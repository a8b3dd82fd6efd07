package de.quartier.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByEntityTypeAndEntityIdOrderByAtDesc(String entityType, long entityId);
}
