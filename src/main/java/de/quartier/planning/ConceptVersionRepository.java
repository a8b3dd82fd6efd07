package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ConceptVersionRepository extends ListCrudRepository<ConceptVersion, Long> {

    List<ConceptVersion> findByConceptIdOrderByPeriodFromAscIdAsc(Long conceptId);
}
