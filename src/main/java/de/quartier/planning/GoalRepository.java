package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface GoalRepository extends ListCrudRepository<Goal, Long> {

    List<Goal> findByVersionIdOrderByCodeAscIdAsc(Long versionId);
}
