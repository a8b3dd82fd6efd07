package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface GoalIndicatorRepository extends ListCrudRepository<GoalIndicator, Long> {

    List<GoalIndicator> findByGoalIdInOrderByIdAsc(java.util.Collection<Long> goalIds);
}
