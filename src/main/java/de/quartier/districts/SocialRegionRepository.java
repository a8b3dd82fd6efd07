package de.quartier.districts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SocialRegionRepository extends ListCrudRepository<SocialRegion, Long> {

    List<SocialRegion> findAllByOrderByNameAsc();

    @Query("select r from SocialRegion r where lower(r.name) = lower(?1)")
    Optional<SocialRegion> findByName(String name);
}
