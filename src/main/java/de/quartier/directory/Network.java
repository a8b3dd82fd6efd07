package de.quartier.directory;

import de.quartier.directory.NetworkViews.Edge;
import de.quartier.directory.NetworkViews.Graph;
import de.quartier.directory.NetworkViews.Kind;
import de.quartier.directory.NetworkViews.Node;
import de.quartier.directory.NetworkViews.Option;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.shared.TenantContext;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation network of one district: the organisations working there (through their districts or a
 * location there) as nodes, their cooperations as edges, partners from outside the district as outer nodes, and
 * the organisations without any cooperation. Laid out on a circle, computed here for a server-side SVG.
 */
@Service
class Network {

    static final int WIDTH = 960;
    static final int HEIGHT = 940;
    private static final double RADIUS = 230;
    private static final int LABEL_LENGTH = 32;

    private static final String MEMBERS = """
            select o.id, o.name, o.kind from organisation o
            where o.tenant_id = :tenant and o.status <> 'ARCHIVED'
              and (exists (select 1 from organisation_district d where d.organisation_id = o.id and d.district_id = :district)
                or exists (select 1 from organisation_location ol join location l on l.id = ol.location_id
                           where ol.organisation_id = o.id and l.district_id = :district))
            """;

    private static final String EDGES = """
            select c.organisation_a, c.organisation_b, c.kind, c.since, c.description,
                   a.name as a_name, a.kind as a_kind, b.name as b_name, b.kind as b_kind
            from cooperation c
            join organisation a on a.id = c.organisation_a
            join organisation b on b.id = c.organisation_b
            where c.tenant_id = :tenant and a.status <> 'ARCHIVED' and b.status <> 'ARCHIVED'
              and (c.organisation_a in (:ids) or c.organisation_b in (:ids))
            order by c.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final DistrictService districts;
    private final Coverage coverage;
    private final MessageSource messages;

    Network(NamedParameterJdbcTemplate jdbc, DistrictService districts, Coverage coverage, MessageSource messages) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.coverage = coverage;
        this.messages = messages;
    }

    private record Org(long id, String name, String kind, boolean external) {}

    private record Link(
            long a,
            long b,
            String kind,
            @Nullable String since,
            @Nullable String description) {}

    /** The graph of the given district, else of the manager's first own district, else of the first one. */
    @Transactional(readOnly = true)
    Graph graph(@Nullable Long districtId, Locale locale) {
        List<DistrictProfile> all = districts.profiles();
        Set<Long> own = coverage.ownDistricts();
        DistrictProfile chosen = all.stream()
                .filter(d -> districtId != null && d.id() == districtId)
                .findFirst()
                .or(() -> all.stream().filter(d -> own.contains(d.id())).findFirst())
                .or(() -> all.stream().findFirst())
                .orElse(null);
        List<Option> options = all.stream()
                .map(d -> new Option(
                        String.valueOf(d.id()),
                        d.name() + (own.contains(d.id()) ? " – " + t("directory.network.yours", locale) : ""),
                        chosen != null && d.id() == chosen.id()))
                .toList();
        List<Kind> kinds = Arrays.stream(CooperationKind.values())
                .map(k -> new Kind(k.name().toLowerCase(Locale.ROOT), t(kindKey(k.name()), locale)))
                .toList();
        if (chosen == null) {
            return new Graph(options, null, null, false, WIDTH, HEIGHT, List.of(), List.of(), List.of(), kinds);
        }

        long tenant = TenantContext.require().id();
        Map<Long, Org> orgs = new LinkedHashMap<>();
        jdbc.query(MEMBERS, new MapSqlParameterSource("tenant", tenant).addValue("district", chosen.id()), rs -> {
            long id = rs.getLong("id");
            orgs.put(id, new Org(id, rs.getString("name"), rs.getString("kind"), false));
        });
        List<Link> links = new ArrayList<>();
        if (!orgs.isEmpty()) {
            jdbc.query(EDGES, new MapSqlParameterSource("tenant", tenant).addValue("ids", orgs.keySet()), rs -> {
                long a = rs.getLong("organisation_a");
                long b = rs.getLong("organisation_b");
                // partners from outside the district join as outer nodes
                orgs.putIfAbsent(a, new Org(a, rs.getString("a_name"), rs.getString("a_kind"), true));
                orgs.putIfAbsent(b, new Org(b, rs.getString("b_name"), rs.getString("b_kind"), true));
                var since = rs.getDate("since");
                links.add(new Link(
                        a,
                        b,
                        rs.getString("kind"),
                        since == null
                                ? null
                                : String.valueOf(since.toLocalDate().getYear()),
                        rs.getString("description")));
            });
        }

        Map<Long, Set<String>> partners = new HashMap<>();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        for (Link l : links) {
            partners.computeIfAbsent(l.a(), k -> new TreeSet<>(collator))
                    .add(orgs.get(l.b()).name());
            partners.computeIfAbsent(l.b(), k -> new TreeSet<>(collator))
                    .add(orgs.get(l.a()).name());
        }
        Map<Long, Integer> degree = new HashMap<>();
        for (Link l : links) {
            degree.merge(l.a(), 1, Integer::sum);
            degree.merge(l.b(), 1, Integer::sum);
        }

        // inside the district first (by name), then the outside partners; around the circle clockwise from the top
        List<Org> ordered = orgs.values().stream()
                .sorted(Comparator.comparing(Org::external).thenComparing(Org::name, collator))
                .toList();
        Map<Long, double[]> position = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        int n = ordered.size();
        for (int i = 0; i < n; i++) {
            Org o = ordered.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1);
            double cx = WIDTH / 2.0 + RADIUS * Math.cos(angle);
            double cy = HEIGHT / 2.0 + RADIUS * Math.sin(angle);
            position.put(o.id(), new double[] {cx, cy});
            // labels point outwards along the radius, so neighbours never overlap; left half reads right to left
            double lx = WIDTH / 2.0 + (RADIUS + 14) * Math.cos(angle);
            double ly = HEIGHT / 2.0 + (RADIUS + 14) * Math.sin(angle);
            boolean left = Math.cos(angle) < -1e-9;
            double degrees = Math.toDegrees(angle) + (left ? 180 : 0);
            String anchor = left ? "end" : "start";
            int d = degree.getOrDefault(o.id(), 0);
            nodes.add(new Node(
                    o.id(),
                    o.name(),
                    shorten(o.name()),
                    num(cx),
                    num(cy),
                    num(6 + 1.5 * Math.min(d, 8)),
                    num(lx),
                    num(ly),
                    num(degrees),
                    anchor,
                    o.external(),
                    d == 0,
                    d,
                    List.copyOf(partners.getOrDefault(o.id(), Set.of()))));
        }
        List<Edge> edges = links.stream()
                .map(l -> {
                    double[] from = position.get(l.a());
                    double[] to = position.get(l.b());
                    return new Edge(
                            orgs.get(l.a()).name(),
                            orgs.get(l.b()).name(),
                            l.kind().toLowerCase(Locale.ROOT),
                            t(kindKey(l.kind()), locale),
                            l.since(),
                            l.description(),
                            num(from[0]),
                            num(from[1]),
                            num(to[0]),
                            num(to[1]));
                })
                .toList();
        List<Node> isolated =
                nodes.stream().filter(x -> x.isolated() && !x.external()).toList();
        return new Graph(
                options,
                chosen.id(),
                chosen.name(),
                own.contains(chosen.id()),
                WIDTH,
                HEIGHT,
                nodes,
                edges,
                isolated,
                kinds);
    }

    static String kindKey(String kind) {
        return "directory.network.kind." + kind.toLowerCase(Locale.ROOT);
    }

    static String shorten(String name) {
        return name.length() <= LABEL_LENGTH
                ? name
                : name.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
