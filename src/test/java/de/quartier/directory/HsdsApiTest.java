package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.org.apache.commons.validator.routines.DomainValidator;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HSDS read API: valid against the official compiled schemas, paginated as the HSDS API says, published only. */
@QuartierTest
class HsdsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static JsonSchema organization;
    static JsonSchema organizationList;
    static JsonSchema service;
    static JsonSchema serviceList;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Http http;
    HsdsFixtures fixtures;

    @BeforeAll
    static void schemas() throws Exception {
        // Demo and test addresses use the reserved TLD .example (RFC 2606), which the validator's built-in IANA
        // list lacks; everything else about the e-mail format stays checked.
        DomainValidator.updateTLDOverride(DomainValidator.ArrayType.GENERIC_PLUS, new String[] {"example"});
        organization = schema("organization.json");
        organizationList = schema("organization_list.json");
        service = schema("service.json");
        serviceList = schema("service_list.json");
    }

    /** An official compiled schema (no $schema in the files: draft 7), with formats (uuid, email, uri) asserted. */
    static JsonSchema schema(String file) throws Exception {
        try (InputStream in = HsdsApiTest.class.getResourceAsStream("/hsds/schema/" + file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
    }

    static void assertValid(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(JSON.writeValueAsString(node), InputFormat.JSON);
        assertThat(errors).as("schema errors of %s", node).isEmpty();
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new HsdsFixtures(context);
    }

    JsonNode get(String path) throws Exception {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    @Test
    void singleOrganisationAndServiceAreValidFullyNestedObjects() throws Exception {
        String name = HsdsFixtures.unique("HSDS Verein");
        var created = fixtures.directory(fixtures.magdeburg(), name);

        JsonNode org = get("/api/hsds/v3/magdeburg/organizations/" + created.organisation() + "?full_service=true");
        assertValid(organization, org);
        assertThat(org.get("id").stringValue()).isEqualTo(created.organisation().toString());
        assertThat(org.get("name").stringValue()).isEqualTo(name);
        assertThat(org.get("website").stringValue()).isEqualTo("https://www.example.org");
        assertThat(org.get("phones").get(0).get("number").stringValue()).isEqualTo("0391 123456");
        JsonNode address = org.get("locations").get(0).get("addresses").get(0);
        assertThat(address.get("country").stringValue()).isEqualTo("DE");
        assertThat(address.get("state_province").stringValue()).isEqualTo("Sachsen-Anhalt");
        assertThat(address.get("postal_code").stringValue()).isEqualTo("39124");
        // the archived offer is not among the services
        assertThat(org.get("services")).hasSize(1);
        assertThat(org.get("services").get(0).get("id").stringValue())
                .isEqualTo(created.offer().toString());

        JsonNode svc = get("/api/hsds/v3/magdeburg/services/" + created.offer());
        assertValid(service, svc);
        assertThat(svc.get("status").stringValue()).isEqualTo("active");
        assertThat(svc.get("organization").get("id").stringValue())
                .isEqualTo(created.organisation().toString());
        assertThat(svc.get("schedules").get(0).get("byday").stringValue()).isEqualTo("MO");
        assertThat(svc.get("schedules").get(0).get("opens_at").stringValue()).isEqualTo("09:00");
        assertThat(svc.get("schedules").get(1).get("closes_at").stringValue()).isEqualTo("17:30");
        assertThat(svc.get("schedules").get(1).get("freq").stringValue()).isEqualTo("WEEKLY");
        assertThat(svc.get("languages").findValuesAsString("code")).containsExactlyInAnyOrder("de", "ar");
        JsonNode location = svc.get("service_at_locations").get(0).get("location");
        assertThat(location.get("id").stringValue())
                .isEqualTo(created.location().toString());
        assertThat(location.get("latitude").doubleValue()).isEqualTo(52.1576);
        assertThat(svc.get("cost_options").get(0).get("amount").intValue()).isZero();
        assertThat(svc.toString()).contains("quartier-target-group", "WOMEN", "integration");
    }

    @Test
    void listsArePaginatedAsTheHsdsApiSaysAndEachItemIsValid() throws Exception {
        String name = HsdsFixtures.unique("HSDS Liste");
        fixtures.directory(fixtures.magdeburg(), name);
        fixtures.directory(fixtures.magdeburg(), name + " Zwei");
        fixtures.directory(fixtures.magdeburg(), name + " Drei");

        JsonNode all = get("/api/hsds/v3/magdeburg/organizations?per_page=500");
        long total = all.get("total_items").longValue();
        assertThat(total).isGreaterThanOrEqualTo(3);
        for (JsonNode item : all.get("contents")) {
            assertValid(organizationList, item);
        }

        JsonNode page1 =
                get("/api/hsds/v3/magdeburg/organizations?search=" + name.replace(" ", "%20") + "&per_page=2&page=1");
        assertThat(page1.get("total_items").intValue()).isEqualTo(3);
        assertThat(page1.get("total_pages").intValue()).isEqualTo(2);
        assertThat(page1.get("page_number").intValue()).isEqualTo(1);
        assertThat(page1.get("size").intValue()).isEqualTo(2);
        assertThat(page1.get("first_page").booleanValue()).isTrue();
        assertThat(page1.get("last_page").booleanValue()).isFalse();
        assertThat(page1.get("empty").booleanValue()).isFalse();
        JsonNode page2 =
                get("/api/hsds/v3/magdeburg/organizations?search=" + name.replace(" ", "%20") + "&per_page=2&page=2");
        assertThat(page2.get("size").intValue()).isEqualTo(1);
        assertThat(page2.get("first_page").booleanValue()).isFalse();
        assertThat(page2.get("last_page").booleanValue()).isTrue();
        JsonNode page3 =
                get("/api/hsds/v3/magdeburg/organizations?search=" + name.replace(" ", "%20") + "&per_page=2&page=3");
        assertThat(page3.get("empty").booleanValue()).isTrue();
        assertThat(page3.get("contents")).isEmpty();

        JsonNode services = get("/api/hsds/v3/magdeburg/services?search=" + name.replace(" ", "%20"));
        // three published offers; the archived ones are not listed
        assertThat(services.get("total_items").intValue()).isEqualTo(3);
        for (JsonNode item : services.get("contents")) {
            assertValid(serviceList, item);
        }
        JsonNode full = get("/api/hsds/v3/magdeburg/services?full=true&per_page=5&search=" + name.replace(" ", "%20"));
        for (JsonNode item : full.get("contents")) {
            assertValid(service, item);
        }
    }

    @Test
    void servicesFilterByOrganisationAndTaxonomyTerm() throws Exception {
        String name = HsdsFixtures.unique("HSDS Filter");
        var created = fixtures.directory(fixtures.magdeburg(), name);
        String search = "/api/hsds/v3/magdeburg/services?search=" + name.replace(" ", "%20");
        String women = HsdsJson.termId(HsdsJson.TAXONOMY_TARGET_GROUP, "WOMEN").toString();
        String seniors =
                HsdsJson.termId(HsdsJson.TAXONOMY_TARGET_GROUP, "SENIORS").toString();
        String integration =
                HsdsJson.termId(HsdsJson.TAXONOMY_ACTION_FIELD, "integration").toString();
        String free = HsdsJson.termId(HsdsJson.TAXONOMY_COST, "FREE").toString();
        String fee = HsdsJson.termId(HsdsJson.TAXONOMY_COST, "FEE").toString();
        assertThat(get(search + "&taxonomy_term_id=" + women).get("total_items").intValue())
                .isEqualTo(1);
        assertThat(get(search + "&taxonomy_term_id=" + seniors)
                        .get("total_items")
                        .intValue())
                .isZero();
        assertThat(get(search + "&taxonomy_term_id=" + integration)
                        .get("total_items")
                        .intValue())
                .isEqualTo(1);
        assertThat(get(search + "&taxonomy_term_id=" + free).get("total_items").intValue())
                .isEqualTo(1);
        assertThat(get(search + "&taxonomy_term_id=" + fee).get("total_items").intValue())
                .isZero();
        assertThat(get(search + "&taxonomy_term_id=" + java.util.UUID.randomUUID())
                        .get("total_items")
                        .intValue())
                .isZero();
        assertThat(get("/api/hsds/v3/magdeburg/services?organization_id=" + created.organisation())
                        .get("total_items")
                        .intValue())
                .isEqualTo(1);
        // the term ids filtered on are the ones the services carry
        JsonNode svc = get("/api/hsds/v3/magdeburg/services/" + created.offer());
        assertThat(svc.get("attributes").findValuesAsString("taxonomy_term_id")).contains(women, integration, free);
    }

    @Test
    void unknownArchivedAndMalformedIdsAre404AndBadPagingIs400() throws Exception {
        var created = fixtures.directory(fixtures.magdeburg(), HsdsFixtures.unique("HSDS Archiv"));
        assertThat(http.get("/api/hsds/v3/magdeburg/services/" + created.archivedOffer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/hsds/v3/magdeburg/organizations/" + created.archivedOrganisation())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/hsds/v3/magdeburg/services/" + java.util.UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        var notUuid = http.get("/api/hsds/v3/magdeburg/organizations/%3Cscript%3E");
        assertThat(notUuid.statusCode()).isEqualTo(404);
        assertThat(notUuid.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(http.get("/api/hsds/v3/magdeburg/services?page=0").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/hsds/v3/magdeburg/services?per_page=abc").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/hsds/v3/keine-stadt/services").statusCode()).isEqualTo(404);
        // another tenant does not see Magdeburg's entries
        var other = fixtures.emptyTenant();
        assertThat(http.get("/api/hsds/v3/" + other.slug() + "/services/" + created.offer())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void exportIsAnArrayOfValidOrganisationsWithTheirServicesAndIsDocumented() throws Exception {
        var created = fixtures.directory(fixtures.magdeburg(), HsdsFixtures.unique("HSDS Export"));
        var response = http.get("/api/hsds/v3/magdeburg/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("magdeburg-hsds.json");
        JsonNode export = JSON.readTree(response.body());
        assertThat(export.isArray()).isTrue();
        JsonNode mine = null;
        for (JsonNode o : export) {
            if (o.get("id").stringValue().equals(created.organisation().toString())) {
                mine = o;
            }
            assertThat(o.get("id").stringValue())
                    .isNotEqualTo(created.archivedOrganisation().toString());
        }
        assertThat(mine).isNotNull();
        assertValid(organization, mine);
        assertThat(mine.get("services")).hasSize(1);
        assertThat(mine.get("services").get(0).get("schedules")).isNotEmpty();

        JsonNode totals = get("/api/hsds/v3/magdeburg/organizations?per_page=1");
        assertThat(export.size()).isEqualTo(totals.get("total_items").intValue());

        String docs = http.get("/v3/api-docs").body();
        assertThat(docs).contains("/api/hsds/v3/{tenant}/services/{id}", "/api/hsds/v3/{tenant}/export");
        assertThat(docs).contains("/api/v1/{tenant}/directory/hsds-import");
    }

    @Test
    void theValidatorRefusesWhatTheSchemasForbid() {
        // guards the other tests: a validator that accepted anything would make them pass vacuously
        assertThat(service.validate("{\"id\":\"not-a-uuid\",\"name\":\"n\",\"status\":\"active\"}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(service.validate(
                        "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"name\":\"n\"}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(organization.validate(
                        "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"name\":\"n\",\"description\":\"\","
                                + "\"website\":\"www.example.org\"}",
                        InputFormat.JSON))
                .isNotEmpty();
    }
}
