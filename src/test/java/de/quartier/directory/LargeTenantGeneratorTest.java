package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.accounts.TenantService;
import de.quartier.shared.Http;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark generator with small counts, in a context of its own (profile {@code bench}): the tenant, its
 * districts, action fields, organisations and offers with German texts, all of them in the search index.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quartier.bench.organisations=60", "quartier.bench.offers=600"})
@ActiveProfiles({"test", "demo", "bench"})
@DirtiesContext
class LargeTenantGeneratorTest {

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    LargeTenantGenerator generator;

    @LocalServerPort
    int port;

    TenantInfo tenant() {
        return tenants.bySlug("grossstadt").orElseThrow();
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, tenant().id());
    }

    @Test
    void createsTheTenantWithDistrictsActionFieldsAndTheConfiguredCounts() {
        TenantInfo tenant = tenant();
        assertThat(tenant.name()).isEqualTo("Großstadt (Benchmark)");
        assertThat(count("select count(*) from district where tenant_id = ? and centre_lat is not null"))
                .isEqualTo(40);
        assertThat(count("select count(*) from action_field where tenant_id = ?"))
                .isEqualTo(8);
        assertThat(count("select count(*) from organisation where tenant_id = ? and status = 'PUBLISHED'"))
                .isEqualTo(60);
        assertThat(count("select count(*) from offer where tenant_id = ? and status = 'PUBLISHED'"))
                .isEqualTo(600);
        assertThat(count("select count(distinct public_id) from offer where tenant_id = ?"))
                .isEqualTo(600);
        assertThat(count("select count(*) from location where tenant_id = ?")).isBetween(70L, 180L);
        // every offer has German among its languages, a target group and an action field of this tenant
        assertThat(count("select count(*) from offer o where tenant_id = ? and not exists"
                        + " (select 1 from offer_language l where l.offer_id = o.id and l.lang = 'de')"))
                .isZero();
        assertThat(count("select count(*) from offer o where tenant_id = ? and not exists"
                        + " (select 1 from offer_target_group g where g.offer_id = o.id)"))
                .isZero();
        assertThat(count("select count(*) from offer o where tenant_id = ? and not exists"
                        + " (select 1 from offer_action_field x join action_field a on a.id = x.action_field_id"
                        + " where x.offer_id = o.id and a.tenant_id = o.tenant_id)"))
                .isZero();
        assertThat(count("select count(*) from offer_schedule s join offer o on o.id = s.offer_id"
                        + " where o.tenant_id = ?"))
                .isPositive();
        // locations lie around Magdeburg's district centres, in districts of this tenant
        assertThat(count("select count(*) from location l where tenant_id = ? and (latitude not between 52.0 and"
                        + " 52.3 or longitude not between 11.4 and 11.9 or not exists (select 1 from district d"
                        + " where d.id = l.district_id and d.tenant_id = l.tenant_id))"))
                .isZero();
    }

    @Test
    void textsAreGerman() {
        List<String> titles = jdbc.queryForList(
                "select title from offer where tenant_id = ? order by id", String.class, tenant().id());
        List<String> descriptions = jdbc.queryForList(
                "select description from offer where tenant_id = ? order by id", String.class, tenant().id());
        assertThat(String.join(" ", titles))
                .contains("Deutschkurs", "für", "beratung")
                .doesNotContain("Seniorentreff für Kinder", "Krabbelgruppe für Jugendliche")
                .containsAnyOf("Sprachcafé", "Seniorentreff", "Krabbelgruppe");
        assertThat(descriptions).allSatisfy(d -> assertThat(d.split("\\. ")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(String.join(" ", descriptions)).contains(" und ", " die ", "Stadtteil");
        assertThat(jdbc.queryForList("select name from organisation where tenant_id = ?", String.class, tenant().id()))
                .anyMatch(n -> n.endsWith("e.V."))
                .anyMatch(n -> n.startsWith("Kita "));
    }

    @Test
    void everyOfferIsInTheSearchIndexAndFoundByFullText() {
        TenantInfo tenant = tenant();
        long inDatabase = count("select count(*) from offer where tenant_id = ?");
        long inIndex = TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> Search.session(em)
                        .search(Offer.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()));
        assertThat(inIndex).isEqualTo(inDatabase);

        long deutschkurse = count("select count(*) from offer where tenant_id = ? and title like 'Deutschkurs%'");
        long found = TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> Search.session(em)
                        .search(Offer.class)
                        .where(f -> f.match().field("title").matching("Deutschkurse"))
                        .fetchTotalHitCount()));
        assertThat(found).isPositive().isEqualTo(deutschkurse);
    }

    @Test
    void aSecondRunFindsTheTenantAndAddsNothing() {
        long offers = count("select count(*) from offer where tenant_id = ?");
        generator.run(null);
        assertThat(count("select count(*) from offer where tenant_id = ?")).isEqualTo(offers);
        assertThat(tenants.all().stream().filter(t -> t.slug().equals("grossstadt")))
                .hasSize(1);
    }

    @Test
    void operatorsReTimeTheReindexOthersCannot() throws Exception {
        var anonymous = new Http(port).get("/betrieb/bench/reindex?tenant=grossstadt");
        assertThat(anonymous.statusCode()).isIn(302, 401);

        var admin = new Http(port).login("admin@magdeburg.example").get("/betrieb/bench/reindex?tenant=grossstadt");
        assertThat(admin.statusCode()).isEqualTo(403);

        Http operator = new Http(port).login("operator@quartier.example");
        var response = operator.get("/betrieb/bench/reindex?tenant=grossstadt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("Re-indexed 600 offers of tenant grossstadt in \\d+ ms\\n");
        assertThat(operator.get("/betrieb/bench/reindex?tenant=no-such-town").statusCode())
                .isEqualTo(404);
    }
}
