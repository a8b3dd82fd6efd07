package de.quartier.districts;

import de.quartier.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only API of districts and their indicators: open data. */
@RestController
@RequestMapping("/api/v1/{tenant}")
@Tag(name = "Districts", description = "Districts (Stadtteile), social regions and indicator time series")
class DistrictApi {

    private final DistrictRepository districts;
    private final IndicatorDefinitionRepository definitions;
    private final IndicatorValueRepository values;
    private final Monitoring monitoring;

    DistrictApi(
            DistrictRepository districts,
            IndicatorDefinitionRepository definitions,
            IndicatorValueRepository values,
            Monitoring monitoring) {
        this.districts = districts;
        this.definitions = definitions;
        this.values = values;
        this.monitoring = monitoring;
    }

    record Centre(BigDecimal lat, BigDecimal lon) {}

    record Region(long id, String name, boolean assumed) {}

    record DistrictJson(
            long id,
            String name,
            String slug,
            String number,
            @Nullable Region socialRegion,
            @Nullable Centre centre) {}

    record ValueJson(LocalDate date, BigDecimal value) {}

    record IndicatorJson(
            String key,
            String nameDe,
            String nameEn,
            String unit,
            String description,
            String source,
            @Nullable Boolean higherMeansMoreNeed,
            boolean demo,
            List<ValueJson> values) {}

    @GetMapping("/districts")
    @Operation(summary = "List the municipality's districts with their social region and centre point")
    @Transactional(readOnly = true)
    List<DistrictJson> districts(@PathVariable String tenant) {
        return districts.findAllByOrderByNameAsc().stream()
                .map(d -> new DistrictJson(
                        d.id(),
                        d.name(),
                        d.slug(),
                        d.number(),
                        d.socialRegion() == null
                                ? null
                                : new Region(
                                        d.socialRegion().id(),
                                        d.socialRegion().name(),
                                        d.socialRegion().assumed()),
                        d.hasCentre() ? new Centre(d.centreLat(), d.centreLon()) : null))
                .toList();
    }

    @GetMapping("/districts/{id}/indicators")
    @Operation(summary = "A district's indicators, each with its definition and time series")
    @Transactional(readOnly = true)
    List<IndicatorJson> indicators(@PathVariable String tenant, @PathVariable long id) {
        districts.findById(id).orElseThrow(() -> new NotFoundException("district " + id));
        Map<Long, List<IndicatorValue>> byIndicator = values.findByDistrictIdOrderByDateAsc(id).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId));
        return definitions.findAllByOrderByNameDeAsc().stream()
                .filter(d -> byIndicator.containsKey(d.id()))
                .map(d -> new IndicatorJson(
                        d.key(),
                        d.nameDe(),
                        d.nameEn(),
                        d.unit(),
                        d.description(),
                        d.source(),
                        d.higherMeansMoreNeed(),
                        d.demo(),
                        byIndicator.get(d.id()).stream()
                                .map(v -> new ValueJson(v.date(), v.value().stripTrailingZeros()))
                                .toList()))
                .toList();
    }

    @GetMapping(value = "/indicators.csv", produces = "text/csv")
    @Operation(summary = "All indicator values as CSV (district number, indicator key, date, value), UTF-8")
    ResponseEntity<byte[]> csv(@PathVariable String tenant) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + tenant + "-indicators.csv\"")
                .body(monitoring.exportCsv().getBytes(StandardCharsets.UTF_8));
    }
}
