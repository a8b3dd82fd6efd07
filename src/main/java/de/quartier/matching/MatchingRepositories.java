package de.quartier.matching;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

// The module's repositories, together: each is a one-liner over its entity.

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    Optional<Volunteer> findByEmail(String email);

    Optional<Volunteer> findByAccountId(long accountId);

    List<Volunteer> findByStatusOrderByRegisteredAtAsc(Volunteer.Status status);

    /** Locks the row: two coordinators approving pairs of one volunteer at once must not overrun the capacity. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volunteer v where v.id = :id")
    Optional<Volunteer> lockById(long id);

    List<Volunteer> findAllByOrderByDisplayNameAsc();

    List<Volunteer> findByStatusAndActivityEndedAtBefore(Volunteer.Status status, Instant before);
}

interface NewcomerRepository extends JpaRepository<Newcomer, Long> {

    List<Newcomer> findByStatusOrderByWaitingSinceAsc(Newcomer.Status status);

    List<Newcomer> findByReferredByOrderByNameAsc(String referredBy);

    List<Newcomer> findByStatusNotOrderByNameAsc(Newcomer.Status status);
}

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByNewcomerIdOrderByGivenAtAsc(long newcomerId);

    List<Consent> findByNewcomerIdIn(Collection<Long> newcomerIds);
}

interface ShelterRepository extends JpaRepository<Shelter, Long> {

    List<Shelter> findAllByOrderByNameAsc();
}

interface MentorRequestRepository extends JpaRepository<MentorRequest, Long> {

    List<MentorRequest> findByStatusOrderByCreatedAtAsc(MentorRequest.Status status);
}

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByStateOrderByScoreDesc(Suggestion.State state);

    List<Suggestion> findByState(Suggestion.State state);

    void deleteByState(Suggestion.State state);

    List<Suggestion> findByNewcomerId(long newcomerId);
}

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    List<Mentorship> findAllByOrderByProposedAtDesc();

    List<Mentorship> findByVolunteerId(long volunteerId);

    List<Mentorship> findByNewcomerId(long newcomerId);

    List<Mentorship> findByStatusNotAndNextCheckInLessThanEqual(Mentorship.Status status, LocalDate day);

    List<Mentorship> findByStatusNotAndReviewSentFalseAndReviewDueLessThanEqual(
            Mentorship.Status status, LocalDate day);

    List<Mentorship> findByStatusAndEndedAtBeforeAndNewcomerIdNotNull(Mentorship.Status status, Instant before);
}
