package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.AccountService;
import de.quartier.accounts.Role;
import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff writes to the directory over real HTTP: who may change what, review mode, history, bad input. */
@QuartierTest
class DirectoryEditingTest {

    static final String ADMIN = "admin@magdeburg.example";
    static final String MANAGER = "qm.neustadt@magdeburg.example";
    static final String EDITOR = "traeger@magdeburg.example";
    static final String BASE = "/magdeburg/verwaltung/verzeichnis";

    @LocalServerPort
    int port;

    @Autowired
    TenantService tenants;

    @Autowired
    DistrictService districts;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OfferRepository offers;

    @Autowired
    HistoryRepository history;

    @Autowired
    PendingChangeRepository pending;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(magdeburg(), () -> tx.execute(s -> work.get()));
    }

    long district(String slug) {
        return TenantContext.callAs(
                magdeburg(),
                () -> districts.list().stream()
                        .filter(d -> d.slug().equals(slug))
                        .findFirst()
                        .map(DistrictSummary::id)
                        .orElseThrow());
    }

    record Fixture(long org, long offer) {}

    /** An organisation in a district with one offer; the test editor is scoped to it when {@code editor}. */
    Fixture fixture(String name, String districtSlug, boolean editor) {
        long districtId = district(districtSlug);
        Fixture f = inTenant(() -> {
            Organisation o = new Organisation(name, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED);
            o.districtIds().add(districtId);
            organisations.save(o);
            Offer offer = offers.save(
                    new Offer(o, "Angebot von " + name, Cost.FREE, AccessMode.WALK_IN, EntryStatus.PUBLISHED));
            return new Fixture(o.id(), offer.id());
        });
        if (editor) {
            TenantContext.runAs(
                    magdeburg(),
                    () -> accounts.grantOrganisationScope(EDITOR, Role.ORGANISATION_EDITOR, Set.of(f.org())));
        }
        return f;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("version field").isTrue();
        return m.group(1);
    }

    Map<String, String> offerForm(Http http, long offerId, long orgId, String title) throws Exception {
        String page = http.get(BASE + "/angebote/" + offerId).body();
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf(page));
        form.put("version", version(page));
        form.put("organisationId", String.valueOf(orgId));
        form.put("title", title);
        form.put("description", "Beschreibung");
        form.put("cost", "FREE");
        form.put("access", "WALK_IN");
        form.put("languages", "de");
        form.put("scheduleDay", "1");
        form.put("scheduleOpens", "09:00");
        form.put("scheduleCloses", "12:00");
        form.put("website", "https://example.org");
        return form;
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf token").isTrue();
        return m.group(1);
    }

    String title(long offerId) {
        return inTenant(() -> offers.findById(offerId).orElseThrow().title());
    }

    List<HistoryEntry> historyOf(String type, long id) {
        return inTenant(() -> history.findByEntityTypeAndEntityIdOrderByAtDesc(type, id));
    }

    @Test
    void editorChangesOwnOfferButNotAnothersAndNothingChanges() throws Exception {
        Fixture own = fixture(unique("Eigener Verein"), "neue-neustadt", true);
        Fixture other = fixture(unique("Fremder Verein"), "neue-neustadt", false);
        Http editor = new Http(port).login(EDITOR);

        assertThat(editor.get(BASE + "/angebote/" + own.offer()).statusCode()).isEqualTo(200);
        assertThat(editor.get(BASE + "/angebote/" + other.offer()).statusCode()).isEqualTo(403);
        assertThat(editor.get(BASE + "/organisationen/" + other.org()).statusCode())
                .isEqualTo(403);

        // a form of the own offer, posted to the other offer's address
        Map<String, String> form = offerForm(editor, own.offer(), own.org(), "Gekapert");
        assertThat(editor.postForm(BASE + "/angebote/" + other.offer(), form).statusCode())
                .isEqualTo(403);
        // the own offer's address, with the other organisation's id slipped into the form
        Map<String, String> moved = new HashMap<>(form);
        moved.put("organisationId", String.valueOf(other.org()));
        assertThat(editor.postForm(BASE + "/angebote/" + own.offer(), moved).statusCode())
                .isEqualTo(403);
        // a new offer for the other organisation
        assertThat(editor.postForm(BASE + "/angebote/neu", moved).statusCode()).isEqualTo(403);
        assertThat(title(other.offer())).startsWith("Angebot von Fremder Verein");
        assertThat(title(own.offer())).startsWith("Angebot von Eigener Verein");
        assertThat(inTenant(() ->
                        offers.findByOrganisationIdOrderByTitleAsc(other.org()).size()))
                .isEqualTo(1);
        assertThat(historyOf(History.OFFER, other.offer())).isEmpty();

        // the own offer changes, with a history row naming the field
        var saved = editor.postForm(BASE + "/angebote/" + own.offer(), form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(title(own.offer())).isEqualTo("Gekapert");
        List<HistoryEntry> rows = historyOf(History.OFFER, own.offer());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).action()).isEqualTo("updated");
        assertThat(rows.get(0).changes())
                .contains("title: Angebot von Eigener Verein")
                .contains("→ Gekapert");
        assertThat(rows.get(0).changes()).contains("schedule:");
        String historyPage = editor.get(BASE + "/verlauf/offer/" + own.offer()).body();
        assertThat(historyPage).contains("→ Gekapert").contains("Geändert");
    }

    @Test
    void managerOutsideTheirDistrictsIsRefused() throws Exception {
        Fixture inside = fixture(unique("Neustädter Treff"), "neue-neustadt", false);
        Fixture outside = fixture(unique("Kannenstieger Treff"), "kannenstieg", false);
        Http manager = new Http(port).login(MANAGER);
        assertThat(manager.get(BASE + "/organisationen/" + inside.org()).statusCode())
                .isEqualTo(200);
        assertThat(manager.get(BASE + "/organisationen/" + outside.org()).statusCode())
                .isEqualTo(403);
        assertThat(manager.get(BASE + "/angebote/" + outside.offer()).statusCode())
                .isEqualTo(403);
        Map<String, String> form = offerForm(manager, inside.offer(), inside.org(), "Übernommen");
        assertThat(manager.postForm(BASE + "/angebote/" + outside.offer(), form).statusCode())
                .isEqualTo(403);
        assertThat(manager.postForm(
                                BASE + "/organisationen/" + outside.org() + "/archivieren",
                                Map.of("_csrf", form.get("_csrf")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(inTenant(() ->
                        organisations.findById(outside.org()).orElseThrow().status()))
                .isEqualTo(EntryStatus.PUBLISHED);
        assertThat(title(outside.offer())).startsWith("Angebot von Kannenstieger");
        // inside: archive works and is recorded
        assertThat(manager.postForm(
                                BASE + "/angebote/" + inside.offer() + "/archivieren",
                                Map.of("_csrf", form.get("_csrf")))
                        .statusCode())
                .isEqualTo(302);
        assertThat(inTenant(() -> offers.findById(inside.offer()).orElseThrow().status()))
                .isEqualTo(EntryStatus.ARCHIVED);
        assertThat(historyOf(History.OFFER, inside.offer()).get(0).action()).isEqualTo("archived");
        // the start page lists the inside organisation, not the outside one
        String start = manager.get(BASE).body();
        assertThat(start).contains("Neustädter Treff").doesNotContain("Kannenstieger Treff");
    }

    @Test
    void reviewModeHoldsEditorChangesUntilApproved() throws Exception {
        Fixture own = fixture(unique("Prüfverein"), "neue-neustadt", true);
        Http admin = new Http(port).login(ADMIN);
        String settings = admin.get(BASE + "/einstellungen").body();
        assertThat(admin.postForm(
                                BASE + "/einstellungen",
                                Map.of("_csrf", csrf(settings), "reviewChanges", "true", "_reviewChanges", "on"))
                        .statusCode())
                .isEqualTo(302);
        try {
            Http editor = new Http(port).login(EDITOR);
            var held = editor.postForm(
                    BASE + "/angebote/" + own.offer(), offerForm(editor, own.offer(), own.org(), "Neuer Titel A"));
            assertThat(held.statusCode()).isEqualTo(302);
            assertThat(title(own.offer())).startsWith("Angebot von Prüfverein");
            assertThat(editor.get(BASE + "/angebote/" + own.offer()).body()).contains("wartet auf Prüfung");
            // a newer submission replaces the older one
            editor.postForm(
                    BASE + "/angebote/" + own.offer(), offerForm(editor, own.offer(), own.org(), "Neuer Titel B"));
            List<PendingChange> changes = inTenant(() -> pending.findAll().stream()
                    .filter(c -> c.entityId() == own.offer() && History.OFFER.equals(c.entityType()))
                    .toList());
            assertThat(changes).hasSize(1);
            assertThat(title(own.offer())).startsWith("Angebot von Prüfverein");

            Http manager = new Http(port).login(MANAGER);
            String queue = manager.get(BASE + "/pruefung").body();
            assertThat(queue).contains("→ Neuer Titel B");
            var approved = manager.postForm(
                    BASE + "/pruefung/aenderungen/" + changes.get(0).id() + "/freigeben", Map.of("_csrf", csrf(queue)));
            assertThat(approved.statusCode()).isEqualTo(302);
            assertThat(title(own.offer())).isEqualTo("Neuer Titel B");
            HistoryEntry last = historyOf(History.OFFER, own.offer()).get(0);
            assertThat(last.action()).isEqualTo("approved");
            assertThat(last.changes()).contains("approved by").contains("→ Neuer Titel B");

            // rejected with a reason, which the editor sees; nothing changes
            editor.postForm(
                    BASE + "/angebote/" + own.offer(), offerForm(editor, own.offer(), own.org(), "Neuer Titel C"));
            PendingChange next = inTenant(() -> pending.findByEntityTypeAndEntityId(History.OFFER, own.offer())
                    .orElseThrow());
            queue = manager.get(BASE + "/pruefung").body();
            manager.postForm(
                    BASE + "/pruefung/aenderungen/" + next.id() + "/ablehnen",
                    Map.of("_csrf", csrf(queue), "reason", "Bitte ohne Großbuchstaben"));
            assertThat(title(own.offer())).isEqualTo("Neuer Titel B");
            assertThat(editor.get(BASE + "/angebote/" + own.offer()).body()).contains("Bitte ohne Großbuchstaben");

            // the manager's own edit publishes at once
            var direct = manager.postForm(
                    BASE + "/angebote/" + own.offer(), offerForm(manager, own.offer(), own.org(), "Direkt"));
            assertThat(direct.statusCode()).isEqualTo(302);
            assertThat(title(own.offer())).isEqualTo("Direkt");
        } finally {
            settings = admin.get(BASE + "/einstellungen").body();
            admin.postForm(BASE + "/einstellungen", Map.of("_csrf", csrf(settings), "_reviewChanges", "on"));
        }
    }

    @Test
    void aConflictingSaveOverwritesNothing() throws Exception {
        Fixture f = fixture(unique("Konfliktverein"), "neue-neustadt", false);
        Http admin = new Http(port).login(ADMIN);
        Map<String, String> first = offerForm(admin, f.offer(), f.org(), "Erste Fassung");
        Map<String, String> second = new HashMap<>(first);
        second.put("title", "Zweite Fassung");
        assertThat(admin.postForm(BASE + "/angebote/" + f.offer(), first).statusCode())
                .isEqualTo(302);
        HttpResponse<String> conflict = admin.postForm(BASE + "/angebote/" + f.offer(), second);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("inzwischen geändert");
        assertThat(title(f.offer())).isEqualTo("Erste Fassung");
    }

    @Test
    void badInputShowsFieldErrorsAndStoresNothing() throws Exception {
        Fixture f = fixture(unique("Fehlerverein"), "neue-neustadt", false);
        Http admin = new Http(port).login(ADMIN);
        Map<String, String> form = offerForm(admin, f.offer(), f.org(), "");
        form.put("website", "javascript:alert(1)");
        form.put("contactEmail", "keine-adresse");
        form.put("scheduleOpens", "14:00");
        form.put("scheduleCloses", "13:00");
        form.put("locationIds", "999999999");
        form.put("languages", "xx");
        form.put("costNote", "x".repeat(400));
        HttpResponse<String> r = admin.postForm(BASE + "/angebote/" + f.offer(), form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"title-error\"")
                .contains("id=\"website-error\"")
                .contains("id=\"contactEmail-error\"")
                .contains("Das Ende muss nach dem Beginn liegen.")
                .contains("id=\"locationIds-error\"")
                .contains("id=\"languages-error\"")
                .contains("id=\"costNote-error\"");
        // wrong types and unknown enum values are field errors too, never a 500
        Map<String, String> types = offerForm(admin, f.offer(), f.org(), "Typen");
        types.put("cost", "GRATIS");
        types.put("actionFieldIds", "abc");
        assertThat(admin.postForm(BASE + "/angebote/" + f.offer(), types).statusCode())
                .isEqualTo(200);
        assertThat(title(f.offer())).startsWith("Angebot von Fehlerverein");
        assertThat(historyOf(History.OFFER, f.offer())).isEmpty();

        // organisation: missing name, bad e-mail, unknown district
        String page = admin.get(BASE + "/organisationen/" + f.org()).body();
        Map<String, String> org = new HashMap<>();
        org.put("_csrf", csrf(page));
        org.put("version", version(page));
        org.put("name", "");
        org.put("kind", "ASSOCIATION");
        org.put("email", "@@");
        org.put("districtIds", "424242424");
        HttpResponse<String> bad = admin.postForm(BASE + "/organisationen/" + f.org(), org);
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("id=\"name-error\"")
                .contains("id=\"email-error\"")
                .contains("id=\"districtIds-error\"");
        assertThat(inTenant(() -> organisations.findById(f.org()).orElseThrow().name()))
                .startsWith("Fehlerverein");
    }

    @Test
    void scriptInTextIsStoredAsTextAndShownEscaped() throws Exception {
        Fixture f = fixture(unique("Skriptverein"), "neue-neustadt", false);
        Http admin = new Http(port).login(ADMIN);
        String evil = "<script>alert('x')</script><b>fett</b>";
        Map<String, String> form = offerForm(admin, f.offer(), f.org(), evil);
        form.put("description", evil);
        assertThat(admin.postForm(BASE + "/angebote/" + f.offer(), form).statusCode())
                .isEqualTo(302);
        assertThat(title(f.offer())).isEqualTo(evil);
        String page = admin.get(BASE + "/angebote/" + f.offer()).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>fett</b>");
        assertThat(page).contains("&lt;script&gt;alert(");
        String hist = admin.get(BASE + "/verlauf/offer/" + f.offer()).body();
        assertThat(hist).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void logoTypeIsCheckedFromTheContent() throws Exception {
        Fixture f = fixture(unique("Logoverein"), "neue-neustadt", false);
        Http admin = new Http(port).login(ADMIN);
        String csrf = csrf(admin.get(BASE + "/organisationen/" + f.org()).body());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(admin.upload(BASE + "/organisationen/" + f.org() + "/logo", csrf, "logo.png", html)
                        .statusCode())
                .isEqualTo(302);
        assertThat(inTenant(() -> organisations.findById(f.org()).orElseThrow().logoType()))
                .isNull();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        admin.upload(BASE + "/organisationen/" + f.org() + "/logo", csrf, "logo.svg", svg);
        assertThat(inTenant(() -> organisations.findById(f.org()).orElseThrow().logoType()))
                .isNull();
        assertThat(admin.get(BASE + "/organisationen/" + f.org()).body()).contains("Nur PNG-, JPEG- oder WebP-Bilder");

        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        assertThat(admin.upload(BASE + "/organisationen/" + f.org() + "/logo", csrf, "logo.bin", png)
                        .statusCode())
                .isEqualTo(302);
        assertThat(inTenant(() -> organisations.findById(f.org()).orElseThrow().logoType()))
                .isEqualTo("image/png");
        HttpResponse<String> served = admin.get(BASE + "/organisationen/" + f.org() + "/logo");
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    }

    @Test
    void selfRegistrationWaitsForApprovalAndInvitesTheRegistrant() throws Exception {
        String name = unique("Nachbarschaftsinitiative");
        String email = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http visitor = new Http(port);
        String page = visitor.get("/magdeburg/organisationen/registrieren").body();
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf(page));
        form.put("name", name);
        form.put("kind", "INITIATIVE");
        form.put("description", "Wir treffen uns jeden Dienstag.");
        form.put("website", "");
        form.put("email", email);
        form.put("contactName", "Rita Registrant");
        form.put("districtIds", String.valueOf(district("neue-neustadt")));
        form.put("homepage", "");
        HttpResponse<String> done = visitor.postForm("/magdeburg/organisationen/registrieren", form);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Ihre Anmeldung ist eingegangen");
        Organisation registered = inTenant(() -> organisations.findAll().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow());
        assertThat(registered.status()).isEqualTo(EntryStatus.PENDING);

        // a bot filling the honeypot gets the same thanks and stores nothing
        Map<String, String> bot = new HashMap<>(form);
        bot.put("name", name + " Bot");
        bot.put("homepage", "http://spam.example");
        assertThat(visitor.postForm("/magdeburg/organisationen/registrieren", bot)
                        .statusCode())
                .isEqualTo(200);
        assertThat(inTenant(() ->
                        organisations.findAll().stream().noneMatch(o -> o.name().equals(name + " Bot"))))
                .isTrue();

        // a manager of another district does not see it; qm.neustadt approves it
        Http manager = new Http(port).login(MANAGER);
        String queue = manager.get(BASE + "/pruefung").body();
        assertThat(queue).contains(name).contains(email);
        assertThat(manager.postForm(
                                BASE + "/pruefung/organisationen/" + registered.id() + "/freigeben",
                                Map.of("_csrf", csrf(queue)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(inTenant(() ->
                        organisations.findById(registered.id()).orElseThrow().status()))
                .isEqualTo(EntryStatus.PUBLISHED);
        assertThat(historyOf(History.ORGANISATION, registered.id()).get(0).action())
                .isEqualTo("approved");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation i join invitation_organisation o on o.invitation_id = i.id"
                                + " where i.email = ? and o.organisation_id = ? and i.role = 'ORGANISATION_EDITOR'",
                        Long.class,
                        email,
                        registered.id()))
                .isEqualTo(1L);
    }

    @Test
    void aRejectedRegistrationStaysHiddenAndTheRegistrantHearsWhy() throws Exception {
        String name = unique("Abgelehnter Verein");
        String email = "rej-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http visitor = new Http(port);
        String page = visitor.get("/magdeburg/organisationen/registrieren").body();
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf(page));
        form.put("name", name);
        form.put("kind", "COMPANY");
        form.put("email", email);
        form.put("contactName", "Max Muster");
        form.put("districtIds", String.valueOf(district("alte-neustadt")));
        form.put("street", "Große Diesdorfer Straße 1");
        assertThat(visitor.postForm("/magdeburg/organisationen/registrieren", form)
                        .statusCode())
                .isEqualTo(200);
        long id = inTenant(() -> organisations.findAll().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id());
        assertThat(inTenant(() ->
                        organisations.findById(id).orElseThrow().locations().size()))
                .isEqualTo(1);
        // an editor is no reviewer
        Http editor = new Http(port).login(EDITOR);
        assertThat(editor.get(BASE + "/pruefung").statusCode()).isEqualTo(403);
        Http manager = new Http(port).login(MANAGER);
        String queue = manager.get(BASE + "/pruefung").body();
        // without a reason nothing happens
        manager.postForm(BASE + "/pruefung/organisationen/" + id + "/ablehnen", Map.of("_csrf", csrf(queue)));
        assertThat(inTenant(() -> organisations.findById(id).orElseThrow().status()))
                .isEqualTo(EntryStatus.PENDING);
        manager.postForm(
                BASE + "/pruefung/organisationen/" + id + "/ablehnen",
                Map.of("_csrf", csrf(queue), "reason", "Kein Angebot im Stadtteil"));
        assertThat(inTenant(() -> organisations.findById(id).orElseThrow().status()))
                .isEqualTo(EntryStatus.ARCHIVED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where recipient = ? and body like '%Kein Angebot im Stadtteil%'",
                        Long.class, email))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from invitation where email = ?", Long.class, email))
                .isZero();
    }

    @Test
    void registrationWithBadInputShowsErrors() throws Exception {
        Http visitor = new Http(port);
        String page = visitor.get("/magdeburg/organisationen/registrieren").body();
        HttpResponse<String> r = visitor.postForm(
                "/magdeburg/organisationen/registrieren",
                Map.of("_csrf", csrf(page), "name", "", "kind", "ASSOCIATION", "email", "nope", "contactName", ""));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"name-error\"")
                .contains("id=\"email-error\"")
                .contains("id=\"contactName-error\"")
                .contains("id=\"districtIds-error\"");
        // a tampered district id or kind is a field error, never a 500
        HttpResponse<String> tampered = visitor.postForm(
                "/magdeburg/organisationen/registrieren",
                Map.of(
                        "_csrf",
                        csrf(page),
                        "name",
                        "X",
                        "kind",
                        "PIRATES",
                        "email",
                        "a@b.de",
                        "contactName",
                        "Y",
                        "districtIds",
                        "x"));
        assertThat(tampered.statusCode()).isEqualTo(200);
        assertThat(tampered.body()).contains("id=\"districtIds-error\"");
        // without the CSRF token the public POST is refused
        assertThat(visitor.postForm("/magdeburg/organisationen/registrieren", Map.of("name", "x"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void adminsInviteAnEditorScopedToAnOrganisation() throws Exception {
        Fixture f = fixture(unique("Einladungsverein"), "neue-neustadt", false);
        String orgName =
                inTenant(() -> organisations.findById(f.org()).orElseThrow().name());
        Http admin = new Http(port).login(ADMIN);
        String people = admin.get("/magdeburg/verwaltung/personen").body();
        assertThat(people)
                .contains("name=\"organisationIds\" value=\"" + f.org() + "\"")
                .contains(orgName);
        String email = "editor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var invited = admin.postForm(
                "/magdeburg/verwaltung/personen/einladen",
                Map.of(
                        "_csrf",
                        csrf(people),
                        "email",
                        email,
                        "name",
                        "Eva Editorin",
                        "role",
                        "ORGANISATION_EDITOR",
                        "organisationIds",
                        String.valueOf(f.org())));
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation i join invitation_organisation o on o.invitation_id = i.id"
                                + " where i.email = ? and o.organisation_id = ?",
                        Long.class,
                        email,
                        f.org()))
                .isEqualTo(1L);
        // an unknown organisation is a field error
        var bad = admin.postForm(
                "/magdeburg/verwaltung/personen/einladen",
                Map.of(
                        "_csrf",
                        csrf(people),
                        "email",
                        "x" + email,
                        "name",
                        "X",
                        "role",
                        "ORGANISATION_EDITOR",
                        "organisationIds",
                        "987654321"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"organisationIds-error\"");
    }

    @Test
    void throttleAllowsAFewRegistrationsPerHour() {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        RegistrationThrottle throttle = new RegistrationThrottle(2, new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.get();
            }
        });
        assertThat(throttle.tryAcquire("1.2.3.4")).isTrue();
        assertThat(throttle.tryAcquire("1.2.3.4")).isTrue();
        assertThat(throttle.tryAcquire("1.2.3.4")).isFalse();
        assertThat(throttle.tryAcquire("5.6.7.8")).isTrue();
        clock.set(clock.get().plusSeconds(3601));
        assertThat(throttle.tryAcquire("1.2.3.4")).isTrue();
    }
}
