package de.quartier.accompaniment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccompanimentRepository extends JpaRepository<Accompaniment, Long> {

    /** The request row locked until the transaction ends: takers of the last place queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Accompaniment a where a.id = :id")
    Optional<Accompaniment> lockById(@Param("id") long id);

    List<Accompaniment> findAllByOrderByOnDateDescIdDesc();

    List<Accompaniment> findByPostedByOrderByOnDateDescIdDesc(String postedBy);

    List<Accompaniment> findByStatusAndOnDateGreaterThanEqualOrderByOnDateAscStartsAtAsc(
            Accompaniment.Status status, LocalDate from);

    List<Accompaniment> findByNewcomerId(Long newcomerId);

    List<Accompaniment> findByIdIn(Collection<Long> ids);

    List<Accompaniment> findByAnonymisedFalseAndOnDateBefore(LocalDate before);

    List<Accompaniment> findByAnonymisedFalseAndEndedAtBefore(Instant before);
}

interface PlaceRepository extends JpaRepository<Place, Long>, OpenPlaces {

    List<Place> findByRequestIdOrderByTakenAtAsc(Long requestId);

    List<Place> findByRequestIdIn(Collection<Long> requestIds);

    List<Place> findByVolunteerId(Long volunteerId);

    Optional<Place> findByRequestIdAndVolunteerId(Long requestId, Long volunteerId);
}

/** Open accompaniments (taken places on requests not ended) per volunteer, for the capacity rule. */
interface OpenPlaces {

    @Query("select p.volunteerId, count(p) from Place p, Accompaniment a where a.id = p.requestId"
            + " and p.status = de.quartier.accompaniment.Place.Status.TAKEN"
            + " and a.status in (de.quartier.accompaniment.Accompaniment.Status.OPEN,"
            + " de.quartier.accompaniment.Accompaniment.Status.CONFIRMED) group by p.volunteerId")
    List<Object[]> openPerVolunteer();
}
