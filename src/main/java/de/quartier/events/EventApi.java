package de.quartier.events;

import de.quartier.shared.ApiProblem;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API of the calendar: published (and cancelled) events with their occurrences in a date range. */
@RestController
@RequestMapping("/api/v1/{tenant}")
@Tag(name = "Events", description = "The public calendar of events (Veranstaltungen)")
class EventApi {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventPages pages;

    EventApi(EventRepository events, RegistrationRepository registrations, EventPages pages) {
        this.events = events;
        this.registrations = registrations;
        this.pages = pages;
    }

    record ProgrammeJson(
            Instant start,
            String title,
            @Nullable String speakers,
            @Nullable String room) {}

    record EventJson(
            String id,
            String title,
            String description,
            String kind,
            String status,
            String organiser,
            List<Long> districtIds,
            List<String> districts,
            @Nullable String place,
            @Nullable String onlineUrl,
            Instant start,
            Instant end,
            @Nullable LocalDate weeklyUntil,
            List<Instant> occurrences,
            String audience,
            List<String> languages,
            String accessibility,
            long costCents,
            boolean registration,
            boolean registrationOpen,
            @Nullable Long seatsLeft,
            List<ProgrammeJson> programme,
            String url,
            String ics) {}

    record ResultJson(LocalDate from, LocalDate to, long total, List<EventJson> items) {}

    @GetMapping("/events")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @Operation(
            summary = "Events in a date range",
            description = "Published and cancelled events with an occurrence between from and to (default: today and"
                    + " 90 days on, at most 400 days). Filters: district (id), kind, audience, language (ISO code),"
                    + " q (words in title, description, organiser or place).")
    ResultJson list(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String q) {
        TenantInfo t = TenantContext.require();
        ZoneId zone = t.zone();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, "from", LocalDate.now(zone), errors);
        LocalDate end = date(to, "to", start.plusDays(90), errors);
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("to", "must not be before from");
        }
        if (errors.isEmpty() && end.isAfter(start.plusDays(400))) {
            errors.put("to", "at most 400 days after from");
        }
        if (district != null && EventPages.Filter.parseLong(district) == null) {
            errors.put("district", "must be a district id");
        }
        if (kind != null && EventPages.Filter.parse(Event.Kind.class, kind) == null) {
            errors.put("kind", "one of " + List.of(Event.Kind.values()));
        }
        if (audience != null && EventPages.Filter.parse(Event.Audience.class, audience) == null) {
            errors.put("audience", "one of " + List.of(Event.Audience.values()));
        }
        if (language != null && !EventForms.LANGUAGES.contains(language)) {
            errors.put("language", "one of " + EventForms.LANGUAGES);
        }
        if (q != null && q.length() > 200) {
            errors.put("q", "at most 200 characters");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid query parameters", errors);
        }
        EventPages.Filter filter = EventPages.Filter.of(district, kind, audience, language, q);
        Instant a = start.atStartOfDay(zone).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, String> names = pages.districtNames();
        String base = EventPages.baseUrl();
        Instant now = Instant.now();
        List<EventJson> items = new ArrayList<>();
        for (Event e : events.window(List.of(Event.Status.PUBLISHED, Event.Status.CANCELLED), a, b)) {
            List<Instant> occurrences = e.occurrences(a, b, zone);
            if (occurrences.isEmpty() || !filter.matches(e)) {
                continue;
            }
            String path = Registrations.eventPath(t.slug(), e);
            Long left = e.registration && e.capacity != null
                    ? Math.max(
                            0, e.capacity - registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED))
                    : null;
            items.add(new EventJson(
                    e.publicId.toString(),
                    e.title,
                    e.description,
                    e.kind.name(),
                    e.status.name(),
                    e.organiserName,
                    List.copyOf(e.districtIds),
                    e.districtIds.stream()
                            .map(names::get)
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                    e.hasAddress() ? EventCalendar.place(e) : null,
                    e.onlineUrl,
                    e.startsAt,
                    e.endsAt,
                    e.weeklyUntil,
                    occurrences,
                    e.audience.name(),
                    e.languageList(),
                    e.accessibility,
                    e.costCents,
                    e.registration,
                    e.registrationOpenAt(now),
                    left,
                    e.programme.stream()
                            .map(p -> new ProgrammeJson(p.startsAt, p.title, p.speakers, p.room))
                            .toList(),
                    base + path,
                    base + path + "/kalender.ics"));
        }
        return new ResultJson(start, end, items.size(), items);
    }

    private static LocalDate date(@Nullable String s, String name, LocalDate otherwise, Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.put(name, "a date as yyyy-MM-dd");
            return otherwise;
        }
    }
}
