package de.quartier.matching;

import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.shared.TenantContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (e.g. everyday accompaniment) may read about the people of matching in the current tenant:
 * volunteers with their languages, district, range and capacity, newcomers' matching-relevant data, shelters.
 * Newcomer data is personal: callers check who may see it and record the read with {@code AuditLog}.
 */
@Service
public class MatchingPeople {

    /** CEFR-like level of a language; NATIVE above C2. */
    public enum Level {
        A1,
        A2,
        B1,
        B2,
        C1,
        C2,
        NATIVE;

        /** Good enough for a conversation without an interpreter. */
        public boolean usable() {
            return compareTo(B1) >= 0;
        }

        static Level parse(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return A1;
            }
        }
    }

    /** A language (ISO 639-1 code) at a level. */
    public record LanguageSkill(String language, Level level) {}

    public record VolunteerRef(
            long id,
            @Nullable Long accountId,
            String email,
            String displayName,
            List<LanguageSkill> languages,
            @Nullable Long districtId,
            int travelKm,
            int capacity,
            Set<String> availability,
            boolean active) {}

    public record NewcomerRef(
            long id,
            String name,
            List<LanguageSkill> languages,
            @Nullable Long districtId,
            @Nullable Long shelterId,
            boolean householdMinors,
            String referredBy,
            boolean waiting) {}

    public record ShelterRef(
            long id,
            String name,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable Long districtId,
            @Nullable String managerEmail) {}

    /** What an assigned volunteer may see of a newcomer: name, contact and languages. */
    public record NewcomerContact(long id, String name, String contact, List<LanguageSkill> languages) {}

    /**
     * Published (inside the erasing transaction) when a newcomer's personal data is erased, on request or after the
     * retention period: other modules erase what they hold about this newcomer too.
     */
    public record NewcomerErased(long tenantId, long newcomerId) {}

    private final VolunteerRepository volunteers;
    private final NewcomerRepository newcomers;
    private final ShelterRepository shelters;
    private final NewcomerFiles files;

    MatchingPeople(
            VolunteerRepository volunteers,
            NewcomerRepository newcomers,
            ShelterRepository shelters,
            NewcomerFiles files) {
        this.volunteers = volunteers;
        this.newcomers = newcomers;
        this.shelters = shelters;
        this.files = files;
    }

    /**
     * The newcomers the signed-in staff member may see — coordinators all of the tenant, a social worker those they
     * referred — by name; the read is recorded in the audit log. Others get an {@code AccessDeniedException}.
     */
    @Transactional(readOnly = true)
    public List<NewcomerRef> visibleNewcomers() {
        return files.list().stream().map(MatchingPeople::ref).toList();
    }

    /** The newcomers a staff member referred, by name (e.g. for demo data); the read of the list is audited. */
    @Transactional(readOnly = true)
    public List<NewcomerRef> newcomersReferredBy(String email) {
        return files.visibleTo(email, false).stream().map(MatchingPeople::ref).toList();
    }

    /** A newcomer's name, contact and languages. Personal data: check access and audit the read. */
    @Transactional(readOnly = true)
    public Optional<NewcomerContact> newcomerContact(long id) {
        return newcomers
                .findById(id)
                .filter(n -> n.status() != Newcomer.Status.ANONYMISED)
                .map(n -> new NewcomerContact(n.id(), n.name(), n.contact(), n.languages()));
    }

    /** Names of the given newcomers (anonymised ones left out), in one query. Personal data: audit the read. */
    @Transactional(readOnly = true)
    public Map<Long, String> newcomerNames(Collection<Long> ids) {
        return newcomers.findAllById(ids).stream()
                .filter(n -> n.status() != Newcomer.Status.ANONYMISED)
                .collect(Collectors.toMap(Newcomer::id, Newcomer::name));
    }

    /** Great-circle distance in km between two [lat, lon] points, as matching measures a volunteer's range. */
    public static double km(double[] a, double[] b) {
        return Matcher.km(a, b);
    }

    /** The current tenant's volunteers (active and not), by name. */
    @Transactional(readOnly = true)
    public List<VolunteerRef> volunteers() {
        return volunteers.findAllByOrderByDisplayNameAsc().stream()
                .map(MatchingPeople::ref)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<VolunteerRef> volunteer(long id) {
        return volunteers.findById(id).map(MatchingPeople::ref);
    }

    /** The volunteer record of a signed-in account (by account id, else by its e-mail address). */
    @Transactional(readOnly = true)
    public Optional<VolunteerRef> volunteerOfAccount(long accountId, String email) {
        return volunteers
                .findByAccountId(accountId)
                .or(() -> volunteers.findByEmail(email.toLowerCase(Locale.ROOT)))
                .map(MatchingPeople::ref);
    }

    /** A newcomer's matching-relevant data (no contact). Personal data: check access and audit the read. */
    @Transactional(readOnly = true)
    public Optional<NewcomerRef> newcomer(long id) {
        return newcomers
                .findById(id)
                .filter(n -> n.status() != Newcomer.Status.ANONYMISED)
                .map(MatchingPeople::ref);
    }

    static NewcomerRef ref(Newcomer n) {
        return new NewcomerRef(
                n.id(),
                n.name(),
                n.languages(),
                n.districtId(),
                n.shelterId(),
                n.householdMinors(),
                n.referredBy(),
                n.status() == Newcomer.Status.WAITING);
    }

    @Transactional(readOnly = true)
    public List<ShelterRef> shelters() {
        return shelters.findAllByOrderByNameAsc().stream()
                .map(s ->
                        new ShelterRef(s.id(), s.name(), s.street(), s.postalCode(), s.districtId(), s.managerEmail()))
                .toList();
    }

    static VolunteerRef ref(Volunteer v) {
        return new VolunteerRef(
                v.id(),
                v.accountId(),
                v.email(),
                v.displayName(),
                v.languages(),
                v.districtId(),
                v.travelKm(),
                v.capacity(),
                v.availability(),
                v.status() == Volunteer.Status.ACTIVE);
    }

    /** A newcomer in a chooser: number and name only. */
    public record NewcomerChoice(long id, String name) {}

    /**
     * The newcomers a signed-in person may choose in the current tenant, by name: a coordinator all of them, a
     * social worker those they referred, anyone else none. Name and number only; the read of the list is audited
     * (by ids), as on matching's own newcomer list.
     */
    @Transactional(readOnly = true)
    public List<NewcomerChoice> visibleNewcomers(QuartierPrincipal account) {
        long tenant = TenantContext.require().id();
        if (account.hasRole(tenant, Role.COORDINATOR)) {
            return visibleNewcomers(account.email(), true);
        }
        return account.hasRole(tenant, Role.SOCIAL_WORKER) ? visibleNewcomers(account.email(), false) : List.of();
    }

    /**
     * The same for code without a signed-in person (demo data, jobs) acting for the given staff member: all
     * newcomers if they coordinate, else those referred by this e-mail address. Requests use the overload above.
     */
    @Transactional(readOnly = true)
    public List<NewcomerChoice> visibleNewcomers(String accountEmail, boolean coordinator) {
        return files.visibleTo(accountEmail, coordinator).stream()
                .map(n -> new NewcomerChoice(n.id(), n.name()))
                .toList();
    }
}
