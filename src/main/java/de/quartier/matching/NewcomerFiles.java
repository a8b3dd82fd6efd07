package de.quartier.matching;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read newcomers' data, and the record of every read. Coordinators of the tenant see all newcomers, a
 * social worker those they referred, a volunteer only the newcomer of their own running mentorship (name,
 * contact, language, meeting details). Anyone else gets a 404 and the attempt is logged. Also export and erasure
 * on request.
 */
@Service
class NewcomerFiles {

    static final String DENIED = "matching.newcomer.denied";

    private final NewcomerRepository newcomers;
    private final ConsentRepository consents;
    private final SuggestionRepository suggestions;
    private final MentorshipRepository mentorships;
    private final VolunteerRepository volunteers;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    NewcomerFiles(
            NewcomerRepository newcomers,
            ConsentRepository consents,
            SuggestionRepository suggestions,
            MentorshipRepository mentorships,
            VolunteerRepository volunteers,
            Access access,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.newcomers = newcomers;
        this.consents = consents;
        this.suggestions = suggestions;
        this.mentorships = mentorships;
        this.volunteers = volunteers;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    QuartierPrincipal me() {
        return access.principal().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    boolean isCoordinator() {
        return access.has(Role.COORDINATOR);
    }

    boolean isSocialWorker() {
        return access.has(Role.SOCIAL_WORKER);
    }

    /** Coordinators and social workers may record newcomers; matching itself is for coordinators only. */
    void requireRecorder() {
        if (!isCoordinator() && !isSocialWorker()) {
            throw new AccessDeniedException("coordinator or social worker required");
        }
    }

    void requireCoordinator() {
        if (!isCoordinator()) {
            throw new AccessDeniedException("coordinator required");
        }
    }

    private boolean staffMayRead(Newcomer n) {
        return n.status() != Newcomer.Status.ANONYMISED
                && (isCoordinator()
                        || (isSocialWorker()
                                && n.referredBy().equals(me().email().toLowerCase(Locale.ROOT))));
    }

    /** The newcomers the signed-in staff member may see (the read of the list is audited, by ids). */
    @Transactional(readOnly = true)
    List<Newcomer> list() {
        requireRecorder();
        return visibleTo(me().email(), isCoordinator());
    }

    /**
     * The newcomers a staff member may see, by name — all of the tenant if they coordinate, else those referred by
     * this e-mail address — for code that acts for them; the read of the list is audited (by ids).
     */
    @Transactional(readOnly = true)
    List<Newcomer> visibleTo(String email, boolean coordinator) {
        List<Newcomer> visible = coordinator
                ? newcomers.findByStatusNotOrderByNameAsc(Newcomer.Status.ANONYMISED)
                : newcomers.findByReferredByOrderByNameAsc(email.toLowerCase(Locale.ROOT)).stream()
                        .filter(n -> n.status() != Newcomer.Status.ANONYMISED)
                        .toList();
        audit.personalDataRead(
                "newcomer:list",
                "list ids=" + visible.stream().map(n -> n.id().toString()).collect(Collectors.joining(",")));
        return visible;
    }

    /** A newcomer for a coordinator or the referring social worker; 404 (and logged) for anyone else. */
    @Transactional(readOnly = true)
    Newcomer readForStaff(long id, String purpose) {
        Newcomer n = newcomers.findById(id).orElse(null);
        if (n == null || !staffMayRead(n)) {
            audit.record(DENIED, "newcomer:" + id, purpose);
            throw new NotFoundException("newcomer");
        }
        audit.personalDataRead("newcomer:" + id, purpose);
        return n;
    }

    /** The volunteer record of the signed-in person, linked to the account on first use. */
    @Transactional
    Optional<Volunteer> myVolunteer() {
        QuartierPrincipal me = me();
        Optional<Volunteer> v = volunteers
                .findByAccountId(me.userId())
                .or(() -> volunteers.findByEmail(me.email().toLowerCase(Locale.ROOT)));
        v.filter(x -> x.accountId() == null).ifPresent(x -> x.linkAccount(me.userId()));
        return v;
    }

    /**
     * The newcomer of the signed-in volunteer's running mentorship, with the mentorship; 404 (and logged) if the
     * volunteer is not assigned to this newcomer.
     */
    @Transactional
    Map.Entry<Newcomer, Mentorship> readForVolunteer(long newcomerId) {
        Volunteer me = myVolunteer().orElse(null);
        Mentorship m = me == null
                ? null
                : mentorships.findByNewcomerId(newcomerId).stream()
                        .filter(x ->
                                x.volunteerId().equals(me.id()) && x.status().running())
                        .findFirst()
                        .orElse(null);
        Newcomer n = m == null ? null : newcomers.findById(newcomerId).orElse(null);
        if (n == null || m == null) {
            audit.record(DENIED, "newcomer:" + newcomerId, "volunteer");
            throw new NotFoundException("newcomer");
        }
        audit.personalDataRead("newcomer:" + newcomerId, "mentorship:" + m.id());
        return Map.entry(n, m);
    }

    /** Everything stored about a newcomer, for a request under Art. 15/20 GDPR (coordinators only). */
    @Transactional(readOnly = true)
    Map<String, Object> export(long id) {
        requireCoordinator();
        Newcomer n = readForStaff(id, "export");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("name", n.name());
        out.put("contact", n.contact());
        out.put("letterLanguage", n.letterLanguage());
        out.put(
                "languages",
                n.languages().stream()
                        .map(l -> Map.of(
                                "language", l.language(), "level", l.level().name()))
                        .toList());
        out.put("districtId", n.districtId());
        out.put("shelterId", n.shelterId());
        out.put("householdWithMinors", n.householdMinors());
        out.put("needs", n.needs().stream().map(Enum::name).toList());
        out.put("availability", List.copyOf(n.availability()));
        out.put("preferredGender", n.preferredGender());
        out.put("preferredAgeBand", n.preferredAgeBand());
        out.put("status", n.status().name());
        out.put("waitingSince", n.waitingSince().toString());
        out.put("referredBy", n.referredBy());
        out.put(
                "consents",
                consents.findByNewcomerIdOrderByGivenAtAsc(n.id()).stream()
                        .map(c -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("purpose", c.purpose().name());
                            m.put("textVersion", c.textVersion());
                            m.put("givenAt", c.givenAt().toString());
                            m.put("recordedBy", c.recordedBy());
                            m.put(
                                    "revokedAt",
                                    c.revokedAt() == null ? null : c.revokedAt().toString());
                            return m;
                        })
                        .toList());
        out.put(
                "mentorships",
                mentorships.findByNewcomerId(n.id()).stream()
                        .map(m -> Map.of(
                                "id",
                                m.id(),
                                "status",
                                m.status().name(),
                                "proposedAt",
                                m.proposedAt().toString()))
                        .toList());
        audit.record("matching.newcomer.exported", "newcomer:" + id, null);
        return out;
    }

    /** Erases a newcomer on request: suggestions and consents go, mentorships keep only anonymous figures. */
    @Transactional
    void erase(long id) {
        requireCoordinator();
        Newcomer n = readForStaff(id, "erase");
        erase(n);
        audit.record("matching.newcomer.erased", "newcomer:" + id, null);
    }

    void erase(Newcomer n) {
        for (Mentorship m : mentorships.findByNewcomerId(n.id())) {
            if (m.status().running()) {
                m.moveTo(Mentorship.Status.ENDED, Mentorship.EndReason.NEWCOMER_STOPPED, java.time.LocalDate.now());
            }
            m.forgetNewcomer();
        }
        suggestions.deleteAll(suggestions.findByNewcomerId(n.id()));
        consents.deleteAll(consents.findByNewcomerIdOrderByGivenAtAsc(n.id()));
        n.anonymise();
        events.publishEvent(
                new MatchingPeople.NewcomerErased(TenantContext.require().id(), n.id()));
    }

    /** Records consent to a purpose, or revokes it; revoking consent to matching takes the newcomer out of runs. */
    @Transactional
    void revoke(long newcomerId, long consentId) {
        requireRecorder();
        Newcomer n = readForStaff(newcomerId, "consent");
        consents.findById(consentId).filter(c -> c.newcomerId().equals(n.id())).ifPresent(c -> {
            c.revoke(me().email());
            audit.record(
                    "matching.consent.revoked",
                    "newcomer:" + n.id(),
                    c.purpose().name());
        });
    }

    static Instant now() {
        return Instant.now();
    }
}
