package de.quartier.directory;

import de.quartier.districts.DistrictSummary;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes directory entries as Open Referral HSDS 3.0 objects (organization, service, location, …) as plain maps,
 * valid against the official compiled schemas. Ids are the entries' public ids; nested objects we do not store as
 * rows (phones, contacts, addresses, schedules, attributes) get stable name-based UUIDs derived from their owner.
 * What HSDS has no field for (organisation kind, districts, target groups, action fields, cost, access) travels as
 * attributes with taxonomy terms of Quartier's own taxonomies, so an export re-imports without loss.
 */
final class HsdsJson {

    static final String TAXONOMY_KIND = "quartier-organisation-kind";
    static final String TAXONOMY_DISTRICT = "quartier-district";
    static final String TAXONOMY_TARGET_GROUP = "quartier-target-group";
    static final String TAXONOMY_ACTION_FIELD = "quartier-action-field";
    static final String TAXONOMY_COST = "quartier-cost";
    static final String TAXONOMY_ACCESS = "quartier-access";
    static final String TAXONOMY_ACCESSIBILITY = "quartier-accessibility";

    static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\"<>()\\[\\],;:\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private HsdsJson() {}

    /** What the writer needs besides the entries: the tenant's districts and the state for addresses. */
    record Context(Map<Long, DistrictSummary> districts, String stateProvince) {}

    static UUID derived(UUID owner, String what) {
        return UUID.nameUUIDFromBytes((owner + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    static UUID termId(String taxonomy, String code) {
        return UUID.nameUUIDFromBytes(("quartier-taxonomy/" + taxonomy + "/" + code).getBytes(StandardCharsets.UTF_8));
    }

    static String day(int weekday) {
        return DAYS[weekday - 1];
    }

    /** 1 (Monday) … 7, or 0 for an unknown day code. */
    static int weekday(String code) {
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equalsIgnoreCase(code.strip())) {
                return i + 1;
            }
        }
        return 0;
    }

    // ---- organization ----------------------------------------------------------------------------------------

    /** The one-to-one fields of an organization, as in {@code organization_list.json}. */
    static Map<String, Object> organizationBasic(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.publicId().toString());
        m.put("name", o.name());
        m.put("description", o.description());
        putEmail(m, "email", o.email());
        putUri(m, "website", o.website());
        return m;
    }

    /** A fully nested organization; services in full or as their one-to-one fields. */
    static Map<String, Object> organization(Organisation o, List<Offer> services, boolean fullServices, Context ctx) {
        Map<String, Object> m = organizationBasic(o);
        if (o.phone() != null && !o.phone().isBlank()) {
            m.put("phones", List.of(phone(derived(o.publicId(), "phone"), o.phone())));
        }
        if (o.contactName() != null && !o.contactName().isBlank()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", derived(o.publicId(), "contact").toString());
            contact.put("organization_id", o.publicId().toString());
            contact.put("name", o.contactName());
            m.put("contacts", List.of(contact));
        }
        m.put("locations", o.locations().stream().map(l -> location(l, ctx)).toList());
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(
                o.publicId(),
                "organization",
                TAXONOMY_KIND,
                o.kind().name(),
                o.kind().name().toLowerCase(Locale.ROOT),
                null));
        for (Long districtId : o.districtIds()) {
            DistrictSummary d = ctx.districts().get(districtId);
            if (d != null) {
                attributes.add(attribute(o.publicId(), "organization", TAXONOMY_DISTRICT, d.slug(), d.name(), null));
            }
        }
        m.put("attributes", attributes);
        m.put(
                "services",
                services.stream()
                        .map(s -> fullServices ? service(s, false, ctx) : serviceBasic(s, false))
                        .toList());
        return m;
    }

    // ---- service ---------------------------------------------------------------------------------------------

    /** The one-to-one fields of a service, as in {@code service_list.json}; optionally its organization. */
    static Map<String, Object> serviceBasic(Offer s, boolean withOrganization) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.publicId().toString());
        m.put("organization_id", s.organisation().publicId().toString());
        m.put("name", s.title());
        m.put("description", s.description());
        putUri(m, "url", s.website());
        putEmail(m, "email", s.contactEmail());
        m.put("status", "active");
        m.put("application_process", applicationProcess(s.access()));
        if (s.costNote() != null && !s.costNote().isBlank()) {
            m.put("fees_description", s.costNote());
        }
        m.put("last_modified", s.updatedAt().toString());
        if (withOrganization) {
            m.put("organization", organizationBasic(s.organisation()));
        }
        return m;
    }

    /** A fully nested service. */
    static Map<String, Object> service(Offer s, boolean withOrganization, Context ctx) {
        Map<String, Object> m = serviceBasic(s, withOrganization);
        UUID id = s.publicId();
        if (s.contactPhone() != null && !s.contactPhone().isBlank()) {
            Map<String, Object> phone = phone(derived(id, "phone"), s.contactPhone());
            phone.put("service_id", id.toString());
            m.put("phones", List.of(phone));
        }
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (int i = 0; i < s.schedule().size(); i++) {
            ScheduleSlot slot = s.schedule().get(i);
            Map<String, Object> sch = new LinkedHashMap<>();
            sch.put("id", derived(id, "schedule/" + i).toString());
            sch.put("service_id", id.toString());
            sch.put("freq", "WEEKLY");
            sch.put("interval", 1);
            sch.put("byday", day(slot.weekday()));
            sch.put("opens_at", TIME.format(slot.opens()));
            sch.put("closes_at", TIME.format(slot.closes()));
            schedules.add(sch);
        }
        if (s.scheduleNote() != null && !s.scheduleNote().isBlank()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", derived(id, "schedule-note").toString());
            note.put("service_id", id.toString());
            note.put("description", s.scheduleNote());
            schedules.add(note);
        }
        m.put("schedules", schedules);
        m.put(
                "service_at_locations",
                s.locations().stream()
                        .map(l -> {
                            Map<String, Object> sal = new LinkedHashMap<>();
                            sal.put("id", derived(id, "at/" + l.publicId()).toString());
                            sal.put("service_id", id.toString());
                            sal.put("location_id", l.publicId().toString());
                            sal.put("location", location(l, ctx));
                            return sal;
                        })
                        .toList());
        m.put(
                "languages",
                s.languages().stream()
                        .map(code -> {
                            Map<String, Object> lang = new LinkedHashMap<>();
                            lang.put("id", derived(id, "language/" + code).toString());
                            lang.put("service_id", id.toString());
                            lang.put("name", Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
                            lang.put("code", code);
                            return lang;
                        })
                        .toList());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("id", derived(id, "cost").toString());
        cost.put("service_id", id.toString());
        cost.put("option", s.cost().name().toLowerCase(Locale.ROOT));
        if (s.cost() == Cost.FREE) {
            cost.put("currency", "EUR");
            cost.put("amount", 0);
            cost.put("amount_description", "free of charge");
        } else if (s.costNote() != null && !s.costNote().isBlank()) {
            cost.put("amount_description", s.costNote());
        }
        m.put("cost_options", List.of(cost));
        if (s.contactName() != null || s.contactEmail() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", derived(id, "contact").toString());
            contact.put("service_id", id.toString());
            if (s.contactName() != null && !s.contactName().isBlank()) {
                contact.put("name", s.contactName());
            }
            putEmail(contact, "email", s.contactEmail());
            m.put("contacts", List.of(contact));
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(
                id, "service", TAXONOMY_COST, s.cost().name(), s.cost().name(), null));
        attributes.add(attribute(
                id, "service", TAXONOMY_ACCESS, s.access().name(), s.access().name(), null));
        for (TargetGroup g : s.targetGroups()) {
            attributes.add(attribute(id, "service", TAXONOMY_TARGET_GROUP, g.name(), g.name(), null));
        }
        for (ActionField f : s.actionFields()) {
            attributes.add(attribute(id, "service", TAXONOMY_ACTION_FIELD, f.code(), f.nameDe(), null));
        }
        if (s.accessibilityNote() != null && !s.accessibilityNote().isBlank()) {
            attributes.add(
                    attribute(id, "service", TAXONOMY_ACCESSIBILITY, "note", "accessibility", s.accessibilityNote()));
        }
        m.put("attributes", attributes);
        return m;
    }

    // ---- location --------------------------------------------------------------------------------------------

    static Map<String, Object> location(Location l, Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.publicId().toString());
        m.put("location_type", "physical");
        m.put("name", l.name());
        if (l.hasPoint()) {
            m.put("latitude", l.latitude());
            m.put("longitude", l.longitude());
        }
        if (notBlank(l.street()) || notBlank(l.postalCode()) || notBlank(l.city())) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", derived(l.publicId(), "address").toString());
            a.put("location_id", l.publicId().toString());
            a.put("address_1", orEmpty(l.street()));
            a.put("city", orEmpty(l.city()));
            a.put("state_province", ctx.stateProvince());
            a.put("postal_code", orEmpty(l.postalCode()));
            a.put("country", "DE");
            a.put("address_type", "physical");
            m.put("addresses", List.of(a));
        }
        return m;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static String applicationProcess(AccessMode access) {
        return switch (access) {
            case WALK_IN -> "Walk in, no appointment needed.";
            case APPOINTMENT -> "By appointment.";
            case REFERRAL -> "By referral.";
        };
    }

    private static Map<String, Object> phone(UUID id, String number) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id.toString());
        p.put("number", number);
        return p;
    }

    private static Map<String, Object> attribute(
            UUID owner, String entity, String taxonomy, String code, String name, @Nullable String value) {
        UUID term = termId(taxonomy, code);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", term.toString());
        t.put("code", code);
        t.put("name", name);
        t.put("description", taxonomy + ": " + code);
        t.put("taxonomy", taxonomy);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", derived(owner, "attribute/" + taxonomy + "/" + code).toString());
        a.put("link_id", owner.toString());
        a.put("link_type", entity);
        a.put("link_entity", entity);
        a.put("taxonomy_term_id", term.toString());
        if (value != null) {
            a.put("value", value);
        }
        a.put("taxonomy_term", t);
        return a;
    }

    static void putEmail(Map<String, Object> m, String key, @Nullable String email) {
        if (email != null && EMAIL.matcher(email.strip()).matches()) {
            m.put(key, email.strip());
        }
    }

    /** Only absolute http(s) addresses are URIs in HSDS' sense; "www.example.de" becomes https://www.example.de. */
    static void putUri(Map<String, Object> m, String key, @Nullable String url) {
        String u = absoluteUrl(url);
        if (u != null) {
            m.put(key, u);
        }
    }

    static @Nullable String absoluteUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (!u.regionMatches(true, 0, "http://", 0, 7) && !u.regionMatches(true, 0, "https://", 0, 8)) {
            u = "https://" + u;
        }
        try {
            URI uri = new URI(u);
            return uri.getHost() == null ? null : u;
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
