package de.quartier.matching;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.TestAccessTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching API with personal access tokens: coordinators only (problem JSON for everyone else); run → suggestions
 * with score parts → approve → mentorship → lifecycle step; a rejected pair never returns; bad steps are problems;
 * the reads of newcomers' names are in the audit log. Works on pairs of its own (see {@link MatchingFixtures}).
 */
@QuartierTest
class MatchingApiTest {

    static final String API = "/api/v1/magdeburg/matching";
    static final String COORDINATOR = "koordination@magdeburg.example";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient client = HttpClient.newHttpClient();
    MatchingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MatchingFixtures(context);
    }

    String token(String email) {
        return TestAccessTokens.issue(context, email);
    }

    HttpResponse<String> call(String method, String path, @Nullable String token, @Nullable String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + API + path))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    static @Nullable JsonNode suggestion(JsonNode list, long volunteer, long newcomer) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(s -> s.get("volunteerId").asLong() == volunteer
                        && s.get("newcomerId").asLong() == newcomer)
                .findFirst()
                .orElse(null);
    }

    long audits(String action, String subject, String detailPattern) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ? and actor_email = ? and detail ~ ?",
                Long.class,
                action,
                subject,
                COORDINATOR,
                detailPattern);
    }

    @Test
    void onlyCoordinatorsAndFiguresAreSuppressedAggregates() throws Exception {
        assertProblem(call("GET", "/stats", null, null), 401);
        assertProblem(call("POST", "/runs", null, "{}"), 401);
        String volunteer = token("ehrenamt@magdeburg.example");
        assertProblem(call("GET", "/stats", volunteer, null), 403);
        assertProblem(call("GET", "/suggestions", volunteer, null), 403);
        assertProblem(call("POST", "/runs", volunteer, "{}"), 403);
        // social workers see neither figures, suggestions nor tandems on the pages, so not here either
        String social = token("sozialarbeit@magdeburg.example");
        assertProblem(call("GET", "/mentorships", social, null), 403);
        assertProblem(call("POST", "/suggestions/1/approve", social, null), 403);

        var stats = call("GET", "/stats", token(COORDINATOR), null);
        assertThat(stats.statusCode()).isEqualTo(200);
        JsonNode s = json(stats);
        List<String> counts = new ArrayList<>(List.of(
                s.get("waiting").asString(),
                s.get("running").asString(),
                s.get("ended").asString()));
        s.get("districts").forEach(d -> {
            counts.add(d.get("waiting").asString());
            counts.add(d.get("running").asString());
        });
        assertThat(s.get("districts").size()).isPositive();
        assertThat(counts)
                .allSatisfy(c -> assertThat(c.equals("< 5") || Integer.parseInt(c) >= 5)
                        .as(c)
                        .isTrue());
        assertThat(counts).contains("< 5");

        String docs = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(docs)
                .contains("/api/v1/{tenant}/matching/runs", "/api/v1/{tenant}/matching/mentorships/{id}/status");
    }

    @Test
    void runApproveMoveRejectAndTheReadsAreAudited() throws Exception {
        String u = MatchingFixtures.unique();
        long[] approved = fixtures.pair("Api Vera " + u, "Api Nadia " + u);
        long[] rejected = fixtures.pair("Api Rolf " + u, "Api Karim " + u);
        String coordinator = token(COORDINATOR);

        assertProblem(call("POST", "/runs", coordinator, "{\"regionId\": -1}"), 400);
        var run = call("POST", "/runs", coordinator, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonNode a = suggestion(json(run).get("suggestions"), approved[0], approved[1]);
        JsonNode r = suggestion(json(run).get("suggestions"), rejected[0], rejected[1]);
        assertThat(a).isNotNull();
        assertThat(r).isNotNull();
        assertThat(a.get("newcomer").asString()).isEqualTo("Api Nadia " + u);
        assertThat(a.get("sharedLanguage").asString()).startsWith("q");
        List<String> parts = new ArrayList<>();
        a.get("parts").forEach(p -> {
            parts.add(p.get("key").asString());
            assertThat(p.get("points").asInt()).isBetween(0, p.get("max").asInt());
        });
        assertThat(parts).contains("language", "help", "time", "preference", "waiting");
        // the page's notice, in the tenant's language: "21 Vorschläge für 30 Wartende …"
        assertThat(json(run).get("message").asString())
                .startsWith(json(run).get("suggestions").size() + " ");
        long aId = a.get("id").asLong();
        long rId = r.get("id").asLong();
        assertThat(audits(AuditLog.PERSONAL_DATA_READ, "newcomer:" + approved[1], "^matching.suggestion:" + aId + "$"))
                .isPositive();
        assertThat(suggestion(json(call("GET", "/suggestions", coordinator, null)), approved[0], approved[1]))
                .isNotNull();

        // approve one: a proposed mentorship; a second approval is a conflict; an unknown suggestion is 404
        var approve = call("POST", "/suggestions/" + aId + "/approve", coordinator, null);
        assertThat(approve.statusCode()).as(approve.body()).isEqualTo(200);
        long mentorship = json(approve).get("mentorshipId").asLong();
        assertProblem(call("POST", "/suggestions/" + aId + "/approve", coordinator, null), 409);
        assertProblem(call("POST", "/suggestions/999999999/approve", coordinator, null), 404);
        assertThat(call("POST", "/suggestions/" + rId + "/reject", coordinator, null)
                        .statusCode())
                .isEqualTo(200);

        JsonNode tandem = StreamSupport.stream(
                        json(call("GET", "/mentorships", coordinator, null)).spliterator(), false)
                .filter(m -> m.get("id").asLong() == mentorship)
                .findFirst()
                .orElseThrow();
        assertThat(tandem.get("newcomerId").asLong()).isEqualTo(approved[1]);
        assertThat(tandem.get("newcomer").asString()).isEqualTo("Api Nadia " + u);
        assertThat(tandem.get("volunteer").asString()).isEqualTo("Api Vera " + u);
        assertThat(tandem.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(tandem.get("proposedAt").asString()).isNotBlank();
        assertThat(audits(AuditLog.PERSONAL_DATA_READ, "newcomer:list", "^tandems ids=(.*,)?" + approved[1] + "(,|$)"))
                .isPositive();

        // lifecycle: a skipped step, ending without a reason and an unknown status are problems; the next step works
        String path = "/mentorships/" + mentorship + "/status";
        assertProblem(call("POST", path, coordinator, "{\"to\":\"ACTIVE\"}"), 409);
        assertProblem(call("POST", path, coordinator, "{\"to\":\"ENDED\"}"), 422);
        var unknown = call("POST", path, coordinator, "{\"to\":\"SIDEWAYS\"}");
        assertProblem(unknown, 400);
        assertThat(json(unknown).get("errors").has("to")).isTrue();
        assertProblem(call("POST", "/mentorships/999999999/status", coordinator, "{\"to\":\"TRIAL\"}"), 404);
        var step = call(
                "POST",
                path,
                coordinator,
                "{\"to\":\"FIRST_MEETING\",\"meetingOn\":\"2026-12-01\",\"meetingDetails\":\"Bürgerhaus\"}");
        assertThat(step.statusCode()).as(step.body()).isEqualTo(200);
        assertThat(json(step).get("status").asString()).isEqualTo("FIRST_MEETING");
        assertThat(json(step).get("next").toString()).contains("TRIAL").contains("ENDED");

        // the next run: the rejected pair does not come back, and the reason is given
        var again = call("POST", "/runs", coordinator, "{}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(suggestion(json(again).get("suggestions"), rejected[0], rejected[1]))
                .isNull();
        assertThat(suggestion(json(again).get("suggestions"), approved[0], approved[1]))
                .isNull();
        assertThat(json(again).get("blocked").has("REJECTED")).isTrue();
    }
}
