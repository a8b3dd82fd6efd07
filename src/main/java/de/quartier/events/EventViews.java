package de.quartier.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** What the events templates show. Public records because jte compiles templates into another package. */
public final class EventViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventViews() {}

    public record Option(String value, String label, boolean selected) {}

    /** An event in a list. {@code when} is formatted for the reader; {@code start} is the occurrence shown. */
    public record Card(
            String path,
            String title,
            String kindKey,
            String audienceKey,
            String when,
            String isoStart,
            String place,
            String organiser,
            List<String> districts,
            List<String> languages,
            boolean cancelled,
            boolean weekly,
            boolean online) {}

    public record ProgrammeRow(
            String day,
            String time,
            String title,
            @Nullable String speakers,
            @Nullable String room) {}

    public record DocumentRow(String href, String filename, String size, boolean attendeesOnly) {}

    /** The event page. */
    public record Page(
            Card card,
            String id,
            String description,
            String accessibility,
            String cost,
            @Nullable String onlineUrl,
            String icsPath,
            List<ProgrammeRow> programme,
            boolean registration,
            boolean open,
            @Nullable String registrationNote,
            @Nullable Long seatsLeft,
            boolean askOrganisation,
            boolean askNeeds,
            List<String> workshops,
            String consentText,
            List<DocumentRow> documents,
            @Nullable String review,
            @Nullable String imagePath,
            String imageAlt,
            String jsonLd) {}

    /** A month of the calendar: weeks of seven days (null outside the month). */
    public record Month(String label, String prevQuery, String nextQuery, List<List<@Nullable Day>> weeks) {}

    public record Day(int day, String iso, boolean today, List<Card> events) {}

    /** The registration as its owner sees it through the personal link. */
    public record Personal(
            String token,
            Card event,
            String name,
            String email,
            @Nullable String organisation,
            @Nullable String needs,
            @Nullable String workshop,
            String statusKey,
            String code,
            boolean changeable,
            boolean askOrganisation,
            boolean askNeeds,
            List<String> workshops,
            List<DocumentRow> documents) {}

    public record AdminRow(
            long id, String title, String when, String statusKey, String kindKey, long registered, long waiting) {}

    public record Attendee(
            long id,
            String name,
            String email,
            @Nullable String organisation,
            @Nullable String needs,
            @Nullable String workshop,
            String statusKey,
            String status,
            String code,
            boolean checkedIn) {}

    public record Counts(
            long registered,
            long waiting,
            long attended,
            @Nullable Integer capacity) {}

    /** The organiser's page of one event. */
    public record Admin(
            long id,
            long version,
            Card card,
            String status,
            boolean registration,
            Counts counts,
            List<Attendee> attendees,
            List<DocumentRow> documents,
            String review,
            boolean reviewPublished,
            boolean past,
            @Nullable String imagePath,
            String imageAlt) {}

    public record Badge(String name, @Nullable String organisation, String code) {}

    public record Badges(String title, String when, List<Badge> badges) {}

    static String when(Event e, Locale locale, ZoneId zone) {
        return when(e, e.startsAt, locale, zone);
    }

    /** "Mi., 10.06.2026, 09:30 – 17:00" or across days "10.06.2026, 09:30 – 11.06.2026, 16:00". */
    static String when(Event e, Instant start, Locale locale, ZoneId zone) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime end =
                start.plus(java.time.Duration.between(e.startsAt, e.endsAt)).atZone(zone);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        if (s.toLocalDate().equals(end.toLocalDate())) {
            return day.format(s) + ", " + time.format(s) + " – " + time.format(end);
        }
        DateTimeFormatter medium =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return medium.format(s) + ", " + time.format(s) + " – " + medium.format(end) + ", " + time.format(end);
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static String money(long cents, Locale locale) {
        return java.text.NumberFormat.getCurrencyInstance(Locale.GERMANY).format(cents / 100.0);
    }

    /** schema.org Event as JSON-LD, safe inside a script element. */
    static String jsonLd(Event e, String url, ZoneId zone, @Nullable String image) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Event");
        m.put("name", e.title);
        m.put("url", url);
        if (!e.description.isBlank()) {
            m.put("description", e.description);
        }
        m.put("startDate", e.startsAt.atZone(zone).toOffsetDateTime().toString());
        m.put("endDate", e.endsAt.atZone(zone).toOffsetDateTime().toString());
        m.put(
                "eventStatus",
                e.status == Event.Status.CANCELLED
                        ? "https://schema.org/EventCancelled"
                        : "https://schema.org/EventScheduled");
        boolean online = e.onlineUrl != null;
        boolean offline = e.hasAddress();
        m.put(
                "eventAttendanceMode",
                online && offline
                        ? "https://schema.org/MixedEventAttendanceMode"
                        : online
                                ? "https://schema.org/OnlineEventAttendanceMode"
                                : "https://schema.org/OfflineEventAttendanceMode");
        if (offline) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            putIf(address, "streetAddress", e.street);
            putIf(address, "postalCode", e.postalCode);
            putIf(address, "addressLocality", e.city);
            address.put("addressCountry", "DE");
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", Objects.requireNonNullElse(e.placeName, Objects.requireNonNullElse(e.street, "")));
            place.put("address", address);
            m.put("location", online ? List.of(place, virtual(e.onlineUrl)) : place);
        } else if (online) {
            m.put("location", virtual(e.onlineUrl));
        }
        m.put("organizer", Map.of("@type", "Organization", "name", e.organiserName));
        m.put("inLanguage", e.languageList());
        m.put("isAccessibleForFree", e.costCents == 0);
        if (e.registration) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("url", url);
            offer.put("price", String.format(Locale.ROOT, "%.2f", e.costCents / 100.0));
            offer.put("priceCurrency", "EUR");
            if (e.registrationOpens != null) {
                offer.put(
                        "validFrom",
                        e.registrationOpens.atZone(zone).toOffsetDateTime().toString());
            }
            m.put("offers", offer);
        }
        if (e.capacity != null) {
            m.put("maximumAttendeeCapacity", e.capacity);
        }
        if (image != null) {
            m.put("image", image);
        }
        if (!e.programme.isEmpty()) {
            m.put(
                    "subEvent",
                    e.programme.stream()
                            .map(p -> Map.of(
                                    "@type",
                                    "Event",
                                    "name",
                                    p.title,
                                    "startDate",
                                    p.startsAt.atZone(zone).toOffsetDateTime().toString()))
                            .toList());
        }
        return JSON.writeValueAsString(m)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static Map<String, Object> virtual(@Nullable String url) {
        return Map.of("@type", "VirtualLocation", "url", Objects.requireNonNullElse(url, ""));
    }

    private static void putIf(Map<String, Object> m, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    static LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }
}
