package de.quartier.districts;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorValueRepository extends ListCrudRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByDistrictIdOrderByDateAsc(Long districtId);

    List<IndicatorValue> findByIndicatorId(Long indicatorId);

    List<IndicatorValue> findByIndicatorIdIn(java.util.Collection<Long> indicatorIds);

    List<IndicatorValue> findAllByOrderByDistrictIdAscIndicatorIdAscDateAsc();
}
