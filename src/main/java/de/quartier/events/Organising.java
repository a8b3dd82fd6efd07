package de.quartier.events;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may organise what, and every staff write to an event. Municipal admins organise anything in their tenant,
 * district managers events of or in their districts, organisation editors events of their organisations. Callers
 * hold no transaction; each write runs in its own, under the event's row lock where registrations are affected.
 */
@Service
class Organising {

    /** The signed-in person's reach in the current tenant. */
    record Scope(boolean admin, Set<Long> districts, Set<Long> organisations) {
        boolean any() {
            return admin || !districts.isEmpty() || !organisations.isEmpty();
        }

        boolean managesAny(Collection<Long> ids) {
            return ids.stream().anyMatch(districts::contains);
        }
    }

    /** A choice of organiser: {@code TENANT}, {@code DISTRICT:<id>} or {@code ORGANISATION:<id>}. */
    record Organiser(Event.OrganiserType type, @Nullable Long id, String name) {
        String key() {
            return id == null ? type.name() : type.name() + ":" + id;
        }
    }

    private final Access access;
    private final EventRepository events;
    private final DistrictService districts;
    private final OrganisationDirectory directory;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    Organising(
            Access access,
            EventRepository events,
            DistrictService districts,
            OrganisationDirectory directory,
            AuditLog audit,
            TransactionTemplate tx) {
        this.access = access;
        this.events = events;
        this.districts = districts;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
    }

    Scope scope() {
        var scope = access.scope();
        return new Scope(scope.all(), scope.managedDistricts(), scope.editedOrganisations());
    }

    Scope requireOrganiser() {
        Scope s = scope();
        if (!s.any()) {
            throw new AccessDeniedException("no events role");
        }
        return s;
    }

    boolean canEdit(Scope s, Event e) {
        if (s.admin()) {
            return true;
        }
        return switch (e.organiserType) {
            case TENANT -> false;
            case DISTRICT -> s.districts().contains(e.organiserId) || s.managesAny(e.districtIds);
            case ORGANISATION -> s.organisations().contains(e.organiserId) || s.managesAny(e.districtIds);
        };
    }

    /** The organisers this person may name, the tenant first. Must run in a transaction (directory lookup). */
    List<Organiser> organisers(Scope s) {
        List<Organiser> list = new ArrayList<>();
        if (s.admin()) {
            list.add(new Organiser(
                    Event.OrganiserType.TENANT, null, TenantContext.require().name()));
        }
        for (DistrictSummary d : districts.list()) {
            if (s.admin() || s.districts().contains(d.id())) {
                list.add(new Organiser(Event.OrganiserType.DISTRICT, d.id(), "Stadtteilbüro " + d.name()));
            }
        }
        for (OrganisationRef o : directory.choices()) {
            if (s.admin() || s.organisations().contains(o.id()) || s.managesAny(o.districtIds())) {
                list.add(new Organiser(Event.OrganiserType.ORGANISATION, o.id(), o.name()));
            }
        }
        return list;
    }

    /** Resolves an organiser choice the person may make, or {@code null}. Must run in a transaction. */
    @Nullable
    Organiser organiser(Scope s, String key) {
        return organisers(s).stream()
                .filter(o -> o.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    /** Loads an event the person may edit (404 unknown, 403 out of scope). Needs a transaction. */
    Event editable(long id) {
        Event e = events.findById(id).orElseThrow(() -> new NotFoundException("event"));
        if (!canEdit(scope(), e)) {
            throw new AccessDeniedException("event " + id + " not in scope");
        }
        return e;
    }

    <T> T read(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }

    void write(Runnable work) {
        tx.executeWithoutResult(status -> work.run());
    }

    static void apply(Event e, EventForms.Parsed p, Organiser organiser) {
        e.title = p.title();
        e.description = p.description();
        e.kind = p.kind();
        e.organiserType = organiser.type();
        e.organiserId = organiser.id();
        e.organiserName = organiser.name();
        e.districtIds.clear();
        e.districtIds.addAll(p.districtIds());
        e.placeName = p.placeName();
        e.street = p.street();
        e.postalCode = p.postalCode();
        e.city = p.city();
        e.onlineUrl = p.onlineUrl();
        e.startsAt = p.startsAt();
        e.endsAt = p.endsAt();
        e.weeklyUntil = p.weeklyUntil();
        e.audience = p.audience();
        e.languages = p.languages();
        e.accessibility = p.accessibility();
        e.costCents = p.costCents();
        e.registration = p.registration();
        e.registrationOpens = p.registrationOpens();
        e.registrationCloses = p.registrationCloses();
        e.capacity = p.capacity();
        e.askOrganisation = p.askOrganisation();
        e.askNeeds = p.askNeeds();
        e.workshops = p.workshops();
        e.consentText = p.consentText();
        e.programme.clear();
        e.programme.addAll(p.programme());
        e.touch();
    }

    void audit(String action, Event e) {
        audit.record("events." + action, "event:" + e.id, e.title);
    }
}
