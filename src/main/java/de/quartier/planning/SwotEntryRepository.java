package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SwotEntryRepository extends ListCrudRepository<SwotEntry, Long> {

    List<SwotEntry> findByVersionIdOrderByIdAsc(Long versionId);
}
