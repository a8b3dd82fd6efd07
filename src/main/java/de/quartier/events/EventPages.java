package de.quartier.events;

import de.quartier.accounts.Access;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.events.EventForms.RegistrationForm;
import de.quartier.events.EventViews.Card;
import de.quartier.events.EventViews.Day;
import de.quartier.events.EventViews.DocumentRow;
import de.quartier.events.EventViews.Month;
import de.quartier.events.EventViews.Option;
import de.quartier.events.EventViews.ProgrammeRow;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public side: the calendar (list, month and archive), event pages, feeds, registration and the personal
 * registration link. Nothing here needs an account; attendee-only documents need the organiser's rights or the
 * attendee's own link.
 */
@Controller
@RequestMapping("/{tenant}/veranstaltungen")
class EventPages {

    static final String UUID_RE = "[0-9a-fA-F-]{36}";

    /** The calendar's filters; all optional. */
    record Filter(
            @Nullable Long district,
            Event.@Nullable Kind kind,
            Event.@Nullable Audience audience,
            @Nullable String language,
            @Nullable String q) {

        static Filter of(
                @Nullable String district,
                @Nullable String kind,
                @Nullable String audience,
                @Nullable String language,
                @Nullable String q) {
            return new Filter(
                    parseLong(district),
                    parse(Event.Kind.class, kind),
                    parse(Event.Audience.class, audience),
                    language != null && EventForms.LANGUAGES.contains(language) ? language : null,
                    EventForms.blankToNull(q));
        }

        boolean matches(Event e) {
            if (district != null && !e.districtIds.contains(district)) {
                return false;
            }
            if (kind != null && e.kind != kind) {
                return false;
            }
            if (audience != null && e.audience != audience && e.audience != Event.Audience.EVERYONE) {
                return false;
            }
            if (language != null && !e.languageList().contains(language)) {
                return false;
            }
            if (q != null) {
                String text = (e.title + " " + e.description + " " + e.organiserName + " " + EventCalendar.place(e))
                        .toLowerCase(Locale.ROOT);
                for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!text.contains(word)) {
                        return false;
                    }
                }
            }
            return true;
        }

        static @Nullable Long parseLong(@Nullable String s) {
            try {
                return s == null || s.isBlank() ? null : Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String s) {
            try {
                return s == null || s.isBlank() ? null : Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventDocumentRepository documents;
    private final Registrations registering;
    private final Organising organising;
    private final DistrictService districts;
    private final Access access;
    private final MessageSource messages;
    private final jakarta.persistence.EntityManager em;

    EventPages(
            EventRepository events,
            RegistrationRepository registrations,
            EventDocumentRepository documents,
            Registrations registering,
            Organising organising,
            DistrictService districts,
            Access access,
            MessageSource messages,
            jakarta.persistence.EntityManager em) {
        this.em = em;
        this.events = events;
        this.registrations = registrations;
        this.documents = documents;
        this.registering = registering;
        this.organising = organising;
        this.districts = districts;
        this.access = access;
        this.messages = messages;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("events.");
        binder.setMessageCodesResolver(codes);
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    // ---- calendar -------------------------------------------------------------------------------------------

    @GetMapping
    String calendar(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String bezirk,
            @RequestParam(required = false) @Nullable String art,
            @RequestParam(required = false) @Nullable String zielgruppe,
            @RequestParam(required = false) @Nullable String sprache,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String ansicht,
            @RequestParam(required = false) @Nullable String monat,
            HttpServletRequest request,
            Model model) {
        TenantInfo t = TenantContext.require();
        ZoneId zone = t.zone();
        Locale locale = RequestContextUtils.getLocale(request);
        Filter filter = Filter.of(bezirk, art, zielgruppe, sprache, q);
        Map<Long, String> districtNames = districtNames();
        String view = "monat".equals(ansicht) ? "month" : "archiv".equals(ansicht) ? "archive" : "list";
        Instant now = Instant.now();
        List<Card> cards = new ArrayList<>();
        Month month = null;
        if (view.equals("list")) {
            for (Event e : events.window(
                    List.of(Event.Status.PUBLISHED, Event.Status.CANCELLED), now, now.plusSeconds(400L * 86400))) {
                if (filter.matches(e)) {
                    List<Instant> next = e.occurrences(now, now.plusSeconds(400L * 86400), zone);
                    if (!next.isEmpty()) {
                        cards.add(card(e, next.get(0), t, locale, districtNames));
                    }
                }
            }
            cards.sort(Comparator.comparing(Card::isoStart));
        } else if (view.equals("archive")) {
            for (Event e : events.allNewestFirst()) {
                if (e.status == Event.Status.PUBLISHED && e.lastEnd(zone).isBefore(now) && filter.matches(e)) {
                    cards.add(card(e, e.startsAt, t, locale, districtNames));
                }
            }
        } else {
            YearMonth ym = yearMonth(monat, zone);
            month = month(ym, filter, t, locale, districtNames, request);
        }
        model.addAttribute("view", view);
        model.addAttribute("cards", cards);
        model.addAttribute("month", month);
        model.addAttribute("q", Objects.requireNonNullElse(filter.q(), ""));
        model.addAttribute(
                "districtOptions",
                districtNames.entrySet().stream()
                        .map(d -> new Option(
                                d.getKey().toString(), d.getValue(), d.getKey().equals(filter.district())))
                        .toList());
        model.addAttribute(
                "kindOptions",
                java.util.Arrays.stream(Event.Kind.values())
                        .map(k -> new Option(k.name(), msg("events.kind." + k.name(), locale), k == filter.kind()))
                        .toList());
        model.addAttribute(
                "audienceOptions",
                java.util.Arrays.stream(Event.Audience.values())
                        .filter(a -> a != Event.Audience.EVERYONE)
                        .map(a -> new Option(
                                a.name(), msg("events.audience." + a.name(), locale), a == filter.audience()))
                        .toList());
        model.addAttribute(
                "languageOptions",
                EventForms.LANGUAGES.stream()
                        .map(l -> new Option(l, language(l, locale), l.equals(filter.language())))
                        .toList());
        String feedQuery = (filter.district() == null ? "" : "bezirk=" + filter.district())
                + (filter.kind() == null ? "" : (filter.district() == null ? "" : "&") + "art=" + filter.kind());
        model.addAttribute(
                "icsFeed",
                "/" + t.slug() + "/veranstaltungen/kalender.ics" + (feedQuery.isEmpty() ? "" : "?" + feedQuery));
        model.addAttribute("atomFeed", "/" + t.slug() + "/veranstaltungen/feed.atom");
        return "events/calendar";
    }

    private static YearMonth yearMonth(@Nullable String monat, ZoneId zone) {
        try {
            return monat == null ? YearMonth.now(zone) : YearMonth.parse(monat);
        } catch (DateTimeParseException e) {
            return YearMonth.now(zone);
        }
    }

    private Month month(
            YearMonth ym,
            Filter filter,
            TenantInfo t,
            Locale locale,
            Map<Long, String> districtNames,
            HttpServletRequest request) {
        ZoneId zone = t.zone();
        Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, List<Card>> byDay = new java.util.HashMap<>();
        for (Event e : events.window(List.of(Event.Status.PUBLISHED, Event.Status.CANCELLED), from, to)) {
            if (!filter.matches(e)) {
                continue;
            }
            for (Instant start : e.occurrences(from, to, zone)) {
                LocalDate day = start.atZone(zone).toLocalDate();
                LocalDate last = start.plus(java.time.Duration.between(e.startsAt, e.endsAt))
                        .atZone(zone)
                        .toLocalDate();
                for (LocalDate d = day; !d.isAfter(last); d = d.plusDays(1)) {
                    byDay.computeIfAbsent(d, x -> new ArrayList<>()).add(card(e, start, t, locale, districtNames));
                }
            }
        }
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int lead = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        LocalDate today = LocalDate.now(zone);
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate date = ym.atDay(d);
            List<Card> cards = byDay.getOrDefault(date, List.of());
            week.add(new Day(d, date.toString(), date.equals(today), cards));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        query = query.replaceAll("(^|&)(monat|ansicht)=[^&]*", "");
        String base = (query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&") + "ansicht=monat&monat=";
        String label = ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + ym.getYear();
        return new Month(label, "?" + base + ym.minusMonths(1), "?" + base + ym.plusMonths(1), weeks);
    }

    Card card(Event e, Instant start, TenantInfo t, Locale locale, Map<Long, String> districtNames) {
        return new Card(
                Registrations.eventPath(t.slug(), e),
                e.title,
                "events.kind." + e.kind.name(),
                "events.audience." + e.audience.name(),
                EventViews.when(e, start, locale, t.zone()),
                start.toString(),
                EventCalendar.place(e),
                e.organiserName,
                e.districtIds.stream()
                        .map(districtNames::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                e.languageList().stream().map(l -> language(l, locale)).toList(),
                e.status == Event.Status.CANCELLED,
                e.weekly(),
                e.onlineUrl != null);
    }

    Map<Long, String> districtNames() {
        return districts.list().stream()
                .sorted(Comparator.comparing(DistrictSummary::name))
                .collect(Collectors.toMap(
                        DistrictSummary::id, DistrictSummary::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static String language(String code, Locale locale) {
        if (code.equals("dgs")) {
            return "DGS";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    // ---- feeds ----------------------------------------------------------------------------------------------

    @GetMapping(value = "/kalender.ics")
    ResponseEntity<String> ics(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String bezirk,
            @RequestParam(required = false) @Nullable String art) {
        TenantInfo t = TenantContext.require();
        Filter filter = Filter.of(bezirk, art, null, null, null);
        Instant from = Instant.now().minusSeconds(90L * 86400);
        List<Event> list = events
                .window(List.of(Event.Status.PUBLISHED, Event.Status.CANCELLED), from, from.plusSeconds(800L * 86400))
                .stream()
                .filter(filter::matches)
                .toList();
        String base = baseUrl();
        String body =
                EventCalendar.ics(list, e -> base + Registrations.eventPath(t.slug(), e), host(base), t.zone(), false);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"veranstaltungen.ics\"")
                .body(body);
    }

    @GetMapping(value = "/feed.atom")
    ResponseEntity<String> atom(@PathVariable String tenant) {
        TenantInfo t = TenantContext.require();
        Instant now = Instant.now();
        List<Event> list = events.window(List.of(Event.Status.PUBLISHED), now, now.plusSeconds(400L * 86400));
        list = list.stream()
                .sorted(Comparator.comparing((Event e) -> e.updatedAt).reversed())
                .limit(50)
                .toList();
        String base = baseUrl();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml; charset=utf-8"))
                .body(EventCalendar.atom(
                        list,
                        e -> base + Registrations.eventPath(t.slug(), e),
                        base + "/" + t.slug() + "/veranstaltungen/feed.atom",
                        "Veranstaltungen · " + t.name()));
    }

    static String host(String baseUrl) {
        return java.net.URI.create(baseUrl).getHost();
    }

    // ---- event page and registration -------------------------------------------------------------------------

    /** A public event, or 404 (drafts are visible to their organisers only). */
    Event visible(UUID id) {
        Event e = events.findByPublicId(id).orElseThrow(() -> new NotFoundException("event"));
        if (e.status == Event.Status.DRAFT && !(access.isStaff() && organising.canEdit(organising.scope(), e))) {
            throw new NotFoundException("event");
        }
        return e;
    }

    @GetMapping("/{id:" + UUID_RE + "}")
    String event(@PathVariable String tenant, @PathVariable UUID id, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("event", organising.read(() -> page(visible(id), locale)));
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "events/event";
    }

    @GetMapping("/{id:" + UUID_RE + "}/kalender.ics")
    ResponseEntity<byte[]> eventIcs(@PathVariable String tenant, @PathVariable UUID id) {
        TenantInfo t = TenantContext.require();
        String base = baseUrl();
        byte[] body = organising.read(() -> {
            Event e = visible(id);
            return EventCalendar.icsBytes(e, base + Registrations.eventPath(t.slug(), e), host(base), t.zone());
        });
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("veranstaltung.ics")
                                .build()
                                .toString())
                .body(body);
    }

    EventViews.Page page(Event e, Locale locale) {
        TenantInfo t = TenantContext.require();
        ZoneId zone = t.zone();
        String base = baseUrl();
        Instant now = Instant.now();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEE dd.MM.", locale);
        DateTimeFormatter timeFormat = DateTimeFormatter.ofPattern("HH:mm");
        List<ProgrammeRow> programme = e.programme.stream()
                .map(p -> new ProgrammeRow(
                        dayFormat.format(p.startsAt.atZone(zone)),
                        timeFormat.format(p.startsAt.atZone(zone)),
                        p.title,
                        p.speakers,
                        p.room))
                .toList();
        boolean open = e.registrationOpenAt(now);
        String note = null;
        Long left = null;
        if (e.registration) {
            if (e.status == Event.Status.CANCELLED) {
                note = msg("events.public.error.cancelled", locale);
            } else if (e.registrationOpens != null && now.isBefore(e.registrationOpens)) {
                note = messages.getMessage(
                        "events.public.opensOn",
                        new Object[] {DateTimeFormatter.ofPattern("dd.MM.yyyy").format(e.registrationOpens.atZone(zone))
                        },
                        locale);
            } else if (!open) {
                note = msg("events.public.error.closed", locale);
            }
            if (e.capacity != null) {
                left = Math.max(
                        0, e.capacity - registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED));
            }
        }
        String url = base + Registrations.eventPath(t.slug(), e);
        EventImage image = em.find(EventImage.class, e.id);
        String imagePath = image == null ? null : Registrations.eventPath(t.slug(), e) + "/bild";
        return new EventViews.Page(
                card(e, e.startsAt, t, locale, districtNames()),
                e.publicId.toString(),
                e.description,
                e.accessibility,
                e.costCents == 0 ? msg("events.public.free", locale) : EventViews.money(e.costCents, locale),
                e.onlineUrl,
                Registrations.eventPath(t.slug(), e) + "/kalender.ics",
                programme,
                e.registration,
                open,
                note,
                left,
                e.askOrganisation,
                e.askNeeds,
                e.workshopList(),
                e.consentText,
                documentRows(e, false, null),
                e.reviewPublished && !e.review.isBlank() ? e.review : null,
                imagePath,
                image == null ? "" : image.altText,
                EventViews.jsonLd(e, url, zone, imagePath == null ? null : base + imagePath));
    }

    List<DocumentRow> documentRows(Event e, boolean attendee, @Nullable String token) {
        String slug = TenantContext.require().slug();
        return documents.listed(e.id).stream()
                .filter(d -> attendee || d.access() == EventDocument.Access.PUBLIC)
                .map(d -> new DocumentRow(
                        "/" + slug + "/veranstaltungen/dokumente/" + d.storedName()
                                + (token != null && d.access() == EventDocument.Access.ATTENDEES ? "?t=" + token : ""),
                        d.filename(),
                        EventViews.size(d.sizeBytes()),
                        d.access() == EventDocument.Access.ATTENDEES))
                .toList();
    }

    @PostMapping("/{id:" + UUID_RE + "}/anmelden")
    String register(
            @PathVariable String tenant,
            @PathVariable UUID id,
            @Valid @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        Event e = organising.read(() -> visible(id));
        if (!e.consentText.isBlank() && !Boolean.TRUE.equals(form.consent())) {
            result.rejectValue("consent", "public.error.consent");
        }
        if (!result.hasErrors()) {
            Registrations.Result r = registering.register(e.id, form, locale.getLanguage(), baseUrl());
            if (r.registration() != null) {
                return "redirect:" + Registrations.personalPath(tenant, r.registration()) + "?neu";
            }
            if (r.field() != null) {
                result.rejectValue(r.field(), Objects.requireNonNull(r.error()).substring("events.".length()));
            } else {
                result.reject(Objects.requireNonNull(r.error()).substring("events.".length()));
            }
        }
        model.addAttribute("event", organising.read(() -> page(visible(id), locale)));
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(result, messages, locale));
        return "events/event";
    }

    /** The event's picture. */
    @GetMapping("/{id:" + UUID_RE + "}/bild")
    ResponseEntity<byte[]> image(@PathVariable String tenant, @PathVariable UUID id) {
        EventImage image =
                organising.read(() -> java.util.Optional.ofNullable(em.find(EventImage.class, visible(id).id))
                        .orElseThrow(() -> new NotFoundException("image")));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .body(image.data);
    }

    // ---- personal link ---------------------------------------------------------------------------------------

    @GetMapping("/anmeldung/{token}")
    String personal(
            @PathVariable String tenant,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String neu,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("registration", organising.read(() -> personalView(token, locale)));
        model.addAttribute("fresh", neu != null);
        model.addAttribute("notice", "");
        model.addAttribute("errors", FormErrors.none());
        return "events/personal";
    }

    EventViews.Personal personalView(String token, Locale locale) {
        Registration r = registering.byToken(token).orElseThrow(() -> new NotFoundException("registration"));
        Event e = events.findById(r.eventId).orElseThrow();
        TenantInfo t = TenantContext.require();
        return new EventViews.Personal(
                r.token,
                card(e, e.startsAt, t, locale, districtNames()),
                r.name,
                r.email,
                r.organisation,
                r.needs,
                r.workshop,
                "events.public.status." + r.status.name(),
                r.code,
                Registrations.changeable(r, e),
                e.askOrganisation,
                e.askNeeds,
                e.workshopList(),
                r.status == Registration.Status.CONFIRMED
                        ? documentRows(e, true, r.token)
                        : documentRows(e, false, null));
    }

    @PostMapping("/anmeldung/{token}")
    String change(
            @PathVariable String tenant,
            @PathVariable String token,
            @Valid @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        String notice = "";
        if (!result.hasErrors()) {
            Registrations.Result r = registering.change(token, form);
            if (r.registration() != null) {
                notice = msg("events.public.changed", locale);
            } else if (r.field() != null) {
                result.rejectValue(r.field(), Objects.requireNonNull(r.error()).substring("events.".length()));
            } else {
                result.reject(Objects.requireNonNull(r.error()).substring("events.".length()));
            }
        }
        model.addAttribute("registration", organising.read(() -> personalView(token, locale)));
        model.addAttribute("fresh", false);
        model.addAttribute("notice", notice);
        model.addAttribute("errors", FormErrors.of(result, messages, locale));
        return "events/personal";
    }

    @PostMapping("/anmeldung/{token}/stornieren")
    String cancel(@PathVariable String tenant, @PathVariable String token, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        boolean done = registering.cancel(token, baseUrl());
        model.addAttribute("registration", organising.read(() -> personalView(token, locale)));
        model.addAttribute("fresh", false);
        model.addAttribute(
                "notice", msg(done ? "events.public.cancelledOwn" : "events.public.error.notChangeable", locale));
        model.addAttribute("errors", FormErrors.none());
        return "events/personal";
    }

    // ---- documents -------------------------------------------------------------------------------------------

    /**
     * A documentation file. Public files for everyone; attendee files for the event's organisers and for people
     * with a confirmed registration's personal link ({@code t}). Sent as an attachment under a safe name.
     */
    @GetMapping("/dokumente/{name:" + UUID_RE + "}")
    ResponseEntity<byte[]> document(
            @PathVariable String tenant, @PathVariable UUID name, @RequestParam(required = false) @Nullable String t) {
        EventDocument d = organising.read(() -> {
            EventDocument doc = documents.findByStoredName(name).orElseThrow(() -> new NotFoundException("document"));
            Event e = events.findById(doc.eventId).orElseThrow();
            boolean organiser = access.isStaff() && organising.canEdit(organising.scope(), e);
            if (!organiser && e.status == Event.Status.DRAFT) {
                throw new NotFoundException("document");
            }
            if (doc.access == EventDocument.Access.ATTENDEES && !organiser) {
                boolean attendee = t != null
                        && registering
                                .byToken(t)
                                .filter(r -> r.eventId.equals(e.id) && r.status == Registration.Status.CONFIRMED)
                                .isPresent();
                if (!attendee) {
                    throw new NotFoundException("document");
                }
            }
            return doc;
        });
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.data);
    }

    static Function<Event, String> urls(String base, String slug) {
        return e -> base + Registrations.eventPath(slug, e);
    }
}
