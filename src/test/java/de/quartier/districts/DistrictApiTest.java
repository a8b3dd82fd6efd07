package de.quartier.districts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The public API over real HTTP against the Magdeburg demo. */
@QuartierTest
class DistrictApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    List<Map<String, Object>> districts(Http http) throws Exception {
        var response = http.get("/api/v1/magdeburg/districts");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readValue(response.body(), new TypeReference<>() {});
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheFortyDistrictsWithRegionAndCentre() throws Exception {
        var districts = districts(new Http(port));
        assertThat(districts).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Object> neueNeustadt = districts.stream()
                .filter(d -> "neue-neustadt".equals(d.get("slug")))
                .findFirst()
                .orElseThrow();
        assertThat(neueNeustadt)
                .containsKeys("id", "name", "slug", "number", "socialRegion", "centre")
                .containsEntry("name", "Neue Neustadt")
                .containsEntry("number", "06");
        assertThat((Map<String, Object>) neueNeustadt.get("socialRegion"))
                .containsEntry("name", "Norden")
                .containsEntry("assumed", false);
        assertThat(((Map<String, Object>) neueNeustadt.get("centre")).get("lat").toString())
                .startsWith("52.1576");
        Map<String, Object> buckau = districts.stream()
                .filter(d -> "buckau".equals(d.get("slug")))
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, Object>) buckau.get("socialRegion"))
                .containsEntry("name", "Südost")
                .containsEntry("assumed", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void indicatorsOfADistrictCarryDefinitionAndSeries() throws Exception {
        Http http = new Http(port);
        Object id = districts(http).stream()
                .filter(d -> "kannenstieg".equals(d.get("slug")))
                .findFirst()
                .orElseThrow()
                .get("id");
        var response = http.get("/api/v1/magdeburg/districts/" + id + "/indicators");
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> indicators = JSON.readValue(response.body(), new TypeReference<>() {});
        Map<String, Object> population = indicators.stream()
                .filter(i -> "population".equals(i.get("key")))
                .findFirst()
                .orElseThrow();
        assertThat(population).containsEntry("demo", false);
        assertThat((List<Map<String, Object>>) population.get("values"))
                .containsExactly(Map.of("date", "2025-12-31", "value", 6257));
        Map<String, Object> unemployment = indicators.stream()
                .filter(i -> "unemployment".equals(i.get("key")))
                .findFirst()
                .orElseThrow();
        assertThat(unemployment)
                .containsEntry("demo", true)
                .containsEntry("unit", "%")
                .containsEntry("higherMeansMoreNeed", true);
        var values = (List<Map<String, Object>>) unemployment.get("values");
        assertThat(values).hasSize(7);
        assertThat(values.getFirst()).containsEntry("date", "2019-12-31");
        assertThat(values)
                .allSatisfy(v -> assertThat(Double.parseDouble(v.get("value").toString()))
                        .isBetween(3.0, 15.0));
    }

    @Test
    void unknownDistrictIsA404Problem() throws Exception {
        var response = new Http(port).get("/api/v1/magdeburg/districts/987654321/indicators");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void csvExportHasHeaderAndValues() throws Exception {
        var response = new Http(port).get("/api/v1/magdeburg/indicators.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("district,indicator,date,value");
        assertThat(lines).contains("10,population,2025-12-31,6257");
        assertThat(lines).anyMatch(l -> l.matches("06,unemployment,2019-12-31,\\d+(\\.\\d)?"));
    }

    @Test
    void demoDataFollowsTheStadtteilreportRanking() throws Exception {
        String csv = new Http(port).get("/api/v1/magdeburg/indicators.csv").body();
        Map<String, Double> sgb2 = new java.util.HashMap<>();
        for (String line : csv.split("\r\n")) {
            String[] f = line.split(",");
            if (f[1].equals("sgb2") && f[2].equals("2025-12-31")) {
                sgb2.put(f[0], Double.parseDouble(f[3]));
            }
        }
        // Kannenstieg (10) is above Ottersleben (32) and Diesdorf (28); Sülzegrund (14, 7 residents) has no rate
        assertThat(sgb2.get("10")).isGreaterThan(sgb2.get("32") + 10).isGreaterThan(sgb2.get("28") + 10);
        assertThat(sgb2).doesNotContainKey("14");
        assertThat(sgb2.values()).allSatisfy(v -> assertThat(v).isBetween(5.0, 30.0));
    }
}
