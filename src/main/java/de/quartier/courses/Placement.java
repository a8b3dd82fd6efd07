package de.quartier.courses;

import de.quartier.accounts.MailService;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The waiting lists: when a seat is free, the next suitable person gets an offer. Fair order: waiting longest
 * first; with the tenant's obligation priority, people obliged to attend before those only entitled. A seat is
 * never offered twice: offers of one course are made while its row is locked, a person is taken off the list by a
 * conditional update, and the database refuses a second open offer for the same seat or person. Callers hold no
 * transaction; each method runs in its own, in the current tenant.
 */
@Service
class Placement {

    enum Decision {
        ACCEPT,
        DECLINE,
        LEFT
    }

    private final CourseRepository courses;
    private final ReferralRepository referrals;
    private final SeatOfferRepository offers;
    private final CourseSettingsRepository settings;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final MailService mail;
    private final String baseUrl;

    Placement(
            CourseRepository courses,
            ReferralRepository referrals,
            SeatOfferRepository offers,
            CourseSettingsRepository settings,
            TransactionTemplate tx,
            EntityManager em,
            MailService mail,
            @Value("${quartier.base-url:http://localhost:8080}") String baseUrl) {
        this.em = em;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.courses = courses;
        this.referrals = referrals;
        this.offers = offers;
        this.settings = settings;
        this.tx = tx;
    }

    // ---- rules (pure) --------------------------------------------------------------------------------------

    /** Fair order of a waiting list: obligation first if the tenant wants it, then waiting longest, then id. */
    static Comparator<Referral> fairOrder(boolean obligationPriority) {
        Comparator<Referral> byWaiting =
                Comparator.comparing(Referral::referredAt).thenComparing(Referral::id);
        if (!obligationPriority) {
            return byWaiting;
        }
        return Comparator.<Referral, Boolean>comparing(r -> r.access() != Referral.Access.OBLIGATION)
                .thenComparing(byWaiting);
    }

    /** Who gets the next seat of a course: suitable people in fair order, without those who turned it down. */
    static List<Referral> queue(
            Collection<Referral> waiting, Course course, boolean obligationPriority, Set<Long> turnedDown) {
        return waiting.stream()
                .filter(r -> r.status() == Referral.Status.WAITING)
                .filter(r -> !turnedDown.contains(r.id()))
                .filter(r -> r.suits(course))
                .sorted(fairOrder(obligationPriority))
                .toList();
    }

    /** Seat numbers 1…seats not held by an open or accepted offer. */
    static List<Integer> freeSeats(int seats, Collection<Integer> held) {
        List<Integer> free = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            if (!held.contains(seat)) {
                free.add(seat);
            }
        }
        return free;
    }

    // ---- settings ------------------------------------------------------------------------------------------

    CourseSettings settings() {
        long tenant = TenantContext.require().id();
        return tx.execute(status -> settings.findById(tenant).orElseGet(() -> new CourseSettings(tenant)));
    }

    /** Saves the settings; false when someone else changed them meanwhile. */
    boolean saveSettings(long version, boolean obligationPriority, int offerDays) {
        long tenant = TenantContext.require().id();
        return Boolean.TRUE.equals(tx.execute(status -> {
            CourseSettings s = settings.findById(tenant).orElseGet(() -> new CourseSettings(tenant));
            if (s.version() != version) {
                return false;
            }
            s.update(obligationPriority, offerDays);
            settings.save(s);
            return true;
        }));
    }

    // ---- offers --------------------------------------------------------------------------------------------

    /** Offers every free seat of a course to the next suitable people; returns the offers made. */
    List<SeatOffer> fill(long courseId) {
        List<SeatOffer> made = tx.execute(status -> fillLocked(courseId, Instant.now()));
        made.forEach(this::tellReferrer);
        return made;
    }

    /** The referring social worker or coordinator learns of the offer; the mail names no one, it links by id. */
    private void tellReferrer(SeatOffer offer) {
        referrals.findById(offer.referralId()).ifPresent(r -> {
            var tenant = TenantContext.require();
            String link = baseUrl + "/" + tenant.slug() + "/verwaltung/sprachkurse/vermittlungen/" + r.id();
            String until = offer.expiresAt().atZone(tenant.zone()).toLocalDate().format(CourseAdmin.DATE);
            mail.send(
                    r.referredBy(),
                    "Kursplatz angeboten (Vermittlung #" + r.id() + ")",
                    "Guten Tag,\n\nfür eine Person, die Sie in einen Sprachkurs vermittelt haben, ist ein Kursplatz frei."
                            + " Das Angebot gilt bis " + until + ". Die Koordination erfasst Zusage oder Absage.\n\n"
                            + link + "\n");
        });
    }

    /** Fills every course of a kind and level (a person joined or came back to that waiting list). */
    List<SeatOffer> fillAll(Course.Kind kind, Course.Level level) {
        List<Long> ids = tx.execute(status -> courses.findByKindAndLevelOrderByStartDateAscIdAsc(kind, level).stream()
                .map(Course::id)
                .toList());
        List<SeatOffer> made = new ArrayList<>();
        for (long id : ids) {
            made.addAll(fill(id));
        }
        return made;
    }

    private List<SeatOffer> fillLocked(long courseId, Instant now) {
        Course course = courses.lockById(courseId).orElseThrow(() -> new NotFoundException("course"));
        boolean priority = settings.findById(TenantContext.require().id())
                .map(CourseSettings::obligationPriority)
                .orElse(true);
        int offerDays = settings.findById(TenantContext.require().id())
                .map(CourseSettings::offerDays)
                .orElse(CourseSettings.DEFAULT_OFFER_DAYS);
        List<SeatOffer> ofCourse = offers.findByCourseIdOrderByOfferedAtDesc(courseId);
        Set<Integer> held = ofCourse.stream()
                .filter(o -> o.status().holdsSeat())
                .map(SeatOffer::seat)
                .collect(Collectors.toSet());
        List<Integer> free = freeSeats(course.seats(), held);
        if (free.isEmpty()) {
            return List.of();
        }
        Set<Long> turnedDown = ofCourse.stream()
                .filter(o -> !o.status().holdsSeat())
                .map(SeatOffer::referralId)
                .collect(Collectors.toSet());
        List<Referral> queue = queue(
                referrals.findByStatusAndKindAndLevel(Referral.Status.WAITING, course.kind(), course.level()),
                course,
                priority,
                turnedDown);
        List<SeatOffer> made = new ArrayList<>();
        int next = 0;
        for (int seat : free) {
            while (next < queue.size()) {
                Referral r = queue.get(next++);
                if (referrals.moveStatus(r.id(), Referral.Status.WAITING, Referral.Status.OFFERED) == 1) {
                    made.add(offers.saveAndFlush(
                            new SeatOffer(courseId, r.id(), seat, now, now.plus(Duration.ofDays(offerDays)))));
                    break;
                }
            }
        }
        return made;
    }

    /**
     * Records the answer to an offer (or that a participant left). Returns false when the offer is no longer in a
     * state for it (answered meanwhile). Declines and departures free the seat for the next person.
     */
    boolean decide(long offerId, Decision decision, String by) {
        Instant now = Instant.now();
        SeatOffer done = tx.execute(status -> {
            SeatOffer o = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer"));
            courses.lockById(o.courseId());
            em.refresh(o); // the state after the lock: a second click on "accept" finds it accepted
            Referral r = referrals.findById(o.referralId()).orElseThrow();
            em.refresh(r);
            switch (decision) {
                case ACCEPT -> {
                    if (o.status() != SeatOffer.Status.OPEN) {
                        return null;
                    }
                    o.decide(SeatOffer.Status.ACCEPTED, now, by);
                    r.placed(now);
                }
                case DECLINE -> {
                    if (o.status() != SeatOffer.Status.OPEN) {
                        return null;
                    }
                    o.decide(SeatOffer.Status.DECLINED, now, by);
                    r.status(Referral.Status.WAITING);
                }
                case LEFT -> {
                    if (o.status() != SeatOffer.Status.ACCEPTED) {
                        return null;
                    }
                    o.decide(SeatOffer.Status.LEFT, now, by);
                    r.status(Referral.Status.CLOSED);
                }
            }
            return o;
        });
        if (done == null) {
            return false;
        }
        refill(done);
        return true;
    }

    /** Offers open past their time expire; each expired seat moves on to the next person. Returns how many. */
    int expire(Instant now) {
        List<Long> due = tx.execute(status -> offers.findByStatusAndExpiresAtBefore(SeatOffer.Status.OPEN, now).stream()
                .map(SeatOffer::id)
                .toList());
        int expired = 0;
        for (long id : due) {
            SeatOffer done = tx.execute(status -> {
                SeatOffer o = offers.findById(id).orElse(null);
                if (o == null) {
                    return null;
                }
                courses.lockById(o.courseId());
                em.refresh(o);
                if (o.status() != SeatOffer.Status.OPEN || !o.expiresAt().isBefore(now)) {
                    return null;
                }
                o.decide(SeatOffer.Status.EXPIRED, now, null);
                referrals
                        .findById(o.referralId())
                        .filter(r -> r.status() == Referral.Status.OFFERED)
                        .ifPresent(r -> r.status(Referral.Status.WAITING));
                return o;
            });
            if (done != null) {
                expired++;
                refill(done);
            }
        }
        return expired;
    }

    /** Takes a person off the waiting list; an open offer of theirs is declined and moves on. */
    boolean withdraw(long referralId, String by) {
        Instant now = Instant.now();
        List<SeatOffer> freed = tx.execute(status -> {
            Referral r = referrals.findById(referralId).orElseThrow(() -> new NotFoundException("referral"));
            if (r.status() == Referral.Status.CLOSED || r.status() == Referral.Status.PLACED) {
                return null;
            }
            List<SeatOffer> open = offers.findByReferralIdOrderByOfferedAtDesc(referralId).stream()
                    .filter(o -> o.status() == SeatOffer.Status.OPEN)
                    .toList();
            open.forEach(o -> o.decide(SeatOffer.Status.DECLINED, now, by));
            r.status(Referral.Status.CLOSED);
            return open;
        });
        if (freed == null) {
            return false;
        }
        freed.forEach(o -> fill(o.courseId()));
        return true;
    }

    private void refill(SeatOffer done) {
        fill(done.courseId());
        // the person who declined or whose offer expired is waiting again: another course may have a seat
        if (done.status() == SeatOffer.Status.DECLINED || done.status() == SeatOffer.Status.EXPIRED) {
            @Nullable
            Referral r =
                    tx.execute(status -> referrals.findById(done.referralId()).orElse(null));
            if (r != null && r.status() == Referral.Status.WAITING) {
                fillAll(r.kind(), r.level());
            }
        }
    }

    /** Seats held (open or accepted offers) per course. */
    java.util.Map<Long, Long> heldSeats() {
        return tx.execute(
                status -> offers.findByStatusIn(EnumSet.of(SeatOffer.Status.OPEN, SeatOffer.Status.ACCEPTED)).stream()
                        .collect(Collectors.groupingBy(SeatOffer::courseId, Collectors.counting())));
    }
}
