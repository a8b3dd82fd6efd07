package de.quartier.districts;

import de.quartier.districts.DistrictViews.Comparison;
import de.quartier.districts.DistrictViews.ComparisonRow;
import de.quartier.districts.DistrictViews.IndicatorFigure;
import de.quartier.districts.DistrictViews.Option;
import de.quartier.districts.DistrictViews.Point;
import de.quartier.districts.DistrictViews.Profile;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Social monitoring: the comparison of districts by indicator and year, and a district's profile. */
@Service
class Monitoring {

    static final String DEFAULT_INDICATOR = "unemployment";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DistrictRepository districts;
    private final SocialRegionRepository regions;
    private final IndicatorDefinitionRepository definitions;
    private final IndicatorValueRepository values;

    Monitoring(
            DistrictRepository districts,
            SocialRegionRepository regions,
            IndicatorDefinitionRepository definitions,
            IndicatorValueRepository values) {
        this.districts = districts;
        this.regions = regions;
        this.definitions = definitions;
        this.values = values;
    }

    @Transactional(readOnly = true)
    Comparison compare(
            @Nullable String indicatorKey,
            @Nullable Integer year,
            @Nullable Long regionId,
            @Nullable String sort,
            @Nullable String dir,
            Locale locale) {
        List<IndicatorDefinition> defs = definitions.findAllByOrderByNameDeAsc().stream()
                .sorted(Comparator.comparing(d -> d.name(locale)))
                .toList();
        IndicatorDefinition def = defs.stream()
                .filter(d -> d.key().equals(indicatorKey))
                .findFirst()
                .or(() -> defs.stream()
                        .filter(d -> d.key().equals(DEFAULT_INDICATOR))
                        .findFirst())
                .or(() -> defs.stream().findFirst())
                .orElse(null);
        List<District> all = districts.findAllByOrderByNameAsc();
        List<IndicatorValue> series = def == null ? List.of() : values.findByIndicatorId(def.id());
        TreeSet<Integer> years = series.stream()
                .map(v -> v.date().getYear())
                .collect(Collectors.toCollection(() -> new TreeSet<Integer>(Comparator.reverseOrder())));
        Integer chosenYear = year != null && years.contains(year) ? year : (years.isEmpty() ? null : years.first());

        // the latest value of each district within the chosen year
        Map<Long, IndicatorValue> inYear = new HashMap<>();
        for (IndicatorValue v : series) {
            if (chosenYear != null && v.date().getYear() == chosenYear) {
                inYear.merge(v.districtId(), v, (a, b) -> a.date().isAfter(b.date()) ? a : b);
            }
        }
        Boolean higher = def == null ? null : def.higherMeansMoreNeed();
        var highNeed = highNeed(
                inYear.values().stream().collect(Collectors.toMap(IndicatorValue::districtId, IndicatorValue::value)),
                higher);

        String sortBy = "name".equals(sort) ? "name" : "value";
        String direction = "asc".equals(dir) || "desc".equals(dir) ? dir : ("name".equals(sortBy) ? "asc" : "desc");
        Comparator<District> order = "name".equals(sortBy)
                ? Comparator.comparing(District::name, java.text.Collator.getInstance(Locale.GERMAN))
                : Comparator.comparing(
                        (District d) ->
                                inYear.containsKey(d.id()) ? inYear.get(d.id()).value() : null,
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
        if ("desc".equals(direction)) {
            order = order.reversed();
        }
        NumberFormat format = format(locale);
        List<District> shown = all.stream()
                .filter(d -> regionId == null
                        || (d.socialRegion() != null && d.socialRegion().id().equals(regionId)))
                .sorted(order)
                .toList();
        if ("value".equals(sortBy) && "asc".equals(direction)) {
            // districts without a value go last in both directions
            shown = new ArrayList<>(shown);
            List<District> without =
                    shown.stream().filter(d -> !inYear.containsKey(d.id())).toList();
            shown.removeAll(without);
            shown.addAll(without);
        }
        List<ComparisonRow> rows = shown.stream()
                .map(d -> new ComparisonRow(
                        d.name(),
                        d.slug(),
                        d.number(),
                        d.socialRegion() == null ? null : d.socialRegion().name(),
                        d.socialRegion() != null && d.socialRegion().assumed(),
                        inYear.containsKey(d.id())
                                ? format.format(inYear.get(d.id()).value())
                                : null,
                        highNeed.contains(d.id())))
                .toList();
        List<Map<String, Object>> points = shown.stream()
                .filter(District::hasCentre)
                .map(d -> point(
                        d,
                        inYear.containsKey(d.id())
                                ? format.format(inYear.get(d.id()).value())
                                : null,
                        highNeed.contains(d.id())))
                .toList();
        return new Comparison(
                defs.stream()
                        .map(d -> new Option(d.key(), d.name(locale), d == def))
                        .toList(),
                years.stream()
                        .map(y -> new Option(y.toString(), y.toString(), y.equals(chosenYear)))
                        .toList(),
                regions.findAllByOrderByNameAsc().stream()
                        .map(r -> new Option(r.id().toString(), r.name(), r.id().equals(regionId)))
                        .toList(),
                def == null ? null : def.key(),
                def == null ? null : def.name(locale),
                def == null ? null : def.unit(),
                higher,
                def != null && def.demo(),
                chosenYear,
                regionId,
                sortBy,
                direction,
                rows,
                JSON.writeValueAsString(points));
    }

    /** The top fifth of districts by need (rounded up), or none when the indicator has no need direction. */
    static java.util.Set<Long> highNeed(Map<Long, BigDecimal> byDistrict, @Nullable Boolean higherMeansMoreNeed) {
        if (higherMeansMoreNeed == null || byDistrict.isEmpty()) {
            return java.util.Set.of();
        }
        Comparator<Map.Entry<Long, BigDecimal>> byNeed = Map.Entry.comparingByValue();
        if (higherMeansMoreNeed) {
            byNeed = byNeed.reversed();
        }
        int top = (byDistrict.size() + 4) / 5;
        List<Map.Entry<Long, BigDecimal>> sorted =
                byDistrict.entrySet().stream().sorted(byNeed).toList();
        BigDecimal threshold = sorted.get(top - 1).getValue();
        // ties with the last district of the top fifth are in it as well
        return sorted.stream()
                .filter(e -> higherMeansMoreNeed
                        ? e.getValue().compareTo(threshold) >= 0
                        : e.getValue().compareTo(threshold) <= 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    Profile profile(String slug, Locale locale) {
        District district = districts.findBySlug(slug).orElseThrow(() -> new NotFoundException("district"));
        NumberFormat format = format(locale);
        Map<Long, List<IndicatorValue>> own = values.findByDistrictIdOrderByDateAsc(district.id()).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorDefinition> defs = definitions.findAllByOrderByNameDeAsc().stream()
                .filter(d -> own.containsKey(d.id()))
                .sorted(Comparator.comparing((IndicatorDefinition d) -> !"population".equals(d.key()))
                        .thenComparing(d -> d.name(locale)))
                .toList();
        Map<Long, List<IndicatorValue>> everyDistrict =
                values
                        .findByIndicatorIdIn(
                                defs.stream().map(IndicatorDefinition::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(IndicatorValue::indicatorId));
        List<IndicatorFigure> figures = new ArrayList<>();
        for (IndicatorDefinition def : defs) {
            List<IndicatorValue> series = own.get(def.id());
            IndicatorValue latest = series.getLast();
            // the city-wide comparison: every district's value on the same date
            Map<Long, BigDecimal> sameDate = everyDistrict.getOrDefault(def.id(), List.of()).stream()
                    .filter(v -> v.date().equals(latest.date()))
                    .collect(Collectors.toMap(IndicatorValue::districtId, IndicatorValue::value, (a, b) -> a));
            BigDecimal median = median(sameDate.values().stream().toList());
            Integer rank = rank(sameDate, district.id(), def.higherMeansMoreNeed());
            figures.add(new IndicatorFigure(
                    def.key(),
                    def.name(locale),
                    def.unit(),
                    def.description(),
                    def.source(),
                    def.demo(),
                    format.format(latest.value()),
                    label(latest.date()),
                    median == null || sameDate.size() < 2 ? null : format.format(median),
                    rank,
                    sameDate.size(),
                    def.higherMeansMoreNeed(),
                    series.stream()
                            .map(v -> new Point(
                                    label(v.date()),
                                    format.format(v.value()),
                                    v.value().stripTrailingZeros().toPlainString()))
                            .toList()));
        }
        return new Profile(
                district.id(),
                district.name(),
                district.slug(),
                district.number(),
                district.population() == null ? null : format.format(district.population()),
                district.populationYear(),
                district.areaKm2() == null ? null : format.format(district.areaKm2()),
                district.density() == null ? null : format.format(district.density()),
                district.socialRegion() == null ? null : district.socialRegion().name(),
                district.socialRegion() != null && district.socialRegion().assumed(),
                district.wikidataId(),
                JSON.writeValueAsString(district.hasCentre() ? List.of(point(district, null, false)) : List.of()),
                figures);
    }

    /** 1 = most need among the districts with a value, or null without a need direction. */
    static @Nullable Integer rank(Map<Long, BigDecimal> byDistrict, long districtId, @Nullable Boolean higher) {
        BigDecimal own = byDistrict.get(districtId);
        if (higher == null || own == null) {
            return null;
        }
        long more = byDistrict.values().stream()
                .filter(v -> higher ? v.compareTo(own) > 0 : v.compareTo(own) < 0)
                .count();
        return (int) more + 1;
    }

    static @Nullable BigDecimal median(List<BigDecimal> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = numbers.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, 6, RoundingMode.HALF_UP);
    }

    /** Year-end figures are labelled by their year, others by their date. */
    static String label(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() == 31
                ? String.valueOf(date.getYear())
                : date.toString();
    }

    private static NumberFormat format(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private Map<String, Object> point(District d, @Nullable String value, boolean highNeed) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", d.name());
        point.put("href", "/" + TenantContext.require().slug() + "/stadtteile/" + d.slug());
        point.put("lat", Objects.requireNonNull(d.centreLat()));
        point.put("lon", Objects.requireNonNull(d.centreLon()));
        if (value != null) {
            point.put("value", value);
        }
        point.put("highNeed", highNeed);
        return point;
    }

    /** All values as CSV: district (official number), indicator (key), date, value. */
    @Transactional(readOnly = true)
    String exportCsv() {
        Map<Long, String> numbers =
                districts.findAll().stream().collect(Collectors.toMap(District::id, District::number));
        Map<Long, String> keys = definitions.findAll().stream()
                .collect(Collectors.toMap(IndicatorDefinition::id, IndicatorDefinition::key));
        StringBuilder csv = new StringBuilder("district,indicator,date,value\r\n");
        values.findAllByOrderByDistrictIdAscIndicatorIdAscDateAsc().stream()
                .sorted(Comparator.comparing((IndicatorValue v) -> numbers.get(v.districtId()))
                        .thenComparing(v -> keys.get(v.indicatorId()))
                        .thenComparing(IndicatorValue::date))
                .forEach(v -> csv.append(IndicatorCsv.field(numbers.get(v.districtId())))
                        .append(',')
                        .append(IndicatorCsv.field(keys.get(v.indicatorId())))
                        .append(',')
                        .append(v.date())
                        .append(',')
                        .append(v.value().stripTrailingZeros().toPlainString())
                        .append("\r\n"));
        return csv.toString();
    }

    /** Looks up rows of an import in the current tenant. */
    @Transactional(readOnly = true)
    IndicatorCsv.Lookup lookup() {
        Map<String, Long> byReference = new HashMap<>();
        for (District d : districts.findAll()) {
            byReference.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d.id());
            byReference.putIfAbsent(d.slug(), d.id());
        }
        // official numbers win over names and slugs, also without leading zeros ("6" = "06")
        for (District d : districts.findAll()) {
            byReference.put(d.number().toLowerCase(Locale.ROOT), d.id());
            String stripped = d.number().replaceFirst("^0+(?=.)", "");
            byReference.put(stripped.toLowerCase(Locale.ROOT), d.id());
        }
        Map<String, Long> byKey = definitions.findAll().stream()
                .collect(Collectors.toMap(IndicatorDefinition::key, IndicatorDefinition::id));
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (IndicatorValue v : values.findAll()) {
            existing.add(v.districtId() + "/" + v.indicatorId() + "/" + v.date());
        }
        return new IndicatorCsv.Lookup() {
            @Override
            public java.util.Optional<Long> district(String reference) {
                return java.util.Optional.ofNullable(byReference.get(reference.toLowerCase(Locale.ROOT)));
            }

            @Override
            public java.util.Optional<Long> indicator(String key) {
                return java.util.Optional.ofNullable(byKey.get(key));
            }

            @Override
            public boolean exists(long districtId, long indicatorId, LocalDate date) {
                return existing.contains(districtId + "/" + indicatorId + "/" + date);
            }
        };
    }

    /** Stores the rows, inserting new values and updating existing ones; returns how many were written. */
    @Transactional
    int store(List<IndicatorCsv.Row> rows) {
        Map<String, IndicatorValue> existing =
                values
                        .findByIndicatorIdIn(rows.stream()
                                .map(IndicatorCsv.Row::indicatorId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(
                                v -> v.districtId() + "/" + v.indicatorId() + "/" + v.date(), Function.identity()));
        List<IndicatorValue> changed = new ArrayList<>();
        for (IndicatorCsv.Row row : rows) {
            IndicatorValue value = existing.get(row.districtId() + "/" + row.indicatorId() + "/" + row.parsedDate());
            if (value == null) {
                changed.add(
                        new IndicatorValue(row.districtId(), row.indicatorId(), row.parsedDate(), row.parsedValue()));
            } else {
                value.value(Objects.requireNonNull(row.parsedValue()));
                changed.add(value);
            }
        }
        values.saveAll(changed);
        return changed.size();
    }
}
