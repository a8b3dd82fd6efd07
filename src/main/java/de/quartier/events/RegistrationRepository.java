package de.quartier.events;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByToken(String token);

    List<Registration> findByEventIdOrderByCreatedAtAscIdAsc(long eventId);

    List<Registration> findByEventIdAndStatusOrderByCreatedAtAscIdAsc(long eventId, Registration.Status status);

    long countByEventIdAndStatus(long eventId, Registration.Status status);

    long countByEventIdAndCheckedInAtIsNotNull(long eventId);

    boolean existsByEventIdAndCode(long eventId, String code);

    @Query("select count(r) > 0 from Registration r where r.eventId = :eventId and lower(r.email) = lower(:email)"
            + " and r.status <> de.quartier.events.Registration.Status.CANCELLED")
    boolean liveWithEmail(long eventId, String email);

    Optional<Registration> findByEventIdAndCodeIgnoreCase(long eventId, String code);
}
