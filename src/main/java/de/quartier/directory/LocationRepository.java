package de.quartier.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, Long> {

    Optional<Location> findByPublicId(UUID publicId);

    List<Location> findByPublicIdIn(Collection<UUID> publicIds);

    List<Location> findAllByOrderByNameAsc();
}
