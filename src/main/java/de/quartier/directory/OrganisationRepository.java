package de.quartier.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByPublicId(UUID publicId);

    List<Organisation> findByPublicIdIn(Collection<UUID> publicIds);

    List<Organisation> findByStatusOrderByNameAsc(EntryStatus status);

    Page<Organisation> findByStatus(EntryStatus status, Pageable pageable);

    List<Organisation> findByIdInOrderByNameAsc(Collection<Long> ids);

    long countByStatus(EntryStatus status);

    @Query("select o from Organisation o where o.status <> de.quartier.directory.EntryStatus.ARCHIVED"
            + " and lower(o.name) like lower(concat('%', ?1, '%')) order by o.name")
    List<Organisation> search(String text, Pageable pageable);
}
