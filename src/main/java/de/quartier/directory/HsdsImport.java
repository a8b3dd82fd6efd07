package de.quartier.directory;

import de.quartier.accounts.AuditLog;
import de.quartier.districts.DistrictService;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an Open Referral HSDS 3.0 document into the current tenant: a single organization, service, location
 * or service_at_location, an array of them, a paginated {@code *_list} envelope, or Quartier's own export. The
 * whole document is read and checked first; a document with any error imports nothing. Entries are matched by
 * their HSDS id (our public id), so importing the same document again changes nothing. Our own attributes
 * (organisation kind, districts, target groups, action fields, cost, access) are read back where present.
 */
@Service
class HsdsImport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Centres further away than this from a point leave the location without district. */
    static final double MAX_DISTRICT_DISTANCE_KM = 4.0;

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final OfferRepository offers;
    private final ActionFieldRepository actionFields;
    private final DistrictService districts;
    private final History history;
    private final DirectoryIndex index;
    private final AuditLog audit;

    HsdsImport(
            OrganisationRepository organisations,
            LocationRepository locations,
            OfferRepository offers,
            ActionFieldRepository actionFields,
            DistrictService districts,
            History history,
            DirectoryIndex index,
            AuditLog audit) {
        this.organisations = organisations;
        this.locations = locations;
        this.offers = offers;
        this.actionFields = actionFields;
        this.districts = districts;
        this.history = history;
        this.index = index;
        this.audit = audit;
    }

    // ---- what the document says ------------------------------------------------------------------------------

    /** An error or warning: where in the document, a message key and its arguments. */
    record Problem(String where, String key, List<Object> args) {
        static Problem of(String where, String key, Object... args) {
            return new Problem(where, key, List.of(args));
        }
    }

    static final class OrgIn {
        UUID id;
        String where;
        String name = "";
        String description = "";

        @Nullable
        String website;

        @Nullable
        String email;

        @Nullable
        String phone;

        @Nullable
        String contactName;

        OrganisationKind kind = OrganisationKind.OTHER;
        Set<String> districtSlugs = new TreeSet<>();
        Set<UUID> locationIds = new LinkedHashSet<>();
        boolean full;
    }

    static final class LocIn {
        UUID id;
        String where;
        String name = "";

        @Nullable
        String street;

        @Nullable
        String postalCode;

        @Nullable
        String city;

        @Nullable
        Double latitude;

        @Nullable
        Double longitude;
    }

    static final class SvcIn {
        UUID id;
        String where;

        @Nullable
        UUID organisationId;

        String title = "";
        String description = "";
        Cost cost = Cost.FREE;

        @Nullable
        String costNote;

        AccessMode access = AccessMode.WALK_IN;

        @Nullable
        String accessibilityNote;

        @Nullable
        String scheduleNote;

        @Nullable
        String contactName;

        @Nullable
        String contactEmail;

        @Nullable
        String contactPhone;

        @Nullable
        String website;

        EntryStatus status = EntryStatus.PUBLISHED;
        Set<String> languages = new TreeSet<>();
        Set<TargetGroup> targetGroups = new TreeSet<>();
        Set<String> actionFieldCodes = new TreeSet<>();
        List<ScheduleSlot> schedule = new ArrayList<>();
        Set<UUID> locationIds = new LinkedHashSet<>();
    }

    /** The document read: its entries by id, and every problem found. */
    static final class Parsed {
        final Map<UUID, OrgIn> orgs = new LinkedHashMap<>();
        final Map<UUID, LocIn> locs = new LinkedHashMap<>();
        final Map<UUID, SvcIn> svcs = new LinkedHashMap<>();
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
    }

    enum Change {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /** One entry of the preview. */
    record Entry(String type, UUID id, String name, Change change) {}

    /** The outcome of checking a document against the tenant: what would change, and every problem. */
    record Plan(List<Entry> entries, List<Problem> errors, List<Problem> warnings) {

        boolean ok() {
            return errors.isEmpty();
        }

        long count(String type, Change change) {
            return entries.stream()
                    .filter(e -> e.type().equals(type) && e.change() == change)
                    .count();
        }

        Map<String, Long> counts() {
            Map<String, Long> m = new LinkedHashMap<>();
            for (String type : List.of(History.ORGANISATION, History.OFFER, History.LOCATION)) {
                for (Change c : Change.values()) {
                    m.put(type + "." + c.name().toLowerCase(Locale.ROOT), count(type, c));
                }
            }
            return m;
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    static Parsed parse(String text) {
        Parsed p = new Parsed();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            p.errors.add(Problem.of("", "directory.import.err.json", e.getOriginalMessage()));
            return p;
        }
        if (root == null || root.isMissingNode()) {
            p.errors.add(Problem.of("", "directory.import.err.notHsds"));
            return p;
        }
        if (root.isArray()) {
            int i = 0;
            for (JsonNode item : root) {
                item(p, item, "[" + i++ + "]");
            }
        } else if (root.isObject()
                && root.get("contents") != null
                && root.get("contents").isArray()) {
            int i = 0;
            for (JsonNode item : root.get("contents")) {
                item(p, item, "contents[" + i++ + "]");
            }
        } else if (root.isObject()) {
            item(p, root, "$");
        } else {
            p.errors.add(Problem.of("", "directory.import.err.notHsds"));
        }
        if (p.errors.isEmpty() && p.orgs.isEmpty() && p.locs.isEmpty() && p.svcs.isEmpty()) {
            p.errors.add(Problem.of("", "directory.import.err.empty"));
        }
        return p;
    }

    private static void item(Parsed p, JsonNode node, String where) {
        if (!node.isObject()) {
            p.errors.add(Problem.of(where, "directory.import.err.notObject"));
            return;
        }
        if (node.get("service") != null && node.get("location") != null) {
            SvcIn s = service(p, node.get("service"), where + ".service", null);
            LocIn l = location(p, node.get("location"), where + ".location");
            if (s != null && l != null) {
                s.locationIds.add(l.id);
            }
        } else if (has(node, "status")
                || has(node, "organization_id")
                || has(node, "service_at_locations")
                || node.get("organization") != null) {
            service(p, node, where, null);
        } else if (has(node, "location_type")) {
            location(p, node, where);
        } else if (has(node, "id") && has(node, "name")) {
            organization(p, node, where);
        } else {
            p.errors.add(Problem.of(where, "directory.import.err.notHsds"));
        }
    }

    private static @Nullable OrgIn organization(Parsed p, JsonNode node, String where) {
        if (!node.isObject()) {
            p.errors.add(Problem.of(where, "directory.import.err.notObject"));
            return null;
        }
        UUID id = id(p, node, where);
        String name = text(p, node, "name", where, 200, true);
        if (id == null) {
            return null;
        }
        OrgIn o = new OrgIn();
        o.id = id;
        o.where = where;
        o.name = name == null ? "" : name;
        o.description = orEmpty(text(p, node, "description", where, 20_000, false));
        o.website = url(p, node, "website", where);
        o.email = email(p, node, "email", where);
        o.phone = firstPhone(p, node.get("phones"), where + ".phones");
        JsonNode contacts = node.get("contacts");
        if (contacts != null && contacts.isArray() && !contacts.isEmpty()) {
            o.contactName = text(p, contacts.get(0), "name", where + ".contacts[0]", 150, false);
        }
        for (Attr a : attributes(p, node, where)) {
            if (HsdsJson.TAXONOMY_KIND.equals(a.taxonomy())) {
                try {
                    o.kind = OrganisationKind.valueOf(a.code().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    p.warnings.add(Problem.of(where, "directory.import.warn.kind", clip(a.code())));
                }
            } else if (HsdsJson.TAXONOMY_DISTRICT.equals(a.taxonomy())) {
                o.districtSlugs.add(a.code());
            }
        }
        JsonNode locs = node.get("locations");
        if (locs != null && locs.isArray()) {
            int i = 0;
            for (JsonNode l : locs) {
                LocIn loc = location(p, l, where + ".locations[" + i++ + "]");
                if (loc != null) {
                    o.locationIds.add(loc.id);
                }
            }
        }
        o.full = node.get("services") != null || locs != null || contacts != null || node.get("phones") != null;
        OrgIn known = p.orgs.get(id);
        if (known == null || (!known.full && o.full)) {
            if (known != null) {
                o.locationIds.addAll(known.locationIds);
            }
            p.orgs.put(id, o);
        } else {
            known.locationIds.addAll(o.locationIds);
        }
        JsonNode services = node.get("services");
        if (services != null && services.isArray()) {
            int i = 0;
            for (JsonNode s : services) {
                service(p, s, where + ".services[" + i++ + "]", id);
            }
        }
        return p.orgs.get(id);
    }

    private static @Nullable LocIn location(Parsed p, JsonNode node, String where) {
        if (!node.isObject()) {
            p.errors.add(Problem.of(where, "directory.import.err.notObject"));
            return null;
        }
        UUID id = id(p, node, where);
        if (id == null) {
            return null;
        }
        LocIn l = new LocIn();
        l.id = id;
        l.where = where;
        JsonNode addresses = node.get("addresses");
        JsonNode address = null;
        if (addresses != null && addresses.isArray()) {
            for (JsonNode a : addresses) {
                if (address == null || "physical".equals(a.path("address_type").asString(""))) {
                    address = a;
                }
            }
        }
        if (address != null) {
            String aw = where + ".addresses";
            l.street = text(p, address, "address_1", aw, 200, false);
            l.postalCode = text(p, address, "postal_code", aw, 10, false);
            l.city = text(p, address, "city", aw, 100, false);
        }
        String name = text(p, node, "name", where, 200, false);
        if (name == null || name.isBlank()) {
            name = l.street != null && !l.street.isBlank() ? l.street : "Standort";
        }
        l.name = name;
        Double lat = number(p, node, "latitude", where);
        Double lon = number(p, node, "longitude", where);
        if (lat != null && lon != null) {
            if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                l.latitude = lat;
                l.longitude = lon;
            } else {
                p.warnings.add(Problem.of(where, "directory.import.warn.coordinates", lat, lon));
            }
        }
        p.locs.putIfAbsent(id, l);
        return p.locs.get(id);
    }

    private static @Nullable SvcIn service(Parsed p, JsonNode node, String where, @Nullable UUID organisationId) {
        if (!node.isObject()) {
            p.errors.add(Problem.of(where, "directory.import.err.notObject"));
            return null;
        }
        UUID id = id(p, node, where);
        String title = text(p, node, "name", where, 200, true);
        SvcIn s = new SvcIn();
        s.where = where;
        s.title = title == null ? "" : title;
        s.organisationId = organisationId;
        JsonNode org = node.get("organization");
        if (org != null && !org.isNull()) {
            OrgIn o = organization(p, org, where + ".organization");
            if (o != null && s.organisationId == null) {
                s.organisationId = o.id;
            }
        }
        if (s.organisationId == null && has(node, "organization_id")) {
            String raw = node.get("organization_id").asString("");
            s.organisationId = uuidOrNull(raw);
            if (s.organisationId == null) {
                p.errors.add(Problem.of(where, "directory.import.err.uuid", "organization_id", clip(raw)));
            }
        }
        if (s.organisationId == null && !has(node, "organization_id")) {
            p.errors.add(Problem.of(where, "directory.import.err.noOrganisation"));
        }
        s.description = orEmpty(text(p, node, "description", where, 20_000, false));
        s.website = url(p, node, "url", where);
        String status = text(p, node, "status", where, 40, false);
        if (status != null) {
            switch (status) {
                case "active", "temporarily closed" -> s.status = EntryStatus.PUBLISHED;
                case "inactive", "defunct" -> s.status = EntryStatus.ARCHIVED;
                default -> p.errors.add(Problem.of(where, "directory.import.err.status", clip(status)));
            }
        }
        String fees = text(p, node, "fees_description", where, 20_000, false);
        s.costNote = clipped(p, fees, 300, where, "fees_description");
        String process = orEmpty(text(p, node, "application_process", where, 20_000, false))
                .toLowerCase(Locale.ROOT);
        if (process.contains("referral") || process.contains("überweisung") || process.contains("vermittlung")) {
            s.access = AccessMode.REFERRAL;
        } else if (process.contains("appointment") || process.contains("termin")) {
            s.access = AccessMode.APPOINTMENT;
        }
        s.cost = Cost.FREE;
        boolean paid = fees != null && !fees.isBlank();
        JsonNode costs = node.get("cost_options");
        if (costs != null && costs.isArray()) {
            for (JsonNode c : costs) {
                JsonNode amount = c.get("amount");
                if (amount != null && amount.isNumber() && amount.doubleValue() > 0) {
                    paid = true;
                }
            }
        }
        if (paid) {
            s.cost = Cost.FEE;
        }
        s.contactEmail = email(p, node, "email", where);
        s.contactPhone = firstPhone(p, node.get("phones"), where + ".phones");
        JsonNode contacts = node.get("contacts");
        if (contacts != null && contacts.isArray() && !contacts.isEmpty()) {
            JsonNode c = contacts.get(0);
            String cw = where + ".contacts[0]";
            s.contactName = text(p, c, "name", cw, 150, false);
            String mail = email(p, c, "email", cw);
            if (s.contactEmail == null) {
                s.contactEmail = mail;
            }
            if (s.contactPhone == null) {
                s.contactPhone = firstPhone(p, c.get("phones"), cw + ".phones");
            }
        }
        for (Attr a : attributes(p, node, where)) {
            String code = a.code().toUpperCase(Locale.ROOT);
            try {
                switch (a.taxonomy()) {
                    case HsdsJson.TAXONOMY_COST -> s.cost = Cost.valueOf(code);
                    case HsdsJson.TAXONOMY_ACCESS -> s.access = AccessMode.valueOf(code);
                    case HsdsJson.TAXONOMY_TARGET_GROUP -> s.targetGroups.add(TargetGroup.valueOf(code));
                    case HsdsJson.TAXONOMY_ACTION_FIELD -> s.actionFieldCodes.add(a.code());
                    case HsdsJson.TAXONOMY_ACCESSIBILITY ->
                        s.accessibilityNote = clipped(p, a.value(), 500, where, "accessibility");
                    default -> {
                        // other taxonomies are not ours
                    }
                }
            } catch (IllegalArgumentException e) {
                p.warnings.add(Problem.of(where, "directory.import.warn.term", clip(a.taxonomy()), clip(a.code())));
            }
        }
        JsonNode langs = node.get("languages");
        if (langs != null && langs.isArray()) {
            for (JsonNode l : langs) {
                String code = language(l.path("code").asString(""));
                if (code == null) {
                    p.warnings.add(Problem.of(
                            where,
                            "directory.import.warn.language",
                            clip(l.path("code").asString(l.path("name").asString("")))));
                } else {
                    s.languages.add(code);
                }
            }
        }
        schedules(p, s, node.get("schedules"), where);
        JsonNode sals = node.get("service_at_locations");
        if (sals != null && sals.isArray()) {
            int i = 0;
            for (JsonNode sal : sals) {
                String sw = where + ".service_at_locations[" + i++ + "]";
                JsonNode loc = sal.get("location");
                if (loc != null && loc.isObject()) {
                    LocIn l = location(p, loc, sw + ".location");
                    if (l != null) {
                        s.locationIds.add(l.id);
                    }
                } else if (has(sal, "location_id")) {
                    UUID lid = uuidOrNull(sal.get("location_id").asString(""));
                    if (lid == null) {
                        p.errors.add(Problem.of(sw, "directory.import.err.uuid", "location_id", ""));
                    } else {
                        s.locationIds.add(lid);
                    }
                }
            }
        }
        if (id == null) {
            return null;
        }
        s.id = id;
        if (p.svcs.putIfAbsent(id, s) != null) {
            SvcIn known = p.svcs.get(id);
            known.locationIds.addAll(s.locationIds);
            if (known.organisationId == null) {
                known.organisationId = s.organisationId;
            }
        }
        return p.svcs.get(id);
    }

    private static void schedules(Parsed p, SvcIn s, @Nullable JsonNode schedules, String where) {
        if (schedules == null || !schedules.isArray()) {
            return;
        }
        List<String> notes = new ArrayList<>();
        int i = 0;
        for (JsonNode sch : schedules) {
            String sw = where + ".schedules[" + i++ + "]";
            String freq = sch.path("freq").asString("");
            String byday = sch.path("byday").asString("");
            String opens = sch.path("opens_at").asString("");
            String closes = sch.path("closes_at").asString("");
            if ((freq.isEmpty() || freq.equals("WEEKLY"))
                    && !byday.isBlank()
                    && !opens.isBlank()
                    && !closes.isBlank()) {
                LocalTime from = time(opens);
                LocalTime to = time(closes);
                if (from == null || to == null || !to.isAfter(from)) {
                    p.errors.add(Problem.of(sw, "directory.import.err.times", clip(opens), clip(closes)));
                    continue;
                }
                for (String day : byday.split(",")) {
                    int weekday = HsdsJson.weekday(day.replaceAll("^[+-]?\\d+", ""));
                    if (weekday == 0) {
                        p.warnings.add(Problem.of(sw, "directory.import.warn.day", clip(day)));
                    } else {
                        ScheduleSlot slot = new ScheduleSlot(weekday, from, to);
                        if (!s.schedule.contains(slot)) {
                            s.schedule.add(slot);
                        }
                    }
                }
            } else {
                String d = sch.path("description").asString("").strip();
                if (!d.isEmpty()) {
                    notes.add(d);
                }
            }
        }
        if (!notes.isEmpty()) {
            s.scheduleNote = clipped(p, String.join(" ", notes), 300, where, "schedules");
        }
    }

    private static @Nullable LocalTime time(String value) {
        try {
            String v = value.strip();
            if (v.endsWith("Z")) {
                v = v.substring(0, v.length() - 1);
            }
            return LocalTime.parse(v.length() == 5 ? v : v.substring(0, Math.min(v.length(), 8)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record Attr(String taxonomy, String code, @Nullable String value) {}

    private static List<Attr> attributes(Parsed p, JsonNode node, String where) {
        List<Attr> result = new ArrayList<>();
        JsonNode attributes = node.get("attributes");
        if (attributes == null || !attributes.isArray()) {
            return result;
        }
        for (JsonNode a : attributes) {
            JsonNode term = a.get("taxonomy_term");
            if (term == null || !term.isObject()) {
                continue;
            }
            String taxonomy = term.path("taxonomy").asString("");
            String code = term.path("code").asString("");
            if (taxonomy.startsWith("quartier-") && !code.isBlank()) {
                JsonNode value = a.get("value");
                result.add(new Attr(
                        taxonomy, code.strip(), value == null || !value.isString() ? null : value.stringValue()));
            }
        }
        return result;
    }

    /** An ISO 639-1 code for a two- or three-letter language code, or null. */
    static @Nullable String language(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        Set<String> iso = Set.of(Locale.getISOLanguages());
        if (c.length() == 2 && iso.contains(c)) {
            return c;
        }
        if (c.length() == 3) {
            for (String two : iso) {
                try {
                    if (Locale.of(two).getISO3Language().equals(c)) {
                        return two;
                    }
                } catch (java.util.MissingResourceException e) {
                    // no three-letter code known
                }
            }
        }
        return null;
    }

    private static @Nullable String firstPhone(Parsed p, @Nullable JsonNode phones, String where) {
        if (phones == null || !phones.isArray() || phones.isEmpty()) {
            return null;
        }
        return text(p, phones.get(0), "number", where + "[0]", 50, false);
    }

    private static @Nullable UUID id(Parsed p, JsonNode node, String where) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            p.errors.add(Problem.of(where, "directory.import.err.required", "id"));
            return null;
        }
        UUID uuid = id.isString() ? uuidOrNull(id.stringValue()) : null;
        if (uuid == null) {
            p.errors.add(Problem.of(where, "directory.import.err.uuid", "id", clip(id.asString(""))));
        }
        return uuid;
    }

    private static @Nullable String text(
            Parsed p, JsonNode node, String field, String where, int max, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                p.errors.add(Problem.of(where, "directory.import.err.required", field));
            }
            return null;
        }
        if (!v.isString() && !v.isNumber()) {
            p.errors.add(Problem.of(where, "directory.import.err.type", field));
            return null;
        }
        String s = v.asString().strip();
        if (required && s.isEmpty()) {
            p.errors.add(Problem.of(where, "directory.import.err.required", field));
            return null;
        }
        if (s.length() > max) {
            p.errors.add(Problem.of(where, "directory.import.err.length", field, max));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    private static @Nullable String clipped(Parsed p, @Nullable String s, int max, String where, String field) {
        if (s == null || s.length() <= max) {
            return s;
        }
        p.warnings.add(Problem.of(where, "directory.import.warn.clipped", field, max));
        return s.substring(0, max - 1) + "…";
    }

    private static @Nullable String url(Parsed p, JsonNode node, String field, String where) {
        String s = text(p, node, field, where, 300, false);
        if (s != null && HsdsJson.absoluteUrl(s) == null) {
            p.errors.add(Problem.of(where, "directory.import.err.url", field));
            return null;
        }
        return s;
    }

    private static @Nullable String email(Parsed p, JsonNode node, String field, String where) {
        String s = text(p, node, field, where, 200, false);
        if (s != null && !HsdsJson.EMAIL.matcher(s).matches()) {
            p.errors.add(Problem.of(where, "directory.import.err.email", field));
            return null;
        }
        return s;
    }

    private static @Nullable Double number(Parsed p, JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            p.errors.add(Problem.of(where, "directory.import.err.number", field));
            return null;
        }
        return v.doubleValue();
    }

    private static boolean has(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    static @Nullable UUID uuidOrNull(String s) {
        try {
            return s.strip().length() == 36 ? UUID.fromString(s.strip()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    static String clip(@Nullable String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    // ---- checking against the tenant -------------------------------------------------------------------------

    /** Everything needed to write: the parsed document resolved against the tenant's current data. */
    private final class Resolution {
        final Parsed parsed;
        final List<Entry> entries = new ArrayList<>();
        final List<Problem> errors;
        final List<Problem> warnings;
        final Map<UUID, Organisation> existingOrgs = new HashMap<>();
        final Map<UUID, Location> existingLocs = new HashMap<>();
        final Map<UUID, Offer> existingSvcs = new HashMap<>();
        final Map<UUID, Long> locDistrict = new HashMap<>();
        final Map<UUID, Set<Long>> orgDistricts = new HashMap<>();
        final Map<String, ActionField> fieldsByCode;
        final Map<UUID, Set<Long>> svcFields = new HashMap<>();
        private final Map<UUID, Location> storedLocs;

        Resolution(Parsed parsed) {
            this.parsed = parsed;
            this.errors = new ArrayList<>(parsed.errors);
            this.warnings = new ArrayList<>(parsed.warnings);
            this.fieldsByCode =
                    actionFields.findAll().stream().collect(Collectors.toMap(ActionField::code, f -> f, (a, b) -> a));
            List<DistrictService.DistrictProfile> centres = districts.profiles();
            Map<String, Long> districtsBySlug = centres.stream()
                    .collect(Collectors.toMap(
                            DistrictService.DistrictProfile::slug, DistrictService.DistrictProfile::id, (a, b) -> a));
            // what the database already holds of the file's entries, loaded in three queries, not one per entry
            Set<UUID> locIds = new HashSet<>(parsed.locs.keySet());
            parsed.orgs.values().forEach(o -> locIds.addAll(o.locationIds));
            parsed.svcs.values().forEach(s -> locIds.addAll(s.locationIds));
            Set<UUID> orgIds = new HashSet<>(parsed.orgs.keySet());
            parsed.svcs.values().stream()
                    .map(s -> s.organisationId)
                    .filter(Objects::nonNull)
                    .forEach(orgIds::add);
            Map<UUID, Location> storedLocs = byPublicId(locations.findByPublicIdIn(locIds), Location::publicId);
            Map<UUID, Organisation> storedOrgs =
                    byPublicId(organisations.findByPublicIdIn(orgIds), Organisation::publicId);
            Map<UUID, Offer> storedSvcs = byPublicId(offers.findByPublicIdIn(parsed.svcs.keySet()), Offer::publicId);
            this.storedLocs = storedLocs;

            for (LocIn l : parsed.locs.values()) {
                Location existing = storedLocs.get(l.id);
                Long district = null;
                if (existing != null
                        && existing.districtId() != null
                        && Objects.equals(existing.latitude(), l.latitude)
                        && Objects.equals(existing.longitude(), l.longitude)) {
                    district = existing.districtId();
                } else if (l.latitude != null && l.longitude != null) {
                    district = nearest(centres, l.latitude, l.longitude);
                }
                locDistrict.put(l.id, district);
                if (existing != null) {
                    existingLocs.put(l.id, existing);
                }
                entries.add(new Entry(
                        History.LOCATION,
                        l.id,
                        l.name,
                        existing == null
                                ? Change.NEW
                                : locChanged(existing, l, district) ? Change.UPDATED : Change.UNCHANGED));
            }
            for (OrgIn o : parsed.orgs.values()) {
                Organisation existing = storedOrgs.get(o.id);
                Set<Long> ids = new TreeSet<>();
                for (String slug : o.districtSlugs) {
                    Long id = districtsBySlug.get(slug);
                    if (id == null) {
                        warnings.add(Problem.of(o.where, "directory.import.warn.district", clip(slug)));
                    } else {
                        ids.add(id);
                    }
                }
                orgDistricts.put(o.id, ids);
                for (UUID lid : o.locationIds) {
                    requireLocation(lid, o.where);
                }
                if (existing != null) {
                    existingOrgs.put(o.id, existing);
                }
                entries.add(new Entry(
                        History.ORGANISATION,
                        o.id,
                        o.name,
                        existing == null
                                ? Change.NEW
                                : orgChanged(existing, o, ids) ? Change.UPDATED : Change.UNCHANGED));
            }
            for (SvcIn s : parsed.svcs.values()) {
                Offer existing = storedSvcs.get(s.id);
                if (s.organisationId != null
                        && !parsed.orgs.containsKey(s.organisationId)
                        && !existingOrgs.containsKey(s.organisationId)) {
                    Organisation org = storedOrgs.get(s.organisationId);
                    if (org != null) {
                        existingOrgs.put(s.organisationId, org);
                    } else {
                        errors.add(Problem.of(s.where, "directory.import.err.unknownOrganisation", s.organisationId));
                    }
                }
                for (UUID lid : s.locationIds) {
                    requireLocation(lid, s.where);
                }
                Set<Long> fieldIds = new TreeSet<>();
                for (String code : s.actionFieldCodes) {
                    ActionField f = fieldsByCode.get(code);
                    if (f == null) {
                        warnings.add(Problem.of(s.where, "directory.import.warn.actionField", clip(code)));
                    } else {
                        fieldIds.add(f.id());
                    }
                }
                svcFields.put(s.id, fieldIds);
                if (existing != null) {
                    existingSvcs.put(s.id, existing);
                }
                entries.add(new Entry(
                        History.OFFER,
                        s.id,
                        s.title,
                        existing == null
                                ? Change.NEW
                                : svcChanged(existing, s, fieldIds) ? Change.UPDATED : Change.UNCHANGED));
            }
        }

        private static <T> Map<UUID, T> byPublicId(List<T> entities, Function<T, UUID> id) {
            return entities.stream().collect(Collectors.toMap(id, e -> e));
        }

        private void requireLocation(UUID id, String where) {
            if (parsed.locs.containsKey(id) || existingLocs.containsKey(id)) {
                return;
            }
            Location l = storedLocs.get(id);
            if (l != null) {
                existingLocs.put(id, l);
            } else {
                errors.add(Problem.of(where, "directory.import.err.unknownLocation", id));
            }
        }

        Plan plan() {
            return new Plan(List.copyOf(entries), List.copyOf(errors), List.copyOf(warnings));
        }
    }

    static @Nullable Long nearest(List<DistrictService.DistrictProfile> centres, double lat, double lon) {
        Long best = null;
        double bestKm = MAX_DISTRICT_DISTANCE_KM;
        for (DistrictService.DistrictProfile c : centres) {
            if (c.centreLat() == null || c.centreLon() == null) {
                continue;
            }
            double dLat = Math.toRadians(c.centreLat() - lat);
            double dLon = Math.toRadians(c.centreLon() - lon) * Math.cos(Math.toRadians((c.centreLat() + lat) / 2));
            double km = 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon);
            if (km <= bestKm) {
                bestKm = km;
                best = c.id();
            }
        }
        return best;
    }

    private static boolean locChanged(Location e, LocIn l, @Nullable Long district) {
        return !diff(e, l, district).isEmpty();
    }

    private static History.Diff diff(Location e, LocIn l, @Nullable Long district) {
        return new History.Diff()
                .field("name", e.name(), l.name)
                .field("street", e.street(), l.street)
                .field("postalCode", e.postalCode(), l.postalCode)
                .field("city", e.city(), l.city)
                .field("district", e.districtId(), district)
                .field("latitude", e.latitude(), l.latitude)
                .field("longitude", e.longitude(), l.longitude);
    }

    private static boolean orgChanged(Organisation e, OrgIn o, Set<Long> districtIds) {
        return !diff(e, o, districtIds).isEmpty();
    }

    private static History.Diff diff(Organisation e, OrgIn o, Set<Long> districtIds) {
        return new History.Diff()
                .field("name", e.name(), o.name)
                .field("kind", e.kind(), o.kind)
                .field("description", e.description(), o.description)
                .field("website", e.website(), o.website)
                .field("email", e.email(), o.email)
                .field("phone", e.phone(), o.phone)
                .field("contactName", e.contactName(), o.contactName)
                .field("status", e.status(), EntryStatus.PUBLISHED)
                .field("districts", new TreeSet<>(e.districtIds()), districtIds)
                .field(
                        "locations",
                        e.locations().stream()
                                .map(l -> l.publicId().toString())
                                .collect(Collectors.toCollection(TreeSet::new)),
                        o.locationIds.stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static boolean svcChanged(Offer e, SvcIn s, Set<Long> fieldIds) {
        return !diff(e, s, fieldIds).isEmpty();
    }

    private static History.Diff diff(Offer e, SvcIn s, Set<Long> fieldIds) {
        return new History.Diff()
                .field("title", e.title(), s.title)
                .field("description", e.description(), s.description)
                .field("organisation", e.organisation().publicId(), s.organisationId)
                .field("cost", e.cost(), s.cost)
                .field("costNote", e.costNote(), s.costNote)
                .field("access", e.access(), s.access)
                .field("accessibilityNote", e.accessibilityNote(), s.accessibilityNote)
                .field("scheduleNote", e.scheduleNote(), s.scheduleNote)
                .field("contactName", e.contactName(), s.contactName)
                .field("contactEmail", e.contactEmail(), s.contactEmail)
                .field("contactPhone", e.contactPhone(), s.contactPhone)
                .field("website", e.website(), s.website)
                .field("status", e.status(), s.status)
                .field("languages", new TreeSet<>(e.languages()), new TreeSet<>(s.languages))
                .field("targetGroups", new TreeSet<>(e.targetGroups()), new TreeSet<>(s.targetGroups))
                .field(
                        "actionFields",
                        e.actionFields().stream().map(ActionField::id).collect(Collectors.toCollection(TreeSet::new)),
                        fieldIds)
                .field("schedule", e.schedule(), s.schedule)
                .field(
                        "locations",
                        e.locations().stream()
                                .map(l -> l.publicId().toString())
                                .collect(Collectors.toCollection(TreeSet::new)),
                        s.locationIds.stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new)));
    }

    // ---- public operations -----------------------------------------------------------------------------------

    /** Checks a document against the current tenant without changing anything. */
    @Transactional(readOnly = true)
    Plan check(String text) {
        return new Resolution(parse(text)).plan();
    }

    /**
     * Checks the document again and, if it has no errors, writes it in this one transaction. Returns the plan
     * that was carried out (or refused: then nothing was written).
     */
    @Transactional
    Plan apply(String text, String source) {
        Resolution r = new Resolution(parse(text));
        Plan plan = r.plan();
        if (!plan.ok()) {
            return plan;
        }
        Parsed p = r.parsed;
        Map<UUID, Location> locs = new HashMap<>(r.existingLocs);
        Set<Long> touchedLocations = new LinkedHashSet<>();
        for (LocIn l : p.locs.values()) {
            Location e = r.existingLocs.get(l.id);
            Long district = r.locDistrict.get(l.id);
            if (e == null) {
                e = new Location(l.name);
                e.publicId(l.id);
                e.update(l.name, l.street, l.postalCode, l.city, district, l.latitude, l.longitude);
                e = locations.save(e);
                history.record(History.LOCATION, e.id(), "import", source, "Import");
            } else if (locChanged(e, l, district)) {
                String changes = diff(e, l, district).toString();
                e.update(l.name, l.street, l.postalCode, l.city, district, l.latitude, l.longitude);
                history.record(History.LOCATION, e.id(), "import", changes, "Import");
                touchedLocations.add(e.id());
            }
            locs.put(l.id, e);
        }
        Map<UUID, Organisation> orgs = new HashMap<>(r.existingOrgs);
        Set<Long> renamedOrgs = new LinkedHashSet<>();
        for (OrgIn o : p.orgs.values()) {
            Organisation e = r.existingOrgs.get(o.id);
            Set<Long> districtIds = r.orgDistricts.get(o.id);
            String changes;
            if (e == null) {
                e = new Organisation(o.name, o.kind, EntryStatus.PUBLISHED);
                e.publicId(o.id);
                changes = source;
            } else if (orgChanged(e, o, districtIds)) {
                changes = diff(e, o, districtIds).toString();
                if (!e.name().equals(o.name)) {
                    renamedOrgs.add(e.id());
                }
                if (e.status() != EntryStatus.PUBLISHED) {
                    e.status(EntryStatus.PUBLISHED);
                }
            } else {
                orgs.put(o.id, e);
                continue;
            }
            e.update(o.name, o.kind, o.description, o.website, o.email, o.phone, o.contactName);
            e.districtIds().clear();
            e.districtIds().addAll(districtIds);
            e.locations().clear();
            for (UUID lid : o.locationIds) {
                e.locations().add(locs.get(lid));
            }
            boolean created = e.id() == null;
            e = organisations.save(e);
            history.record(History.ORGANISATION, e.id(), "import", changes, "Import");
            if (!created) {
                renamedOrgs.add(e.id());
            }
            orgs.put(o.id, e);
        }
        List<Offer> written = new ArrayList<>();
        for (SvcIn s : p.svcs.values()) {
            Offer e = r.existingSvcs.get(s.id);
            Set<Long> fieldIds = r.svcFields.get(s.id);
            Organisation org = orgs.get(s.organisationId);
            String changes;
            if (e == null) {
                e = new Offer(org, s.title, s.cost, s.access, s.status);
                e.publicId(s.id);
                changes = source;
            } else if (svcChanged(e, s, fieldIds)) {
                changes = diff(e, s, fieldIds).toString();
                e.organisation(org);
                if (e.status() != s.status) {
                    e.status(s.status);
                }
            } else {
                continue;
            }
            e.update(
                    s.title,
                    s.description,
                    s.cost,
                    s.costNote,
                    s.access,
                    s.accessibilityNote,
                    s.scheduleNote,
                    s.contactName,
                    s.contactEmail,
                    s.contactPhone,
                    s.website);
            e.languages().clear();
            e.languages().addAll(s.languages);
            e.targetGroups().clear();
            e.targetGroups().addAll(s.targetGroups);
            e.actionFields().clear();
            for (Long fid : fieldIds) {
                e.actionFields().add(actionFields.getReferenceById(fid));
            }
            e.schedule().clear();
            e.schedule().addAll(s.schedule);
            e.locations().clear();
            for (UUID lid : s.locationIds) {
                e.locations().add(locs.get(lid));
            }
            e = offers.save(e);
            history.record(History.OFFER, e.id(), "import", changes, "Import");
            written.add(e);
        }
        offers.flush();
        Set<Long> reindex = new LinkedHashSet<>();
        written.forEach(o -> reindex.add(o.id()));
        if (!renamedOrgs.isEmpty()) {
            reindex.addAll(offers.idsByOrganisations(renamedOrgs));
        }
        for (Long lid : touchedLocations) {
            offers.findByLocation(lid).forEach(o -> reindex.add(o.id()));
        }
        index.reindexOffers(reindex);
        Map<String, Long> counts = plan.counts();
        audit.record("directory.import", clip(source), counts.toString());
        return plan;
    }
}
