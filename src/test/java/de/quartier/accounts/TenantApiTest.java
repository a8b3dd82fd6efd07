package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operators create and list tenants over the API; bad input is problem JSON, never a 500. */
@QuartierTest
class TenantApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    WebClient web;
    String operatorToken;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        long operator =
                accounts.findByEmail("operator@quartier.example").orElseThrow().id();
        operatorToken = tokens.create(operator, "api test", null).token();
    }

    HttpResponse<String> post(String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.uri("/api/v1/tenants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return web.send(request.build());
    }

    static String tenantJson(String name, String slug, String zone, String language, String adminEmail) {
        return """
                {"name":"%s","slug":"%s","timeZone":"%s","defaultLanguage":"%s","adminEmail":%s,"adminName":"Erste Admin"}
                """.formatted(name, slug, zone, language, adminEmail == null ? "null" : "\"" + adminEmail + "\"");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void operatorCreatesTenantWithFirstAdminInvitation() throws Exception {
        String slug = Fixtures.unique("api");
        String admin = slug + "@example.org";
        var response = post(operatorToken, tenantJson("Stadt " + slug, slug, "Europe/Vienna", "en", admin));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("slug").asString()).isEqualTo(slug);
        assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Vienna");
        assertThat(body.get("defaultLanguage").asString()).isEqualTo("en");
        long id = body.get("id").asLong();
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/tenants/" + id));

        assertThat(tenants.bySlug(slug))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(id));
        assertThat(jdbc.queryForObject("select require_staff_two_factor from tenant where id = ?", Boolean.class, id))
                .isTrue();
        // the invitation went to the outbox of the new tenant, in its default language, with a link
        String mail = jdbc.queryForObject(
                "select body from mail_message where tenant_id = ? and recipient = ?", String.class, id, admin);
        assertThat(mail).contains("/einladung/").contains("Stadt " + slug);
        assertThat(jdbc.queryForObject(
                        "select role from invitation where tenant_id = ? and email = ?", String.class, id, admin))
                .isEqualTo("MUNICIPAL_ADMIN");

        var list = web.get("/api/v1/tenants", "Authorization", "Bearer " + operatorToken);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"slug\":\"" + slug + "\"").contains("\"slug\":\"magdeburg\"");
        var one = web.get("/api/v1/tenants/" + id, "Authorization", "Bearer " + operatorToken);
        assertThat(json(one).get("name").asString()).isEqualTo("Stadt " + slug);
    }

    @Test
    void reservedTakenAndInvalidSlugsAreProblemsAndStoreNothing() throws Exception {
        int before = tenants.all().size();

        var reserved = post(operatorToken, tenantJson("Login", "login", "Europe/Berlin", "de", null));
        assertProblem(reserved, 400);
        assertThat(json(reserved).get("errors").get("slug").asString()).contains("reserviert");

        var api = post(operatorToken, tenantJson("Api", "actuator", "Europe/Berlin", "de", null));
        assertProblem(api, 400);

        var taken = post(operatorToken, tenantJson("Noch einmal Magdeburg", "magdeburg", "Europe/Berlin", "de", null));
        assertProblem(taken, 409);
        assertThat(json(taken).get("errors").get("slug").asString()).contains("vergeben");

        var invalid = post(operatorToken, tenantJson("Halle", "halle saale!", "Europe/Berlin", "de", null));
        assertProblem(invalid, 400);
        assertThat(json(invalid).get("errors").has("slug")).isTrue();

        var badZone = post(operatorToken, tenantJson("Zone", Fixtures.unique("zone"), "Mars/Olympus", "de", null));
        assertProblem(badZone, 400);
        assertThat(json(badZone).get("errors").has("timeZone")).isTrue();

        var badLanguage =
                post(operatorToken, tenantJson("Sprache", Fixtures.unique("lang"), "Europe/Berlin", "fr", null));
        assertProblem(badLanguage, 400);
        assertThat(json(badLanguage).get("errors").has("defaultLanguage")).isTrue();

        var missing = post(operatorToken, "{\"slug\":\"" + Fixtures.unique("leer") + "\"}");
        assertProblem(missing, 400);
        assertThat(json(missing).get("errors").has("name")).isTrue();

        var badEmail = post(
                operatorToken, tenantJson("Mail", Fixtures.unique("mail"), "Europe/Berlin", "de", "keine-adresse"));
        assertProblem(badEmail, 400);
        assertThat(json(badEmail).get("errors").has("adminEmail")).isTrue();

        var broken = post(operatorToken, "{\"name\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");

        assertThat(tenants.all()).hasSize(before);
    }

    @Test
    void nonOperatorsAreForbiddenAndAnonymousIsUnauthorised() throws Exception {
        long admin =
                accounts.findByEmail("admin@magdeburg.example").orElseThrow().id();
        String adminToken = tokens.create(admin, "not an operator", null).token();
        String slug = Fixtures.unique("verboten");

        var forbidden = post(adminToken, tenantJson("Verboten", slug, "Europe/Berlin", "de", null));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/v1/tenants", "Authorization", "Bearer " + adminToken)
                        .statusCode())
                .isEqualTo(403);

        var anonymous = post(null, tenantJson("Anonym", slug, "Europe/Berlin", "de", null));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(web.get("/api/v1/tenants").statusCode()).isEqualTo(401);
        assertThat(tenants.bySlug(slug)).isEmpty();
    }
}
