package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.Grant;
import de.quartier.accounts.Role;
import de.quartier.directory.CoverageViews.Cell;
import de.quartier.directory.CoverageViews.Column;
import de.quartier.directory.CoverageViews.NeedColumn;
import de.quartier.directory.CoverageViews.Option;
import de.quartier.directory.CoverageViews.Row;
import de.quartier.directory.CoverageViews.Table;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.districts.DistrictService.NeedFigures;
import de.quartier.districts.DistrictService.NeedIndicator;
import de.quartier.shared.CsvLines;
import de.quartier.shared.TenantContext;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage for network planning: published offers per district and action field (or target group), per 1,000
 * residents, beside the districts' need indicators. A cell is a gap when the district is in the top fifth of need
 * by the chosen indicator and the field has no offer or at most {@link #THRESHOLD} offers per 1,000 residents.
 *
 * <p>An offer counts in the districts of its locations, or, without a located place, in the districts its
 * organisation works in (as the search does). Counting is one SQL query with grouping sets.
 */
@Service
class Coverage {

    /** At most this many offers per 1,000 residents count as low coverage. */
    static final double THRESHOLD = 0.5;

    static final String FIELDS = "fields";
    static final String GROUPS = "groups";
    static final String DEFAULT_INDICATOR = "unemployment";

    private static final String OFFER_DISTRICTS = """
            with located as (
                select o.id as offer_id, l.district_id
                from offer o
                join organisation org on org.id = o.organisation_id
                join offer_location ol on ol.offer_id = o.id
                join location l on l.id = ol.location_id
                where o.tenant_id = :tenant and o.status = 'PUBLISHED' and org.status = 'PUBLISHED'
                  and l.district_id is not null
            ), offer_district as (
                select offer_id, district_id from located
                union
                select o.id, d.district_id
                from offer o
                join organisation org on org.id = o.organisation_id
                join organisation_district d on d.organisation_id = o.organisation_id
                where o.tenant_id = :tenant and o.status = 'PUBLISHED' and org.status = 'PUBLISHED'
                  and not exists (select 1 from located x where x.offer_id = o.id)
            ), filtered as (
                select od.offer_id, od.district_id from offer_district od
                where (cast(:lang as varchar) is null or exists (select 1 from offer_language x
                           where x.offer_id = od.offer_id and x.lang = cast(:lang as varchar)))
                  and (cast(:grp as varchar) is null or exists (select 1 from offer_target_group g
                           where g.offer_id = od.offer_id and g.target_group = cast(:grp as varchar)))
            )
            """;

    private static final String BY_FIELD = OFFER_DISTRICTS + """
            select f.district_id, cast(c.action_field_id as varchar) as col, grouping(c.action_field_id) as total,
                   count(distinct f.offer_id) as offers
            from filtered f left join offer_action_field c on c.offer_id = f.offer_id
            group by grouping sets ((f.district_id, c.action_field_id), (f.district_id))
            """;

    private static final String BY_GROUP = OFFER_DISTRICTS + """
            select f.district_id, c.target_group as col, grouping(c.target_group) as total,
                   count(distinct f.offer_id) as offers
            from filtered f left join offer_target_group c on c.offer_id = f.offer_id
            group by grouping sets ((f.district_id, c.target_group), (f.district_id))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final DistrictService districts;
    private final ActionFieldCatalogue catalogue;
    private final Access access;
    private final MessageSource messages;

    Coverage(
            NamedParameterJdbcTemplate jdbc,
            DistrictService districts,
            ActionFieldCatalogue catalogue,
            Access access,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.catalogue = catalogue;
        this.access = access;
        this.messages = messages;
    }

    /** Filters as given in the query string; unknown values are ignored. */
    record Filter(
            @Nullable String dimension,
            @Nullable String group,
            @Nullable String language,
            @Nullable Long region,
            @Nullable String indicator) {}

    /** Counts: district id → column key → offers; the column key {@code ""} holds the district's total. */
    Map<Long, Map<String, Long>> counts(String dimension, @Nullable String group, @Nullable String language) {
        var params = new MapSqlParameterSource()
                .addValue("tenant", TenantContext.require().id())
                .addValue("lang", language)
                .addValue("grp", group);
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(GROUPS.equals(dimension) ? BY_GROUP : BY_FIELD, params, rs -> {
            long district = rs.getLong("district_id");
            boolean total = rs.getInt("total") == 1;
            String col = rs.getString("col");
            if (!total && col == null) {
                return; // offers without any field or group
            }
            counts.computeIfAbsent(district, k -> new HashMap<>()).put(total ? "" : col, rs.getLong("offers"));
        });
        return counts;
    }

    /** Languages offers are held in, by code. */
    List<String> languages() {
        return jdbc.queryForList(
                "select distinct l.lang from offer_language l join offer o on o.id = l.offer_id"
                        + " where o.tenant_id = :tenant and o.status = 'PUBLISHED' order by l.lang",
                Map.of("tenant", TenantContext.require().id()),
                String.class);
    }

    @Transactional(readOnly = true)
    Table table(Filter filter, Locale locale) {
        String dimension = GROUPS.equals(filter.dimension()) ? GROUPS : FIELDS;
        String group = Arrays.stream(TargetGroup.values())
                .map(TargetGroup::name)
                .filter(g -> g.equals(filter.group()))
                .findFirst()
                .orElse(null);
        List<String> languages = languages();
        String language = languages.contains(filter.language()) ? filter.language() : null;
        List<NeedIndicator> indicators = districts.needIndicators(locale);
        NeedIndicator defining = indicators.stream()
                .filter(i -> i.key().equals(filter.indicator()))
                .findFirst()
                .or(() -> indicators.stream()
                        .filter(i -> i.key().equals(DEFAULT_INDICATOR))
                        .findFirst())
                .or(() -> indicators.stream().findFirst())
                .orElse(null);
        var regions = districts.regions();
        Long regionId = regions.stream()
                .map(DistrictService.RegionSummary::id)
                .filter(id -> id.equals(filter.region()))
                .findFirst()
                .orElse(null);

        List<Column> columns = GROUPS.equals(dimension)
                ? Arrays.stream(TargetGroup.values())
                        .map(g -> new Column(g.name(), t(groupKey(g), locale)))
                        .toList()
                : catalogue.active().stream()
                        .map(f -> new Column(String.valueOf(f.id()), f.name()))
                        .toList();
        Map<String, NeedFigures> need = new HashMap<>();
        for (NeedIndicator i : indicators) {
            need.put(i.key(), districts.latest(i.key()));
        }
        Set<Long> highNeed =
                defining == null ? Set.of() : need.get(defining.key()).highNeed();
        Set<Long> own = ownDistricts();
        Map<Long, Map<String, Long>> counts = counts(dimension, group, language);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(2);
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMaximumFractionDigits(1);

        List<Row> rows = new ArrayList<>();
        for (DistrictProfile d : districts.profiles()) {
            if (regionId != null && !regionId.equals(d.socialRegionId())) {
                continue;
            }
            Map<String, Long> byColumn = counts.getOrDefault(d.id(), Map.of());
            boolean high = highNeed.contains(d.id());
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                long n = byColumn.getOrDefault(c.key(), 0L);
                Double rate = perThousand(n, d.population());
                cells.add(new Cell(
                        n,
                        rate == null ? null : format.format(rate),
                        high && (n == 0 || (rate != null && rate <= THRESHOLD))));
            }
            long total = byColumn.getOrDefault("", 0L);
            Double totalRate = perThousand(total, d.population());
            List<@Nullable String> needValues = new ArrayList<>();
            for (NeedIndicator i : indicators) {
                BigDecimal v = need.get(i.key()).values().get(d.id());
                needValues.add(v == null ? null : plain.format(v));
            }
            rows.add(new Row(
                    d.id(),
                    d.name(),
                    d.slug(),
                    d.number(),
                    d.socialRegionName(),
                    d.population() == null
                            ? null
                            : NumberFormat.getIntegerInstance(locale).format(d.population()),
                    needValues,
                    high,
                    own.contains(d.id()),
                    total,
                    totalRate == null ? null : format.format(totalRate),
                    cells));
        }

        String query = "dimension=" + dimension
                + (group == null ? "" : "&group=" + group)
                + (language == null ? "" : "&sprache=" + language)
                + (regionId == null ? "" : "&region=" + regionId)
                + (defining == null ? "" : "&indicator=" + URLEncoder.encode(defining.key(), StandardCharsets.UTF_8));
        return new Table(
                dimension,
                List.of(
                        new Option(FIELDS, t("directory.coverage.dimension.fields", locale), FIELDS.equals(dimension)),
                        new Option(GROUPS, t("directory.coverage.dimension.groups", locale), GROUPS.equals(dimension))),
                Arrays.stream(TargetGroup.values())
                        .map(g -> new Option(
                                g.name(), t(groupKey(g), locale), g.name().equals(group)))
                        .toList(),
                languages.stream()
                        .map(l -> new Option(l, languageName(l, locale), l.equals(language)))
                        .toList(),
                regions.stream()
                        .map(r -> new Option(
                                String.valueOf(r.id()),
                                r.name(),
                                Long.valueOf(r.id()).equals(regionId)))
                        .toList(),
                indicators.stream()
                        .map(i -> new Option(
                                i.key(), i.name(), defining != null && i.key().equals(defining.key())))
                        .toList(),
                group,
                language,
                regionId,
                defining == null ? "" : defining.key(),
                defining == null ? null : defining.name(),
                format.format(THRESHOLD),
                columns,
                indicators.stream()
                        .map(i -> new NeedColumn(
                                i.key(),
                                i.name(),
                                i.unit(),
                                defining != null && i.key().equals(defining.key())))
                        .toList(),
                rows,
                query);
    }

    /** The same table as CSV for Excel: UTF-8 with byte order mark, semicolons, CRLF. */
    @Transactional(readOnly = true)
    String csv(Filter filter, Locale locale) {
        Table table = table(filter, locale);
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(
                t("directory.coverage.district", locale),
                t("directory.coverage.number", locale),
                t("directory.coverage.region", locale),
                t("directory.coverage.population", locale)));
        for (NeedColumn n : table.needColumns()) {
            header.add(n.label() + (n.unit().isEmpty() ? "" : " (" + n.unit() + ")"));
        }
        header.add(t("directory.coverage.highNeed", locale));
        header.add(t("directory.coverage.total", locale));
        header.add(t("directory.coverage.total", locale) + " " + t("directory.coverage.perThousand", locale));
        for (Column c : table.columns()) {
            header.add(c.label());
            header.add(c.label() + " " + t("directory.coverage.perThousand", locale));
            header.add(c.label() + " " + t("directory.coverage.gap", locale));
        }
        line(csv, header);
        String yes = t("directory.coverage.yes", locale);
        String no = t("directory.coverage.no", locale);
        for (Row r : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(
                    r.name(),
                    r.number(),
                    r.region() == null ? "" : r.region(),
                    r.population() == null ? "" : r.population()));
            r.need().forEach(v -> cells.add(v == null ? "" : v));
            cells.add(r.highNeed() ? yes : no);
            cells.add(String.valueOf(r.total()));
            cells.add(r.totalPerThousand() == null ? "" : r.totalPerThousand());
            for (Cell c : r.cells()) {
                cells.add(String.valueOf(c.count()));
                cells.add(c.perThousand() == null ? "" : c.perThousand());
                cells.add(c.gap() ? yes : no);
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(CsvLines.row(cells)).append("\r\n");
    }

    static @Nullable Double perThousand(long offers, @Nullable Integer population) {
        if (population == null || population <= 0) {
            return null;
        }
        return offers * 1000.0 / population;
    }

    /** Districts the signed-in district manager is responsible for (highlighted). */
    Set<Long> ownDistricts() {
        long tenant = TenantContext.require().id();
        Set<Long> own = new HashSet<>();
        access.principal()
                .ifPresent(p -> p.grantsIn(tenant).stream()
                        .filter(g -> g.role() == Role.DISTRICT_MANAGER)
                        .map(Grant::districtIds)
                        .forEach(own::addAll));
        return own;
    }

    /** Admins and district managers plan the network; other staff do not see it. */
    boolean mayView() {
        return access.isTenantAdmin() || access.has(Role.DISTRICT_MANAGER);
    }

    static String groupKey(TargetGroup group) {
        return "directory.coverage.group." + group.name().toLowerCase(Locale.ROOT);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
