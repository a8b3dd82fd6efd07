package de.quartier.districts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorUploadRepository extends ListCrudRepository<IndicatorUpload, UUID> {

    @Modifying
    @Query("delete from IndicatorUpload u where u.createdAt < ?1")
    int deleteOlderThan(Instant before);
}
