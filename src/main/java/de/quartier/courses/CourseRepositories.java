package de.quartier.courses;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findAllByOrderByStartDateAscIdAsc();

    List<Course> findByOrganisationIdInOrderByStartDateAscIdAsc(Collection<Long> organisationIds);

    List<Course> findByKindAndLevelOrderByStartDateAscIdAsc(Course.Kind kind, Course.Level level);

    /** The course row locked for the rest of the transaction: seat offers of one course happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> lockById(long id);
}

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByStatusAndKindAndLevel(Referral.Status status, Course.Kind kind, Course.Level level);

    List<Referral> findByStatusIn(Collection<Referral.Status> statuses);

    List<Referral> findAllByOrderByReferredAtAsc();

    List<Referral> findByReferredByOrderByReferredAtAsc(String referredBy);

    /** Takes a person off the waiting list for an offer, only if still waiting (0 rows: someone else was first). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Referral r set r.status = :to, r.version = r.version + 1 where r.id = :id and r.status = :from")
    int moveStatus(long id, Referral.Status from, Referral.Status to);
}

interface SeatOfferRepository extends JpaRepository<SeatOffer, Long> {

    List<SeatOffer> findByCourseIdOrderByOfferedAtDesc(long courseId);

    List<SeatOffer> findByCourseIdAndStatusIn(long courseId, Collection<SeatOffer.Status> statuses);

    List<SeatOffer> findByReferralIdOrderByOfferedAtDesc(long referralId);

    List<SeatOffer> findByReferralIdIn(Collection<Long> referralIds);

    List<SeatOffer> findByStatusAndExpiresAtBefore(SeatOffer.Status status, Instant now);

    List<SeatOffer> findByStatusIn(Collection<SeatOffer.Status> statuses);
}

interface CourseSettingsRepository extends JpaRepository<CourseSettings, Long> {}
