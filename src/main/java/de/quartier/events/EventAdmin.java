package de.quartier.events;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.quartier.events.EventForms.EventForm;
import de.quartier.events.EventForms.ReviewForm;
import de.quartier.events.EventViews.AdminRow;
import de.quartier.events.EventViews.Attendee;
import de.quartier.events.EventViews.Counts;
import de.quartier.events.EventViews.Option;
import de.quartier.shared.CsvLines;
import de.quartier.shared.FileType;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The organisers' pages: their events, the event form, publishing and cancelling, the attendee list with CSV and
 * name badges, check-in, documentation and review. Every handler checks the event is in the person's scope (403).
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/veranstaltungen")
class EventAdmin {

    private final Organising organising;
    private final Registrations registering;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventDocumentRepository documents;
    private final EventPages pages;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final jakarta.persistence.EntityManager em;

    EventAdmin(
            Organising organising,
            Registrations registering,
            EventRepository events,
            RegistrationRepository registrations,
            EventDocumentRepository documents,
            EventPages pages,
            TemplateEngine templates,
            MessageSource messages,
            jakarta.persistence.EntityManager em) {
        this.em = em;
        this.organising = organising;
        this.registering = registering;
        this.events = events;
        this.registrations = registrations;
        this.documents = documents;
        this.pages = pages;
        this.templates = templates;
        this.messages = messages;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("events.");
        binder.setMessageCodesResolver(codes);
    }

    private static String base(String tenant) {
        return "/" + tenant + "/verwaltung/veranstaltungen";
    }

    @GetMapping
    String list(@PathVariable String tenant, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        ZoneId zone = TenantContext.require().zone();
        List<AdminRow> rows = organising.read(() -> {
            Organising.Scope s = organising.requireOrganiser();
            List<AdminRow> list = new ArrayList<>();
            for (Event e : events.allNewestFirst()) {
                if (organising.canEdit(s, e)) {
                    list.add(new AdminRow(
                            e.id,
                            e.title,
                            EventViews.when(e, locale, zone),
                            "events.status." + e.status.name(),
                            "events.kind." + e.kind.name(),
                            registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED),
                            registrations.countByEventIdAndStatus(e.id, Registration.Status.WAITING)));
                }
            }
            return list;
        });
        model.addAttribute("rows", rows);
        return "events/admin-list";
    }

    // ---- the event form ----------------------------------------------------------------------------------

    @GetMapping("/neu")
    String newForm(@PathVariable String tenant, Model model, HttpServletRequest request) {
        List<Organising.Organiser> organisers =
                organising.read(() -> organising.organisers(organising.requireOrganiser()));
        if (organisers.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no organiser in scope");
        }
        return form(model, null, EventForm.empty(organisers.get(0).key()), FormErrors.none(), organisers, "");
    }

    @PostMapping("/neu")
    String create(
            @PathVariable String tenant,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        ZoneId zone = TenantContext.require().zone();
        Organising.Scope s = organising.requireOrganiser();
        List<Organising.Organiser> organisers = organising.read(() -> organising.organisers(s));
        Organising.Organiser organiser = organisers.stream()
                .filter(o -> o.key().equals(form.organiser()))
                .findFirst()
                .orElse(null);
        if (organiser == null) {
            throw new org.springframework.security.access.AccessDeniedException("organiser not in scope");
        }
        EventForms.Parsed p = result.hasErrors() ? null : form.parse(zone, result);
        if (p != null) {
            checkDistricts(s, organiser, p, result);
        }
        if (p == null || result.hasErrors()) {
            return form(model, null, form, FormErrors.of(result, messages, locale), organisers, "");
        }
        long id = Objects.requireNonNull(organising.read(() -> {
            Event e = new Event(p.title(), p.kind(), organiser.type(), organiser.id(), organiser.name());
            Organising.apply(e, p, organiser);
            events.save(e);
            return e.id;
        }));
        organising.audit("created", events.findById(id).orElseThrow());
        return "redirect:" + base(tenant) + "/" + id;
    }

    /** A district manager's event must stay in one of their districts, or they could not reach it again. */
    private static void checkDistricts(
            Organising.Scope s, Organising.Organiser organiser, EventForms.Parsed p, BindingResult result) {
        if (s.admin() || !s.organisations().isEmpty() && organiser.type() == Event.OrganiserType.ORGANISATION) {
            return;
        }
        boolean reachable = organiser.type() == Event.OrganiserType.DISTRICT
                        && s.districts().contains(organiser.id())
                || s.managesAny(p.districtIds());
        if (!reachable) {
            result.rejectValue("districtIds", "edit.error.districtScope");
        }
    }

    @GetMapping("/{id:\\d+}/bearbeiten")
    String editForm(@PathVariable String tenant, @PathVariable long id, Model model) {
        record Loaded(EventForm form, List<Organising.Organiser> organisers, String title) {}
        Loaded l = organising.read(() -> {
            Event e = organising.editable(id);
            List<Organising.Organiser> organisers = new ArrayList<>(organising.organisers(organising.scope()));
            String key = new Organising.Organiser(e.organiserType, e.organiserId, e.organiserName).key();
            if (organisers.stream().noneMatch(o -> o.key().equals(key))) {
                organisers.add(0, new Organising.Organiser(e.organiserType, e.organiserId, e.organiserName));
            }
            return new Loaded(toForm(e, TenantContext.require().zone()), organisers, e.title);
        });
        return form(model, id, l.form(), FormErrors.none(), l.organisers(), l.title());
    }

    @PostMapping("/{id:\\d+}/bearbeiten")
    String update(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        ZoneId zone = TenantContext.require().zone();
        Organising.Scope s = organising.requireOrganiser();
        record Check(List<Organising.Organiser> organisers, String currentKey) {}
        Check c = organising.read(() -> {
            Event e = organising.editable(id);
            List<Organising.Organiser> organisers = new ArrayList<>(organising.organisers(s));
            String key = new Organising.Organiser(e.organiserType, e.organiserId, e.organiserName).key();
            if (organisers.stream().noneMatch(o -> o.key().equals(key))) {
                organisers.add(0, new Organising.Organiser(e.organiserType, e.organiserId, e.organiserName));
            }
            return new Check(organisers, key);
        });
        Organising.Organiser organiser = c.organisers().stream()
                .filter(o -> o.key().equals(form.organiser()))
                .findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("organiser"));
        EventForms.Parsed p = result.hasErrors() ? null : form.parse(zone, result);
        if (p != null && !organiser.key().equals(c.currentKey())) {
            checkDistricts(s, organiser, p, result);
        }
        if (p == null || result.hasErrors()) {
            return form(model, id, form, FormErrors.of(result, messages, locale), c.organisers(), form.title());
        }
        String base = EventPages.baseUrl();
        String problem;
        try {
            problem = organising.read(() -> {
                Event e = events.lock(id).orElseThrow(() -> new NotFoundException("event"));
                if (!organising.canEdit(s, e)) {
                    throw new org.springframework.security.access.AccessDeniedException("event");
                }
                if (form.version() == null || form.version() != e.version) {
                    return "conflict";
                }
                long confirmed = registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED);
                if (p.capacity() != null && p.capacity() < confirmed) {
                    return "capacity:" + confirmed;
                }
                Organising.apply(e, p, organiser);
                registering.fill(e, base);
                return "";
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            problem = "conflict";
        }
        if (problem.equals("conflict")) {
            result.reject("edit.error.conflict");
        } else if (problem.startsWith("capacity:")) {
            result.rejectValue("capacity", "edit.error.capacityBelow", new Object[] {problem.substring(9)}, "capacity");
        }
        if (result.hasErrors()) {
            return form(model, id, form, FormErrors.of(result, messages, locale), c.organisers(), form.title());
        }
        organising.audit("updated", events.findById(id).orElseThrow());
        return "redirect:" + base(tenant) + "/" + id + "?gespeichert";
    }

    static EventForm toForm(Event e, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        DateTimeFormatter programmeTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        StringBuilder programme = new StringBuilder();
        for (Event.ProgrammeItem p : e.programme) {
            programme
                    .append(programmeTime.format(p.startsAt.atZone(zone)))
                    .append(" | ")
                    .append(p.title)
                    .append(" | ")
                    .append(Objects.requireNonNullElse(p.speakers, ""))
                    .append(" | ")
                    .append(Objects.requireNonNullElse(p.room, ""))
                    .append('\n');
        }
        return new EventForm(
                e.version,
                e.title,
                e.description,
                e.kind.name(),
                new Organising.Organiser(e.organiserType, e.organiserId, e.organiserName).key(),
                List.copyOf(e.districtIds),
                e.placeName,
                e.street,
                e.postalCode,
                e.city,
                e.onlineUrl,
                e.startsAt.atZone(zone).toLocalDate().toString(),
                time.format(e.startsAt.atZone(zone)),
                e.endsAt.atZone(zone).toLocalDate().toString(),
                time.format(e.endsAt.atZone(zone)),
                e.weeklyUntil == null ? "" : e.weeklyUntil.toString(),
                e.audience.name(),
                e.languageList(),
                e.accessibility,
                e.costCents == 0 ? "" : String.format(Locale.GERMANY, "%.2f", e.costCents / 100.0),
                e.registration,
                e.registrationOpens == null
                        ? ""
                        : e.registrationOpens.atZone(zone).toLocalDate().toString(),
                e.registrationCloses == null
                        ? ""
                        : e.registrationCloses
                                .atZone(zone)
                                .toLocalDate()
                                .minusDays(1)
                                .toString(),
                e.capacity,
                e.askOrganisation,
                e.askNeeds,
                e.workshops,
                e.consentText,
                programme.toString());
    }

    private String form(
            Model model,
            @Nullable Long id,
            EventForm form,
            FormErrors errors,
            List<Organising.Organiser> organisers,
            String title) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("title", title);
        model.addAttribute(
                "organisers",
                organisers.stream()
                        .map(o -> new Option(o.key(), o.name(), o.key().equals(form.organiser())))
                        .toList());
        model.addAttribute(
                "districts",
                pages.districtNames().entrySet().stream()
                        .map(d -> new Option(d.getKey().toString(), d.getValue(), form.hasDistrict(d.getKey())))
                        .toList());
        model.addAttribute(
                "kinds", Arrays.stream(Event.Kind.values()).map(Enum::name).toList());
        model.addAttribute(
                "audiences",
                Arrays.stream(Event.Audience.values()).map(Enum::name).toList());
        model.addAttribute("languages", EventForms.LANGUAGES);
        return "events/admin-edit";
    }

    // ---- one event ---------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}")
    String event(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String gespeichert,
            HttpServletRequest request,
            Model model) {
        return adminPage(model, id, request, status, q, gespeichert != null, FormErrors.none(), "");
    }

    private String adminPage(
            Model model,
            long id,
            HttpServletRequest request,
            @Nullable String status,
            @Nullable String q,
            boolean saved,
            FormErrors errors,
            String uploadError) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("event", organising.read(() -> adminView(organising.editable(id), status, q, locale)));
        model.addAttribute("statusFilter", Objects.requireNonNullElse(status, ""));
        model.addAttribute("q", Objects.requireNonNullElse(q, ""));
        model.addAttribute("saved", saved);
        model.addAttribute("errors", errors);
        model.addAttribute("uploadError", uploadError);
        return "events/admin-event";
    }

    EventViews.Admin adminView(Event e, @Nullable String status, @Nullable String q, Locale locale) {
        TenantInfo t = TenantContext.require();
        List<Registration> all = registrations.findByEventIdOrderByCreatedAtAscIdAsc(e.id);
        Counts counts = counts(e, all);
        EventImage image = em.find(EventImage.class, e.id);
        String needle = EventForms.blankToNull(q) == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<Attendee> attendees = all.stream()
                .filter(r -> status == null
                        || status.isBlank()
                        || r.status.name().equals(status)
                        || (status.equals("ATTENDED") && r.checkedInAt != null))
                .filter(r -> needle == null
                        || (r.name + " " + r.email + " " + Objects.requireNonNullElse(r.organisation, ""))
                                .toLowerCase(Locale.ROOT)
                                .contains(needle))
                .map(EventAdmin::attendee)
                .toList();
        return new EventViews.Admin(
                e.id,
                e.version,
                pages.card(e, e.startsAt, t, locale, pages.districtNames()),
                e.status.name(),
                e.registration,
                counts,
                attendees,
                pages.documentRows(e, true, null),
                e.review,
                e.reviewPublished,
                e.endsAt.isBefore(Instant.now()),
                image == null ? null : Registrations.eventPath(t.slug(), e) + "/bild",
                image == null ? "" : image.altText);
    }

    static Counts counts(Event e, List<Registration> all) {
        return new Counts(
                all.stream()
                        .filter(r -> r.status == Registration.Status.CONFIRMED)
                        .count(),
                all.stream()
                        .filter(r -> r.status == Registration.Status.WAITING)
                        .count(),
                all.stream().filter(r -> r.checkedInAt != null).count(),
                e.capacity);
    }

    static Attendee attendee(Registration r) {
        return new Attendee(
                r.id,
                r.name,
                r.email,
                r.organisation,
                r.needs,
                r.workshop,
                "events.public.status." + r.status.name(),
                r.status.name(),
                r.code,
                r.checkedInAt != null);
    }

    @PostMapping("/{id:\\d+}/veroeffentlichen")
    String publish(@PathVariable String tenant, @PathVariable long id) {
        organising.write(() -> {
            Event e = organising.editable(id);
            if (e.status == Event.Status.DRAFT) {
                e.status = Event.Status.PUBLISHED;
                e.touch();
            }
        });
        organising.audit("published", events.findById(id).orElseThrow());
        return "redirect:" + base(tenant) + "/" + id;
    }

    @PostMapping("/{id:\\d+}/absagen")
    String cancel(@PathVariable String tenant, @PathVariable long id) {
        organising.read(() -> organising.editable(id));
        registering.cancelEvent(id, EventPages.baseUrl());
        organising.audit("cancelled", events.findById(id).orElseThrow());
        return "redirect:" + base(tenant) + "/" + id;
    }

    @PostMapping("/{id:\\d+}/rueckblick")
    String review(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (result.hasErrors()) {
            return adminPage(
                    model,
                    id,
                    request,
                    null,
                    null,
                    false,
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)),
                    "");
        }
        organising.write(() -> {
            Event e = organising.editable(id);
            e.review = Objects.requireNonNullElse(form.review(), "").strip();
            e.reviewPublished = Boolean.TRUE.equals(form.publish());
            e.touch();
        });
        return "redirect:" + base(tenant) + "/" + id + "?gespeichert";
    }

    // ---- attendees: CSV, badges, check-in -------------------------------------------------------------------

    @GetMapping("/{id:\\d+}/teilnehmende.csv")
    ResponseEntity<byte[]> csv(@PathVariable String tenant, @PathVariable long id) {
        ZoneId zone = TenantContext.require().zone();
        String csv = organising.read(() -> {
            Event e = organising.editable(id);
            StringBuilder out = new StringBuilder("\uFEFF");
            out.append("Name;E-Mail;Organisation;Bedarfe;Workshop;Status;Code;Angemeldet;Eingecheckt\r\n");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (Registration r : registrations.findByEventIdOrderByCreatedAtAscIdAsc(e.id)) {
                out.append(String.join(
                                ";",
                                CsvLines.cell(r.name),
                                CsvLines.cell(r.email),
                                CsvLines.cell(r.organisation),
                                CsvLines.cell(r.needs),
                                CsvLines.cell(r.workshop),
                                r.status.name(),
                                r.code,
                                f.format(r.createdAt.atZone(zone)),
                                r.checkedInAt == null ? "" : f.format(r.checkedInAt.atZone(zone))))
                        .append("\r\n");
            }
            return out.toString();
        });
        organising.audit("exported", events.findById(id).orElseThrow());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("teilnehmende-" + id + ".csv")
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id:\\d+}/namensschilder.pdf")
    ResponseEntity<byte[]> badges(@PathVariable String tenant, @PathVariable long id, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        ZoneId zone = TenantContext.require().zone();
        EventViews.Badges b = organising.read(() -> {
            Event e = organising.editable(id);
            return new EventViews.Badges(
                    e.title,
                    EventViews.when(e, locale, zone),
                    registrations
                            .findByEventIdAndStatusOrderByCreatedAtAscIdAsc(e.id, Registration.Status.CONFIRMED)
                            .stream()
                            .sorted((x, y) -> x.name.compareToIgnoreCase(y.name))
                            .map(r -> new EventViews.Badge(r.name, r.organisation, r.code))
                            .toList());
        });
        StringOutput xhtml = new StringOutput();
        templates.render("events/badges.jte", Map.of("badges", b), xhtml);
        byte[] pdf;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(EventAdmin::font, "Liberation Sans");
            builder.withHtmlContent(xhtml.toString(), EventPages.baseUrl() + "/");
            builder.withProducer("Quartier");
            builder.toStream(out);
            builder.run();
            pdf = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("namensschilder-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private static InputStream font() {
        InputStream in =
                EventAdmin.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
        if (in == null) {
            throw new IllegalStateException("font missing on the class path");
        }
        return in;
    }

    @GetMapping("/{id:\\d+}/einlass")
    String checkIn(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String notice,
            Model model) {
        record Loaded(String title, Counts counts, List<Attendee> matches) {}
        String needle = EventForms.blankToNull(q);
        Loaded l = organising.read(() -> {
            Event e = organising.editable(id);
            List<Registration> all = registrations.findByEventIdOrderByCreatedAtAscIdAsc(e.id);
            List<Attendee> matches = needle == null
                    ? List.of()
                    : all.stream()
                            .filter(r -> r.status == Registration.Status.CONFIRMED)
                            .filter(r -> r.code.equalsIgnoreCase(needle.replace(" ", ""))
                                    || r.name.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)))
                            .limit(30)
                            .map(EventAdmin::attendee)
                            .toList();
            return new Loaded(e.title, counts(e, all), matches);
        });
        model.addAttribute("id", id);
        model.addAttribute("title", l.title());
        model.addAttribute("counts", l.counts());
        model.addAttribute("matches", l.matches());
        model.addAttribute("q", Objects.requireNonNullElse(needle, ""));
        model.addAttribute("searched", needle != null);
        model.addAttribute("notice", Objects.requireNonNullElse(notice, ""));
        return "events/checkin";
    }

    @PostMapping("/{id:\\d+}/einlass/{registration:\\d+}")
    String checkInOne(
            @PathVariable String tenant,
            @PathVariable long id,
            @PathVariable long registration,
            @RequestParam(defaultValue = "true") boolean in,
            @RequestParam(required = false) @Nullable String q) {
        String name = organising.read(() -> {
            Event e = organising.editable(id);
            registering.checkIn(e, registration, in);
            return registrations.findById(registration).map(r -> r.name).orElse("");
        });
        return "redirect:" + base(tenant) + "/" + id + "/einlass?notice="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    // ---- documentation -----------------------------------------------------------------------------------

    @PostMapping("/{id:\\d+}/dokumente")
    String upload(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "PUBLIC") String access,
            HttpServletRequest request,
            Model model)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        organising.read(() -> organising.editable(id));
        byte[] content = file.getBytes();
        FileType type = FileType.of(content).orElse(null);
        String error = null;
        if (content.length == 0) {
            error = "events.doc.error.empty";
        } else if (content.length > EventDocument.MAX_BYTES) {
            error = "events.doc.error.size";
        } else if (type == null) {
            error = "events.doc.error.type";
        }
        if (error != null) {
            return adminPage(
                    model, id, request, null, null, false, FormErrors.none(), messages.getMessage(error, null, locale));
        }
        String filename = safeName(file.getOriginalFilename(), type);
        EventDocument.Access level =
                "ATTENDEES".equals(access) ? EventDocument.Access.ATTENDEES : EventDocument.Access.PUBLIC;
        organising.write(() -> {
            Event e = organising.editable(id);
            documents.save(new EventDocument(e.id, filename, type.contentType(), content, level));
        });
        return "redirect:" + base(tenant) + "/" + id + "?gespeichert#dokumente";
    }

    /** Sets or replaces the event's picture: PNG or JPEG by content, at most 2 MB, with a text alternative. */
    @PostMapping("/{id:\\d+}/bild")
    String image(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam("image") MultipartFile file,
            @RequestParam(defaultValue = "") String alt,
            HttpServletRequest request,
            Model model)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        organising.read(() -> organising.editable(id));
        byte[] content = file.getBytes();
        FileType type = FileType.of(content).orElse(null);
        String error = null;
        if (content.length > EventImage.MAX_BYTES) {
            error = "events.image.error.size";
        } else if (type == null || !type.isImage()) {
            error = "events.image.error.type";
        } else if (alt.isBlank() || alt.length() > 300) {
            error = "events.image.error.alt";
        }
        if (error != null) {
            return adminPage(
                    model, id, request, null, null, false, FormErrors.none(), messages.getMessage(error, null, locale));
        }
        String text = alt.strip();
        organising.write(() -> {
            Event e = organising.editable(id);
            EventImage existing = em.find(EventImage.class, e.id);
            if (existing != null) {
                existing.contentType = type.contentType();
                existing.altText = text;
                existing.data = content;
            } else {
                em.persist(new EventImage(e.id, type.contentType(), text, content));
            }
            e.touch();
        });
        return "redirect:" + base(tenant) + "/" + id + "?gespeichert";
    }

    /** The uploader's file name, reduced to harmless characters, with the extension of the detected type. */
    static String safeName(@Nullable String original, FileType type) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name)
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .strip();
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (stem.isEmpty()) {
            stem = "dokument";
        }
        if (stem.length() > 150) {
            stem = stem.substring(0, 150);
        }
        boolean officeExt = type == FileType.ZIP_OFFICE
                && List.of("docx", "pptx", "xlsx", "odt", "odp", "ods", "zip").contains(ext);
        boolean jpegExt = type == FileType.JPEG && ext.equals("jpeg");
        return stem + "." + (officeExt || jpegExt ? ext : type.extension());
    }

    @PostMapping("/{id:\\d+}/dokumente/{name:" + EventPages.UUID_RE + "}/loeschen")
    String deleteDocument(@PathVariable String tenant, @PathVariable long id, @PathVariable UUID name) {
        organising.write(() -> {
            Event e = organising.editable(id);
            documents.findByStoredName(name).filter(d -> d.eventId.equals(e.id)).ifPresent(documents::delete);
        });
        return "redirect:" + base(tenant) + "/" + id + "#dokumente";
    }
}
