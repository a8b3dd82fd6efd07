package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.Http;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** The cooperation network of a district: nodes, edges, degrees and the organisations without cooperation. */
@QuartierTest
class NetworkTest {

    static final String PAGE = "/magdeburg/verwaltung/verzeichnis/netzwerk";

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

    long district(String slug) {
        return jdbc.queryForObject(
                "select id from district where tenant_id = ? and slug = ?", Long.class, tenant, slug);
    }

    /** Organisations working in the district: by their districts or a location there. */
    Set<Long> members(long district) {
        return new HashSet<>(jdbc.queryForList(
                "select distinct o.id from organisation o left join organisation_district d on d.organisation_id = o.id"
                        + " left join organisation_location ol on ol.organisation_id = o.id"
                        + " left join location l on l.id = ol.location_id where o.tenant_id = ?"
                        + " and o.status <> 'ARCHIVED' and (d.district_id = ? or l.district_id = ?)",
                Long.class,
                tenant,
                district,
                district));
    }

    static String section(String page, String id) {
        String from = page.substring(page.indexOf("id=\"" + id + "\""));
        return from.substring(0, from.indexOf(from.startsWith("id=\"network-isolated\"") ? "</ul>" : "</table>"));
    }

    static int count(String text, String needle) {
        int n = 0;
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void neueNeustadtNodesEdgesAndIsolated() throws Exception {
        long neueNeustadt = district("neue-neustadt");
        Set<Long> members = members(neueNeustadt);
        List<long[]> edges = jdbc
                .queryForList(
                        "select c.organisation_a, c.organisation_b from cooperation c join organisation a on"
                                + " a.id = c.organisation_a join organisation b on b.id = c.organisation_b where"
                                + " c.tenant_id = ? and a.status <> 'ARCHIVED' and b.status <> 'ARCHIVED'",
                        tenant)
                .stream()
                .map(r -> new long[] {
                    ((Number) r.get("organisation_a")).longValue(), ((Number) r.get("organisation_b")).longValue()
                })
                .filter(e -> members.contains(e[0]) || members.contains(e[1]))
                .toList();
        Set<Long> nodes = new HashSet<>(members);
        edges.forEach(e -> {
            nodes.add(e[0]);
            nodes.add(e[1]);
        });

        String page = new Http(port)
                .login("admin@magdeburg.example")
                .get(PAGE + "?district=" + neueNeustadt)
                .body();
        // the SVG: one circle per node, one line per edge, with title and description for screen readers
        String svg = page.substring(
                page.indexOf("<svg class=\"q-network\""),
                page.indexOf("</svg>", page.indexOf("<svg class=\"q-network\"")));
        assertThat(svg).contains("<title id=\"network-svg-title\">Kooperationsnetz Neue Neustadt</title>");
        assertThat(svg).contains("<desc id=\"network-svg-desc\">");
        assertThat(count(svg, "<circle ")).isEqualTo(nodes.size());
        assertThat(count(svg, "<line ")).isEqualTo(edges.size());
        assertThat(edges.size()).isGreaterThan(10);
        // the same edges as a table, and every node in the "who works with whom" table
        assertThat(count(section(page, "network-edges"), "<tr class=\"kern-table__row\">"))
                .isEqualTo(edges.size() + 1);
        assertThat(count(section(page, "network-organisations"), "<th scope=\"row\""))
                .isEqualTo(nodes.size());

        // the Nähcafé works with nobody and is listed explicitly
        String isolated = section(page, "network-isolated");
        assertThat(HtmlUtils.htmlUnescape(isolated)).contains("Nähcafé Nadel & Faden");
        Set<Long> withEdges = new HashSet<>();
        edges.forEach(e -> {
            withEdges.add(e[0]);
            withEdges.add(e[1]);
        });
        long expectedIsolated =
                members.stream().filter(m -> !withEdges.contains(m)).count();
        assertThat(count(isolated, "<li>")).isEqualTo(expectedIsolated);
        assertThat(HtmlUtils.htmlUnescape(isolated)).doesNotContain("Bürgerverein Neue Neustadt e.V.");

        // degree of the Quartiersmanagement = its cooperations
        long qm = jdbc.queryForObject(
                "select min(id) from organisation where tenant_id = ? and name = 'Quartiersmanagement Neustadt (AWO SPI)'",
                Long.class,
                tenant);
        long degree = edges.stream().filter(e -> e[0] == qm || e[1] == qm).count();
        String who = HtmlUtils.htmlUnescape(section(page, "network-organisations"));
        String qmRow = who.substring(who.indexOf("Quartiersmanagement Neustadt (AWO SPI)</th>"));
        assertThat(qmRow.substring(0, qmRow.indexOf("</tr>")))
                .contains("<td class=\"kern-table__cell kern-table__cell--numeric\">" + degree + "</td>")
                .contains("Willkommensbündnis Neustadt");
        // partners from outside the district are marked as such
        assertThat(who).contains("Jobcenter Magdeburg <span class=\"q-note\">(Partner von außerhalb)</span>");
    }

    @Test
    void districtChoiceAndAccess() throws Exception {
        Http manager = new Http(port).login("qm.neustadt@magdeburg.example");
        // without a district the manager sees one of their own; bad input falls back the same way
        for (String query : List.of("", "?district=abc", "?district=999999999")) {
            var response = manager.get(PAGE + query);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .containsPattern("<h1 class=\"kern-heading-large\">Kooperationsnetz: (Alte|Neue) Neustadt</h1>");
        }
        // managers may look at every district
        assertThat(manager.get(PAGE + "?district=" + district("salbke")).body())
                .contains("Kooperationsnetz: Salbke")
                .contains("Bürgerhaus Alte Schule Salbke");

        assertThat(new Http(port).login("traeger@magdeburg.example").get(PAGE).statusCode())
                .isEqualTo(403);
        var anonymous = CoverageTest.anonymousBrowser(port, PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
