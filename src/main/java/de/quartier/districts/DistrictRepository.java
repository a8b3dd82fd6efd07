package de.quartier.districts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DistrictRepository extends ListCrudRepository<District, Long> {

    List<District> findAllByOrderByNameAsc();

    Optional<District> findBySlug(String slug);

    Optional<District> findByNumber(String number);
}
