package de.quartier.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findByPublicId(UUID publicId);

    List<Offer> findByPublicIdIn(Collection<UUID> publicIds);

    List<Offer> findByOrganisationIdOrderByTitleAsc(long organisationId);

    List<Offer> findByOrganisationIdAndStatusOrderByTitleAsc(long organisationId, EntryStatus status);

    Page<Offer> findByStatus(EntryStatus status, Pageable pageable);

    long countByStatus(EntryStatus status);

    @Query("select distinct o from Offer o join o.locations l where l.id = ?1")
    List<Offer> findByLocation(long locationId);

    @Query("select o.id from Offer o where o.organisation.id in ?1")
    List<Long> idsByOrganisations(Collection<Long> organisationIds);
}
