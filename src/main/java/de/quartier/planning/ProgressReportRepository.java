package de.quartier.planning;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProgressReportRepository extends ListCrudRepository<ProgressReport, Long> {

    List<ProgressReport> findByConceptIdOrderByPeriodToAscIdAsc(Long conceptId);
}
