package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HSDS import: the official examples import, a second import changes nothing, a bad file imports nothing. */
@QuartierTest
class HsdsImportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HsdsImport hsds;

    HsdsFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new HsdsFixtures(context);
    }

    static String example(String file) throws Exception {
        try (InputStream in = HsdsImportTest.class.getResourceAsStream("/hsds/examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    HsdsImport.Plan check(TenantInfo tenant, String text) {
        return TenantContext.callAs(tenant, () -> hsds.check(text));
    }

    HsdsImport.Plan apply(TenantInfo tenant, String text) {
        return TenantContext.callAs(tenant, () -> hsds.apply(text, "test.json"));
    }

    long organisations(TenantInfo tenant) {
        return TenantContext.callAs(tenant, () -> fixtures.tx.execute(s -> fixtures.organisations.count()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organization_full.json",
                "organization_list.json",
                "service_full.json",
                "service_list.json",
                "location.json",
                "service_at_location_full.json",
                "service_at_location_list.json"
            })
    void officialExamplesImportAndASecondImportChangesNothing(String file) throws Exception {
        TenantInfo tenant = fixtures.emptyTenant();
        String text = example(file);
        HsdsImport.Plan first = apply(tenant, text);
        assertThat(first.errors()).as(file).isEmpty();
        assertThat(first.entries()).isNotEmpty();
        assertThat(first.entries()).allMatch(e -> e.change() == HsdsImport.Change.NEW);

        HsdsImport.Plan again = check(tenant, text);
        assertThat(again.errors()).isEmpty();
        assertThat(again.entries()).hasSameSizeAs(first.entries());
        assertThat(again.entries()).as(file).allMatch(e -> e.change() == HsdsImport.Change.UNCHANGED);
        HsdsImport.Plan appliedAgain = apply(tenant, text);
        assertThat(appliedAgain.entries()).allMatch(e -> e.change() == HsdsImport.Change.UNCHANGED);
    }

    @Test
    void organisationExampleIsReadFieldByField() throws Exception {
        TenantInfo tenant = fixtures.emptyTenant();
        HsdsImport.Plan plan = apply(tenant, example("organization_full.json"));
        assertThat(plan.count(History.ORGANISATION, HsdsImport.Change.NEW)).isEqualTo(1);
        assertThat(plan.count(History.OFFER, HsdsImport.Change.NEW)).isEqualTo(1);
        assertThat(plan.count(History.LOCATION, HsdsImport.Change.NEW)).isEqualTo(1);
        // latitude 100 / longitude 101 in the example are out of range: a warning, not an error
        assertThat(plan.warnings()).anyMatch(w -> w.key().equals("directory.import.warn.coordinates"));
        TenantContext.runAs(
                tenant,
                () -> fixtures.tx.executeWithoutResult(status -> {
                    Organisation o = fixtures.organisations
                            .findByPublicId(UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"))
                            .orElseThrow();
                    assertThat(o.name()).isEqualTo("Example Organization Inc.");
                    assertThat(o.status()).isEqualTo(EntryStatus.PUBLISHED);
                    assertThat(o.kind()).isEqualTo(OrganisationKind.OTHER);
                    assertThat(o.email()).isEqualTo("email@example.com");
                    assertThat(o.contactName()).isEqualTo("Ann Persona");
                    assertThat(o.locations()).extracting(Location::name).containsExactly("MyCity Civic Center");
                    Location l = o.locations().iterator().next();
                    assertThat(l.street()).isEqualTo("1-30 Main Street");
                    assertThat(l.hasPoint()).isFalse();
                    Offer s = fixtures.offers
                            .findByPublicId(UUID.fromString("ac148810-d857-441c-9679-408f346de14b"))
                            .orElseThrow();
                    assertThat(s.title()).isEqualTo("Community Counselling");
                    assertThat(s.cost()).isEqualTo(Cost.FEE);
                    assertThat(s.languages()).containsExactly("ur");
                    assertThat(s.schedule()).extracting(ScheduleSlot::weekday).containsExactly(4, 5);
                    assertThat(s.locations()).extracting(Location::publicId).containsExactly(l.publicId());
                }));
        // shown in the tenant's HSDS API
        var response = new Http(port).get("/api/hsds/v3/" + tenant.slug() + "/services");
        assertThat(JSON.readTree(response.body()).get("total_items").intValue()).isEqualTo(1);
    }

    @Test
    void exportOfOneTenantReimportsIntoAnEmptyOneWithoutLoss() throws Exception {
        String name = HsdsFixtures.unique("Rundreise");
        var created = fixtures.directory(fixtures.magdeburg(), name);
        Http http = new Http(port);
        String export = http.get("/api/hsds/v3/magdeburg/export").body();
        int organisations = JSON.readTree(export).size();

        TenantInfo target = fixtures.emptyTenant();
        HsdsImport.Plan plan = apply(target, export);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.count(History.ORGANISATION, HsdsImport.Change.NEW)).isEqualTo(organisations);

        JsonNode before = JSON.readTree(
                http.get("/api/hsds/v3/magdeburg/services/" + created.offer()).body());
        JsonNode after = JSON.readTree(http.get("/api/hsds/v3/" + target.slug() + "/services/" + created.offer())
                .body());
        for (String field : new String[] {
            "name",
            "description",
            "url",
            "email",
            "organization_id",
            "schedules",
            "languages",
            "cost_options",
            "contacts",
            "phones",
            "service_at_locations"
        }) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(after.toString()).contains("WOMEN", "NEWCOMERS", "integration", "Rollstuhlgerecht");
        assertThat(JSON.readTree(http.get("/api/hsds/v3/" + target.slug() + "/organizations")
                                .body())
                        .get("total_items")
                        .intValue())
                .isEqualTo(organisations);

        HsdsImport.Plan again = check(target, export);
        assertThat(again.entries()).allMatch(e -> e.change() == HsdsImport.Change.UNCHANGED);
    }

    @Test
    void aFileWithOneErrorImportsNothing() throws Exception {
        TenantInfo tenant = fixtures.emptyTenant();
        UUID good = UUID.randomUUID();
        String text = "[{\"id\":\"" + good + "\",\"name\":\"Gute Organisation\",\"description\":\"\"},"
                + "{\"id\":\"keine-uuid\",\"name\":\"Schlechte\",\"description\":\"\"},"
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"\",\"description\":\"\"},"
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Dienst\",\"status\":\"kaputt\","
                + "\"organization_id\":\"" + UUID.randomUUID() + "\"}]";
        HsdsImport.Plan plan = apply(tenant, text);
        assertThat(plan.ok()).isFalse();
        assertThat(plan.errors())
                .extracting(HsdsImport.Problem::key)
                .contains(
                        "directory.import.err.uuid",
                        "directory.import.err.required",
                        "directory.import.err.status",
                        "directory.import.err.unknownOrganisation");
        assertThat(organisations(tenant)).isZero();
        assertThat(apply(tenant, "{ not json").errors())
                .extracting(HsdsImport.Problem::key)
                .containsExactly("directory.import.err.json");
        assertThat(apply(tenant, "42").errors()).isNotEmpty();
        assertThat(apply(tenant, "[]").errors())
                .extracting(HsdsImport.Problem::key)
                .containsExactly("directory.import.err.empty");
        assertThat(organisations(tenant)).isZero();
    }

    @Test
    void hostileStringsAreStoredAsTextAndShownEscapedInThePreview() throws Exception {
        UUID id = UUID.randomUUID();
        String hostile = "<script>alert('x')</script> Verein " + id.toString().substring(0, 6);
        String text = "{\"id\":\"" + id + "\",\"name\":" + JSON.writeValueAsString(hostile)
                + ",\"description\":\"<img src=x onerror=alert(1)>\"}";
        Http admin = new Http(port).login("admin@magdeburg.example");
        var upload = admin.upload(
                "/magdeburg/verwaltung/verzeichnis/import/hsds",
                admin.csrf("/magdeburg/verwaltung/verzeichnis/import"),
                "boese.json",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        String location = URI.create(upload.headers().firstValue("Location").orElseThrow())
                .getPath();
        String preview = admin.get(location).body();
        assertThat(preview).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(preview).contains("id=\"import-confirm\"");
        var confirm = admin.postForm(location, Map.of("_csrf", admin.csrf(location)));
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"import-done\"").doesNotContain("<script>alert");
        JsonNode org = JSON.readTree(
                new Http(port).get("/api/hsds/v3/magdeburg/organizations/" + id).body());
        assertThat(org.get("name").stringValue()).isEqualTo(hostile);
        assertThat(org.get("description").stringValue()).isEqualTo("<img src=x onerror=alert(1)>");
        // confirming again imports nothing twice
        admin.postForm(location, Map.of("_csrf", admin.csrf(location)));
        assertThat(admin.get(location).body()).contains(messageOf("directory.import.alreadyImported"));
    }

    private String messageOf(String key) {
        return context.getMessage(key, null, java.util.Locale.GERMAN);
    }

    @Test
    void onlyAdminsImportHsdsInTheBrowser() throws Exception {
        Http manager = new Http(port).login("qm.neustadt@magdeburg.example");
        assertThat(manager.get("/magdeburg/verwaltung/verzeichnis/import").statusCode())
                .isEqualTo(200);
        var upload = manager.upload(
                "/magdeburg/verwaltung/verzeichnis/import/hsds",
                manager.csrf("/magdeburg/verwaltung/verzeichnis/import"),
                "x.json",
                "[]".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(403);
        Http editor = new Http(port).login("traeger@magdeburg.example");
        assertThat(editor.get("/magdeburg/verwaltung/verzeichnis/import").statusCode())
                .isEqualTo(403);
    }

    @Test
    void apiImportsWithAnAdminTokenAndAnswersProblemJsonOnErrors() throws Exception {
        TenantInfo tenant = fixtures.emptyTenant();
        String admin = fixtures.person(tenant, "MUNICIPAL_ADMIN");
        String token = fixtures.token(admin);
        String editor = fixtures.token(fixtures.person(tenant, "ORGANISATION_EDITOR"));
        String path = "/api/v1/" + tenant.slug() + "/directory/hsds-import";
        String body = example("organization_full.json");

        assertThat(post(path, body, null).statusCode()).isEqualTo(401);
        assertThat(post(path, body, editor).statusCode()).isEqualTo(403);

        var dry = post(path + "?dry_run=true", body, token);
        assertThat(dry.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(dry.body()).get("imported").booleanValue()).isFalse();
        assertThat(organisations(tenant)).isZero();

        var done = post(path, body, token);
        assertThat(done.statusCode()).isEqualTo(200);
        JsonNode counts = JSON.readTree(done.body()).get("counts");
        assertThat(counts.get("organisation.new").intValue()).isEqualTo(1);
        assertThat(counts.get("offer.new").intValue()).isEqualTo(1);
        var again = post(path, body, token);
        assertThat(JSON.readTree(again.body())
                        .get("counts")
                        .get("organisation.unchanged")
                        .intValue())
                .isEqualTo(1);

        var bad = post(path, "[{\"id\":\"x\",\"name\":\"y\"}]", token);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(bad.body()).contains("[0]");
        assertThat(post(path, "nicht json", token).statusCode()).isEqualTo(422);
        assertThat(organisations(tenant)).isEqualTo(1);
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
