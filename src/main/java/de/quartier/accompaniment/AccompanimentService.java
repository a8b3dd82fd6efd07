package de.quartier.accompaniment;

import de.quartier.accompaniment.Suitability.Need;
import de.quartier.accompaniment.Suitability.Verdict;
import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.MailService;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.NewcomerContact;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of everyday accompaniment: who posts and sees requests, who may take them (first come, first served
 * under a row lock), the lifecycle and the mails. Newcomer data is read only for the poster, coordinators and
 * assigned volunteers, and every read goes to the audit log.
 */
@Service
class AccompanimentService {

    static final String DENIED = "accompaniment.denied";

    /** A signed-in coordinator or social worker. */
    record Staff(boolean coordinator, String email) {

        boolean sees(Accompaniment a) {
            return coordinator || a.postedBy().equalsIgnoreCase(email);
        }
    }

    enum Outcome {
        DONE,
        FULL,
        NOT_SUITABLE,
        ALREADY,
        GONE
    }

    private final AccompanimentRepository requests;
    private final PlaceRepository places;
    private final MatchingPeople people;
    private final DistrictService districts;
    private final Access access;
    private final AuditLog audit;
    private final MailService mail;
    private final MessageSource messages;

    /** First key of the advisory locks on volunteers ('ACMP'). */
    private static final int VOLUNTEER_LOCK = 0x41434D50;

    private final JdbcTemplate jdbc;

    AccompanimentService(
            AccompanimentRepository requests,
            PlaceRepository places,
            MatchingPeople people,
            DistrictService districts,
            Access access,
            AuditLog audit,
            MailService mail,
            MessageSource messages,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.places = places;
        this.people = people;
        this.districts = districts;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.mail = mail;
    }

    // ---- who is asking ---------------------------------------------------------------------------------------

    QuartierPrincipal principal() {
        return access.principal().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    Staff staff() {
        QuartierPrincipal p = principal();
        if (access.has(Role.COORDINATOR)) {
            return new Staff(true, p.email().toLowerCase(Locale.ROOT));
        }
        if (access.has(Role.SOCIAL_WORKER)) {
            return new Staff(false, p.email().toLowerCase(Locale.ROOT));
        }
        throw new AccessDeniedException("coordinator or social worker required");
    }

    boolean isStaff() {
        return access.has(Role.COORDINATOR) || access.has(Role.SOCIAL_WORKER);
    }

    /** The volunteer record of the signed-in person; 403 for anyone without one. */
    VolunteerRef volunteer() {
        QuartierPrincipal p = principal();
        return people.volunteerOfAccount(p.userId(), p.email())
                .orElseThrow(() -> new AccessDeniedException("no volunteer profile"));
    }

    LocalDate today() {
        return LocalDate.now(TenantContext.require().zone());
    }

    // ---- suitability -----------------------------------------------------------------------------------------

    Map<Long, double[]> centres() {
        Map<Long, double[]> out = new HashMap<>();
        for (DistrictProfile d : districts.profiles()) {
            if (d.centreLat() != null && d.centreLon() != null) {
                out.put(d.id(), new double[] {d.centreLat(), d.centreLon()});
            }
        }
        return out;
    }

    Map<Long, Long> openPerVolunteer() {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : places.openPerVolunteer()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    Verdict verdict(VolunteerRef v, Accompaniment a, Map<Long, double[]> centres, Map<Long, Long> open) {
        return Suitability.check(v, Need.of(a), centres, open.getOrDefault(v.id(), 0L));
    }

    long held(long requestId) {
        return places.findByRequestIdOrderByTakenAtAsc(requestId).stream()
                .filter(p -> p.status().holds())
                .count();
    }

    Map<Long, Long> heldPerRequest(List<Accompaniment> list) {
        Map<Long, Long> out = new HashMap<>();
        places.findByRequestIdIn(list.stream().map(Accompaniment::id).toList()).stream()
                .filter(p -> p.status().holds())
                .forEach(p -> out.merge(p.requestId(), 1L, Long::sum));
        return out;
    }

    /** Open requests from today on with a place left that this volunteer may take (no newcomer data). */
    @Transactional(readOnly = true)
    List<Accompaniment> suitableOpen(VolunteerRef v) {
        List<Accompaniment> open = requests.findByStatusAndOnDateGreaterThanEqualOrderByOnDateAscStartsAtAsc(
                Accompaniment.Status.OPEN, today());
        Map<Long, Long> held = heldPerRequest(open);
        Map<Long, double[]> centres = centres();
        Map<Long, Long> busy = openPerVolunteer();
        List<Long> mine = places.findByVolunteerId(v.id()).stream()
                .filter(p -> p.status().holds())
                .map(Place::requestId)
                .toList();
        return open.stream()
                .filter(a -> held.getOrDefault(a.id(), 0L) < a.places())
                .filter(a -> !mine.contains(a.id()))
                .filter(a -> verdict(v, a, centres, busy) == Verdict.SUITABLE)
                .toList();
    }

    /** Open requests from today on with a place left (for the digest). */
    List<Accompaniment> suitableOpenForDigest(java.time.Instant postedAfter) {
        List<Accompaniment> open = requests.findByStatusAndOnDateGreaterThanEqualOrderByOnDateAscStartsAtAsc(
                Accompaniment.Status.OPEN, today());
        Map<Long, Long> held = heldPerRequest(open);
        return open.stream()
                .filter(a -> held.getOrDefault(a.id(), 0L) < a.places())
                .filter(a -> a.createdAt().isAfter(postedAfter))
                .toList();
    }

    Map<Long, String> districtNames() {
        Map<Long, String> out = new HashMap<>();
        districts.list().forEach(d -> out.put(d.id(), d.name()));
        return out;
    }

    /** Active volunteers who may take this request now (for the poster's "assign directly"). */
    @Transactional(readOnly = true)
    List<VolunteerRef> suitableVolunteers(Accompaniment a) {
        Map<Long, double[]> centres = centres();
        Map<Long, Long> busy = openPerVolunteer();
        List<Long> holding = places.findByRequestIdOrderByTakenAtAsc(a.id()).stream()
                .filter(p -> p.status().holds())
                .map(Place::volunteerId)
                .toList();
        return people.volunteers().stream()
                .filter(v -> !holding.contains(v.id()))
                .filter(v -> verdict(v, a, centres, busy) == Verdict.SUITABLE)
                .toList();
    }

    // ---- staff -----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<Accompaniment> listFor(Staff s) {
        return s.coordinator()
                ? requests.findAllByOrderByOnDateDescIdDesc()
                : requests.findByPostedByOrderByOnDateDescIdDesc(s.email());
    }

    /** A request for its poster or a coordinator; 404 (and logged) for other staff. */
    @Transactional(readOnly = true)
    Accompaniment readForStaff(long id, Staff s) {
        Accompaniment a = requests.findById(id).orElse(null);
        if (a == null || !s.sees(a)) {
            audit.record(DENIED, "accompaniment:" + id, "staff");
            throw new NotFoundException("accompaniment");
        }
        return a;
    }

    /** The newcomer's name for staff who may see the request; the read is audited. */
    String newcomerName(Accompaniment a) {
        Long n = a.newcomerId();
        if (n == null) {
            return "—";
        }
        audit.personalDataRead("newcomer:" + n, "accompaniment:" + a.id());
        return people.newcomer(n).map(MatchingPeople.NewcomerRef::name).orElse("—");
    }

    /** The newcomers' names for a list of requests the caller may see: one query, one audit entry for the list. */
    Map<Long, String> newcomerNames(List<Accompaniment> list) {
        Map<Long, Long> newcomerOf = list.stream()
                .filter(a -> a.newcomerId() != null)
                .collect(Collectors.toMap(Accompaniment::id, Accompaniment::newcomerId));
        if (newcomerOf.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new TreeSet<>(newcomerOf.values());
        audit.personalDataRead(
                "newcomer:list",
                "accompaniment list ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        Map<Long, String> names = people.newcomerNames(ids);
        Map<Long, String> byRequest = new HashMap<>();
        newcomerOf.forEach((request, newcomer) -> byRequest.put(request, names.getOrDefault(newcomer, "—")));
        return byRequest;
    }

    @Transactional
    long create(
            Staff s,
            Accompaniment.Kind kind,
            @Nullable String description,
            LocalDate date,
            java.time.LocalTime from,
            java.time.LocalTime to,
            @Nullable String meetingPoint,
            long districtId,
            String language,
            int count,
            long newcomerId) {
        Accompaniment a = requests.save(new Accompaniment(
                kind, description, date, from, to, meetingPoint, districtId, language, count, newcomerId, s.email()));
        audit.record("accompaniment.posted", "accompaniment:" + a.id(), "newcomer:" + newcomerId);
        return a.id();
    }

    @Transactional
    boolean confirm(long id, Staff s) {
        Accompaniment a = lockForStaff(id, s);
        List<Place> taken = placesWith(a, Place.Status.TAKEN);
        if (a.status() != Accompaniment.Status.OPEN || taken.isEmpty()) {
            return false;
        }
        a.status(Accompaniment.Status.CONFIRMED);
        for (Place p : taken) {
            mailVolunteer(p.volunteerId(), "confirmed", a);
        }
        audit.record("accompaniment.confirmed", "accompaniment:" + id, null);
        return true;
    }

    @Transactional
    boolean cancel(long id, Staff s) {
        Accompaniment a = lockForStaff(id, s);
        if (a.status().ended()) {
            return false;
        }
        a.status(Accompaniment.Status.CANCELLED);
        for (Place p : placesWith(a, Place.Status.TAKEN)) {
            mailVolunteer(p.volunteerId(), "cancelled", a);
        }
        audit.record("accompaniment.cancelled", "accompaniment:" + id, null);
        return true;
    }

    /** The poster marks a volunteer who did not come, or takes a volunteer off (the place reopens). */
    @Transactional
    boolean placeStatus(long id, long placeId, Place.Status to, Staff s) {
        Accompaniment a = lockForStaff(id, s);
        Place p = places.findById(placeId)
                .filter(x -> x.requestId().equals(a.id()))
                .orElse(null);
        if (p == null || p.status() != Place.Status.TAKEN || a.status().ended()) {
            return false;
        }
        if (to == Place.Status.NO_SHOW && a.onDate().isAfter(today())) {
            return false; // nobody can have failed to come before the day
        }
        p.status(to);
        if (to == Place.Status.REMOVED) {
            reopen(a);
            mailVolunteer(p.volunteerId(), "removed", a);
        } else {
            finishIfComplete(a);
        }
        audit.record("accompaniment.place." + to.name().toLowerCase(Locale.ROOT), "accompaniment:" + id, null);
        return true;
    }

    /** The poster or a coordinator gives a place to a suitable volunteer directly. */
    @Transactional
    Outcome assign(long id, long volunteerId, Staff s) {
        lockVolunteer(volunteerId);
        Accompaniment a = lockForStaff(id, s);
        VolunteerRef v = people.volunteer(volunteerId).orElse(null);
        if (v == null) {
            return Outcome.NOT_SUITABLE;
        }
        Outcome o = occupy(a, v);
        if (o == Outcome.DONE) {
            mailVolunteer(v.id(), "assigned", a);
            audit.record("accompaniment.assigned", "accompaniment:" + id, "volunteer:" + v.id());
        }
        return o;
    }

    private Accompaniment lockForStaff(long id, Staff s) {
        Accompaniment a = requests.lockById(id).orElse(null);
        if (a == null || !s.sees(a)) {
            audit.record(DENIED, "accompaniment:" + id, "staff");
            throw new NotFoundException("accompaniment");
        }
        return a;
    }

    // ---- volunteers ------------------------------------------------------------------------------------------

    /**
     * Takes a place: the request row is locked first, so of two volunteers taking the last place at the same time
     * the second waits, then counts the first one's place and gets {@link Outcome#FULL}.
     */
    @Transactional
    Outcome take(long id, VolunteerRef v) {
        lockVolunteer(v.id());
        Accompaniment a = requests.lockById(id).orElse(null);
        if (a == null) {
            return Outcome.GONE;
        }
        Outcome o = occupy(a, v);
        if (o == Outcome.DONE) {
            audit.record("accompaniment.taken", "accompaniment:" + id, "volunteer:" + v.id());
        } else if (o == Outcome.NOT_SUITABLE) {
            audit.record(DENIED, "accompaniment:" + id, "take");
        }
        return o;
    }

    /**
     * Serialises one volunteer's takes until the transaction ends, because their capacity counts places on all
     * requests: without it, two requests taken at the same instant could both see room for one more. Always taken
     * before a request row lock, so the two locks are acquired in the same order everywhere.
     */
    private void lockVolunteer(long volunteerId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> {}, VOLUNTEER_LOCK, Long.hashCode(volunteerId));
    }

    /** With the request row locked: checks and takes a place for this volunteer. */
    private Outcome occupy(Accompaniment a, VolunteerRef v) {
        if (a.status() != Accompaniment.Status.OPEN || a.onDate().isBefore(today())) {
            return Outcome.GONE;
        }
        Optional<Place> mine = places.findByRequestIdAndVolunteerId(a.id(), v.id());
        if (mine.isPresent() && mine.get().status().holds()) {
            return Outcome.ALREADY;
        }
        if (verdict(v, a, centres(), openPerVolunteer()) != Verdict.SUITABLE) {
            return Outcome.NOT_SUITABLE;
        }
        if (held(a.id()) >= a.places()) {
            return Outcome.FULL;
        }
        if (mine.isPresent()) {
            mine.get().take();
        } else {
            places.saveAndFlush(new Place(a.id(), v.id()));
        }
        return Outcome.DONE;
    }

    /** A volunteer gives their place back before the day; it reopens for others. */
    @Transactional
    boolean withdraw(long id, VolunteerRef v) {
        Accompaniment a = requests.lockById(id).orElse(null);
        Place p = a == null
                ? null
                : places.findByRequestIdAndVolunteerId(id, v.id()).orElse(null);
        if (a == null
                || p == null
                || p.status() != Place.Status.TAKEN
                || a.status().ended()
                || !a.onDate().isAfter(today())) {
            return false;
        }
        p.status(Place.Status.WITHDRAWN);
        reopen(a);
        String subject = messages.getMessage("accompaniment.mail.withdrawn.subject", null, locale());
        String body = messages.getMessage(
                "accompaniment.mail.withdrawn.body", new Object[] {link("/verwaltung/begleitungen/" + id)}, locale());
        mail.send(a.postedBy(), subject, body);
        audit.record("accompaniment.withdrawn", "accompaniment:" + id, "volunteer:" + v.id());
        return true;
    }

    /** A volunteer records the accompaniment as done, with hours and short feedback (from the day on). */
    @Transactional
    boolean done(long id, VolunteerRef v, BigDecimal hours, @Nullable String feedback) {
        Accompaniment a = requests.lockById(id).orElse(null);
        Place p = a == null
                ? null
                : places.findByRequestIdAndVolunteerId(id, v.id()).orElse(null);
        if (a == null
                || p == null
                || p.status() != Place.Status.TAKEN
                || a.status() == Accompaniment.Status.CANCELLED
                || a.onDate().isAfter(today())) {
            return false;
        }
        p.done(hours, feedback);
        finishIfComplete(a);
        return true;
    }

    /**
     * What a volunteer may see of a request: an assigned volunteer (or one who finished it) the newcomer's name,
     * contact and languages (audited); a suitable volunteer the open request without newcomer data; anyone else
     * gets a 403, and the attempt is logged.
     */
    @Transactional(readOnly = true)
    VolunteerView readForVolunteer(long id, VolunteerRef v) {
        Accompaniment a = requests.findById(id).orElse(null);
        Place mine = a == null
                ? null
                : places.findByRequestIdAndVolunteerId(id, v.id()).orElse(null);
        if (a != null && mine != null && mine.status().holds()) {
            NewcomerContact contact = null;
            if (a.newcomerId() != null && a.status() != Accompaniment.Status.CANCELLED) {
                audit.personalDataRead("newcomer:" + a.newcomerId(), "accompaniment:" + id);
                contact = people.newcomerContact(a.newcomerId()).orElse(null);
            }
            return new VolunteerView(a, mine, contact, a.places() - held(id));
        }
        if (a != null
                && a.status() == Accompaniment.Status.OPEN
                && !a.onDate().isBefore(today())
                && held(id) < a.places()
                && verdict(v, a, centres(), openPerVolunteer()) == Verdict.SUITABLE) {
            return new VolunteerView(a, mine, null, a.places() - held(id));
        }
        audit.record(DENIED, "accompaniment:" + id, "volunteer");
        throw new AccessDeniedException("not suitable or not assigned");
    }

    /** A request by id without newcomer data (for the API's lists of a volunteer's own places). */
    @Transactional(readOnly = true)
    Optional<Accompaniment> readForVolunteerQuiet(long id) {
        return requests.findById(id);
    }

    record VolunteerView(
            Accompaniment request,
            @Nullable Place place,
            @Nullable NewcomerContact newcomer,
            long placesLeft) {

        boolean assigned() {
            return place != null && place.status().holds();
        }
    }

    @Transactional(readOnly = true)
    List<Place> placesOf(VolunteerRef v) {
        return places.findByVolunteerId(v.id());
    }

    @Transactional(readOnly = true)
    List<Place> placesOf(Accompaniment a) {
        return places.findByRequestIdOrderByTakenAtAsc(a.id());
    }

    // ---- lifecycle helpers -----------------------------------------------------------------------------------

    private List<Place> placesWith(Accompaniment a, Place.Status status) {
        return places.findByRequestIdOrderByTakenAtAsc(a.id()).stream()
                .filter(p -> p.status() == status)
                .toList();
    }

    private void reopen(Accompaniment a) {
        if (a.status() == Accompaniment.Status.CONFIRMED) {
            a.status(Accompaniment.Status.OPEN);
        }
    }

    /** Done once nobody holds a place still to be done and at least one volunteer did it. */
    private void finishIfComplete(Accompaniment a) {
        List<Place> all = places.findByRequestIdOrderByTakenAtAsc(a.id());
        boolean pending = all.stream().anyMatch(p -> p.status() == Place.Status.TAKEN);
        boolean someDone = all.stream().anyMatch(p -> p.status() == Place.Status.DONE);
        if (!pending && someDone && !a.status().ended()) {
            a.status(Accompaniment.Status.DONE);
        }
    }

    private void mailVolunteer(long volunteerId, String what, Accompaniment a) {
        people.volunteer(volunteerId).ifPresent(v -> {
            String subject = messages.getMessage("accompaniment.mail." + what + ".subject", null, locale());
            String body = messages.getMessage(
                    "accompaniment.mail." + what + ".body",
                    new Object[] {
                        v.displayName(),
                        a.onDate().toString(),
                        a.startsAt() + "–" + a.endsAt(),
                        link("/ehrenamt/begleitungen/" + a.id())
                    },
                    locale());
            mail.send(v.email(), subject, body);
        });
    }

    static Locale locale() {
        return TenantContext.require().defaultLocale();
    }

    static String link(String path) {
        return "/" + TenantContext.require().slug() + path;
    }

    // ---- erasure ---------------------------------------------------------------------------------------------

    /** Matching erased a newcomer: their requests end and lose every link to them (inside the same transaction). */
    @EventListener
    void on(MatchingPeople.NewcomerErased event) {
        for (Accompaniment a : requests.findByNewcomerId(event.newcomerId())) {
            if (!a.status().ended()) {
                a.status(Accompaniment.Status.CANCELLED);
            }
            anonymise(a);
        }
    }

    void anonymise(Accompaniment a) {
        a.anonymise();
        places.findByRequestIdOrderByTakenAtAsc(a.id()).forEach(Place::forgetFeedback);
    }
}
