package de.quartier.directory;

import de.quartier.directory.DetailViews.DistrictLink;
import de.quartier.directory.DetailViews.OfferItem;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for the offer and organisation pages. The JSON goes into a {@code <script
 * type="application/ld+json">} data block unescaped by the template, so every {@code <} is written as
 * {@code \u003c}: no text (however hostile) can close the element or open a comment.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private JsonLd() {}

    static String offer(
            Offer offer,
            String title,
            String description,
            String url,
            String organisationUrl,
            List<DistrictLink> districts) {
        Organisation org = offer.organisation();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@context", "https://schema.org");
        service.put("@type", isGovernment(org.kind()) ? "GovernmentService" : "Service");
        service.put("@id", url);
        service.put("url", url);
        service.put("name", title);
        if (!description.isBlank()) {
            service.put("description", description);
        }
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("@type", organisationType(org.kind()));
        provider.put("name", org.name());
        provider.put("url", organisationUrl);
        service.put("provider", provider);
        if (!districts.isEmpty()) {
            service.put("areaServed", districts.stream().map(JsonLd::place).toList());
        }
        if (!offer.languages().isEmpty()) {
            service.put("availableLanguage", List.copyOf(offer.languages()));
        }
        if (!offer.targetGroups().isEmpty()) {
            service.put(
                    "audience",
                    offer.targetGroups().stream()
                            .map(g -> Map.of(
                                    "@type",
                                    "Audience",
                                    "audienceType",
                                    g.name().toLowerCase(java.util.Locale.ROOT)))
                            .toList());
        }
        if (!offer.schedule().isEmpty()) {
            service.put(
                    "hoursAvailable",
                    offer.schedule().stream()
                            .filter(s -> s != null && s.weekday() >= 1 && s.weekday() <= 7)
                            .map(s -> Map.of(
                                    "@type",
                                    "OpeningHoursSpecification",
                                    "dayOfWeek",
                                    "https://schema.org/" + DAYS[s.weekday() - 1],
                                    "opens",
                                    TIME.format(s.opens()),
                                    "closes",
                                    TIME.format(s.closes())))
                            .toList());
        }
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("@type", "Offer");
        if (offer.cost() == Cost.FREE) {
            price.put("price", "0");
            price.put("priceCurrency", "EUR");
        }
        if (offer.costNote() != null && !offer.costNote().isBlank()) {
            price.put("description", offer.costNote());
        }
        if (price.size() > 1) {
            service.put("offers", price);
        }
        List<Map<String, Object>> channels = new ArrayList<>();
        for (Location l : offer.locations()) {
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("@type", "ServiceChannel");
            channel.put("serviceLocation", location(l));
            putIfPresent(channel, "servicePhone", offer.contactPhone());
            channels.add(channel);
        }
        if (channels.isEmpty() && (offer.contactPhone() != null || offer.website() != null)) {
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("@type", "ServiceChannel");
            putIfPresent(channel, "servicePhone", offer.contactPhone());
            putIfPresent(channel, "serviceUrl", PublicDirectory.safeWebsite(offer.website()));
            channels.add(channel);
        }
        if (!channels.isEmpty()) {
            service.put("availableChannel", channels);
        }
        if (offer.contactEmail() != null || offer.contactPhone() != null || offer.contactName() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("@type", "ContactPoint");
            putIfPresent(contact, "name", offer.contactName());
            putIfPresent(contact, "email", offer.contactEmail());
            putIfPresent(contact, "telephone", offer.contactPhone());
            provider.put("contactPoint", contact);
        }
        if (!offer.locations().isEmpty()) {
            Location first = offer.locations().iterator().next();
            service.put("address", address(first));
        }
        return write(service);
    }

    static String organisation(
            Organisation org,
            String description,
            String url,
            @Nullable String logoUrl,
            List<DistrictLink> districts,
            List<OfferItem> offers,
            String baseUrl) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@context", "https://schema.org");
        o.put("@type", organisationType(org.kind()));
        o.put("@id", url);
        o.put("name", org.name());
        if (!description.isBlank()) {
            o.put("description", description);
        }
        String website = PublicDirectory.safeWebsite(org.website());
        o.put("url", website != null ? website : url);
        if (website != null) {
            o.put("sameAs", List.of(url));
        }
        putIfPresent(o, "logo", logoUrl);
        putIfPresent(o, "email", org.email());
        putIfPresent(o, "telephone", org.phone());
        if (!org.locations().isEmpty()) {
            o.put("address", address(org.locations().iterator().next()));
            o.put("location", org.locations().stream().map(JsonLd::location).toList());
        }
        if (!districts.isEmpty()) {
            o.put("areaServed", districts.stream().map(JsonLd::place).toList());
        }
        if (!offers.isEmpty()) {
            o.put(
                    "makesOffer",
                    offers.stream()
                            .map(item -> Map.of(
                                    "@type",
                                    "Offer",
                                    "itemOffered",
                                    Map.of(
                                            "@type",
                                            "Service",
                                            "name",
                                            item.title().value(),
                                            "url",
                                            baseUrl + "/angebote/" + item.id())))
                            .toList());
        }
        return write(o);
    }

    static boolean isGovernment(OrganisationKind kind) {
        return kind == OrganisationKind.AUTHORITY || kind == OrganisationKind.JOBCENTER;
    }

    private static String organisationType(OrganisationKind kind) {
        return switch (kind) {
            case AUTHORITY, JOBCENTER -> "GovernmentOrganization";
            case SCHOOL -> "School";
            case KITA -> "Preschool";
            case WELFARE, ASSOCIATION, INITIATIVE, WELCOME_ALLIANCE -> "NGO";
            default -> "Organization";
        };
    }

    private static Map<String, Object> place(DistrictLink d) {
        return Map.of("@type", "Place", "name", d.name());
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", l.name());
        place.put("address", address(l));
        if (l.hasPoint()) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", l.latitude(), "longitude", l.longitude()));
        }
        return place;
    }

    private static Map<String, Object> address(Location l) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        putIfPresent(address, "streetAddress", l.street());
        putIfPresent(address, "postalCode", l.postalCode());
        putIfPresent(address, "addressLocality", l.city());
        address.put("addressCountry", "DE");
        return address;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** JSON safe inside a script element: no {@code <} at all, and no line separators JavaScript chokes on. */
    static String write(Object value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
