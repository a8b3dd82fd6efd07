package de.quartier.directory;

import de.quartier.accounts.AccountService;
import de.quartier.accounts.Role;
import de.quartier.accounts.TenantCreated;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads a plausible, invented directory of Magdeburg into the demo tenant: organisations, shared locations,
 * published offers built from a small catalogue of offer templates, cooperations and a few translations. The
 * data lives in {@code directory/demo/magdeburg.txt} and {@code magdeburg-templates.txt}. Runs after the
 * districts (order 10) and the action field catalogue (order 20), inside the creating transaction and tenant.
 *
 * <p>On purpose the data has gaps the planning views should show: Neu Olvenstedt, one of the districts with the
 * highest need, has few offers and none in employment and qualification, and the Nähcafé in the Neue Neustadt
 * works with nobody.
 */
@Component
class DirectoryDemoData {

    static final String EDITOR = "traeger@magdeburg.example";
    static final String EDITOR_ORGANISATION = "Bürgerverein Neue Neustadt e.V.";
    /** Locations lie within this distance of their district's centre. */
    private static final double JITTER_METRES = 600;

    private static final Map<String, Integer> WEEKDAYS =
            Map.of("Mo", 1, "Di", 2, "Mi", 3, "Do", 4, "Fr", 5, "Sa", 6, "So", 7);

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final OfferRepository offers;
    private final CooperationRepository cooperations;
    private final ActionFieldRepository actionFields;
    private final DistrictService districts;
    private final AccountService accounts;

    DirectoryDemoData(
            OrganisationRepository organisations,
            LocationRepository locations,
            OfferRepository offers,
            CooperationRepository cooperations,
            ActionFieldRepository actionFields,
            DistrictService districts,
            AccountService accounts) {
        this.organisations = organisations;
        this.locations = locations;
        this.offers = offers;
        this.cooperations = cooperations;
        this.actionFields = actionFields;
        this.districts = districts;
        this.accounts = accounts;
    }

    @EventListener
    @Order(30)
    void on(TenantCreated event) {
        if (!event.demo()) {
            return;
        }
        load();
    }

    /** Loads the demo directory into the current tenant; returns what was created by key. */
    void load() {
        Map<String, List<String[]>> data = sections("directory/demo/magdeburg.txt");
        Map<String, String[]> templates = new LinkedHashMap<>();
        for (String[] t : sections("directory/demo/magdeburg-templates.txt").get("")) {
            templates.put(t[0], t);
        }
        Map<String, DistrictProfile> districtBySlug =
                districts.profiles().stream().collect(Collectors.toMap(DistrictProfile::slug, Function.identity()));
        Map<Long, DistrictProfile> districtById =
                districtBySlug.values().stream().collect(Collectors.toMap(DistrictProfile::id, Function.identity()));
        Map<String, ActionField> fieldByCode =
                actionFields.findAll().stream().collect(Collectors.toMap(ActionField::code, Function.identity()));
        Random random = new Random(20_261_123L);

        Map<String, Location> locationByKey = new LinkedHashMap<>();
        for (String[] l : data.get("locations")) {
            DistrictProfile district = district(districtBySlug, l[4]);
            double[] point = jitter(district, random);
            Location location = new Location(l[1]);
            location.update(l[1], l[2], l[3], "Magdeburg", district.id(), point[0], point[1]);
            locationByKey.put(l[0], locations.save(location));
        }

        Map<String, Organisation> organisationByKey = new LinkedHashMap<>();
        Map<String, List<String>> templatesOf = new HashMap<>();
        for (String[] o : data.get("organisations")) {
            Organisation organisation = new Organisation(o[1], OrganisationKind.valueOf(o[2]), EntryStatus.PUBLISHED);
            organisation.update(o[1], OrganisationKind.valueOf(o[2]), o[7], null, o[5], phone(random), null);
            for (String key : list(o[3])) {
                Location location = require(locationByKey, key);
                organisation.locations().add(location);
                organisation.districtIds().add(location.districtId());
            }
            for (String slug : list(o[4])) {
                organisation.districtIds().add(district(districtBySlug, slug).id());
            }
            organisationByKey.put(o[0], organisations.save(organisation));
            templatesOf.put(o[0], list(o[6]));
        }

        // offers: templates first, then the explicit ones
        Map<String, List<Offer>> offersByBaseTitle = new HashMap<>();
        for (var entry : organisationByKey.entrySet()) {
            Organisation organisation = entry.getValue();
            List<String> codes = templatesOf.get(entry.getKey());
            Map<String, Long> titleCount = codes.stream()
                    .map(c -> require(templates, c.split("@")[0])[1])
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            for (String code : codes) {
                String[] spec = code.split("@");
                String[] t = require(templates, spec[0]);
                Location location = spec.length > 1
                        ? require(locationByKey, spec[1])
                        : organisation.locations().stream().findFirst().orElse(null);
                String districtName = location != null
                        ? districtById.get(location.districtId()).name()
                        : districtById
                                .get(organisation.districtIds().iterator().next())
                                .name();
                String title = t[1].replace("{district}", districtName);
                if (titleCount.get(t[1]) > 1) {
                    title = title + " (" + districtName + ")";
                }
                Offer offer = offer(
                        organisation, location, title, t[2], t[3], t[4], t[5], t[6], t[7], t[8], fieldByCode, random);
                offersByBaseTitle
                        .computeIfAbsent(entry.getKey() + "|" + t[1], k -> new ArrayList<>())
                        .add(offer);
            }
        }
        for (String[] o : data.get("offers")) {
            Organisation organisation = require(organisationByKey, o[0]);
            Location location = "-".equals(o[1]) ? null : require(locationByKey, o[1]);
            Offer offer =
                    offer(organisation, location, o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9], fieldByCode, random);
            offersByBaseTitle
                    .computeIfAbsent(o[0] + "|" + o[2], k -> new ArrayList<>())
                    .add(offer);
        }
        for (String[] t : data.get("translations")) {
            List<Offer> translated = offersByBaseTitle.get(t[0] + "|" + t[1]);
            if (translated == null) {
                throw new IllegalStateException("demo translation for unknown offer: " + t[0] + " / " + t[1]);
            }
            for (Offer offer : translated) {
                offer.translations().put("en", new OfferText(t[2], null, null, null));
                offer.translations().put("ar", new OfferText(t[3], null, null, null));
                offer.translations().put("uk", new OfferText(t[4], null, null, null));
            }
        }

        for (String[] c : data.get("cooperations")) {
            Organisation a = require(organisationByKey, c[0]);
            Organisation b = require(organisationByKey, c[1]);
            Cooperation cooperation = new Cooperation(a, b, CooperationKind.valueOf(c[2]));
            cooperation.update(CooperationKind.valueOf(c[2]), LocalDate.of(Integer.parseInt(c[3]), 1, 1), null, c[4]);
            Set<Long> common = new TreeSet<>(a.districtIds());
            common.retainAll(b.districtIds());
            cooperation.districtIds().addAll(common.isEmpty() ? union(a.districtIds(), b.districtIds()) : common);
            cooperations.save(cooperation);
        }

        Organisation editorsOwn = organisationByKey.values().stream()
                .filter(o -> o.name().equals(EDITOR_ORGANISATION))
                .findFirst()
                .orElseThrow();
        accounts.grantOrganisationScope(EDITOR, Role.ORGANISATION_EDITOR, Set.of(editorsOwn.id()));
    }

    private Offer offer(
            Organisation organisation,
            @Nullable Location location,
            String title,
            String fields,
            String groups,
            String languages,
            String cost,
            String access,
            String schedule,
            String description,
            Map<String, ActionField> fieldByCode,
            Random random) {
        AccessMode mode = AccessMode.valueOf(access);
        Offer offer = new Offer(organisation, title, Cost.valueOf(cost), mode, EntryStatus.PUBLISHED);
        List<ScheduleSlot> slots = schedule(schedule);
        offer.update(
                title,
                description,
                Cost.valueOf(cost),
                switch (Cost.valueOf(cost)) {
                    case FREE -> null;
                    case REDUCED ->
                        "Ermäßigt oder gegen kleinen Beitrag; mit Magdeburg-Pass kostenfrei oder günstiger.";
                    case FEE -> "Gebühr laut aktuellem Programm.";
                },
                mode,
                random.nextInt(3) == 0 ? null : "Stufenloser Zugang, barrierefreies WC im Erdgeschoss.",
                slots.isEmpty()
                        ? (mode == AccessMode.WALK_IN ? "Termine siehe Beschreibung" : "Termine nach Vereinbarung")
                        : null,
                null,
                organisation.email(),
                organisation.phone(),
                null);
        if (location != null) {
            offer.locations().add(location);
        }
        offer.languages().addAll(list(languages));
        for (String group : list(groups)) {
            offer.targetGroups().add(TargetGroup.valueOf(group));
        }
        for (String code : list(fields)) {
            offer.actionFields().add(require(fieldByCode, code));
        }
        offer.schedule().addAll(slots);
        return offers.save(offer);
    }

    /** "Mo 09:00-12:00; Mi 14:00-17:00" as weekly slots. */
    static List<ScheduleSlot> schedule(String text) {
        List<ScheduleSlot> slots = new ArrayList<>();
        for (String part : list(text, ";")) {
            String[] dayAndTime = part.split(" ");
            String[] times = dayAndTime[1].split("-");
            slots.add(new ScheduleSlot(
                    require(WEEKDAYS, dayAndTime[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return slots;
    }

    /** A point within {@link #JITTER_METRES} of the district's centre, uniformly over the disc. */
    private static double[] jitter(DistrictProfile district, Random random) {
        if (district.centreLat() == null || district.centreLon() == null) {
            throw new IllegalStateException("district without centre: " + district.name());
        }
        double distance = JITTER_METRES * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double lat = district.centreLat() + distance * Math.cos(angle) / 111_320.0;
        double lon = district.centreLon()
                + distance * Math.sin(angle) / (111_320.0 * Math.cos(Math.toRadians(district.centreLat())));
        return new double[] {Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6};
    }

    private static String phone(Random random) {
        return "0391 " + (400_000 + random.nextInt(599_999));
    }

    private static DistrictProfile district(Map<String, DistrictProfile> bySlug, String slug) {
        return require(bySlug, slug);
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T require(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("unknown key in demo directory data: " + key);
        }
        return value;
    }

    private static List<String> list(String text) {
        return list(text, ",");
    }

    private static List<String> list(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Lines of a pipe-separated file by section ("" before the first header); # starts a comment line. */
    private static Map<String, List<String[]>> sections(String resource) {
        Map<String, List<String[]>> sections = new HashMap<>();
        String section = "";
        sections.put(section, new ArrayList<>());
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    section = trimmed.substring(1, trimmed.length() - 1);
                    sections.put(section, new ArrayList<>());
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                sections.get(section).add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
