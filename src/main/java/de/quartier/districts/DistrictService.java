package de.quartier.districts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about districts: the current tenant's districts, to pick or link one. */
@Service
public class DistrictService {

    private final DistrictRepository districts;
    private final SocialRegionRepository regions;
    private final IndicatorDefinitionRepository definitions;
    private final IndicatorValueRepository values;

    DistrictService(
            DistrictRepository districts,
            SocialRegionRepository regions,
            IndicatorDefinitionRepository definitions,
            IndicatorValueRepository values) {
        this.districts = districts;
        this.regions = regions;
        this.definitions = definitions;
        this.values = values;
    }

    /** The current tenant's districts with centre point, population and social region, by name. */
    @Transactional(readOnly = true)
    public List<DistrictProfile> profiles() {
        return districts.findAllByOrderByNameAsc().stream()
                .map(d -> new DistrictProfile(
                        d.id(),
                        d.name(),
                        d.slug(),
                        d.number(),
                        d.centreLat() == null ? null : d.centreLat().doubleValue(),
                        d.centreLon() == null ? null : d.centreLon().doubleValue(),
                        d.population(),
                        d.socialRegion() == null ? null : d.socialRegion().id(),
                        d.socialRegion() == null ? null : d.socialRegion().name()))
                .toList();
    }

    /** The current tenant's social regions, by name. */
    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        return regions.findAllByOrderByNameAsc().stream()
                .map(r -> new RegionSummary(r.id(), r.name(), r.assumed()))
                .toList();
    }

    /** Indicators with a need direction (higher or lower means more need), by name in the given language. */
    @Transactional(readOnly = true)
    public List<NeedIndicator> needIndicators(Locale locale) {
        return definitions.findAllByOrderByNameDeAsc().stream()
                .filter(d -> d.higherMeansMoreNeed() != null)
                .map(d -> new NeedIndicator(d.key(), d.name(locale), d.unit(), d.higherMeansMoreNeed()))
                .sorted(Comparator.comparing(NeedIndicator::name))
                .toList();
    }

    /**
     * Each district's latest value of an indicator, and the districts in the top fifth of need by those values
     * (as the monitoring overview marks them). Empty for an unknown indicator.
     */
    @Transactional(readOnly = true)
    public NeedFigures latest(String indicatorKey) {
        var def = definitions.findByKey(indicatorKey).orElse(null);
        if (def == null) {
            return new NeedFigures(indicatorKey, Map.of(), Set.of());
        }
        Map<Long, IndicatorValue> latest = new HashMap<>();
        for (IndicatorValue v : values.findByIndicatorId(def.id())) {
            latest.merge(v.districtId(), v, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }
        Map<Long, BigDecimal> byDistrict = new HashMap<>();
        latest.forEach((id, v) -> byDistrict.put(id, v.value()));
        return new NeedFigures(
                indicatorKey, Map.copyOf(byDistrict), Monitoring.highNeed(byDistrict, def.higherMeansMoreNeed()));
    }

    /** A district with what planning views need: centre point, population and social region. */
    public record DistrictProfile(
            long id,
            String name,
            String slug,
            String number,
            @Nullable Double centreLat,
            @Nullable Double centreLon,
            @Nullable Integer population,
            @Nullable Long socialRegionId,
            @Nullable String socialRegionName) {}

    public record RegionSummary(long id, String name, boolean assumed) {}

    public record NeedIndicator(String key, String name, String unit, boolean higherMeansMoreNeed) {}

    /** Latest value per district id, and the ids of the districts in the top fifth of need. */
    public record NeedFigures(String key, Map<Long, BigDecimal> values, Set<Long> highNeed) {}

    /** The current tenant's districts, by name. */
    @Transactional(readOnly = true)
    public List<DistrictSummary> list() {
        return districts.findAllByOrderByNameAsc().stream()
                .map(DistrictService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DistrictSummary> find(long id) {
        return districts.findById(id).map(DistrictService::summary);
    }

    /** The centre of the current tenant's district with this name or slug (case-insensitive), if it has one. */
    @Transactional(readOnly = true)
    public Optional<DistrictPoint> centre(String nameOrSlug) {
        String wanted = nameOrSlug.strip();
        return districts.findAllByOrderByNameAsc().stream()
                .filter(d -> d.hasCentre()
                        && (d.name().equalsIgnoreCase(wanted) || d.slug().equalsIgnoreCase(wanted)))
                .findFirst()
                .map(d -> new DistrictPoint(
                        d.id(),
                        d.name(),
                        d.centreLat().doubleValue(),
                        d.centreLon().doubleValue()));
    }

    /**
     * Adds Magdeburg's 40 Stadtteile (numbers, names, centre points, areas, populations; no social regions or
     * indicators) to the current tenant, which must have no districts yet: for generated benchmark tenants.
     */
    @Transactional
    public List<DistrictSummary> addMagdeburgDistricts() {
        if (districts.count() > 0) {
            throw new IllegalStateException("the tenant already has districts");
        }
        for (String[] line : DistrictDemoData.csv()) {
            String name = line[1];
            String slug = DistrictDemoData.slug(name);
            District district = new District(line[0], name, slug);
            district.update(
                    line[0],
                    name,
                    slug,
                    null,
                    new BigDecimal(line[3]),
                    new BigDecimal(line[4]),
                    new BigDecimal(line[7]),
                    Integer.parseInt(line[5]),
                    Integer.parseInt(line[6]),
                    line[2].isBlank() ? null : line[2]);
            districts.save(district);
        }
        return list();
    }

    /** One district's values of an indicator over time, oldest first; empty for an unknown indicator. */
    @Transactional(readOnly = true)
    public List<DatedValue> series(String indicatorKey, long districtId) {
        var def = definitions.findByKey(indicatorKey).orElse(null);
        if (def == null) {
            return List.of();
        }
        return values.findByDistrictIdOrderByDateAsc(districtId).stream()
                .filter(v -> v.indicatorId().equals(def.id()))
                .map(v -> new DatedValue(v.date(), v.value()))
                .toList();
    }

    public record DatedValue(java.time.LocalDate date, BigDecimal value) {}

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.id(), d.name(), d.slug());
    }
}
