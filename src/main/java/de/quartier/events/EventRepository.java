package de.quartier.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findByPublicId(UUID publicId);

    /** The event's row lock: registrations, cancellations and capacity changes of one event queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lock(long id);

    /** Events that may have an occurrence ending after {@code from} (weekly ones are filtered by the caller). */
    @Query("select distinct e from Event e left join fetch e.districtIds where e.status in :statuses"
            + " and (e.endsAt > :from or e.weeklyUntil is not null) and e.startsAt < :to order by e.startsAt")
    List<Event> window(List<Event.Status> statuses, Instant from, Instant to);

    @Query("select distinct e from Event e left join fetch e.districtIds order by e.startsAt desc")
    List<Event> allNewestFirst();
}
