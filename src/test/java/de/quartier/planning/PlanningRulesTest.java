package de.quartier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.directory.ActionFieldCatalogue;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of the action concept over real HTTP: what is refused (target without date, measure without goal,
 * financing that does not add up, progress for a finished measure), someone else's area (403, nothing changed),
 * concurrent edits of a measure, the demo concept, the API and the outputs.
 */
@QuartierTest
class PlanningRulesTest {

    static final String ADMIN = "admin@magdeburg.example";
    static final String MANAGER = "qm.neustadt@magdeburg.example";
    static final String EDITOR = "traeger@magdeburg.example";
    static final String BASE = "/magdeburg/verwaltung/konzepte";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TenantService tenants;

    @Autowired
    DistrictService districts;

    @Autowired
    ActionFieldCatalogue fields;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ConceptRepository concepts;

    @Autowired
    Planning planning;

    @Autowired
    GoalRepository goals;

    @Autowired
    SwotEntryRepository swot;

    @Autowired
    MeasureRepository measures;

    @Autowired
    ProgressReportRepository progress;

    @Autowired
    TransactionTemplate tx;

    /** A browser-like session that can send repeated form fields (check boxes). */
    final class Session {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        String csrf(String path) throws Exception {
            Matcher m = CSRF.matcher(get(path).body());
            assertThat(m.find()).as("csrf on " + path).isTrue();
            return m.group(1);
        }

        HttpResponse<String> post(String path, List<String[]> fields) throws Exception {
            List<String[]> all = new ArrayList<>(fields);
            all.add(new String[] {"_csrf", csrf(path.contains("/verwaltung") ? BASE : "/login")});
            String body = all.stream()
                    .map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/json")
                            .header("X-CSRF-TOKEN", csrf(BASE))
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Session login(String email) throws Exception {
            var r = post(
                    "/login", List.of(new String[] {"username", email}, new String[] {"password", "quartier-demo"}));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }
    }

    static String[] f(String name, Object value) {
        return new String[] {name, String.valueOf(value)};
    }

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(magdeburg(), () -> tx.execute(s -> work.get()));
    }

    long district(String slug) {
        return inTenant(() -> districts.list().stream()
                .filter(d -> d.slug().equals(slug))
                .findFirst()
                .map(DistrictSummary::id)
                .orElseThrow());
    }

    long field(String code) {
        return inTenant(() -> fields.active().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }

    long organisation(String name) {
        return inTenant(() -> organisations.choices().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id());
    }

    record Created(long concept, long version) {}

    /** A new concept of our own, created by the admin over HTTP. */
    Created concept(Session admin, String... districtSlugs) throws Exception {
        List<String[]> form =
                new ArrayList<>(List.of(f("title", "Test " + UUID.randomUUID()), f("areaName", "Testgebiet")));
        for (String slug : districtSlugs) {
            form.add(f("districtIds", district(slug)));
        }
        var r = admin.post(BASE, form);
        assertThat(r.statusCode()).isEqualTo(302);
        long id =
                Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        long version = inTenant(
                () -> planning.latest(concepts.findById(id).orElseThrow()).id());
        return new Created(id, version);
    }

    long count(long versionId, String what) {
        return inTenant(() -> switch (what) {
            case "goals" ->
                (long) goals.findByVersionIdOrderByCodeAscIdAsc(versionId).size();
            case "swot" -> (long) swot.findByVersionIdOrderByIdAsc(versionId).size();
            default ->
                (long) measures.findByVersionIdOrderByCodeAscIdAsc(versionId).size();
        });
    }

    long measureId(long versionId, String code) {
        return inTenant(() -> measures.findByVersionIdOrderByCodeAscIdAsc(versionId).stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsSaved() throws Exception {
        Session admin = new Session().login(ADMIN);
        Created c = concept(admin, "neue-neustadt", "alte-neustadt");
        Session manager = new Session().login(MANAGER);
        String v = BASE + "/" + c.concept() + "/versionen/" + c.version();

        // a target without a date
        var noDate = manager.post(
                v + "/ziele",
                List.of(
                        f("actionFieldId", field("employment")),
                        f("title", "Arbeit für alle"),
                        f("indicatorName", "Quote"),
                        f("baselineValue", "12,5"),
                        f("baselineDate", "2023-12-31"),
                        f("targetValue", "10"),
                        f("mode", "MANUAL")));
        assertThat(noDate.statusCode()).isEqualTo(200);
        assertThat(noDate.body()).contains("Ein Zielwert braucht ein Zieldatum");
        assertThat(count(c.version(), "goals")).isZero();

        // an automatic indicator needs a monitoring indicator of a district in the area
        var noMonitoring = manager.post(
                v + "/ziele",
                List.of(
                        f("actionFieldId", field("employment")),
                        f("title", "Arbeit für alle"),
                        f("indicatorName", "Quote"),
                        f("baselineValue", "12,5"),
                        f("baselineDate", "2023-12-31"),
                        f("targetValue", "10"),
                        f("targetDate", "2028-12-31"),
                        f("mode", "AUTOMATIC"),
                        f("districtId", district("sudenburg"))));
        assertThat(noMonitoring.body())
                .contains("Indikator aus dem Monitoring")
                .contains("Stadtteil des Programmgebiets");

        var goal = manager.post(
                v + "/ziele",
                List.of(
                        f("actionFieldId", field("employment")),
                        f("code", "5.1"),
                        f("title", "Arbeit für alle"),
                        f("indicatorName", "Quote"),
                        f("unit", "%"),
                        f("baselineValue", "12,5"),
                        f("baselineDate", "2023-12-31"),
                        f("targetValue", "10"),
                        f("targetDate", "2028-12-31"),
                        f("mode", "AUTOMATIC"),
                        f("monitoringKey", "unemployment"),
                        f("districtId", district("neue-neustadt"))));
        assertThat(goal.statusCode()).isEqualTo(302);
        long goalId = inTenant(() ->
                goals.findByVersionIdOrderByCodeAscIdAsc(c.version()).getFirst().id());

        List<String[]> measure = new ArrayList<>(List.of(
                f("title", "Bewerbungscafé"),
                f("leadOrganisationId", organisation("Bürgerverein Neue Neustadt e.V.")),
                f("status", "FINISHED"),
                f("cost", "1.000,00"),
                f("financingSource", "URBAN_DEVELOPMENT"),
                f("financingAmount", "600,00"),
                f("financingSource", "MUNICIPAL"),
                f("financingAmount", "300,00"),
                f("fieldIds", field("integration"))));
        // without a goal
        var noGoal = manager.post(v + "/massnahmen", measure);
        assertThat(noGoal.statusCode()).isEqualTo(200);
        assertThat(noGoal.body()).contains("mindestens einem Ziel dienen");
        // financing that does not add up (600 + 300 ≠ 1.000)
        measure.add(f("goalIds", goalId));
        var short1 = manager.post(v + "/massnahmen", measure);
        assertThat(short1.body())
                .contains("Die Finanzierung geht nicht auf")
                .contains("ergeben 900,00 €, die Kosten betragen 1.000,00 €");
        assertThat(count(c.version(), "measures")).isZero();

        measure.set(7, f("financingAmount", "400,00"));
        var saved = manager.post(v + "/massnahmen", measure);
        assertThat(saved.statusCode()).isEqualTo(302);
        Measure m = inTenant(
                () -> measures.findByVersionIdOrderByCodeAscIdAsc(c.version()).getFirst());
        assertThat(m.costCents()).isEqualTo(100_000L);
        assertThat(m.financedCents()).isEqualTo(100_000L);
        assertThat(m.fieldIds()).containsExactlyInAnyOrder(field("employment"), field("integration"));

        // progress for a finished measure
        var closed = manager.post(
                BASE + "/" + c.concept() + "/massnahmen/" + m.id() + "/fortschritt",
                List.of(f("periodFrom", "2026-01-01"), f("periodTo", "2026-03-31"), f("happened", "Noch ein Treffen")));
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("abgeschlossene oder abgebrochene Maßnahmen");
        assertThat(inTenant(() -> progress.findByConceptIdOrderByPeriodToAscIdAsc(c.concept())))
                .isEmpty();

        // the concept page shows the measure as serving two fields; the matrix counts it
        String page = manager.get(BASE + "/" + c.concept()).body();
        assertThat(page).contains("Bewerbungscafé").contains("2 Handlungsfelder");
        assertThat(manager.get(v + "/matrix").body()).contains("1 von 1 Maßnahmen dienen mehreren Handlungsfeldern");

        // adopted versions are frozen
        assertThat(manager.post(v + "/beschliessen", List.of()).statusCode()).isEqualTo(302);
        var frozen = manager.post(
                v + "/swot",
                List.of(
                        f("actionFieldId", field("housing")),
                        f("kind", "WEAKNESS"),
                        f("text", "zu spät"),
                        f("source", "EXPERT")));
        assertThat(frozen.body()).contains("wird nicht mehr geändert");
        assertThat(count(c.version(), "swot")).isZero();
    }

    @Test
    void someoneElsesAreaIs403AndNothingChanges() throws Exception {
        Session admin = new Session().login(ADMIN);
        Created sudenburg = concept(admin, "sudenburg");
        String v = BASE + "/" + sudenburg.concept() + "/versionen/" + sudenburg.version();
        Session manager = new Session().login(MANAGER);
        assertThat(manager.get(BASE + "/" + sudenburg.concept()).statusCode()).isEqualTo(403);
        var write = manager.post(
                v + "/swot",
                List.of(
                        f("actionFieldId", field("housing")),
                        f("kind", "WEAKNESS"),
                        f("text", "fremd"),
                        f("source", "EXPERT")));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(count(sudenburg.version(), "swot")).isZero();
        assertThat(manager.post(
                                BASE + "/" + sudenburg.concept() + "/oeffentlich",
                                List.<String[]>of(f("visible", "true")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.get(BASE).body())
                .doesNotContain("konzepte/" + sudenburg.concept() + "\"")
                .contains(PlanningDemoData.TITLE);
        // a manager may not create a concept for districts they do not manage
        var foreign = manager.post(
                BASE, List.of(f("title", "Fremd"), f("areaName", "Fremd"), f("districtIds", district("sudenburg"))));
        assertThat(foreign.statusCode()).isEqualTo(403);
        // the organisation editor sees only concepts with measures their organisation leads, and may not edit them
        Session editor = new Session().login(EDITOR);
        assertThat(editor.get(BASE + "/" + sudenburg.concept()).statusCode()).isEqualTo(403);
        long demo = inTenant(() -> concepts.findAllByOrderByTitleAsc().stream()
                .filter(c -> c.title().equals(PlanningDemoData.TITLE))
                .findFirst()
                .orElseThrow()
                .id());
        assertThat(editor.get(BASE + "/" + demo).statusCode()).isEqualTo(200);
        long demoVersion = inTenant(
                () -> planning.latest(concepts.findById(demo).orElseThrow()).id());
        assertThat(editor.post(
                                BASE + "/" + demo + "/versionen/" + demoVersion + "/swot",
                                List.of(
                                        f("actionFieldId", field("housing")),
                                        f("kind", "WEAKNESS"),
                                        f("text", "x"),
                                        f("source", "EXPERT")))
                        .statusCode())
                .isEqualTo(403);
        // ... but reports progress on the measures their organisation leads, and only on those
        long ownMeasure = measureId(demoVersion, "M07");
        long otherMeasure = measureId(demoVersion, "M01");
        List<String[]> report = List.of(
                f("periodFrom", "2026-01-01"),
                f("periodTo", "2026-03-31"),
                f("happened", "Pflanztag mit der Kita"),
                f("participants", "31"));
        assertThat(editor.post(BASE + "/" + demo + "/massnahmen/" + otherMeasure + "/fortschritt", report)
                        .statusCode())
                .isEqualTo(403);
        assertThat(editor.post(BASE + "/" + demo + "/massnahmen/" + ownMeasure + "/fortschritt", report)
                        .statusCode())
                .isEqualTo(302);
        assertThat(inTenant(() -> progress.findByConceptIdOrderByPeriodToAscIdAsc(demo).stream()
                        .filter(r -> r.happened().equals("Pflanztag mit der Kita"))
                        .count()))
                .isEqualTo(1L);
        // the admin sees and compares all
        assertThat(admin.get(BASE).body())
                .contains("Alle Handlungskonzepte im Vergleich")
                .contains(PlanningDemoData.TITLE);
    }

    @Test
    void concurrentEditsOfAMeasureDoNotOverwriteEachOther() throws Exception {
        Session admin = new Session().login(ADMIN);
        Created c = concept(admin, "neue-neustadt");
        String v = BASE + "/" + c.concept() + "/versionen/" + c.version();
        admin.post(v + "/ziele", List.of(f("actionFieldId", field("housing")), f("title", "Grüne Höfe")));
        long goalId = inTenant(() ->
                goals.findByVersionIdOrderByCodeAscIdAsc(c.version()).getFirst().id());
        long lead = organisation("Bürgerverein Neue Neustadt e.V.");
        assertThat(admin.post(
                                v + "/massnahmen",
                                List.of(
                                        f("title", "Hofgarten"),
                                        f("leadOrganisationId", lead),
                                        f("status", "PLANNED"),
                                        f("goalIds", goalId)))
                        .statusCode())
                .isEqualTo(302);
        long id = inTenant(() -> measures.findByVersionIdOrderByCodeAscIdAsc(c.version())
                .getFirst()
                .id());
        String edit = BASE + "/" + c.concept() + "/massnahmen/" + id + "/bearbeiten";

        Session manager = new Session().login(MANAGER);
        Matcher mine = VERSION.matcher(manager.get(edit).body());
        Matcher theirs = VERSION.matcher(admin.get(edit).body());
        assertThat(mine.find() && theirs.find()).isTrue();

        assertThat(admin.post(
                                edit,
                                List.of(
                                        f("version", theirs.group(1)),
                                        f("title", "Hofgarten (Admin)"),
                                        f("leadOrganisationId", lead),
                                        f("status", "APPROVED"),
                                        f("goalIds", goalId)))
                        .statusCode())
                .isEqualTo(302);
        var late = manager.post(
                edit,
                List.of(
                        f("version", mine.group(1)),
                        f("title", "Hofgarten (QM)"),
                        f("leadOrganisationId", lead),
                        f("status", "RUNNING"),
                        f("goalIds", goalId)));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("inzwischen von").contains("nicht gespeichert");
        Measure m = inTenant(() -> measures.findById(id).orElseThrow());
        assertThat(m.title()).isEqualTo("Hofgarten (Admin)");
        assertThat(m.status()).isEqualTo(Measure.Status.APPROVED);
    }

    @Test
    void demoConceptApiExportsAndPublicView() throws Exception {
        Session anonymous = new Session();
        var list = anonymous.get("/api/v1/magdeburg/concepts");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(PlanningDemoData.TITLE).doesNotContain("Testgebiet");
        long demo = inTenant(() -> concepts.findAllByOrderByTitleAsc().stream()
                .filter(c -> c.title().equals(PlanningDemoData.TITLE))
                .findFirst()
                .orElseThrow()
                .id());
        // the public sees the adopted version with its measures, but no progress reports
        var pub = anonymous.get("/api/v1/magdeburg/concepts/" + demo);
        assertThat(pub.body())
                .contains("\"status\":\"ADOPTED\"")
                .contains("Willkommenspatenschaften Neustadt")
                .contains("\"progress\":[]")
                .doesNotContain("\"status\":\"DRAFT\"");
        var missing = anonymous.get("/api/v1/magdeburg/concepts/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        // staff see every version, with two years of progress
        Session manager = new Session().login(MANAGER);
        var full = manager.get("/api/v1/magdeburg/concepts/" + demo + "/progress");
        assertThat(full.body()).contains("\"periodTo\":\"2024-12-31\"").contains("\"periodTo\":\"2025-12-31\"");
        var goalsJson =
                manager.get("/api/v1/magdeburg/concepts/" + demo + "/goals").body();
        assertThat(goalsJson).contains("\"mode\":\"AUTOMATIC\"").contains("\"trafficLight\":\"");
        inTenant(() -> {
            Concept c = concepts.findById(demo).orElseThrow();
            assertThat(planning.versions(c)).hasSizeGreaterThanOrEqualTo(2);
            ConceptVersion first = planning.versions(c).getFirst();
            assertThat(measures.findByVersionIdOrderByCodeAscIdAsc(first.id())).hasSizeGreaterThanOrEqualTo(20);
            assertThat(swot.findByVersionIdOrderByIdAsc(first.id()).stream()
                            .map(SwotEntry::actionFieldId)
                            .distinct()
                            .count())
                    .isGreaterThanOrEqualTo(8);
            return null;
        });

        long latest = inTenant(
                () -> planning.latest(concepts.findById(demo).orElseThrow()).id());

        // progress over the API: RFC 9457 problems for a finished measure and for missing fields
        String api = "/api/v1/magdeburg/concepts/" + demo + "/measures/";
        var finished = manager.postJson(
                api + measureId(latest, "M19") + "/progress",
                "{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-03-31\",\"happened\":\"Noch offen\"}");
        assertThat(finished.statusCode()).isEqualTo(409);
        assertThat(finished.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(finished.body()).contains("abgeschlossene oder abgebrochene");
        var incomplete =
                manager.postJson(api + measureId(latest, "M17") + "/progress", "{\"periodFrom\":\"2026-01-01\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        var created = manager.postJson(
                api + measureId(latest, "M17") + "/progress",
                "{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-03-31\",\"happened\":\"AG-Sitzung im März\","
                        + "\"participants\":22}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"participants\":22");
        String v = BASE + "/" + demo + "/versionen/" + latest;
        var csv = manager.get(v + "/export.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("code;title;status").contains("Quartiershausmeister Neustadt;");
        assertThat(manager.get(v + "/export.json").body()).contains("\"measures\":[");
        var pdf = manager.bytes(v + "/jahresbericht.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the public page shows the adopted concept
        var page = anonymous.get("/magdeburg/konzepte/" + demo);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(PlanningDemoData.TITLE).contains("Willkommenspatenschaften Neustadt");
        assertThat(anonymous.get("/magdeburg/konzepte").body()).contains(PlanningDemoData.TITLE);
        assertThat(anonymous.get(BASE).statusCode()).isIn(302, 401, 403);
    }
}
