package de.quartier.events;

import de.quartier.accounts.MailService;
import de.quartier.accounts.MailService.Attachment;
import de.quartier.events.EventForms.RegistrationForm;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations, the waiting list and the mails they cause. Everything that changes who holds a seat takes the
 * event's row lock first ({@code select … for update}), so two people can never get the last seat: counting the
 * confirmed registrations and adding one happen while nobody else can do the same for that event.
 */
@Service
class Registrations {

    /** How long a personal link still shows the registration and the attendees' documentation after the event. */
    static final Duration LINK_AFTER_EVENT = Duration.ofDays(30);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** The outcome of a registration attempt: the registration, or the message key (and field) of the refusal. */
    record Result(
            @Nullable Registration registration,
            @Nullable String error,
            @Nullable String field) {
        static Result refused(String error) {
            return new Result(null, error, null);
        }

        static Result refused(String error, String field) {
            return new Result(null, error, field);
        }
    }

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MailService mail;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    Registrations(
            EventRepository events,
            RegistrationRepository registrations,
            MailService mail,
            MessageSource messages,
            TransactionTemplate tx) {
        this.events = events;
        this.registrations = registrations;
        this.mail = mail;
        this.messages = messages;
        this.tx = tx;
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String code(long eventId) {
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                s.append(CODE[RANDOM.nextInt(CODE.length)]);
            }
            if (!registrations.existsByEventIdAndCode(eventId, s.toString())) {
                return s.toString();
            }
        }
    }

    /** Registers someone: a seat if one is free, else a place on the waiting list; mails them either way. */
    Result register(long eventId, RegistrationForm f, String lang, String baseUrl) {
        List<Notice> notices = new ArrayList<>();
        Result result = Objects.requireNonNull(tx.execute(status -> {
            Event e = events.lock(eventId).orElseThrow(() -> new NotFoundException("event"));
            Instant now = Instant.now();
            if (e.status == Event.Status.CANCELLED) {
                return Result.refused("events.public.error.cancelled");
            }
            if (e.status != Event.Status.PUBLISHED || !e.registration) {
                return Result.refused("events.public.error.noRegistration");
            }
            if (e.registrationOpens != null && now.isBefore(e.registrationOpens)) {
                return Result.refused("events.public.error.notYetOpen");
            }
            if (!e.registrationOpenAt(now)) {
                return Result.refused("events.public.error.closed");
            }
            String workshop = EventForms.blankToNull(f.workshop());
            if (workshop != null && !e.workshopList().contains(workshop)) {
                return Result.refused("events.public.error.workshop", "workshop");
            }
            String email = f.email().strip();
            if (registrations.liveWithEmail(e.id, email)) {
                return Result.refused("events.public.error.duplicate", "email");
            }
            long confirmed = registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED);
            Registration.Status seat = e.capacity == null || confirmed < e.capacity
                    ? Registration.Status.CONFIRMED
                    : Registration.Status.WAITING;
            Registration r = new Registration(e.id, f.name().strip(), email, seat, token(), code(e.id), lang);
            details(r, e, f);
            registrations.save(r);
            notices.add(new Notice(r, e, seat == Registration.Status.CONFIRMED ? "confirmed" : "waiting"));
            return new Result(r, null, null);
        }));
        send(notices, baseUrl);
        return result;
    }

    /** A mail to send once the transaction is committed and the event's lock released. */
    private record Notice(Registration registration, Event event, String kind) {}

    private void send(List<Notice> notices, String baseUrl) {
        for (Notice n : notices) {
            mailStatus(n.registration(), n.event(), baseUrl, n.kind());
        }
    }

    private static void details(Registration r, Event e, RegistrationForm f) {
        r.name = f.name().strip();
        r.organisation = e.askOrganisation ? EventForms.blankToNull(f.organisation()) : null;
        r.needs = e.askNeeds ? EventForms.blankToNull(f.needs()) : null;
        r.workshop = e.workshopList().isEmpty() ? null : EventForms.blankToNull(f.workshop());
    }

    /** A registration by its personal link, while the link is valid. */
    Optional<Registration> byToken(String token) {
        if (token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return registrations.findByToken(token).filter(r -> {
            Event e = events.findById(r.eventId).orElseThrow();
            return Instant.now()
                    .isBefore(e.lastEnd(TenantContext.require().zone()).plus(LINK_AFTER_EVENT));
        });
    }

    /** Whether the registration may still be changed or cancelled: until the event starts. */
    static boolean changeable(Registration r, Event e) {
        return r.status != Registration.Status.CANCELLED
                && e.status == Event.Status.PUBLISHED
                && Instant.now().isBefore(e.startsAt);
    }

    /** Changes a registration through its personal link. */
    Result change(String token, RegistrationForm f) {
        return Objects.requireNonNull(tx.execute(status -> {
            Registration found = byToken(token).orElseThrow(() -> new NotFoundException("registration"));
            Event e = events.lock(found.eventId).orElseThrow();
            Registration r = registrations.findById(found.id).orElseThrow();
            if (!changeable(r, e)) {
                return Result.refused("events.public.error.notChangeable");
            }
            String workshop = EventForms.blankToNull(f.workshop());
            if (workshop != null && !e.workshopList().contains(workshop)) {
                return Result.refused("events.public.error.workshop", "workshop");
            }
            String email = f.email().strip();
            if (!email.equalsIgnoreCase(r.email) && registrations.liveWithEmail(e.id, email)) {
                return Result.refused("events.public.error.duplicate", "email");
            }
            r.email = email;
            details(r, e, f);
            return new Result(r, null, null);
        }));
    }

    /** Cancels a registration through its personal link; a freed seat goes to the first on the waiting list. */
    boolean cancel(String token, String baseUrl) {
        List<Notice> notices = new ArrayList<>();
        boolean done = Boolean.TRUE.equals(tx.execute(status -> {
            Registration found = byToken(token).orElseThrow(() -> new NotFoundException("registration"));
            Event e = events.lock(found.eventId).orElseThrow();
            Registration r = registrations.findById(found.id).orElseThrow();
            if (!changeable(r, e)) {
                return false;
            }
            boolean hadSeat = r.status == Registration.Status.CONFIRMED;
            r.status = Registration.Status.CANCELLED;
            r.cancelledAt = Instant.now();
            notices.add(new Notice(r, e, "cancelled"));
            if (hadSeat) {
                notices.addAll(fill(e));
            }
            return true;
        }));
        send(notices, baseUrl);
        return done;
    }

    /** Gives free seats to the waiting list in order and mails those who move up. Needs the event's lock. */
    void fill(Event e, String baseUrl) {
        send(fill(e), baseUrl);
    }

    private List<Notice> fill(Event e) {
        List<Notice> notices = new ArrayList<>();
        if (e.status != Event.Status.PUBLISHED || !Instant.now().isBefore(e.endsAt)) {
            return notices;
        }
        long confirmed = registrations.countByEventIdAndStatus(e.id, Registration.Status.CONFIRMED);
        List<Registration> waiting =
                registrations.findByEventIdAndStatusOrderByCreatedAtAscIdAsc(e.id, Registration.Status.WAITING);
        for (Registration w : waiting) {
            if (e.capacity != null && confirmed >= e.capacity) {
                break;
            }
            w.status = Registration.Status.CONFIRMED;
            w.confirmedAt = Instant.now();
            confirmed++;
            notices.add(new Notice(w, e, "promoted"));
        }
        return notices;
    }

    /** Cancels the event and tells everyone registered or waiting. */
    void cancelEvent(long eventId, String baseUrl) {
        List<Notice> notices = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            Event e = events.lock(eventId).orElseThrow();
            if (e.status == Event.Status.CANCELLED) {
                return;
            }
            e.status = Event.Status.CANCELLED;
            e.touch();
            for (Registration r : registrations.findByEventIdOrderByCreatedAtAscIdAsc(e.id)) {
                if (r.status != Registration.Status.CANCELLED) {
                    notices.add(new Notice(r, e, "eventCancelled"));
                }
            }
        });
        send(notices, baseUrl);
    }

    void checkIn(Event e, long registrationId, boolean in) {
        tx.executeWithoutResult(status -> {
            Registration r = registrations
                    .findById(registrationId)
                    .filter(x -> x.eventId.equals(e.id) && x.status == Registration.Status.CONFIRMED)
                    .orElseThrow(() -> new NotFoundException("registration"));
            r.checkedInAt = in ? Instant.now() : null;
        });
    }

    static String personalPath(String tenantSlug, Registration r) {
        return "/" + tenantSlug + "/veranstaltungen/anmeldung/" + r.token;
    }

    static String eventPath(String tenantSlug, Event e) {
        return "/" + tenantSlug + "/veranstaltungen/" + e.publicId;
    }

    private void mailStatus(Registration r, Event e, String baseUrl, String kind) {
        TenantInfo tenant = TenantContext.require();
        Locale locale = Locale.forLanguageTag(r.lang);
        String eventUrl = baseUrl + eventPath(tenant.slug(), e);
        String link = baseUrl + personalPath(tenant.slug(), r);
        String when = EventViews.when(e, locale, tenant.zone());
        String place = EventCalendar.place(e);
        String subject = messages.getMessage("events.mail." + kind + ".subject", new Object[] {e.title}, locale);
        String body = messages.getMessage(
                "events.mail." + kind + ".body",
                new Object[] {r.name, e.title, when, place, link, r.code, eventUrl, e.organiserName},
                locale);
        boolean seat = kind.equals("confirmed") || kind.equals("promoted");
        List<Attachment> attachments = seat
                ? List.of(new Attachment(
                        "veranstaltung.ics",
                        "text/calendar; charset=utf-8; method=PUBLISH",
                        EventCalendar.icsBytes(e, eventUrl, URI.create(baseUrl).getHost(), tenant.zone())))
                : List.of();
        mail.send(r.email, subject, body, attachments);
    }
}
