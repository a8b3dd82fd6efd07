package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ConceptRepository extends ListCrudRepository<Concept, Long> {

    List<Concept> findAllByOrderByTitleAsc();
}
