package de.quartier.districts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorDefinitionRepository extends ListCrudRepository<IndicatorDefinition, Long> {

    List<IndicatorDefinition> findAllByOrderByNameDeAsc();

    Optional<IndicatorDefinition> findByKey(String key);
}
