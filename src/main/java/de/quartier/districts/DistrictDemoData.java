package de.quartier.districts;

import de.quartier.accounts.AccountService;
import de.quartier.accounts.Role;
import de.quartier.accounts.TenantCreated;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads Magdeburg's 40 Stadtteile, its five Sozialregionen and indicator time series into the demo tenant.
 * Population is real (KISS-MD, 31 Dec 2025); every other indicator is an invented, seeded demo figure within
 * the ranges of domain.md, shaped after the Stadtteilreport ranking (Kannenstieg, Neu Olvenstedt, Neustädter
 * See and Neue Neustadt with the highest need, the suburbs the lowest). Runs synchronously inside the demo
 * transaction, in the demo tenant's context.
 */
@Component
class DistrictDemoData {

    static final String DEMO_MANAGER = "qm.neustadt@magdeburg.example";
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;
    private static final int MIN_POPULATION_FOR_RATES = 100;

    /** Need from 0 (least) to 1 (most), after the 2013/2017 Stadtteilreport ranking; others default to 0.25. */
    private static final Map<String, Double> NEED = Map.ofEntries(
            Map.entry("Kannenstieg", 1.0),
            Map.entry("Neu Olvenstedt", 0.95),
            Map.entry("Neustädter See", 0.9),
            Map.entry("Neue Neustadt", 0.85),
            Map.entry("Fermersleben", 0.74),
            Map.entry("Altstadt", 0.68),
            Map.entry("Buckau", 0.63),
            Map.entry("Neustädter Feld", 0.6),
            Map.entry("Salbke", 0.57),
            Map.entry("Sudenburg", 0.53),
            Map.entry("Reform", 0.5),
            Map.entry("Leipziger Straße", 0.47),
            Map.entry("Rothensee", 0.44),
            Map.entry("Westerhüsen", 0.42),
            Map.entry("Stadtfeld Ost", 0.36),
            Map.entry("Alte Neustadt", 0.38),
            Map.entry("Industriehafen", 0.35),
            Map.entry("Brückfeld", 0.33),
            Map.entry("Nordwest", 0.3),
            Map.entry("Cracau", 0.28),
            Map.entry("Werder", 0.26),
            Map.entry("Lemsdorf", 0.26),
            Map.entry("Stadtfeld West", 0.24),
            Map.entry("Prester", 0.2),
            Map.entry("Berliner Chaussee", 0.18),
            Map.entry("Hopfengarten", 0.16),
            Map.entry("Herrenkrug", 0.14),
            Map.entry("Alt Olvenstedt", 0.12),
            Map.entry("Zipkeleben", 0.1),
            Map.entry("Ottersleben", 0.08),
            Map.entry("Diesdorf", 0.07),
            Map.entry("Beyendorf-Sohlen", 0.06),
            Map.entry("Pechau", 0.05),
            Map.entry("Randau-Calenberge", 0.04));

    /** Inner-city and student districts have many one-person households and more foreigners, need aside. */
    private static final Map<String, Double> URBAN = Map.ofEntries(
            Map.entry("Altstadt", 1.0),
            Map.entry("Alte Neustadt", 0.95),
            Map.entry("Stadtfeld Ost", 0.85),
            Map.entry("Werder", 0.7),
            Map.entry("Sudenburg", 0.75),
            Map.entry("Leipziger Straße", 0.75),
            Map.entry("Buckau", 0.7),
            Map.entry("Neustädter See", 0.6),
            Map.entry("Kannenstieg", 0.55),
            Map.entry("Neu Olvenstedt", 0.55),
            Map.entry("Neue Neustadt", 0.6),
            Map.entry("Brückfeld", 0.5),
            Map.entry("Stadtfeld West", 0.5),
            Map.entry("Reform", 0.45),
            Map.entry("Neustädter Feld", 0.45),
            Map.entry("Cracau", 0.4));

    /**
     * A demo indicator: range from domain.md, a yearly trend (per cent of the range) and how much of it follows
     * need rather than urbanity.
     */
    private record Demo(
            String key,
            String nameDe,
            String nameEn,
            String description,
            double min,
            double max,
            double trendPerYear,
            double needWeight) {}

    private static final List<Demo> DEMO = List.of(
            new Demo(
                    "unemployment",
                    "Arbeitslosenquote",
                    "Unemployment rate",
                    "Arbeitslose (SGB II und III) in % der Einwohnerinnen und Einwohner von 15 bis unter 65 Jahren.",
                    3,
                    15,
                    -0.012,
                    1.0),
            new Demo(
                    "sgb2",
                    "SGB-II-Quote",
                    "Basic income support rate (SGB II)",
                    "Personen in SGB-II-Bedarfsgemeinschaften in % der Einwohnerinnen und Einwohner unter 65 Jahren.",
                    5,
                    30,
                    -0.01,
                    1.0),
            new Demo(
                    "child-poverty",
                    "Kinderarmut",
                    "Child poverty",
                    "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften in % aller Kinder unter 15 Jahren.",
                    5,
                    60,
                    -0.008,
                    1.0),
            new Demo(
                    "single-parents",
                    "Alleinerziehende",
                    "Single parents",
                    "Alleinerziehende Haushalte in % der Haushalte mit Kindern.",
                    20,
                    45,
                    0.002,
                    0.85),
            new Demo(
                    "foreigners",
                    "Ausländeranteil",
                    "Share of foreign nationals",
                    "Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit in % aller Einwohner.",
                    2,
                    25,
                    0.02,
                    0.6),
            new Demo(
                    "one-person-households",
                    "Einpersonenhaushalte",
                    "One-person households",
                    "Haushalte mit nur einer Person in % aller Haushalte.",
                    35,
                    60,
                    0.004,
                    0.35));

    private final SocialRegionRepository regions;
    private final DistrictRepository districts;
    private final IndicatorDefinitionRepository definitions;
    private final IndicatorValueRepository values;
    private final AccountService accounts;

    DistrictDemoData(
            SocialRegionRepository regions,
            DistrictRepository districts,
            IndicatorDefinitionRepository definitions,
            IndicatorValueRepository values,
            AccountService accounts) {
        this.regions = regions;
        this.districts = districts;
        this.definitions = definitions;
        this.values = values;
        this.accounts = accounts;
    }

    @EventListener
    @org.springframework.core.annotation.Order(10)
    void on(TenantCreated event) {
        if (!event.demo()) {
            return;
        }
        Map<String, SocialRegion> regionByName = new HashMap<>();
        for (String name : List.of("Norden", "Ostelbien")) {
            regionByName.put(name, regions.save(new SocialRegion(name, false)));
        }
        for (String name : List.of("West", "Mitte-Süd", "Südost")) {
            regionByName.put(name, regions.save(new SocialRegion(name, true)));
        }
        Map<String, String> assumedRegion = assumedRegions();

        IndicatorDefinition population = new IndicatorDefinition("population");
        population.update(
                "population",
                "Einwohnerinnen und Einwohner",
                "Population",
                "",
                "Einwohnerinnen und Einwohner mit Hauptwohnsitz am 31. Dezember.",
                "Landeshauptstadt Magdeburg, Amt für Statistik (KISS-MD)",
                null,
                false);
        definitions.save(population);
        Map<String, IndicatorDefinition> demoDefs = new HashMap<>();
        for (Demo demo : DEMO) {
            IndicatorDefinition def = new IndicatorDefinition(demo.key());
            def.update(
                    demo.key(),
                    demo.nameDe(),
                    demo.nameEn(),
                    "%",
                    demo.description(),
                    "Demofigur: erfundene Werte zur Vorführung, keine amtliche Statistik",
                    true,
                    true);
            demoDefs.put(demo.key(), definitions.save(def));
        }

        List<IndicatorValue> rows = new ArrayList<>();
        for (String[] line : csv()) {
            // number,name,wikidata,lat,lon,population,population_year,area_km2,sozialregion
            String name = line[1];
            District district = new District(line[0], name, slug(name));
            String regionName = line[8].isBlank() ? assumedRegion.get(name) : line[8];
            int people = Integer.parseInt(line[5]);
            int year = Integer.parseInt(line[6]);
            district.update(
                    line[0],
                    name,
                    slug(name),
                    regionName == null ? null : regionByName.get(regionName),
                    new BigDecimal(line[3]),
                    new BigDecimal(line[4]),
                    new BigDecimal(line[7]),
                    people,
                    year,
                    line[2].isBlank() ? null : line[2]);
            districts.save(district);
            rows.add(new IndicatorValue(
                    district.id(), population.id(), LocalDate.of(year, 12, 31), BigDecimal.valueOf(people)));
            if (people >= MIN_POPULATION_FOR_RATES) {
                for (Demo demo : DEMO) {
                    rows.addAll(series(district, demo, demoDefs.get(demo.key())));
                }
            }
        }
        values.saveAll(rows);

        Set<Long> neustadt = Set.of(
                districts.findBySlug("neue-neustadt").orElseThrow().id(),
                districts.findBySlug("alte-neustadt").orElseThrow().id());
        accounts.grantDistrictScope(DEMO_MANAGER, Role.DISTRICT_MANAGER, neustadt);
    }

    /** A deterministic yearly series: need and urbanity set the level, a seeded wobble makes it look real. */
    private static List<IndicatorValue> series(District district, Demo demo, IndicatorDefinition def) {
        Random random = new Random((district.number() + "/" + demo.key()).hashCode());
        double need = NEED.getOrDefault(district.name(), 0.25);
        double urban = URBAN.getOrDefault(district.name(), 0.15);
        double span = demo.max() - demo.min();
        double level = demo.needWeight() * need + (1 - demo.needWeight()) * urban;
        double start = demo.min() + span * (0.05 + 0.85 * level) + span * 0.04 * (random.nextDouble() - 0.5);
        List<IndicatorValue> series = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int t = year - FIRST_YEAR;
            double wobble = span * 0.012 * (random.nextDouble() - 0.5);
            // 2022: people fleeing the war against Ukraine raise the foreigner share visibly
            double jump = "foreigners".equals(demo.key()) && year >= 2022 ? span * 0.04 * (0.5 + urban) : 0;
            double value = start + span * demo.trendPerYear() * t * (0.5 + need) + wobble + jump;
            value = Math.max(demo.min(), Math.min(demo.max(), value));
            series.add(new IndicatorValue(
                    district.id(),
                    def.id(),
                    LocalDate.of(year, 12, 31),
                    BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)));
        }
        return series;
    }

    /** domain.md section 8: West, Mitte-Süd and Südost are a demo assumption, not an official grouping. */
    private static Map<String, String> assumedRegions() {
        Map<String, String> map = new HashMap<>();
        for (String d : List.of(
                "Neustädter Feld",
                "Großer Silberberg",
                "Nordwest",
                "Alt Olvenstedt",
                "Neu Olvenstedt",
                "Diesdorf",
                "Stadtfeld Ost",
                "Stadtfeld West")) {
            map.put(d, "West");
        }
        for (String d : List.of(
                "Altstadt",
                "Werder",
                "Sudenburg",
                "Leipziger Straße",
                "Reform",
                "Hopfengarten",
                "Lemsdorf",
                "Ottersleben",
                "Beyendorfer Grund")) {
            map.put(d, "Mitte-Süd");
        }
        for (String d : List.of("Buckau", "Fermersleben", "Salbke", "Westerhüsen", "Beyendorf-Sohlen")) {
            map.put(d, "Südost");
        }
        return map;
    }

    static String slug(String name) {
        String ascii = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Magdeburg's Stadtteile: number,name,wikidata,lat,lon,population,population_year,area_km2,sozialregion. */
    static List<String[]> csv() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("districts/magdeburg-stadtteile.csv").getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
