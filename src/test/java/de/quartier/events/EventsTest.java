package de.quartier.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.events.EventForms.RegistrationForm;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import de.quartier.shared.TenantLookup;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events end to end against the real application: staff editing with scope checks, registration rules, the waiting
 * list under concurrency, personal links, feeds, the API, and documentation access.
 */
@QuartierTest
class EventsTest {

    static final String BASE = "/magdeburg/verwaltung/veranstaltungen";

    @LocalServerPort
    int port;

    @Autowired
    TenantLookup tenants;

    @Autowired
    EventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    Registrations registering;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    /** A published event with registration, created directly. */
    Event event(String title, Integer capacity) {
        return TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> {
                    Event e = new Event(
                            title, Event.Kind.CONFERENCE, Event.OrganiserType.TENANT, null, "Landeshauptstadt");
                    e.startsAt = Instant.now().plus(10, ChronoUnit.DAYS);
                    e.endsAt = e.startsAt.plus(30, ChronoUnit.HOURS);
                    e.placeName = "Rathaus";
                    e.registration = true;
                    e.capacity = capacity;
                    e.status = Event.Status.PUBLISHED;
                    return events.save(e);
                }));
    }

    Registrations.Result register(Event e, String name, String email) {
        return TenantContext.callAs(
                magdeburg(),
                () -> registering.register(
                        e.id, new RegistrationForm(name, email, "", "", "", true), "de", "http://localhost"));
    }

    Map<Registration.Status, Long> counts(Event e) {
        Map<Registration.Status, Long> counts = new HashMap<>();
        for (Registration.Status s : Registration.Status.values()) {
            counts.put(s, TenantContext.callAs(magdeburg(), () -> registrations.countByEventIdAndStatus(e.id, s)));
        }
        return counts;
    }

    /** 40 people register at the same moment for 20 seats: 20 get one, 20 wait, nobody is overbooked. */
    @Test
    void noOverbookingUnderConcurrency() throws Exception {
        Event e = event("Gleichzeitig 40 für 20", 20);
        fire(e, 40);
        assertThat(counts(e).get(Registration.Status.CONFIRMED)).isEqualTo(20);
        assertThat(counts(e).get(Registration.Status.WAITING)).isEqualTo(20);
    }

    /**
     * The benchmark of docs/benchmarks.md: 200 concurrent registrations for 100 seats. It takes 5–10 s on the shared
     * build machine, so the suite leaves it out; {@code -Devents.benchmark=true} runs it.
     */
    @Test
    @EnabledIfSystemProperty(named = "events.benchmark", matches = "true")
    void benchmark200For100() throws Exception {
        Event e = event("Benchmark 200 für 100", 100);
        long started = System.nanoTime();
        fire(e, 200);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(counts(e).get(Registration.Status.CONFIRMED)).isEqualTo(100);
        assertThat(counts(e).get(Registration.Status.WAITING)).isEqualTo(100);
        System.out.printf(
                "events benchmark: 200 registrations for 100 seats in %.2f s = %.0f registrations/s%n",
                seconds, 200 / seconds);
    }

    private void fire(Event e, int people) throws Exception {
        List<Callable<Registrations.Result>> work = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int n = i;
            work.add(() -> register(e, "Person " + n, "person" + n + "@bench.example"));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Registrations.Result> f : pool.invokeAll(work)) {
                assertThat(f.get().registration()).isNotNull();
            }
        }
    }

    @Test
    void badRegistrationsStoreNothing() {
        Event e = event("Regeln der Anmeldung", 2);
        assertThat(register(e, "Anna", "anna@regeln.example").registration()).isNotNull();
        assertThat(register(e, "Anna again", "ANNA@regeln.example").error()).isEqualTo("events.public.error.duplicate");

        TenantContext.runAs(
                magdeburg(),
                () -> tx.executeWithoutResult(s -> {
                    Event x = events.findById(e.id).orElseThrow();
                    x.registrationCloses = Instant.now().minusSeconds(60);
                }));
        assertThat(register(e, "Late", "late@regeln.example").error()).isEqualTo("events.public.error.closed");

        TenantContext.runAs(magdeburg(), () -> registering.cancelEvent(e.id, "http://localhost"));
        assertThat(register(e, "Cancelled", "c@regeln.example").error()).isEqualTo("events.public.error.cancelled");
        assertThat(counts(e).get(Registration.Status.CONFIRMED)).isEqualTo(1);
        // the registrant was told
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where recipient = 'anna@regeln.example' and subject like"
                                + " 'Veranstaltung abgesagt%'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void publicRegistrationWaitingListPersonalLinkAndPromotion() throws Exception {
        Event e = event("Fachtag mit Warteliste", 1);
        String page = "/magdeburg/veranstaltungen/" + e.publicId;
        Http first = new Http(port);
        HttpResponse<String> r = first.postForm(
                page + "/anmelden",
                Map.of("name", "Erste Person", "email", "erste@warte.example", "_csrf", first.csrf(page)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String link =
                URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(link).matches("/magdeburg/veranstaltungen/anmeldung/[A-Za-z0-9_-]{43}");

        // invalid e-mail: the form again with a message, nothing stored
        Http other = new Http(port);
        r = other.postForm(page + "/anmelden", Map.of("name", "X", "email", "kein-mail", "_csrf", other.csrf(page)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("gültige E-Mail-Adresse");
        // duplicate
        r = other.postForm(
                page + "/anmelden", Map.of("name", "X", "email", "Erste@warte.example", "_csrf", other.csrf(page)));
        assertThat(r.body()).contains("bereits jemand angemeldet");

        r = other.postForm(
                page + "/anmelden?lang=en",
                Map.of("name", "Second Person", "email", "second@warte.example", "_csrf", other.csrf(page)));
        assertThat(r.statusCode()).isEqualTo(302);
        String waitingLink =
                URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(other.get(waitingLink).body())
                .contains("On the waiting list")
                .doesNotContain("erste@warte.example");

        // confirmation mail with the personal link and the calendar attachment
        String body = jdbc.queryForObject(
                "select body from mail_message where recipient = 'erste@warte.example'", String.class);
        assertThat(body).contains(link).contains("[veranstaltung.ics, text/calendar");

        // the first cancels through the link: the waiting person moves up and is told
        Http anonymous = new Http(port);
        r = anonymous.postForm(link + "/stornieren", Map.of("_csrf", anonymous.csrf(link)));
        assertThat(r.body()).contains("abgesagt");
        assertThat(counts(e).get(Registration.Status.CONFIRMED)).isEqualTo(1);
        assertThat(other.get(waitingLink).body()).contains("Registered");
        assertThat(jdbc.queryForObject(
                        "select subject from mail_message where recipient = 'second@warte.example' order by id desc"
                                + " limit 1",
                        String.class))
                .startsWith("You have a seat");

        // unknown or guessed links are 404
        assertThat(anonymous
                        .get("/magdeburg/veranstaltungen/anmeldung/" + "A".repeat(43))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void staffEditingChecksScopeAndCapacity() throws Exception {
        Http admin = new Http(port).login("admin@magdeburg.example");
        String csrf = admin.csrf(BASE + "/neu");
        Map<String, String> form = new HashMap<>(Map.ofEntries(
                Map.entry("_csrf", csrf),
                Map.entry("title", "Werkstatt der Verwaltung"),
                Map.entry("kind", "WORKSHOP"),
                Map.entry("organiser", "TENANT"),
                Map.entry("placeName", "Rathaus"),
                Map.entry("startDate", LocalDate.now().plusDays(20).toString()),
                Map.entry("startTime", "10:00"),
                Map.entry("endDate", LocalDate.now().plusDays(19).toString()),
                Map.entry("endTime", "12:00"),
                Map.entry("audience", "EVERYONE"),
                Map.entry("languages", "de"),
                Map.entry("registration", "true"),
                Map.entry("capacity", "5"),
                Map.entry("programme", "10:00 | Begrüßung | Amt | Saal")));
        HttpResponse<String> r = admin.postForm(BASE + "/neu", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Das Ende muss nach dem Beginn liegen");

        form.put("endDate", LocalDate.now().plusDays(21).toString());
        r = admin.postForm(BASE + "/neu", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String eventPage =
                URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        long id = Long.parseLong(eventPage.substring(eventPage.lastIndexOf('/') + 1));
        assertThat(admin.postForm(eventPage + "/veroeffentlichen", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);
        Event e = TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> {
                    Event x = events.findById(id).orElseThrow();
                    x.programme.size();
                    return x;
                }));
        assertThat(e.status).isEqualTo(Event.Status.PUBLISHED);
        assertThat(e.programme).hasSize(1);
        register(e, "Eins", "eins@kap.example");
        register(e, "Zwei", "zwei@kap.example");

        // capacity below the registered count: refused with a message, nothing changed
        Map<String, String> update = new HashMap<>(form);
        update.put("version", String.valueOf(e.version));
        update.put("capacity", "1");
        r = admin.postForm(eventPage + "/bearbeiten", update);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("bereits 2 Personen angemeldet");
        // a stale version: conflict message
        update.put("capacity", "3");
        update.put("version", String.valueOf(e.version - 1));
        assertThat(admin.postForm(eventPage + "/bearbeiten", update).body())
                .contains("Jemand anderes hat die Veranstaltung");

        // an organisation editor may not touch the municipality's event, nor name the municipality as organiser
        Http editor = new Http(port).login("traeger@magdeburg.example");
        String editorCsrf = editor.csrf(BASE);
        assertThat(editor.get(eventPage).statusCode()).isEqualTo(403);
        assertThat(editor.get(eventPage + "/teilnehmende.csv").statusCode()).isEqualTo(403);
        update.put("_csrf", editorCsrf);
        update.put("version", String.valueOf(e.version));
        assertThat(editor.postForm(eventPage + "/bearbeiten", update).statusCode())
                .isEqualTo(403);
        Map<String, String> own = new HashMap<>(form);
        own.put("_csrf", editorCsrf);
        assertThat(editor.postForm(BASE + "/neu", own).statusCode()).isEqualTo(403);
        assertThat(TenantContext.callAs(magdeburg(), () -> events.findById(id).orElseThrow().capacity))
                .isEqualTo(5);
        // anonymous: no attendee list
        assertThat(new Http(port).get(eventPage).statusCode()).isIn(302, 401, 403);

        // the organiser's tools
        HttpResponse<String> csv = admin.get(eventPage + "/teilnehmende.csv");
        assertThat(csv.body()).contains("Eins;eins@kap.example").contains("Zwei;zwei@kap.example");
        var pdf = admin.get(eventPage + "/namensschilder.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void feedsApiAndJsonLd() throws Exception {
        Event e = event("Offener Feed-Fachtag", 50);
        Http anonymous = new Http(port);
        String page = anonymous.get("/magdeburg/veranstaltungen/" + e.publicId).body();
        assertThat(page).contains("application/ld+json").contains("\"@type\":\"Event\"");

        String ics = anonymous
                .get("/magdeburg/veranstaltungen/" + e.publicId + "/kalender.ics")
                .body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent v = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(v.getSummary().getValue()).isEqualTo("Offener Feed-Fachtag");
        assertThat(v.getUrl().getValue()).endsWith("/magdeburg/veranstaltungen/" + e.publicId);

        String feed = anonymous
                .get("/magdeburg/veranstaltungen/kalender.ics?art=CONFERENCE")
                .body();
        Calendar all = new CalendarBuilder().build(new StringReader(feed));
        assertThat(all.getComponents("VEVENT")).isNotEmpty();
        assertThat(feed).contains("Offener Feed-Fachtag").doesNotContain("Nachbarschaftscafé");
        assertThat(anonymous.get("/magdeburg/veranstaltungen/feed.atom").body())
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("Offener Feed-Fachtag");

        // the Magdeburg demo: weekly formats in the Neue Neustadt and the two-day Fachtag with its programme
        String demo = anonymous
                .get("/api/v1/magdeburg/events?to=" + LocalDate.now().plusDays(120))
                .body();
        assertThat(demo)
                .contains("Nachbarschaftscafé im Bürgerhaus")
                .contains("Sprechstunde des Quartiersmanagements")
                .contains("Fachtag Soziale Stadt Sachsen-Anhalt")
                .contains("Stadtteilrundgang Neue Neustadt");
        assertThat(anonymous.get("/magdeburg/veranstaltungen?ansicht=archiv").body())
                .contains("Stadtteilfest Neue Neustadt");

        HttpResponse<String> api = anonymous.get("/api/v1/magdeburg/events?kind=CONFERENCE");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("Offener Feed-Fachtag").contains("\"seatsLeft\":50");
        HttpResponse<String> bad = anonymous.get("/api/v1/magdeburg/events?from=gestern&kind=PARTY");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(bad.body()).contains("from").contains("kind");

        // the public calendar in the list view, the month view and in Arabic (right to left)
        assertThat(anonymous.get("/magdeburg/veranstaltungen?q=Feed-Fachtag").body())
                .contains("Offener Feed-Fachtag");
        assertThat(anonymous.get("/magdeburg/veranstaltungen?ansicht=monat").statusCode())
                .isEqualTo(200);
        assertThat(anonymous.get("/magdeburg/veranstaltungen?lang=ar").body()).contains("dir=\"rtl\"");
    }

    @Test
    void documentsAreCheckedByContentAndAttendeeFilesNeedTheLink() throws Exception {
        Event e = event("Fachtag mit Dokumentation", 10);
        Registrations.Result attendee = register(e, "Teilnehmerin", "doku@doku.example");
        Http admin = new Http(port).login("admin@magdeburg.example");
        String page = BASE + "/" + e.id;
        String csrf = admin.csrf(page);
        // an executable renamed to .pdf is refused
        HttpResponse<String> r =
                admin.upload(page + "/dokumente", csrf, "folien.pdf", "MZ\u0090\u0000 not a pdf".getBytes());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("nicht angenommen");
        byte[] pdf = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.ISO_8859_1);
        r = admin.upload(page + "/dokumente?access=ATTENDEES", csrf, "../Protokoll \"geheim\".pdf", pdf);
        assertThat(r.statusCode()).isEqualTo(302);
        String stored = jdbc.queryForObject(
                "select stored_name::text from event_document where event_id = ?", String.class, e.id);
        String url = "/magdeburg/veranstaltungen/dokumente/" + stored;
        assertThat(new Http(port).get(url).statusCode()).isEqualTo(404);
        assertThat(new Http(port).get(url + "?t=" + "x".repeat(43)).statusCode())
                .isEqualTo(404);
        HttpResponse<String> download = new Http(port).get(url + "?t=" + attendee.registration().token);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .doesNotContain("..")
                .doesNotContain("/");
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(admin.get(url).statusCode()).isEqualTo(200);
    }
}
