package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.Http;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coverage table over HTTP: its counts against an independent computation from the raw rows, the rate per
 * 1,000 residents, the gap rule, filters, the CSV and who may see it.
 */
@QuartierTest
class CoverageTest {

    static final String PAGE = "/magdeburg/verwaltung/verzeichnis/abdeckung";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantService tenants;

    long tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.bySlug("magdeburg").orElseThrow().id();
    }

    /**
     * Offers per district and column computed in Java from the raw tables: an offer counts in its locations'
     * districts, or without located places in its organisation's districts.
     */
    Map<Long, Map<String, Long>> expected(String columnSql, @Nullable String group, @Nullable String lang) {
        Map<Long, Set<Long>> located = new HashMap<>();
        jdbc.query(
                "select ol.offer_id, l.district_id from offer_location ol join location l on l.id = ol.location_id"
                        + " where l.tenant_id = ? and l.district_id is not null",
                rs -> {
                    located.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                },
                tenant);
        Map<Long, Set<Long>> orgDistricts = new HashMap<>();
        jdbc.query("select organisation_id, district_id from organisation_district", rs -> {
            orgDistricts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        Map<Long, Set<String>> columns = new HashMap<>();
        jdbc.query(columnSql, rs -> {
            columns.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        Set<Long> inGroup = group == null
                ? null
                : new HashSet<>(jdbc.queryForList(
                        "select offer_id from offer_target_group where target_group = ?", Long.class, group));
        Set<Long> inLang = lang == null
                ? null
                : new HashSet<>(
                        jdbc.queryForList("select offer_id from offer_language where lang = ?", Long.class, lang));
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Map<String, Object> offer : jdbc.queryForList(
                "select o.id, o.organisation_id from offer o join organisation g on g.id = o.organisation_id"
                        + " where o.tenant_id = ? and o.status = 'PUBLISHED' and g.status = 'PUBLISHED'",
                tenant)) {
            long id = ((Number) offer.get("id")).longValue();
            if ((inGroup != null && !inGroup.contains(id)) || (inLang != null && !inLang.contains(id))) {
                continue;
            }
            Set<Long> districts = located.getOrDefault(
                    id, orgDistricts.getOrDefault(((Number) offer.get("organisation_id")).longValue(), Set.of()));
            for (long d : districts) {
                Map<String, Long> row = counts.computeIfAbsent(d, k -> new HashMap<>());
                row.merge("", 1L, Long::sum);
                for (String c : columns.getOrDefault(id, Set.of())) {
                    row.merge(c, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** The CSV as rows of cells, without the byte order mark. */
    static List<String[]> csv(String body) {
        assertThat(body).startsWith("\uFEFF");
        List<String[]> rows = new ArrayList<>();
        for (String line : body.substring(1).split("\r\n")) {
            rows.add(line.split(";", -1));
        }
        return rows;
    }

    Map<String, Long> districtIdsByName() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, name from district where tenant_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                tenant);
        return ids;
    }

    Map<String, String> fieldIdsByName() {
        Map<String, String> ids = new HashMap<>();
        jdbc.query(
                "select id, name_de from action_field where tenant_id = ? and active",
                rs -> {
                    ids.put(rs.getString(2), String.valueOf(rs.getLong(1)));
                },
                tenant);
        return ids;
    }

    void assertCountsMatch(
            List<String[]> rows, Map<String, String> columnKeyByLabel, Map<Long, Map<String, Long>> expected) {
        String[] header = rows.get(0);
        Map<String, Long> districts = districtIdsByName();
        int checkedCells = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, Long> want = expected.getOrDefault(districts.get(row[0]), Map.of());
            int total = List.of(header).indexOf("Gesamt");
            assertThat(Long.parseLong(row[total])).as(row[0] + " total").isEqualTo(want.getOrDefault("", 0L));
            for (var column : columnKeyByLabel.entrySet()) {
                int index = List.of(header).indexOf(column.getKey());
                assertThat(index).as(column.getKey()).isPositive();
                assertThat(Long.parseLong(row[index]))
                        .as(row[0] + " / " + column.getKey())
                        .isEqualTo(want.getOrDefault(column.getValue(), 0L));
                checkedCells++;
            }
        }
        assertThat(checkedCells).isGreaterThanOrEqualTo(rows.size() - 1);
    }

    @Test
    void countsPerDistrictAndFieldMatchTheData() throws Exception {
        Http admin = new Http(port).login("admin@magdeburg.example");
        var response = admin.get(PAGE + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String[]> rows = csv(response.body());
        assertThat(rows.get(0)[0]).isEqualTo("Stadtteil");
        assertThat(rows).hasSizeGreaterThan(35);
        assertCountsMatch(
                rows,
                fieldIdsByName(),
                expected("select offer_id, cast(action_field_id as varchar) from offer_action_field", null, null));
    }

    @Test
    void targetGroupDimensionAndFiltersMatchTheData() throws Exception {
        Http admin = new Http(port).login("admin@magdeburg.example");
        Map<String, String> groups = Map.of("Kinder", "CHILDREN", "Frauen", "WOMEN", "Neuzugewanderte", "NEWCOMERS");
        assertCountsMatch(
                csv(admin.get(PAGE + ".csv?dimension=groups").body()),
                groups,
                expected("select offer_id, target_group from offer_target_group", null, null));
        assertCountsMatch(
                csv(admin.get(PAGE + ".csv?dimension=groups&group=NEWCOMERS&sprache=ar")
                        .body()),
                groups,
                expected("select offer_id, target_group from offer_target_group", "NEWCOMERS", "ar"));
        assertCountsMatch(
                csv(admin.get(PAGE + ".csv?group=FAMILIES").body()),
                fieldIdsByName(),
                expected(
                        "select offer_id, cast(action_field_id as varchar) from offer_action_field", "FAMILIES", null));

        // a social region leaves only its districts; unknown filter values are ignored, not an error
        Long norden = jdbc.queryForObject(
                "select id from social_region where tenant_id = ? and name = 'Norden'", Long.class, tenant);
        List<String[]> north = csv(admin.get(PAGE + ".csv?region=" + norden).body());
        assertThat(north.stream().skip(1).map(r -> r[0]))
                .contains("Kannenstieg", "Neue Neustadt")
                .doesNotContain("Salbke", "Neu Olvenstedt");
        assertThat(admin.get(PAGE + "?group=NOPE&sprache=%3Cx%3E&region=abc&indicator=nix&dimension=x")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void ratePerThousandAndTheGap() throws Exception {
        Http admin = new Http(port).login("admin@magdeburg.example");
        List<String[]> rows = csv(admin.get(PAGE + ".csv").body());
        List<String> header = List.of(rows.get(0));
        String employment = "Beschäftigung / Qualifizierung / Ausbildung / lokale Ökonomie";
        int count = header.indexOf(employment);
        int rate = header.indexOf(employment + " je 1.000 Einwohner");
        int gap = header.indexOf(employment + " Lücke");
        int total = header.indexOf("Gesamt");
        int totalRate = header.indexOf("Gesamt je 1.000 Einwohner");
        int highNeed = header.indexOf("Hoher Bedarf");
        Map<String, String[]> byName = new HashMap<>();
        rows.stream().skip(1).forEach(r -> byName.put(r[0], r));

        String[] neueNeustadt = byName.get("Neue Neustadt");
        int population = jdbc.queryForObject(
                "select population from district where tenant_id = ? and slug = 'neue-neustadt'",
                Integer.class,
                tenant);
        assertThat(Long.parseLong(neueNeustadt[total])).isGreaterThan(40);
        assertThat(number(neueNeustadt[totalRate]))
                .isCloseTo(Long.parseLong(neueNeustadt[total]) * 1000.0 / population, within(0.0051));
        assertThat(number(neueNeustadt[rate]))
                .isCloseTo(Long.parseLong(neueNeustadt[count]) * 1000.0 / population, within(0.0051));
        assertThat(neueNeustadt[rate]).matches("\\d+,\\d{2}");

        String[] neuOlvenstedt = byName.get("Neu Olvenstedt");
        assertThat(neuOlvenstedt[highNeed]).isEqualTo("ja");
        assertThat(neuOlvenstedt[count]).isEqualTo("0");
        assertThat(neuOlvenstedt[gap]).isEqualTo("ja");
        // the rule: high need and (none or at most 0.5 per 1,000) — every row obeys it
        for (String[] r : rows.subList(1, rows.size())) {
            boolean high = "ja".equals(r[highNeed]);
            boolean low = "0".equals(r[count]) || (!r[rate].isEmpty() && number(r[rate]) <= 0.5);
            assertThat("ja".equals(r[gap])).as(r[0]).isEqualTo(high && low);
        }
        // a district without high need is never a gap, even with nothing in the field
        assertThat(rows.stream().skip(1).filter(r -> "nein".equals(r[highNeed]) && "0".equals(r[count])))
                .isNotEmpty()
                .allMatch(r -> "nein".equals(r[gap]));

        // on the page the gap is marked with text, not only colour
        String page = admin.get(PAGE).body();
        String row = page.substring(page.indexOf("data-district=\"neu-olvenstedt\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("q-gap").contains("Lücke").contains("Hoher Bedarf");
        assertThat(page).contains("Fünftel mit dem höchsten Bedarf").contains("höchstens 0,50 Angebote");
    }

    /** An anonymous browser request (asking for HTML), without following redirects. */
    static java.net.http.HttpResponse<String> anonymousBrowser(int port, String path) throws Exception {
        return java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html,application/xhtml+xml")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static double number(String german) {
        return Double.parseDouble(german.replace(".", "").replace(",", "."));
    }

    @Test
    void onlyAdminsAndDistrictManagers() throws Exception {
        var anonymous = anonymousBrowser(port, PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
        // a download is refused without a login (401) rather than redirected
        assertThat(new Http(port).get(PAGE + ".csv").statusCode()).isIn(302, 401);

        for (String email : List.of("traeger@magdeburg.example", "ehrenamt@magdeburg.example")) {
            Http other = new Http(port).login(email);
            assertThat(other.get(PAGE).statusCode()).as(email).isEqualTo(403);
            assertThat(other.get(PAGE + ".csv").statusCode()).as(email).isEqualTo(403);
        }

        Http manager = new Http(port).login("qm.neustadt@magdeburg.example");
        String page = manager.get(PAGE).body();
        // all districts, the manager's own highlighted
        assertThat(page).contains("data-district=\"salbke\"");
        String own = page.substring(page.indexOf("data-district=\"neue-neustadt\"") - 80);
        assertThat(own.substring(0, 200)).contains("q-own");
        String other = page.substring(page.indexOf("data-district=\"salbke\"") - 80);
        assertThat(other.substring(0, 200)).doesNotContain("q-own");
    }
}
