package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.InvitationService;
import de.quartier.accounts.MailService;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.directory.DirectoryEditingForms.CooperationForm;
import de.quartier.directory.DirectoryEditingForms.LocationForm;
import de.quartier.directory.DirectoryEditingForms.OfferForm;
import de.quartier.directory.DirectoryEditingForms.OrganisationForm;
import de.quartier.directory.History.Diff;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every staff write to the directory goes through here: permission checks (admins everything in the tenant,
 * district managers what touches their districts, organisation editors their own organisations and offers),
 * optimistic locking, the change history, the search index, and — when the tenant wants it — holding editors'
 * changes to published entries for review. Callers hold no transaction; each write runs in its own.
 */
@Service
class DirectoryEditing {

    static final JsonMapper JSON = JsonMapper.builder().build();

    enum Outcome {
        SAVED,
        PENDING_REVIEW,
        CONFLICT
    }

    record Result(Outcome outcome, long id) {}

    /** The signed-in person's reach in the current tenant. */
    record Scope(boolean admin, Set<Long> managedDistricts, Set<Long> organisations) {

        boolean manager() {
            return !managedDistricts.isEmpty();
        }

        boolean reviewer() {
            return admin || manager();
        }

        boolean managesAny(Collection<Long> districtIds) {
            return districtIds.stream().anyMatch(managedDistricts::contains);
        }
    }

    private final OrganisationRepository organisations;
    private final OfferRepository offers;
    private final LocationRepository locations;
    private final CooperationRepository cooperations;
    private final PendingChangeRepository pending;
    private final DirectorySettingsRepository settings;
    private final ActionFieldCatalogue catalogue;
    private final History history;
    private final DirectoryIndex index;
    private final DistrictService districts;
    private final Access access;
    private final InvitationService invitations;
    private final MailService mail;
    private final MessageSource messages;
    private final EntityManager em;
    private final TransactionTemplate tx;

    DirectoryEditing(
            OrganisationRepository organisations,
            OfferRepository offers,
            LocationRepository locations,
            CooperationRepository cooperations,
            PendingChangeRepository pending,
            DirectorySettingsRepository settings,
            ActionFieldCatalogue catalogue,
            History history,
            DirectoryIndex index,
            DistrictService districts,
            Access access,
            InvitationService invitations,
            MailService mail,
            MessageSource messages,
            EntityManager em,
            TransactionTemplate tx) {
        this.organisations = organisations;
        this.offers = offers;
        this.locations = locations;
        this.cooperations = cooperations;
        this.pending = pending;
        this.settings = settings;
        this.catalogue = catalogue;
        this.history = history;
        this.index = index;
        this.districts = districts;
        this.access = access;
        this.invitations = invitations;
        this.mail = mail;
        this.messages = messages;
        this.em = em;
        this.tx = tx;
    }

    // ---- permissions ---------------------------------------------------------------------------------------

    Scope scope() {
        var scope = access.scope();
        return new Scope(scope.all(), scope.managedDistricts(), scope.editedOrganisations());
    }

    /** Districts an organisation touches: those it works in and those of its locations. */
    static Set<Long> districtsOf(Organisation o) {
        Set<Long> ids = new TreeSet<>(o.districtIds());
        o.locations().stream()
                .map(Location::districtId)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    static Set<Long> districtsOf(Offer offer) {
        Set<Long> ids = new TreeSet<>(offer.getDistrictIds());
        ids.addAll(districtsOf(offer.organisation()));
        return ids;
    }

    /** Reviewers (admin, manager of one of its districts) of an organisation. */
    boolean reviews(Scope s, Organisation o) {
        return s.admin() || s.managesAny(districtsOf(o));
    }

    boolean reviews(Scope s, Offer offer) {
        return s.admin() || s.managesAny(districtsOf(offer));
    }

    boolean canEdit(Scope s, Organisation o) {
        return reviews(s, o) || s.organisations().contains(o.id());
    }

    boolean canEdit(Scope s, Offer offer) {
        return reviews(s, offer)
                || s.organisations().contains(offer.organisation().id());
    }

    boolean canEdit(Scope s, Location l) {
        if (s.admin() || (l.districtId() != null && s.managedDistricts().contains(l.districtId()))) {
            return true;
        }
        return organisationsAt(l).stream().anyMatch(o -> canEdit(s, o))
                || offers.findByLocation(l.id()).stream().anyMatch(o -> canEdit(s, o));
    }

    boolean canEdit(Scope s, Cooperation c) {
        if (s.admin() || s.managesAny(c.districtIds())) {
            return true;
        }
        return canEdit(s, c.organisationA()) || canEdit(s, c.organisationB());
    }

    List<Organisation> organisationsAt(Location l) {
        return em.createQuery(
                        "select distinct o from Organisation o join o.locations l where l.id = :id", Organisation.class)
                .setParameter("id", l.id())
                .getResultList();
    }

    Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    Offer offer(long id) {
        return offers.findById(id).orElseThrow(() -> new NotFoundException("offer"));
    }

    Location location(long id) {
        return locations.findById(id).orElseThrow(() -> new NotFoundException("location"));
    }

    Cooperation cooperation(long id) {
        return cooperations.findById(id).orElseThrow(() -> new NotFoundException("cooperation"));
    }

    /** Loads an organisation the person may edit (404 unknown, 403 out of scope). Needs a transaction. */
    Organisation editableOrganisation(long id) {
        Organisation o = organisation(id);
        return inScope(o, canEdit(scope(), o), "organisation", id);
    }

    Offer editableOffer(long id) {
        Offer o = offer(id);
        return inScope(o, canEdit(scope(), o), "offer", id);
    }

    Location editableLocation(long id) {
        Location l = location(id);
        return inScope(l, canEdit(scope(), l), "location", id);
    }

    Cooperation editableCooperation(long id) {
        Cooperation c = cooperation(id);
        return inScope(c, canEdit(scope(), c), "cooperation", id);
    }

    private static <T> T inScope(T entry, boolean allowed, String type, long id) {
        if (!allowed) {
            throw new AccessDeniedException(type + " " + id + " not in scope");
        }
        return entry;
    }

    <T> T read(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }

    // ---- settings ------------------------------------------------------------------------------------------

    boolean reviewChanges() {
        long tenant = TenantContext.require().id();
        return Boolean.TRUE.equals(tx.execute(status ->
                settings.findById(tenant).map(DirectorySettings::reviewChanges).orElse(false)));
    }

    void reviewChanges(boolean on) {
        access.requireTenantAdmin();
        long tenant = TenantContext.require().id();
        tx.executeWithoutResult(status -> {
            DirectorySettings s = settings.findById(tenant).orElseGet(() -> new DirectorySettings(tenant));
            s.reviewChanges(on);
            settings.save(s);
        });
    }

    // ---- validation of references --------------------------------------------------------------------------

    private Set<Long> districtIds() {
        return districts.list().stream().map(DistrictSummary::id).collect(Collectors.toSet());
    }

    void check(OrganisationForm f, Errors errors) {
        if (!districtIds().containsAll(DirectoryEditingForms.list(f.districtIds()))) {
            errors.rejectValue("districtIds", "unknown");
        }
        List<Long> locs = DirectoryEditingForms.list(f.locationIds());
        if (!locs.isEmpty() && read(() -> locations.findAllById(locs).size()) != new HashSet<>(locs).size()) {
            errors.rejectValue("locationIds", "unknown");
        }
        List<String> tr = DirectoryEditingForms.list(f.translations());
        if (tr.size() > DirectoryEditingForms.TRANSLATIONS.size()) {
            errors.rejectValue("translations", "unknown");
        }
    }

    void check(LocationForm f, Errors errors) {
        if (f.districtId() != null && !districtIds().contains(f.districtId())) {
            errors.rejectValue("districtId", "unknown");
        }
        Double lat = f.lat();
        Double lon = f.lon();
        if (lat != null && (lat < -90 || lat > 90)) {
            errors.rejectValue("latitude", "range");
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            errors.rejectValue("longitude", "range");
        }
        if ((lat == null) != (lon == null) && !errors.hasFieldErrors("latitude")) {
            errors.rejectValue("latitude", "pair");
        }
    }

    /** Checks an offer form's references; the organisation itself is checked for permission by the caller. */
    void check(OfferForm f, Errors errors) {
        List<Long> locs = DirectoryEditingForms.list(f.locationIds());
        if (!locs.isEmpty() && f.organisationId() != null) {
            boolean ok = read(() -> {
                List<Location> found = locations.findAllById(locs);
                if (found.size() != new HashSet<>(locs).size()) {
                    return false;
                }
                Scope s = scope();
                if (s.reviewer()) {
                    return true;
                }
                // editors pick among their organisation's locations (or those its offer already has)
                Set<Long> own = organisations
                        .findById(f.organisationId())
                        .map(o -> o.locations().stream().map(Location::id).collect(Collectors.toSet()))
                        .orElse(Set.of());
                return own.containsAll(locs);
            });
            if (!ok) {
                errors.rejectValue("locationIds", "unknown");
            }
        }
        Set<Long> fields =
                catalogue.active().stream().map(ActionFieldCatalogue.Option::id).collect(Collectors.toSet());
        if (!fields.containsAll(DirectoryEditingForms.list(f.actionFieldIds()))) {
            errors.rejectValue("actionFieldIds", "unknown");
        }
        if (!DirectoryEditingForms.OFFER_LANGUAGES.containsAll(DirectoryEditingForms.list(f.languages()))) {
            errors.rejectValue("languages", "unknown");
        }
        try {
            schedule(f);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("scheduleDay", e.getMessage());
        }
        for (var l : java.util.Arrays.asList(f.trTitle(), f.trDescription(), f.trAccessibilityNote(), f.trCostNote())) {
            if (DirectoryEditingForms.list(l).size() > DirectoryEditingForms.TRANSLATIONS.size()) {
                errors.rejectValue("trTitle", "unknown");
            }
        }
    }

    void check(CooperationForm f, Errors errors) {
        if (f.organisationA() != null && f.organisationA().equals(f.organisationB())) {
            errors.rejectValue("organisationB", "same");
        }
        for (String field : List.of("organisationA", "organisationB")) {
            Long id = "organisationA".equals(field) ? f.organisationA() : f.organisationB();
            if (id != null && read(() -> organisations.findById(id).isEmpty())) {
                errors.rejectValue(field, "unknown");
            }
        }
        if (!districtIds().containsAll(DirectoryEditingForms.list(f.districtIds()))) {
            errors.rejectValue("districtIds", "unknown");
        }
        if (f.since() != null && !f.since().isBlank()) {
            try {
                LocalDate.parse(f.since());
            } catch (DateTimeParseException e) {
                errors.rejectValue("since", "date");
            }
        }
    }

    /** The structured opening hours of a form; blank rows are skipped. Throws with an error code if invalid. */
    static List<ScheduleSlot> schedule(OfferForm f) {
        List<String[]> rows = f.scheduleRows();
        List<ScheduleSlot> slots = new ArrayList<>();
        for (String[] r : rows) {
            if (r[0].isBlank() && r[1].isBlank() && r[2].isBlank()) {
                continue;
            }
            int day;
            LocalTime opens;
            LocalTime closes;
            try {
                day = Integer.parseInt(r[0].strip());
                opens = LocalTime.parse(r[1].strip());
                closes = LocalTime.parse(r[2].strip());
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("scheduleInvalid");
            }
            if (day < 1 || day > 7) {
                throw new IllegalArgumentException("scheduleInvalid");
            }
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("scheduleOrder");
            }
            slots.add(new ScheduleSlot(day, opens, closes));
        }
        if (slots.size() > 50) {
            throw new IllegalArgumentException("scheduleInvalid");
        }
        return slots;
    }

    // ---- organisations -------------------------------------------------------------------------------------

    Result createOrganisation(OrganisationForm f) {
        Scope s = scope();
        if (!s.reviewer()) {
            throw new AccessDeniedException("only managers and admins create organisations");
        }
        if (!s.admin() && !s.managesAny(DirectoryEditingForms.list(f.districtIds()))) {
            throw new AccessDeniedException("a manager's new organisation works in one of their districts");
        }
        Organisation saved = tx.execute(status -> {
            Organisation o = organisations.save(new Organisation(f.name().strip(), f.kind(), EntryStatus.PUBLISHED));
            Diff d = applyOrganisation(o, f);
            history.record(History.ORGANISATION, o.id(), "created", d.toString());
            return o;
        });
        return new Result(Outcome.SAVED, Objects.requireNonNull(saved).id());
    }

    Result updateOrganisation(long id, OrganisationForm f) {
        try {
            return Objects.requireNonNull(tx.execute(status -> {
                Organisation o = editableOrganisation(id);
                if (f.version() == null || f.version() != o.version()) {
                    return new Result(Outcome.CONFLICT, id);
                }
                Scope s = scope();
                if (needsReview(s, reviews(s, o), o.status())) {
                    hold(History.ORGANISATION, id, f);
                    return new Result(Outcome.PENDING_REVIEW, id);
                }
                Diff d = applyOrganisation(o, f);
                if (!d.isEmpty()) {
                    history.record(History.ORGANISATION, id, "updated", d.toString());
                }
                return new Result(Outcome.SAVED, id);
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            return new Result(Outcome.CONFLICT, id);
        }
    }

    private boolean needsReview(Scope s, boolean reviewer, EntryStatus status) {
        if (reviewer || status != EntryStatus.PUBLISHED) {
            return false;
        }
        long tenant = TenantContext.require().id();
        return settings.findById(tenant).map(DirectorySettings::reviewChanges).orElse(false);
    }

    private void hold(String type, long id, Object form) {
        PendingChange change =
                pending.findByEntityTypeAndEntityId(type, id).orElseGet(() -> new PendingChange(type, id));
        var p = access.principal();
        change.submit(
                JSON.writeValueAsString(form),
                p.map(QuartierPrincipal::userId).orElse(null),
                p.map(QuartierPrincipal::displayName).orElse("?"));
        pending.save(change);
        history.record(type, id, "submitted", "");
    }

    /** The diff of a form against the stored organisation, without changing it. */
    Diff diff(Organisation o, OrganisationForm f) {
        Diff d = new Diff();
        d.field("name", o.name(), f.name().strip());
        d.field("kind", o.kind(), f.kind());
        d.field("description", o.description(), DirectoryEditingForms.text(f.description()));
        List<String> tr = DirectoryEditingForms.list(f.translations());
        for (int i = 0; i < DirectoryEditingForms.TRANSLATIONS.size(); i++) {
            String lang = DirectoryEditingForms.TRANSLATIONS.get(i);
            d.field(
                    "description." + lang,
                    o.translations().get(lang),
                    i < tr.size() ? DirectoryEditingForms.blankToNull(tr.get(i)) : null);
        }
        d.field("website", o.website(), DirectoryEditingForms.blankToNull(f.website()));
        d.field("email", o.email(), DirectoryEditingForms.blankToNull(f.email()));
        d.field("phone", o.phone(), DirectoryEditingForms.blankToNull(f.phone()));
        d.field("contactName", o.contactName(), DirectoryEditingForms.blankToNull(f.contactName()));
        d.field("districts", names(o.districtIds()), names(DirectoryEditingForms.list(f.districtIds())));
        d.field(
                "locations",
                o.locations().stream().map(Location::name).sorted().toList(),
                locations.findAllById(DirectoryEditingForms.list(f.locationIds())).stream()
                        .map(Location::name)
                        .sorted()
                        .toList());
        return d;
    }

    private String names(Collection<Long> districtIds) {
        Map<Long, String> all = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a, LinkedHashMap::new));
        return all.entrySet().stream()
                .filter(e -> districtIds.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(", "));
    }

    private Diff applyOrganisation(Organisation o, OrganisationForm f) {
        Diff d = diff(o, f);
        boolean reindex = !o.name().equals(f.name().strip())
                || !o.districtIds().equals(new HashSet<>(DirectoryEditingForms.list(f.districtIds())));
        o.update(
                f.name().strip(),
                f.kind(),
                DirectoryEditingForms.text(f.description()).strip(),
                DirectoryEditingForms.blankToNull(f.website()),
                DirectoryEditingForms.blankToNull(f.email()),
                DirectoryEditingForms.blankToNull(f.phone()),
                DirectoryEditingForms.blankToNull(f.contactName()));
        List<String> tr = DirectoryEditingForms.list(f.translations());
        o.translations().clear();
        for (int i = 0; i < tr.size() && i < DirectoryEditingForms.TRANSLATIONS.size(); i++) {
            String t = DirectoryEditingForms.blankToNull(tr.get(i));
            if (t != null) {
                o.translations().put(DirectoryEditingForms.TRANSLATIONS.get(i), t);
            }
        }
        o.districtIds().clear();
        o.districtIds().addAll(DirectoryEditingForms.list(f.districtIds()));
        Set<Location> locs = new LinkedHashSet<>(locations.findAllById(DirectoryEditingForms.list(f.locationIds())));
        if (!locs.equals(o.locations())) {
            reindex = true;
        }
        o.locations().clear();
        o.locations().addAll(locs);
        if (reindex && o.id() != null) {
            em.flush();
            index.reindexOffersOf(o);
        }
        return d;
    }

    void setStatus(String type, long id, EntryStatus status) {
        tx.executeWithoutResult(st -> {
            Scope s = scope();
            String action = status == EntryStatus.ARCHIVED ? "archived" : "restored";
            if (History.ORGANISATION.equals(type)) {
                Organisation o = editableOrganisation(id);
                if (o.status() == EntryStatus.PENDING) {
                    throw new AccessDeniedException("pending organisations are approved or rejected");
                }
                d(o.status(), status, type, id, action);
                o.status(status);
                em.flush();
                index.reindexOffersOf(o);
            } else {
                Offer o = editableOffer(id);
                if (!canEdit(s, o)) {
                    throw new AccessDeniedException("offer");
                }
                d(o.status(), status, type, id, action);
                o.status(status);
            }
        });
    }

    private void d(EntryStatus before, EntryStatus after, String type, long id, String action) {
        history.record(
                type, id, action, new Diff().field("status", before, after).toString());
    }

    /** Stores a logo already checked by the caller (type from the content's magic bytes). */
    void logo(long id, byte @Nullable [] bytes, @Nullable String type) {
        tx.executeWithoutResult(st -> {
            Organisation o = editableOrganisation(id);
            o.logo(bytes, type);
            history.record(History.ORGANISATION, id, "updated", "logo: " + (type == null ? "–" : type));
        });
    }

    // ---- locations -----------------------------------------------------------------------------------------

    Result saveLocation(@Nullable Long id, LocationForm f) {
        try {
            return Objects.requireNonNull(tx.execute(status -> {
                Scope s = scope();
                Location l;
                String action;
                Organisation linkTo = null;
                if (id == null) {
                    if (f.organisationId() != null) {
                        linkTo = editableOrganisation(f.organisationId());
                    } else if (!(s.admin()
                            || (f.districtId() != null && s.managedDistricts().contains(f.districtId())))) {
                        throw new AccessDeniedException("new location outside scope");
                    }
                    l = locations.save(new Location(f.name().strip()));
                    action = "created";
                } else {
                    l = editableLocation(id);
                    if (f.version() == null || f.version() != l.version()) {
                        return new Result(Outcome.CONFLICT, id);
                    }
                    action = "updated";
                }
                Diff d = new Diff()
                        .field("name", id == null ? null : l.name(), f.name().strip())
                        .field("street", l.street(), DirectoryEditingForms.blankToNull(f.street()))
                        .field("postalCode", l.postalCode(), DirectoryEditingForms.blankToNull(f.postalCode()))
                        .field("city", l.city(), DirectoryEditingForms.blankToNull(f.city()))
                        .field(
                                "district",
                                l.districtId() == null ? "" : names(Set.of(l.districtId())),
                                f.districtId() == null ? "" : names(Set.of(f.districtId())))
                        .field("latitude", l.latitude(), f.lat())
                        .field("longitude", l.longitude(), f.lon());
                l.update(
                        f.name().strip(),
                        DirectoryEditingForms.blankToNull(f.street()),
                        DirectoryEditingForms.blankToNull(f.postalCode()),
                        DirectoryEditingForms.blankToNull(f.city()),
                        f.districtId(),
                        f.lat(),
                        f.lon());
                if (linkTo != null) {
                    linkTo.locations().add(l);
                    linkTo.touch();
                    history.record(History.ORGANISATION, linkTo.id(), "updated", "locations: + " + l.name());
                }
                if (!d.isEmpty() || id == null) {
                    history.record(History.LOCATION, l.id(), action, d.toString());
                }
                if (id != null) {
                    em.flush();
                    index.reindexOffersAt(l);
                }
                return new Result(Outcome.SAVED, l.id());
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            return new Result(Outcome.CONFLICT, id == null ? 0 : id);
        }
    }

    // ---- offers --------------------------------------------------------------------------------------------

    Result createOffer(OfferForm f) {
        Offer saved = tx.execute(status -> {
            Organisation org = editableOrganisation(f.organisationId());
            Offer o = offers.save(new Offer(org, f.title().strip(), f.cost(), f.access(), EntryStatus.PUBLISHED));
            Diff d = applyOffer(o, f);
            history.record(History.OFFER, o.id(), "created", d.toString());
            return o;
        });
        return new Result(Outcome.SAVED, Objects.requireNonNull(saved).id());
    }

    Result updateOffer(long id, OfferForm f) {
        try {
            return Objects.requireNonNull(tx.execute(status -> {
                Offer o = editableOffer(id);
                Scope s = scope();
                if (!o.organisation().id().equals(f.organisationId())) {
                    // moving an offer to another organisation: the person must be able to edit that one too
                    Organisation target = organisation(f.organisationId());
                    if (!canEdit(s, target) || !s.reviewer()) {
                        throw new AccessDeniedException("offer cannot move to organisation " + target.id());
                    }
                }
                if (f.version() == null || f.version() != o.version()) {
                    return new Result(Outcome.CONFLICT, id);
                }
                if (needsReview(s, reviews(s, o), o.status())) {
                    hold(History.OFFER, id, f);
                    return new Result(Outcome.PENDING_REVIEW, id);
                }
                Diff d = applyOffer(o, f);
                if (!d.isEmpty()) {
                    history.record(History.OFFER, id, "updated", d.toString());
                }
                return new Result(Outcome.SAVED, id);
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            return new Result(Outcome.CONFLICT, id);
        }
    }

    Diff diff(Offer o, OfferForm f) {
        Diff d = new Diff();
        d.field(
                "organisation",
                o.organisation().id().equals(f.organisationId())
                        ? ""
                        : o.organisation().name(),
                "");
        d.field("title", o.title(), f.title().strip());
        d.field(
                "description",
                o.description(),
                DirectoryEditingForms.text(f.description()).strip());
        d.field(
                "locations",
                o.locations().stream().map(Location::name).sorted().toList(),
                locations.findAllById(DirectoryEditingForms.list(f.locationIds())).stream()
                        .map(Location::name)
                        .sorted()
                        .toList());
        d.field("schedule", o.schedule().stream().map(DirectoryEditing::slot).toList(), slots(f));
        d.field("scheduleNote", o.scheduleNote(), DirectoryEditingForms.blankToNull(f.scheduleNote()));
        d.field("languages", new TreeSet<>(o.languages()), new TreeSet<>(DirectoryEditingForms.list(f.languages())));
        d.field(
                "targetGroups",
                new TreeSet<>(o.targetGroups()),
                new TreeSet<>(DirectoryEditingForms.list(f.targetGroups())));
        d.field(
                "actionFields",
                new TreeSet<>(o.getActionFieldIds()),
                new TreeSet<>(DirectoryEditingForms.list(f.actionFieldIds())));
        d.field("cost", o.cost(), f.cost());
        d.field("costNote", o.costNote(), DirectoryEditingForms.blankToNull(f.costNote()));
        d.field("access", o.access(), f.access());
        d.field("accessibilityNote", o.accessibilityNote(), DirectoryEditingForms.blankToNull(f.accessibilityNote()));
        d.field("contactName", o.contactName(), DirectoryEditingForms.blankToNull(f.contactName()));
        d.field("contactEmail", o.contactEmail(), DirectoryEditingForms.blankToNull(f.contactEmail()));
        d.field("contactPhone", o.contactPhone(), DirectoryEditingForms.blankToNull(f.contactPhone()));
        d.field("website", o.website(), DirectoryEditingForms.blankToNull(f.website()));
        Map<String, OfferText> tr = translations(f);
        for (String lang : DirectoryEditingForms.TRANSLATIONS) {
            OfferText before = o.translations().get(lang);
            OfferText after = tr.get(lang);
            d.field("title." + lang, before == null ? null : before.title(), after == null ? null : after.title());
            d.field(
                    "description." + lang,
                    before == null ? null : before.description(),
                    after == null ? null : after.description());
            d.field(
                    "accessibilityNote." + lang,
                    before == null ? null : before.accessibilityNote(),
                    after == null ? null : after.accessibilityNote());
            d.field(
                    "costNote." + lang,
                    before == null ? null : before.costNote(),
                    after == null ? null : after.costNote());
        }
        return d;
    }

    private static String slot(ScheduleSlot s) {
        return s.weekday() + " " + s.opens() + "–" + s.closes();
    }

    private static List<String> slots(OfferForm f) {
        try {
            return schedule(f).stream().map(DirectoryEditing::slot).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    static Map<String, OfferText> translations(OfferForm f) {
        Map<String, OfferText> result = new LinkedHashMap<>();
        for (int i = 0; i < DirectoryEditingForms.TRANSLATIONS.size(); i++) {
            OfferText t = new OfferText(
                    DirectoryEditingForms.blankToNull(f.tr("title", i)),
                    DirectoryEditingForms.blankToNull(f.tr("description", i)),
                    DirectoryEditingForms.blankToNull(f.tr("accessibilityNote", i)),
                    DirectoryEditingForms.blankToNull(f.tr("costNote", i)));
            if (!t.isEmpty()) {
                result.put(DirectoryEditingForms.TRANSLATIONS.get(i), t);
            }
        }
        return result;
    }

    private Diff applyOffer(Offer o, OfferForm f) {
        Diff d = diff(o, f);
        if (!o.organisation().id().equals(f.organisationId())) {
            o.organisation(organisation(f.organisationId()));
        }
        o.update(
                f.title().strip(),
                DirectoryEditingForms.text(f.description()).strip(),
                f.cost(),
                DirectoryEditingForms.blankToNull(f.costNote()),
                f.access(),
                DirectoryEditingForms.blankToNull(f.accessibilityNote()),
                DirectoryEditingForms.blankToNull(f.scheduleNote()),
                DirectoryEditingForms.blankToNull(f.contactName()),
                DirectoryEditingForms.blankToNull(f.contactEmail()),
                DirectoryEditingForms.blankToNull(f.contactPhone()),
                DirectoryEditingForms.blankToNull(f.website()));
        o.locations().clear();
        o.locations().addAll(locations.findAllById(DirectoryEditingForms.list(f.locationIds())));
        o.languages().clear();
        o.languages().addAll(DirectoryEditingForms.list(f.languages()));
        o.targetGroups().clear();
        o.targetGroups().addAll(DirectoryEditingForms.list(f.targetGroups()));
        Map<Long, ActionField> fields = catalogue.byId();
        o.actionFields().clear();
        DirectoryEditingForms.list(f.actionFieldIds()).stream()
                .map(fields::get)
                .filter(Objects::nonNull)
                .forEach(o.actionFields()::add);
        o.schedule().clear();
        o.schedule().addAll(schedule(f));
        o.translations().clear();
        o.translations().putAll(translations(f));
        return d;
    }

    // ---- cooperations --------------------------------------------------------------------------------------

    Result saveCooperation(@Nullable Long id, CooperationForm f) {
        try {
            return Objects.requireNonNull(tx.execute(status -> {
                Scope s = scope();
                Cooperation c;
                Organisation a = organisation(f.organisationA());
                Organisation b = organisation(f.organisationB());
                if (!canEdit(s, a) && !canEdit(s, b)) {
                    throw new AccessDeniedException("cooperation outside scope");
                }
                String action;
                Diff d = new Diff();
                if (id == null) {
                    c = cooperations.save(new Cooperation(a, b, f.kind()));
                    action = "created";
                    d.field("organisations", "", a.name() + " – " + b.name());
                } else {
                    c = editableCooperation(id);
                    if (f.version() == null || f.version() != c.version()) {
                        return new Result(Outcome.CONFLICT, id);
                    }
                    if (!c.organisationA().id().equals(a.id())
                            || !c.organisationB().id().equals(b.id())) {
                        throw new AccessDeniedException("the organisations of a cooperation stay");
                    }
                    action = "updated";
                }
                LocalDate since = f.since() == null || f.since().isBlank() ? null : LocalDate.parse(f.since());
                d.field("kind", id == null ? null : c.kind(), f.kind())
                        .field("since", c.since(), since)
                        .field(
                                "contactPersons",
                                c.contactPersons(),
                                DirectoryEditingForms.blankToNull(f.contactPersons()))
                        .field("description", c.description(), DirectoryEditingForms.blankToNull(f.description()))
                        .field("districts", names(c.districtIds()), names(DirectoryEditingForms.list(f.districtIds())));
                c.update(
                        f.kind(),
                        since,
                        DirectoryEditingForms.blankToNull(f.contactPersons()),
                        DirectoryEditingForms.blankToNull(f.description()));
                c.districtIds().clear();
                c.districtIds().addAll(DirectoryEditingForms.list(f.districtIds()));
                if (!d.isEmpty()) {
                    history.record(History.COOPERATION, c.id(), action, d.toString());
                }
                return new Result(Outcome.SAVED, c.id());
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            return new Result(Outcome.CONFLICT, id == null ? 0 : id);
        }
    }

    // ---- review --------------------------------------------------------------------------------------------

    /** Whether the person may review (approve/reject) a pending change of this entry. Needs a transaction. */
    boolean mayReview(PendingChange c) {
        Scope s = scope();
        return History.ORGANISATION.equals(c.entityType())
                ? organisations.findById(c.entityId()).map(o -> reviews(s, o)).orElse(false)
                : offers.findById(c.entityId()).map(o -> reviews(s, o)).orElse(false);
    }

    Object payload(PendingChange c) {
        return History.ORGANISATION.equals(c.entityType())
                ? JSON.readValue(c.payload(), OrganisationForm.class)
                : JSON.readValue(c.payload(), OfferForm.class);
    }

    void approveChange(long changeId) {
        tx.executeWithoutResult(st -> {
            PendingChange c = pending.findById(changeId).orElseThrow(() -> new NotFoundException("change"));
            if (!mayReview(c)) {
                throw new AccessDeniedException("change " + changeId + " not in scope");
            }
            String note = "approved by "
                    + access.principal().map(QuartierPrincipal::displayName).orElse("?") + ", submitted by "
                    + c.submitter();
            Diff d;
            if (History.ORGANISATION.equals(c.entityType())) {
                d = applyOrganisation(organisation(c.entityId()), (OrganisationForm) payload(c));
            } else {
                OfferForm f = (OfferForm) payload(c);
                Offer o = offer(c.entityId());
                if (!o.organisation().id().equals(f.organisationId())) {
                    throw new AccessDeniedException("a pending change does not move an offer");
                }
                d = applyOffer(o, f);
            }
            history.record(c.entityType(), c.entityId(), "approved", note + "\n" + d);
            pending.delete(c);
        });
    }

    void rejectChange(long changeId, String reason) {
        tx.executeWithoutResult(st -> {
            PendingChange c = pending.findById(changeId).orElseThrow(() -> new NotFoundException("change"));
            if (!mayReview(c)) {
                throw new AccessDeniedException("change " + changeId + " not in scope");
            }
            history.record(
                    c.entityType(),
                    c.entityId(),
                    "rejected",
                    "submitted by " + c.submitter() + "\nreason: " + reason.strip());
            pending.delete(c);
        });
    }

    boolean mayReview(Organisation o) {
        return reviews(scope(), o);
    }

    /** Approves a self-registered organisation and invites its registrant as its editor. */
    void approveRegistration(long id) {
        Organisation o = Objects.requireNonNull(tx.execute(st -> {
            Organisation org = organisation(id);
            if (org.status() != EntryStatus.PENDING) {
                throw new NotFoundException("pending organisation");
            }
            if (!reviews(scope(), org)) {
                throw new AccessDeniedException("organisation " + id + " not in scope");
            }
            org.status(EntryStatus.PUBLISHED);
            history.record(
                    History.ORGANISATION,
                    id,
                    "approved",
                    "status: PENDING → PUBLISHED\napproved by "
                            + access.principal()
                                    .map(QuartierPrincipal::displayName)
                                    .orElse("?"));
            return org;
        }));
        if (o.registrantEmail() != null) {
            // InvitationService runs its own transaction
            invitations.invite(
                    o.registrantEmail(),
                    o.registrantName() == null ? o.registrantEmail() : o.registrantName(),
                    Role.ORGANISATION_EDITOR,
                    Set.of(),
                    Set.of(o.id()));
        }
    }

    void rejectRegistration(long id, String reason) {
        Organisation o = Objects.requireNonNull(tx.execute(st -> {
            Organisation org = organisation(id);
            if (org.status() != EntryStatus.PENDING) {
                throw new NotFoundException("pending organisation");
            }
            if (!reviews(scope(), org)) {
                throw new AccessDeniedException("organisation " + id + " not in scope");
            }
            org.status(EntryStatus.ARCHIVED);
            history.record(History.ORGANISATION, id, "rejected", "reason: " + reason.strip());
            return org;
        }));
        if (o.registrantEmail() != null) {
            var tenant = TenantContext.require();
            var locale = tenant.defaultLocale();
            mail.send(
                    o.registrantEmail(),
                    messages.getMessage("directory.review.rejectMail.subject", new Object[] {tenant.name()}, locale),
                    messages.getMessage(
                            "directory.review.rejectMail.body",
                            new Object[] {o.registrantName(), o.name(), reason.strip(), tenant.name()},
                            locale));
        }
    }
}
