package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Magdeburg demo directory: its size, the offers other features rely on, the gap and the isolated
 * organisation the planning views show, shared locations and the editor's scope. Other tests add and change
 * entries in the same database, so the demo's own rows are those up to its last row (they are written first).
 */
@QuartierTest
class DirectoryDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantService tenants;

    @Autowired
    DistrictService districts;

    TenantInfo magdeburg;
    long tenant;

    @BeforeEach
    void tenant() {
        magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        tenant = magdeburg.id();
    }

    long lastDemoOrganisation() {
        return jdbc.queryForObject(
                "select min(id) from organisation where tenant_id = ? and name = 'Kita Brückfeld'", Long.class, tenant);
    }

    long lastDemoOffer() {
        return jdbc.queryForObject(
                "select min(id) from offer where tenant_id = ? and title = 'Mietersprechstunde Neustädter See'",
                Long.class,
                tenant);
    }

    long id(String slug) {
        return TenantContext.callAs(
                magdeburg,
                () -> districts.list().stream()
                        .filter(d -> d.slug().equals(slug))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void sizeIsPlausible() {
        long organisations = jdbc.queryForObject(
                "select count(*) from organisation where tenant_id = ? and id <= ?",
                Long.class,
                tenant,
                lastDemoOrganisation());
        long published = jdbc.queryForObject(
                "select count(*) from offer where tenant_id = ? and id <= ? and status = 'PUBLISHED'",
                Long.class,
                tenant,
                lastDemoOffer());
        long cooperations = jdbc.queryForObject(
                "select count(*) from cooperation c join organisation a on a.id = c.organisation_a"
                        + " where c.tenant_id = ? and a.id <= ?",
                Long.class,
                tenant,
                lastDemoOrganisation());
        assertThat(organisations).isBetween(60L, 90L);
        assertThat(published).isBetween(250L, 350L);
        assertThat(cooperations).isBetween(25L, 45L);

        // every offer has an action field, a target group and a language; most have opening hours
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer o where o.tenant_id = ? and o.id <= ? and (not exists"
                                + " (select 1 from offer_action_field f where f.offer_id = o.id) or not exists"
                                + " (select 1 from offer_target_group g where g.offer_id = o.id) or not exists"
                                + " (select 1 from offer_language l where l.offer_id = o.id))",
                        Long.class,
                        tenant,
                        lastDemoOffer()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(distinct s.offer_id) from offer_schedule s join offer o on o.id = s.offer_id"
                                + " where o.tenant_id = ? and o.id <= ?",
                        Long.class,
                        tenant,
                        lastDemoOffer()))
                .isGreaterThan(200L);
        // at least 20 offers have titles in English, Arabic and Ukrainian
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select t.offer_id from offer_translation t join offer o on o.id ="
                                + " t.offer_id where o.tenant_id = ? and t.lang in ('en', 'ar', 'uk') and t.title"
                                + " is not null group by t.offer_id having count(*) = 3) x",
                        Long.class,
                        tenant))
                .isGreaterThanOrEqualTo(20L);
    }

    @Test
    void germanCoursesInKannenstieg() {
        Map<String, Object> course = jdbc.queryForMap(
                "select l.name, l.district_id, l.latitude, l.longitude from offer o"
                        + " join offer_location ol on ol.offer_id = o.id join location l on l.id = ol.location_id"
                        + " where o.tenant_id = ? and o.title = 'Deutsch-Kurs für Frauen' and o.status = 'PUBLISHED'"
                        + " order by o.id limit 1",
                tenant);
        assertThat(course.get("name")).isEqualTo("Bürgerhaus Kannenstieg");
        assertThat(((Number) course.get("district_id")).longValue()).isEqualTo(id("kannenstieg"));
        double lat = ((Number) course.get("latitude")).doubleValue();
        double lon = ((Number) course.get("longitude")).doubleValue();

        for (String title : List.of("Sprachcafé Deutsch", "Deutschkurs A1 mit Kinderbetreuung")) {
            Map<String, Object> other = jdbc.queryForMap(
                    "select l.latitude, l.longitude from offer o join offer_location ol on ol.offer_id = o.id"
                            + " join location l on l.id = ol.location_id where o.tenant_id = ? and o.title = ?"
                            + " and o.status = 'PUBLISHED' order by o.id limit 1",
                    tenant,
                    title);
            assertThat(metres(
                            lat,
                            lon,
                            ((Number) other.get("latitude")).doubleValue(),
                            ((Number) other.get("longitude")).doubleValue()))
                    .as(title)
                    .isLessThan(2000);
        }
    }

    @Test
    void locationsLieNearTheirDistrictCentre() {
        var centres = TenantContext.callAs(magdeburg, () -> districts.profiles());
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select district_id, latitude, longitude from location where tenant_id = ? and id <= (select"
                        + " max(location_id) from organisation_location where organisation_id <= ?)",
                tenant,
                lastDemoOrganisation());
        assertThat(rows).hasSizeGreaterThan(50);
        for (Map<String, Object> row : rows) {
            var centre = centres.stream()
                    .filter(c -> c.id() == ((Number) row.get("district_id")).longValue())
                    .findFirst()
                    .orElseThrow();
            assertThat(metres(
                            centre.centreLat(),
                            centre.centreLon(),
                            ((Number) row.get("latitude")).doubleValue(),
                            ((Number) row.get("longitude")).doubleValue()))
                    .isLessThanOrEqualTo(601);
        }
    }

    @Test
    void neuOlvenstedtHasHighNeedAndNoEmploymentOffers() {
        long neuOlvenstedt = id("neu-olvenstedt");
        var need = TenantContext.callAs(magdeburg, () -> districts.latest("unemployment"));
        assertThat(need.highNeed()).contains(neuOlvenstedt);

        String inDistrict = "select count(distinct o.id) from offer o where o.tenant_id = ? and o.status = 'PUBLISHED'"
                + " and (exists (select 1 from offer_location ol join location l on l.id = ol.location_id"
                + " where ol.offer_id = o.id and l.district_id = ?) or (not exists (select 1 from offer_location ol"
                + " where ol.offer_id = o.id) and exists (select 1 from organisation_district d"
                + " where d.organisation_id = o.organisation_id and d.district_id = ?)))";
        long all = jdbc.queryForObject(inDistrict, Long.class, tenant, neuOlvenstedt, neuOlvenstedt);
        long employment = jdbc.queryForObject(
                inDistrict
                        + " and exists (select 1 from offer_action_field f join action_field a on"
                        + " a.id = f.action_field_id where f.offer_id = o.id and a.code = 'employment')",
                Long.class,
                tenant,
                neuOlvenstedt,
                neuOlvenstedt);
        assertThat(all).isBetween(1L, 10L);
        assertThat(employment).isZero();
        long neueNeustadt = id("neue-neustadt");
        assertThat(jdbc.queryForObject(inDistrict, Long.class, tenant, neueNeustadt, neueNeustadt))
                .isGreaterThan(40L);
    }

    @Test
    void nähcaféInNeueNeustadtWorksWithNobody() {
        long id = jdbc.queryForObject(
                "select o.id from organisation o join organisation_district d on d.organisation_id = o.id"
                        + " where o.tenant_id = ? and o.name = 'Nähcafé Nadel & Faden' and d.district_id = ?",
                Long.class,
                tenant,
                id("neue-neustadt"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from cooperation where organisation_a = ? or organisation_b = ?",
                        Long.class,
                        id,
                        id))
                .isZero();
        // network memberships named in the brief
        assertThat(jdbc.queryForObject(
                        "select count(*) from cooperation where tenant_id = ? and kind = 'NETWORK'"
                                + " and description in ('AG Gemeinwesenarbeit Nord', 'Netzwerk Integration Neustadt')",
                        Long.class,
                        tenant))
                .isGreaterThanOrEqualTo(4L);
    }

    @Test
    void sharedLocationsAndOrganisationsWithoutOne() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation_location ol join location l on l.id = ol.location_id"
                                + " where l.tenant_id = ? and l.name = 'Bürgerhaus Kannenstieg'",
                        Long.class,
                        tenant))
                .isGreaterThanOrEqualTo(3L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from location l where l.tenant_id = ? and (select count(*) from"
                                + " organisation_location ol where ol.location_id = l.id) > 1",
                        Long.class,
                        tenant))
                .isGreaterThanOrEqualTo(3L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation o where o.tenant_id = ? and o.id <= ? and not exists"
                                + " (select 1 from organisation_location ol where ol.organisation_id = o.id)",
                        Long.class,
                        tenant,
                        lastDemoOrganisation()))
                .isGreaterThanOrEqualTo(3L);
    }

    @Test
    void trägerEditorHasTheBürgervereinInScope() {
        long bürgerverein = jdbc.queryForObject(
                "select min(id) from organisation where tenant_id = ? and name = 'Bürgerverein Neue Neustadt e.V.'",
                Long.class,
                tenant);
        assertThat(jdbc.queryForList(
                        "select mo.organisation_id from membership_organisation mo join membership m"
                                + " on m.id = mo.membership_id join app_user u on u.id = m.user_id"
                                + " where u.email = 'traeger@magdeburg.example' and m.tenant_id = ?"
                                + " and m.role = 'ORGANISATION_EDITOR'",
                        Long.class,
                        tenant))
                .contains(bürgerverein);
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
