package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Benchmark data, only with the {@code bench} profile: at start-up, if the tenant {@value #SLUG} does not exist,
 * creates it with Magdeburg's 40 districts and the default action fields, bulk-loads (PostgreSQL COPY) a large
 * directory with German texts built from word lists — by default 10,000 organisations, about 15,000 locations
 * and 100,000 published offers with languages, target groups, action fields and opening hours — and builds its
 * search index, logging how long both took. Deterministic: a fixed seed gives the same data on every machine
 * (timestamps included). Runs after the demo and the start-up index check; a later start finds the tenant and
 * does nothing.
 */
@Component
@Profile("bench")
@Order(2000)
class LargeTenantGenerator implements ApplicationRunner {

    static final String SLUG = "grossstadt";
    private static final Logger log = LoggerFactory.getLogger(LargeTenantGenerator.class);
    private static final long SEED = 20261123L;
    private static final int CHUNK = 5_000;
    private static final Instant EPOCH = Instant.parse("2026-11-01T08:00:00Z");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private final TenantService tenants;
    private final DistrictService districts;
    private final DirectoryIndex index;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final int organisationCount;
    private final int offerCount;

    LargeTenantGenerator(
            TenantService tenants,
            DistrictService districts,
            DirectoryIndex index,
            DataSource dataSource,
            @Value("${quartier.bench.organisations:10000}") int organisationCount,
            @Value("${quartier.bench.offers:100000}") int offerCount) {
        this.tenants = tenants;
        this.districts = districts;
        this.index = index;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.organisationCount = organisationCount;
        this.offerCount = offerCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.bySlug(SLUG).isPresent()) {
            log.info("Benchmark tenant {} exists: nothing generated", SLUG);
            return;
        }
        log.info("Generating benchmark tenant {}: {} organisations, {} offers", SLUG, organisationCount, offerCount);
        long start = System.nanoTime();
        TenantInfo tenant =
                tenants.create(new TenantService.NewTenant("Großstadt (Benchmark)", SLUG, "Europe/Berlin", "de"));
        TenantContext.runAs(tenant, districts::addMagdeburgDistricts);
        Counts counts = generate(tenant.id());
        Duration generation = Duration.ofNanos(System.nanoTime() - start);
        log.info(
                "Generated benchmark tenant {} in {} ms: {} organisations, {} locations, {} offers",
                SLUG,
                generation.toMillis(),
                counts.organisations(),
                counts.locations(),
                counts.offers());
        Duration reindex = TenantContext.callAs(tenant, index::rebuild);
        log.info("Indexed {} offers of benchmark tenant {} in {} ms", counts.offers(), SLUG, reindex.toMillis());
    }

    /** Rebuilds the index of the given tenant, for re-timing; returns the number of offers indexed and the time. */
    Reindexed reindex(TenantInfo tenant) {
        Duration took = TenantContext.callAs(tenant, index::rebuild);
        long offers = jdbc.queryForObject("select count(*) from offer where tenant_id = ?", Long.class, tenant.id());
        return new Reindexed(offers, took);
    }

    record Reindexed(long offers, Duration took) {}

    record Counts(int organisations, int locations, int offers) {}

    // ---- generation ----------------------------------------------------------------------------------------

    private record Place(long id, String name, double lat, double lon, double weight) {}

    private record Org(long id, String name, int district, List<Integer> districts, List<Long> locations) {}

    private Counts generate(long tenantId) {
        List<Place> places = jdbc.query(
                "select id, name, centre_lat, centre_lon, coalesce(population, 0) from district where tenant_id = ?"
                        + " order by number",
                (rs, i) -> new Place(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDouble(3),
                        rs.getDouble(4),
                        // more offers where more people live, but every district gets some
                        Math.sqrt(rs.getInt(5)) + 30),
                tenantId);
        Map<String, Long> fields = new HashMap<>();
        jdbc.query(
                "select code, id from action_field where tenant_id = ?",
                (ResultSet rs) -> {
                    fields.put(rs.getString(1), rs.getLong(2));
                },
                tenantId);
        if (places.isEmpty() || fields.isEmpty()) {
            throw new IllegalStateException("benchmark tenant without districts or action fields");
        }
        double[] cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            sum += places.get(i).weight();
            cumulative[i] = sum;
        }
        Random random = new Random(SEED);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();

            // organisations and their locations
            long firstOrg = reserve(connection, "organisation", organisationCount);
            int locationEstimate = organisationCount * 3 + 1;
            long firstLocation = reserve(connection, "location", locationEstimate);
            List<Org> orgs = new ArrayList<>(organisationCount);
            List<String> locationRows = new ArrayList<>();
            List<String> orgLocationRows = new ArrayList<>();
            List<List<Long>> locationsByDistrict = new ArrayList<>();
            places.forEach(p -> locationsByDistrict.add(new ArrayList<>()));
            long nextLocation = firstLocation;
            for (int i = 0; i < organisationCount; i++) {
                int home = pick(random, cumulative, sum);
                List<Integer> orgDistricts = new ArrayList<>(List.of(home));
                if (random.nextDouble() < 0.2) {
                    int other = pick(random, cumulative, sum);
                    if (other != home) {
                        orgDistricts.add(other);
                    }
                }
                long orgId = firstOrg + i;
                List<Long> orgLocations = new ArrayList<>();
                double r = random.nextDouble();
                int wanted = r < 0.1 ? 0 : r < 0.45 ? 1 : r < 0.85 ? 2 : 3;
                for (int k = 0; k < wanted; k++) {
                    int d = orgDistricts.get(Math.min(k, orgDistricts.size() - 1));
                    List<Long> shared = locationsByDistrict.get(d);
                    if (!shared.isEmpty() && random.nextDouble() < 0.12) {
                        // several organisations under one roof
                        Long existing = shared.get(random.nextInt(shared.size()));
                        if (!orgLocations.contains(existing)) {
                            orgLocations.add(existing);
                        }
                        continue;
                    }
                    long id = nextLocation++;
                    Place place = places.get(d);
                    locationRows.add(row(
                            id,
                            tenantId,
                            uuid("location", id - firstLocation),
                            pickOne(random, Words.PLACE_KINDS) + " " + place.name(),
                            pickOne(random, Words.STREETS) + " " + (1 + random.nextInt(120)),
                            "391" + (10 + random.nextInt(30)),
                            "Magdeburg",
                            place.id(),
                            round(place.lat() + random.nextGaussian() * 0.004),
                            round(place.lon() + random.nextGaussian() * 0.006),
                            0));
                    shared.add(id);
                    orgLocations.add(id);
                }
                for (Long loc : orgLocations) {
                    orgLocationRows.add(row(orgId, loc));
                }
                orgs.add(new Org(
                        orgId,
                        Words.organisationName(random, places.get(home).name()),
                        home,
                        orgDistricts,
                        orgLocations));
            }
            int locationCount = (int) (nextLocation - firstLocation);
            copyRows(
                    copy,
                    "organisation (id, tenant_id, public_id, name, kind, description, website, email, phone,"
                            + " contact_name, status, created_at, updated_at, version)",
                    out -> {
                        for (int i = 0; i < orgs.size(); i++) {
                            Org o = orgs.get(i);
                            Instant created = EPOCH.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                            out.accept(row(
                                    o.id(),
                                    tenantId,
                                    uuid("organisation", i),
                                    o.name(),
                                    Words.kindOf(o.name()).name(),
                                    Words.organisationDescription(
                                            random,
                                            o.name(),
                                            places.get(o.district()).name()),
                                    "https://www.organisation-" + (i + 1) + ".example",
                                    "kontakt@organisation-" + (i + 1) + ".example",
                                    phone(random),
                                    Words.person(random),
                                    EntryStatus.PUBLISHED.name(),
                                    timestamp(created),
                                    timestamp(created.plus(Duration.ofDays(random.nextInt(60)))),
                                    0));
                        }
                    });
            copyRows(copy, "organisation_district (organisation_id, district_id)", out -> {
                for (Org o : orgs) {
                    for (int d : o.districts()) {
                        out.accept(row(o.id(), places.get(d).id()));
                    }
                }
            });
            copyRows(
                    copy,
                    "location (id, tenant_id, public_id, name, street, postal_code, city, district_id, latitude,"
                            + " longitude, version)",
                    out -> locationRows.forEach(out));
            copyRows(copy, "organisation_location (organisation_id, location_id)", out -> orgLocationRows.forEach(out));

            // offers, in chunks so memory stays small
            long firstOffer = reserve(connection, "offer", offerCount);
            List<Long> fieldIdsInOrder = new ArrayList<>(fields.values());
            fieldIdsInOrder.sort(Long::compare);
            for (int from = 0; from < offerCount; from += CHUNK) {
                int to = Math.min(offerCount, from + CHUNK);
                List<GeneratedOffer> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Org org = orgs.get(random.nextInt(orgs.size()));
                    chunk.add(Words.offer(
                            random,
                            firstOffer + i,
                            uuid("offer", i),
                            org.id(),
                            org.locations(),
                            places.get(org.district()).name(),
                            fields,
                            fieldIdsInOrder));
                }
                copyChunk(copy, tenantId, chunk);
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("analyze organisation, organisation_district, location, organisation_location,"
                        + " offer, offer_location, offer_language, offer_target_group, offer_action_field,"
                        + " offer_schedule");
            }
            return new Counts(organisationCount, locationCount, offerCount);
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark data could not be written", e);
        }
    }

    private void copyChunk(CopyManager copy, long tenantId, List<GeneratedOffer> chunk) throws SQLException {
        copyRows(
                copy,
                "offer (id, tenant_id, public_id, organisation_id, title, description, cost, cost_note, access,"
                        + " accessibility_note, schedule_note, contact_name, contact_email, contact_phone, website,"
                        + " status, created_at, updated_at, version)",
                out -> chunk.forEach(o -> out.accept(row(
                        o.id(),
                        tenantId,
                        o.publicId(),
                        o.organisationId(),
                        o.title(),
                        o.description(),
                        o.cost().name(),
                        o.costNote(),
                        o.access().name(),
                        o.accessibilityNote(),
                        null,
                        o.contactName(),
                        o.contactEmail(),
                        o.contactPhone(),
                        null,
                        EntryStatus.PUBLISHED.name(),
                        timestamp(o.created()),
                        timestamp(o.updated()),
                        0))));
        copyRows(
                copy,
                "offer_location (offer_id, location_id)",
                out -> chunk.forEach(o -> o.locations().forEach(l -> out.accept(row(o.id(), l)))));
        copyRows(
                copy,
                "offer_language (offer_id, lang)",
                out -> chunk.forEach(o -> o.languages().forEach(l -> out.accept(row(o.id(), l)))));
        copyRows(
                copy,
                "offer_target_group (offer_id, target_group)",
                out -> chunk.forEach(o -> o.targetGroups().forEach(g -> out.accept(row(o.id(), g.name())))));
        copyRows(
                copy,
                "offer_action_field (offer_id, action_field_id)",
                out -> chunk.forEach(o -> o.actionFields().forEach(f -> out.accept(row(o.id(), f)))));
        copyRows(
                copy,
                "offer_schedule (offer_id, position, weekday, opens, closes)",
                out -> chunk.forEach(o -> {
                    for (int p = 0; p < o.schedule().size(); p++) {
                        ScheduleSlot s = o.schedule().get(p);
                        out.accept(row(
                                o.id(),
                                p,
                                s.weekday(),
                                s.opens().toString(),
                                s.closes().toString()));
                    }
                }));
    }

    /** Streams rows (already in COPY text format, each ending with a newline) into a table. */
    private static void copyRows(CopyManager copy, String table, Consumer<Consumer<String>> rows) throws SQLException {
        try (PGCopyOutputStream stream = new PGCopyOutputStream(copy.copyIn("copy " + table + " from stdin"));
                Writer writer = new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            rows.accept(line -> {
                try {
                    writer.write(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /**
     * Reserves {@code n} consecutive ids of a table's identity sequence and returns the first. Only safe while
     * nobody else inserts into the table, as at start-up.
     */
    private static long reserve(Connection connection, String table, int n) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
            rs.next();
            long first = rs.getLong(1);
            if (n > 1) {
                try (Statement set = connection.createStatement()) {
                    set.execute(
                            "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + n - 1) + ")");
                }
            }
            return first;
        }
    }

    /** A row in COPY text format: tab-separated, \N for null, special characters escaped. */
    static String row(@Nullable Object... values) {
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                sb.append("\\N");
                continue;
            }
            String s = v.toString();
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
        return sb.append('\n').toString();
    }

    private static int pick(Random random, double[] cumulative, double sum) {
        double x = random.nextDouble() * sum;
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static <T> T pickOne(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static UUID uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes((SLUG + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    static String phone(Random random) {
        return "0391 " + (100000 + random.nextInt(900000));
    }

    static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIMESTAMP);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** One generated offer with its collections, ready to be written. */
    record GeneratedOffer(
            long id,
            UUID publicId,
            long organisationId,
            String title,
            String description,
            Cost cost,
            @Nullable String costNote,
            AccessMode access,
            @Nullable String accessibilityNote,
            String contactName,
            String contactEmail,
            String contactPhone,
            Instant created,
            Instant updated,
            Set<Long> locations,
            Set<String> languages,
            Set<TargetGroup> targetGroups,
            Set<Long> actionFields,
            List<ScheduleSlot> schedule) {}

    /** Word and phrase lists the German texts are built from. */
    static final class Words {

        private Words() {}

        /** A kind of offer: title stem, action field code, whom it is typically for, sentences describing it. */
        record Topic(String title, String field, List<TargetGroup> groups, List<String> sentences) {}

        static final List<Topic> TOPICS = List.of(
                topic(
                        "Deutschkurs",
                        "integration",
                        List.of(TargetGroup.NEWCOMERS),
                        "Im Deutschkurs lernen Sie Alltagsdeutsch für Einkauf, Arzt und Behörden.",
                        "Der Kurs bereitet auf die Prüfung Deutsch-Test für Zuwanderer (A2/B1) vor."),
                topic(
                        "Sprachcafé",
                        "integration",
                        List.of(TargetGroup.NEWCOMERS, TargetGroup.EVERYONE),
                        "Beim Sprachcafé üben Menschen aus vielen Ländern gemeinsam Deutsch bei Kaffee und Kuchen.",
                        "Ehrenamtliche Sprachpatinnen und Sprachpaten helfen beim Sprechen und Verstehen."),
                topic(
                        "Hausaufgabenhilfe",
                        "social-infrastructure",
                        List.of(TargetGroup.CHILDREN),
                        "Schülerinnen und Schüler der Klassen 1 bis 6 bekommen Hilfe bei den Hausaufgaben.",
                        "Lehramtsstudierende unterstützen beim Lesen, Schreiben und Rechnen."),
                topic(
                        "Migrationsberatung",
                        "integration",
                        List.of(TargetGroup.NEWCOMERS),
                        "Die Migrationsberatung für erwachsene Zugewanderte hilft bei Fragen zu Aufenthalt, Sprachkurs"
                                + " und Anerkennung von Abschlüssen.",
                        "Wir begleiten Sie bei Behördengängen und vermitteln an Fachdienste weiter."),
                topic(
                        "Schuldnerberatung",
                        "health",
                        List.of(TargetGroup.EVERYONE, TargetGroup.UNEMPLOYED),
                        "Die Schuldner- und Insolvenzberatung hilft, einen Überblick über die Schulden zu gewinnen.",
                        "Gemeinsam erstellen wir einen Haushaltsplan und verhandeln mit Gläubigern."),
                topic(
                        "Seniorentreff",
                        "health",
                        List.of(TargetGroup.SENIORS),
                        "Im Seniorentreff wird gespielt, gesungen und erzählt.",
                        "Regelmäßig gibt es Vorträge zu Gesundheit, Vorsorge und Sicherheit im Alter."),
                topic(
                        "Krabbelgruppe",
                        "social-infrastructure",
                        List.of(TargetGroup.FAMILIES, TargetGroup.CHILDREN),
                        "In der Krabbelgruppe treffen sich Eltern mit Kindern bis drei Jahre.",
                        "Die Kleinen spielen gemeinsam, die Eltern tauschen sich über Erziehung und Alltag aus."),
                topic(
                        "Jugendtreff",
                        "social-infrastructure",
                        List.of(TargetGroup.YOUTH),
                        "Der offene Jugendtreff bietet Billard, Kicker, Musik und einen Platz zum Abhängen.",
                        "Sozialarbeiterinnen und Sozialarbeiter haben ein offenes Ohr für Sorgen und Pläne."),
                topic(
                        "Bewerbungstraining",
                        "employment",
                        List.of(TargetGroup.UNEMPLOYED, TargetGroup.YOUTH),
                        "Im Bewerbungstraining erstellen Sie Lebenslauf und Anschreiben und üben Vorstellungsgespräche.",
                        "Wir unterstützen bei der Suche nach Ausbildungsplätzen und Stellen in der Region."),
                topic(
                        "Nähcafé",
                        "integration",
                        List.of(TargetGroup.WOMEN, TargetGroup.EVERYONE),
                        "Im Nähcafé wird genäht, geflickt und geplaudert; Nähmaschinen sind vorhanden.",
                        "Anfängerinnen und Anfänger lernen die Grundlagen, Erfahrene geben Tipps weiter."),
                topic(
                        "Sozialberatung",
                        "health",
                        List.of(TargetGroup.EVERYONE),
                        "Die allgemeine Sozialberatung hilft bei Anträgen auf Bürgergeld, Wohngeld und Kinderzuschlag.",
                        "Wir klären gemeinsam, welche Leistungen Ihnen zustehen."),
                topic(
                        "Familienberatung",
                        "social-infrastructure",
                        List.of(TargetGroup.FAMILIES),
                        "Die Erziehungs- und Familienberatung unterstützt bei Konflikten, Trennung und"
                                + " Erziehungsfragen.",
                        "Eltern, Kinder und Jugendliche können sich einzeln oder gemeinsam beraten lassen."),
                topic(
                        "Mieterberatung",
                        "housing",
                        List.of(TargetGroup.EVERYONE),
                        "Die Mieterberatung prüft Nebenkostenabrechnungen und hilft bei Mängeln in der Wohnung.",
                        "Bei drohendem Wohnungsverlust vermitteln wir schnell an die Fachstelle."),
                topic(
                        "Nachbarschaftsgarten",
                        "public-space",
                        List.of(TargetGroup.EVERYONE, TargetGroup.FAMILIES),
                        "Im Nachbarschaftsgarten bauen Nachbarinnen und Nachbarn gemeinsam Gemüse und Kräuter an.",
                        "Hochbeete sind auch mit Rollstuhl oder Rollator gut erreichbar."),
                topic(
                        "Stadtteilspaziergang",
                        "public-space",
                        List.of(TargetGroup.EVERYONE, TargetGroup.SENIORS),
                        "Beim Stadtteilspaziergang lernen Sie Geschichte und Orte Ihres Viertels kennen.",
                        "Unterwegs sammeln wir Hinweise zu dunklen Ecken, Barrieren und fehlenden Bänken."),
                topic(
                        "Repair-Café",
                        "public-space",
                        List.of(TargetGroup.EVERYONE),
                        "Im Repair-Café reparieren Ehrenamtliche mit Ihnen Toaster, Fahrräder und Kleidung.",
                        "Reparieren statt wegwerfen schont den Geldbeutel und die Umwelt."),
                topic(
                        "Elterncafé",
                        "social-infrastructure",
                        List.of(TargetGroup.FAMILIES),
                        "Das Elterncafé ist ein offener Treffpunkt für Mütter und Väter aus dem Stadtteil.",
                        "Fachkräfte aus Kita und Schule stehen für Fragen zur Verfügung."),
                topic(
                        "Mittagstisch",
                        "health",
                        List.of(TargetGroup.SENIORS, TargetGroup.EVERYONE),
                        "Der Mittagstisch bietet täglich ein warmes, gesundes Essen zu kleinen Preisen.",
                        "Gemeinsam essen verbindet und hilft gegen Einsamkeit."),
                topic(
                        "Lebensmittelausgabe",
                        "health",
                        List.of(TargetGroup.EVERYONE, TargetGroup.UNEMPLOYED),
                        "Die Tafel gibt gespendete Lebensmittel an Menschen mit geringem Einkommen aus.",
                        "Bitte bringen Sie einen Nachweis über Ihr Einkommen und eine Einkaufstasche mit."),
                topic(
                        "Kleiderkammer",
                        "health",
                        List.of(TargetGroup.FAMILIES, TargetGroup.NEWCOMERS),
                        "In der Kleiderkammer gibt es gut erhaltene Kleidung, Schuhe und Spielzeug.",
                        "Spenden nehmen wir zu den Öffnungszeiten gern entgegen."),
                topic(
                        "Computerkurs",
                        "employment",
                        List.of(TargetGroup.SENIORS, TargetGroup.EVERYONE),
                        "Im Computerkurs lernen Sie E-Mails schreiben, im Internet suchen und Videotelefonie.",
                        "Wer ein eigenes Smartphone oder Tablet hat, kann es gern mitbringen."),
                topic(
                        "Smartphone-Sprechstunde",
                        "health",
                        List.of(TargetGroup.SENIORS),
                        "In der Smartphone-Sprechstunde erklären Jugendliche Älteren ihr Handy.",
                        "Fragen zu Apps, Fotos und Sicherheit im Netz sind willkommen."),
                topic(
                        "Berufsorientierung",
                        "employment",
                        List.of(TargetGroup.YOUTH),
                        "Die Berufsorientierung stellt Ausbildungsberufe vor und vermittelt Praktika in Betrieben.",
                        "Jugendliche testen ihre Stärken in Werkstätten und Betriebsbesuchen."),
                topic(
                        "Integrationskurs",
                        "integration",
                        List.of(TargetGroup.NEWCOMERS),
                        "Der Integrationskurs verbindet Sprachkurs und Orientierungskurs zu Geschichte und Recht.",
                        "Mit Berechtigungsschein des Bundesamtes ist die Teilnahme kostenlos oder ermäßigt."),
                topic(
                        "Frauenfrühstück",
                        "integration",
                        List.of(TargetGroup.WOMEN),
                        "Beim Frauenfrühstück kommen Frauen aus aller Welt ins Gespräch.",
                        "Themen sind Gesundheit, Familie, Arbeit und Rechte von Frauen."),
                topic(
                        "Mädchentreff",
                        "social-infrastructure",
                        List.of(TargetGroup.YOUTH, TargetGroup.WOMEN),
                        "Der Mädchentreff ist ein geschützter Raum für Mädchen von 10 bis 18 Jahren.",
                        "Es gibt Tanz, Kochen, Ausflüge und Gespräche unter Mädchen."),
                topic(
                        "Sportgruppe",
                        "health",
                        List.of(TargetGroup.EVERYONE, TargetGroup.YOUTH),
                        "Die Sportgruppe bietet Fußball, Gymnastik und Bewegungsspiele für alle.",
                        "Sportkleidung und Hallenschuhe sind mitzubringen."),
                topic(
                        "Seniorengymnastik",
                        "health",
                        List.of(TargetGroup.SENIORS),
                        "Bei der Seniorengymnastik bleiben Sie beweglich und beugen Stürzen vor.",
                        "Die Übungen sind auch im Sitzen möglich."),
                topic(
                        "Lesepatenschaft",
                        "social-infrastructure",
                        List.of(TargetGroup.CHILDREN),
                        "Lesepatinnen und Lesepaten lesen mit Kindern in Kita und Grundschule.",
                        "Wir suchen laufend neue Ehrenamtliche, die Freude am Vorlesen haben."),
                topic(
                        "Ferienprogramm",
                        "social-infrastructure",
                        List.of(TargetGroup.CHILDREN, TargetGroup.YOUTH),
                        "Das Ferienprogramm bietet Ausflüge, Basteln, Sport und Spiele in den Schulferien.",
                        "Die Plätze sind begrenzt, eine Anmeldung ist erforderlich."),
                topic(
                        "Selbsthilfegruppe",
                        "health",
                        List.of(TargetGroup.EVERYONE, TargetGroup.DISABLED),
                        "In der Selbsthilfegruppe tauschen sich Betroffene und Angehörige vertraulich aus.",
                        "Die Gruppe wird von der Selbsthilfekontaktstelle begleitet."),
                topic(
                        "Pflegeberatung",
                        "health",
                        List.of(TargetGroup.SENIORS, TargetGroup.FAMILIES),
                        "Die Pflegeberatung informiert über Pflegegrade, Hilfsmittel und Entlastung für Angehörige.",
                        "Auf Wunsch kommen wir zu Ihnen nach Hause."),
                topic(
                        "Suchtberatung",
                        "health",
                        List.of(TargetGroup.EVERYONE),
                        "Die Suchtberatung hilft bei Problemen mit Alkohol, Medikamenten, Drogen und Glücksspiel.",
                        "Die Beratung ist vertraulich und auf Wunsch anonym."),
                topic(
                        "Quartiersrat",
                        "networking",
                        List.of(TargetGroup.EVERYONE),
                        "Im Quartiersrat beraten Bewohnerinnen, Bewohner und Einrichtungen über Projekte im Stadtteil.",
                        "Über kleine Vorhaben aus dem Verfügungsfonds wird gemeinsam entschieden."),
                topic(
                        "Netzwerktreffen",
                        "networking",
                        List.of(TargetGroup.EVERYONE),
                        "Beim Netzwerktreffen stimmen sich Träger, Schulen und Vereine des Stadtteils ab.",
                        "Neue Einrichtungen stellen sich vor, gemeinsame Aktionen werden geplant."),
                topic(
                        "Stadtteilzeitung",
                        "image",
                        List.of(TargetGroup.EVERYONE),
                        "Die Redaktion der Stadtteilzeitung berichtet über Menschen und Ereignisse im Viertel.",
                        "Wer gern schreibt oder fotografiert, ist herzlich eingeladen mitzumachen."),
                topic(
                        "Stadtteilfest",
                        "image",
                        List.of(TargetGroup.EVERYONE, TargetGroup.FAMILIES),
                        "Das Stadtteilfest bringt Vereine, Kitas, Schulen und Nachbarschaft auf die Straße.",
                        "Helferinnen und Helfer für Aufbau, Kuchenbuffet und Kinderschminken sind willkommen."),
                topic(
                        "Inklusionsberatung",
                        "health",
                        List.of(TargetGroup.DISABLED),
                        "Die Inklusionsberatung unterstützt Menschen mit Behinderung bei Anträgen und Teilhabe.",
                        "Die ergänzende unabhängige Teilhabeberatung (EUTB) berät kostenlos."),
                topic(
                        "Ausbildungsbegleitung",
                        "employment",
                        List.of(TargetGroup.YOUTH, TargetGroup.NEWCOMERS),
                        "Die Ausbildungsbegleitung unterstützt Auszubildende bei Berufsschule und Prüfungen.",
                        "Bei Konflikten im Betrieb vermitteln wir zwischen Azubi und Ausbildungsbetrieb."),
                topic(
                        "Beschäftigungsprojekt",
                        "employment",
                        List.of(TargetGroup.UNEMPLOYED),
                        "Das Beschäftigungsprojekt bietet sinnvolle Arbeit in Werkstatt, Garten und Küche.",
                        "Langzeitarbeitslose Menschen finden hier Tagesstruktur und Qualifizierung."),
                topic(
                        "Hebammensprechstunde",
                        "health",
                        List.of(TargetGroup.FAMILIES, TargetGroup.WOMEN),
                        "In der Hebammensprechstunde beraten Familienhebammen zu Schwangerschaft und Babyzeit.",
                        "Auch Fragen zu Stillen, Schlafen und Ernährung sind willkommen."),
                topic(
                        "Kinderturnen",
                        "health",
                        List.of(TargetGroup.CHILDREN),
                        "Beim Kinderturnen klettern, springen und balancieren Kinder ab drei Jahren.",
                        "Eltern können zuschauen oder mitmachen."),
                topic(
                        "Hausbesuchsdienst",
                        "health",
                        List.of(TargetGroup.SENIORS),
                        "Ehrenamtliche besuchen ältere Menschen zu Hause, gehen spazieren oder lesen vor.",
                        "Der Besuchsdienst hilft gegen Einsamkeit im Alter."),
                topic(
                        "Wohnungssuche",
                        "housing",
                        List.of(TargetGroup.NEWCOMERS, TargetGroup.FAMILIES),
                        "Wir helfen bei der Suche nach einer Wohnung und beim Wohnberechtigungsschein.",
                        "Gemeinsam schreiben wir Bewerbungen an Vermieter und Wohnungsgesellschaften."),
                topic(
                        "Dolmetscherdienst",
                        "integration",
                        List.of(TargetGroup.NEWCOMERS),
                        "Der ehrenamtliche Dolmetscherdienst begleitet zu Ärzten, Schulen und Ämtern.",
                        "Wir vermitteln Sprachmittlerinnen und Sprachmittler für viele Sprachen."));

        /** Qualifiers after the title stem: text, the target group it implies (or null), the language. */
        record Qualifier(
                String text,
                @Nullable TargetGroup group,
                @Nullable String language) {}

        static final List<Qualifier> QUALIFIERS = List.of(
                new Qualifier("für Frauen", TargetGroup.WOMEN, null),
                new Qualifier("für Jugendliche", TargetGroup.YOUTH, null),
                new Qualifier("für Familien", TargetGroup.FAMILIES, null),
                new Qualifier("für Alleinerziehende", TargetGroup.FAMILIES, null),
                new Qualifier("für Eltern mit Babys", TargetGroup.FAMILIES, null),
                new Qualifier("für Kinder", TargetGroup.CHILDREN, null),
                new Qualifier("für Seniorinnen und Senioren", TargetGroup.SENIORS, null),
                new Qualifier("für Neuzugewanderte", TargetGroup.NEWCOMERS, null),
                new Qualifier("für Arbeitsuchende", TargetGroup.UNEMPLOYED, null),
                new Qualifier("für Menschen mit Behinderung", TargetGroup.DISABLED, null),
                new Qualifier("am Nachmittag", null, null),
                new Qualifier("am Vormittag", null, null),
                new Qualifier("am Abend", null, null),
                new Qualifier("am Wochenende", null, null),
                new Qualifier("im Stadtteilzentrum", null, null),
                new Qualifier("im Nachbarschaftstreff", null, null),
                new Qualifier("im Familienzentrum", null, null),
                new Qualifier("im Gemeindehaus", null, null),
                new Qualifier("in der Stadtteilbibliothek", null, null),
                new Qualifier("für Anfängerinnen und Anfänger", null, null),
                new Qualifier("für Fortgeschrittene", null, null),
                new Qualifier("mit Kinderbetreuung", TargetGroup.FAMILIES, null),
                new Qualifier("auf Arabisch", null, "ar"),
                new Qualifier("auf Ukrainisch", null, "uk"),
                new Qualifier("auf Russisch", null, "ru"),
                new Qualifier("auf Türkisch", null, "tr"),
                new Qualifier("auf Persisch", null, "fa"),
                new Qualifier("auf Englisch", null, "en"),
                new Qualifier("", null, null),
                new Qualifier("", null, null));

        static final List<String> GENERAL = List.of(
                "Die Räume sind barrierefrei erreichbar.",
                "Kinder können gern mitgebracht werden.",
                "Wir arbeiten eng mit anderen Einrichtungen im Stadtteil zusammen.",
                "Neue Teilnehmerinnen und Teilnehmer sind jederzeit willkommen.",
                "Ehrenamtliche Helferinnen und Helfer unterstützen das Angebot.",
                "In den Schulferien findet das Angebot nicht statt.",
                "Getränke und ein kleiner Imbiss stehen bereit.",
                "Bei Bedarf helfen wir beim Ausfüllen von Anträgen und Formularen.",
                "Das Angebot wird aus Mitteln des Programms Sozialer Zusammenhalt gefördert.",
                "Unser Team spricht Deutsch, Englisch und Arabisch.",
                "Die Haltestelle der Straßenbahn liegt direkt vor dem Haus.",
                "Bitte beachten Sie die Aushänge zu geänderten Zeiten an Feiertagen.",
                "Vorkenntnisse sind nicht erforderlich.",
                "Fahrradstellplätze gibt es im Hof.",
                "Das Angebot richtet sich an alle, unabhängig von Herkunft, Religion und Einkommen.");

        static final List<String> ACCESSIBILITY = List.of(
                "Rollstuhlgerechter Zugang über den Hof, barrierefreies WC vorhanden.",
                "Eingang mit zwei Stufen, eine mobile Rampe ist vorhanden.",
                "Aufzug vorhanden; Informationen in Leichter Sprache auf Nachfrage.",
                "Erdgeschoss, stufenloser Zugang, induktive Höranlage im Gruppenraum.",
                "Leider nicht barrierefrei: Räume im ersten Stock ohne Aufzug.");

        static final List<String> STREETS = List.of(
                "Lübecker Straße",
                "Halberstädter Straße",
                "Breiter Weg",
                "Olvenstedter Straße",
                "Große Diesdorfer Straße",
                "Leipziger Straße",
                "Schönebecker Straße",
                "Hans-Grade-Straße",
                "Kastanienstraße",
                "Am Stadtpark",
                "Lindenweg",
                "Goethestraße",
                "Schillerstraße",
                "Bahnhofstraße",
                "Hauptstraße",
                "Friedensstraße",
                "Rosenweg",
                "Birkenallee",
                "Mittelstraße",
                "Gartenstraße",
                "Ahornweg",
                "Kirchplatz",
                "Marktstraße",
                "Wiesenweg",
                "Bergstraße",
                "Feldstraße",
                "Am Anger",
                "Weinbergstraße",
                "Otto-von-Guericke-Straße",
                "Ernst-Reuter-Allee");

        static final List<String> PLACE_KINDS = List.of(
                "Stadtteilzentrum",
                "Nachbarschaftstreff",
                "Gemeindehaus",
                "Familienzentrum",
                "Begegnungsstätte",
                "Jugendclub",
                "Bürgerhaus",
                "Beratungsstelle",
                "Bildungszentrum",
                "Stadtteilbüro",
                "Seniorenbegegnungsstätte",
                "Kulturhaus");

        static final List<String> FIRST_NAMES = List.of(
                "Anna",
                "Maria",
                "Sabine",
                "Petra",
                "Katrin",
                "Julia",
                "Fatma",
                "Olena",
                "Leyla",
                "Svetlana",
                "Thomas",
                "Michael",
                "Andreas",
                "Jens",
                "Stefan",
                "Mehmet",
                "Ahmad",
                "Dmytro",
                "Jan",
                "Lukas");

        static final List<String> LAST_NAMES = List.of(
                "Müller",
                "Schmidt",
                "Schneider",
                "Fischer",
                "Weber",
                "Meyer",
                "Wagner",
                "Becker",
                "Schulz",
                "Hoffmann",
                "Koch",
                "Richter",
                "Klein",
                "Wolf",
                "Neumann",
                "Schwarz",
                "Yılmaz",
                "Kovalenko",
                "Haddad",
                "Lehmann");

        private static final String[] WELFARE = {
            "AWO", "Caritas", "Diakonie", "DRK", "Paritätischer", "Volkssolidarität", "Johanniter"
        };
        private static final String[] WELFARE_UNITS = {
            "Familienzentrum",
            "Beratungsstelle",
            "Begegnungsstätte",
            "Sozialstation",
            "Stadtteilbüro",
            "Kinder- und" + " Jugendhaus"
        };
        private static final String[] ASSOCIATIONS = {
            "Bürgerverein",
            "Förderverein",
            "Sportverein",
            "Kulturverein",
            "Nachbarschaftsverein",
            "Heimatverein",
            "Frauenverein",
            "Kinderschutzbund"
        };
        private static final String[] INITIATIVES = {
            "Nachbarschaftshilfe",
            "Lebendiges Quartier",
            "Gemeinschaftsgarten",
            "Repair-Café",
            "Zusammen leben",
            "Eltern helfen Eltern"
        };
        private static final String[] SCHOOLS = {"Grundschule", "Gemeinschaftsschule", "Sekundarschule", "Gymnasium"};
        private static final String[] SCHOOL_NAMES = {
            "am Park", "an der Elbe", "„Erich Kästner“", "„Astrid Lindgren“", "„Otto von Guericke“", "am Westring"
        };
        private static final String[] KITAS = {
            "Sonnenschein", "Regenbogen", "Pusteblume", "Zwergenland", "Spatzennest", "Kunterbunt", "Wirbelwind"
        };
        private static final String[] AUTHORITIES = {"Jugendamt", "Sozialamt", "Gesundheitsamt", "Bürgerbüro"};
        private static final String[] CONGREGATIONS = {
            "Evangelische Kirchengemeinde St. Ambrosius",
            "Katholische Pfarrei St. Maria",
            "Islamische Gemeinde",
            "Evangelisch-freikirchliche Gemeinde",
            "Jüdische Gemeinde"
        };
        private static final String[] EDUCATION = {
            "Volkshochschule", "Bildungswerk", "Sprachschule", "Familienbildungsstätte"
        };

        /** A German organisation name in a district; {@link #kindOf} tells its kind from the name. */
        static String organisationName(Random random, String district) {
            int r = random.nextInt(100);
            if (r < 22) {
                return one(random, WELFARE) + " " + one(random, WELFARE_UNITS) + " " + district;
            } else if (r < 42) {
                return one(random, ASSOCIATIONS) + " " + district + " e.V.";
            } else if (r < 52) {
                return "Initiative " + one(random, INITIATIVES) + " " + district;
            } else if (r < 60) {
                return one(random, SCHOOLS) + " " + one(random, SCHOOL_NAMES) + " " + district;
            } else if (r < 70) {
                return "Kita " + one(random, KITAS) + " " + district;
            } else if (r < 74) {
                return one(random, AUTHORITIES) + " – Außenstelle " + district;
            } else if (r < 76) {
                return "Jobcenter – Standort " + district;
            } else if (r < 81) {
                return "Migrationsberatung " + one(random, WELFARE) + " " + district;
            } else if (r < 83) {
                return "Willkommensbündnis " + district;
            } else if (r < 88) {
                return one(random, CONGREGATIONS) + " " + district;
            } else if (r < 93) {
                return one(random, EDUCATION) + " " + district;
            } else if (r < 96) {
                return "Wohnungsbaugenossenschaft " + district + " eG";
            }
            return "Pflegedienst " + one(random, LAST_NAMES.toArray(String[]::new)) + " GmbH";
        }

        static OrganisationKind kindOf(String name) {
            if (name.startsWith("Initiative")) {
                return OrganisationKind.INITIATIVE;
            } else if (name.startsWith("Kita")) {
                return OrganisationKind.KITA;
            } else if (name.startsWith("Jobcenter")) {
                return OrganisationKind.JOBCENTER;
            } else if (name.startsWith("Migrationsberatung")) {
                return OrganisationKind.MIGRATION_SERVICE;
            } else if (name.startsWith("Willkommensbündnis")) {
                return OrganisationKind.WELCOME_ALLIANCE;
            } else if (name.startsWith("Wohnungsbaugenossenschaft")) {
                return OrganisationKind.HOUSING_COMPANY;
            } else if (name.startsWith("Pflegedienst")) {
                return OrganisationKind.COMPANY;
            } else if (name.endsWith("e.V.")) {
                return OrganisationKind.ASSOCIATION;
            } else if (name.contains("– Außenstelle")) {
                return OrganisationKind.AUTHORITY;
            }
            for (String s : SCHOOLS) {
                if (name.startsWith(s)) {
                    return OrganisationKind.SCHOOL;
                }
            }
            for (String s : CONGREGATIONS) {
                if (name.startsWith(s)) {
                    return OrganisationKind.RELIGIOUS_COMMUNITY;
                }
            }
            for (String s : EDUCATION) {
                if (name.startsWith(s)) {
                    return OrganisationKind.EDUCATION_PROVIDER;
                }
            }
            return OrganisationKind.WELFARE;
        }

        static String organisationDescription(Random random, String name, String district) {
            String[] first = {
                name + " ist seit vielen Jahren im Stadtteil " + district + " aktiv.",
                name + " ist Anlaufstelle für Menschen aller Generationen in " + district + ".",
                "Wir sind ein Team aus Haupt- und Ehrenamtlichen in " + district + "."
            };
            String[] second = {
                "Wir bieten Beratung, Begegnung und Bildung unter einem Dach.",
                "Unsere Schwerpunkte sind Familien, Kinder und Jugendliche sowie ältere Menschen.",
                "Gemeinsam mit Partnern im Quartier setzen wir uns für gute Nachbarschaft ein.",
                "Wir freuen uns über neue Mitglieder und Ehrenamtliche."
            };
            return one(random, first) + " " + one(random, second);
        }

        static String person(Random random) {
            return pickOne(random, FIRST_NAMES) + " " + pickOne(random, LAST_NAMES);
        }

        static GeneratedOffer offer(
                Random random,
                long id,
                UUID publicId,
                long organisationId,
                List<Long> orgLocations,
                String district,
                Map<String, Long> fields,
                List<Long> allFields) {
            Topic topic = pickOne(random, TOPICS);
            Qualifier q = pickOne(random, QUALIFIERS);
            while (!fits(topic, q)) {
                q = pickOne(random, QUALIFIERS);
            }
            StringBuilder title = new StringBuilder(topic.title());
            if (!q.text().isEmpty()) {
                title.append(' ').append(q.text());
            }
            if (random.nextInt(4) == 0) {
                title.append(" in ").append(district);
            }
            Cost cost = random.nextInt(10) < 7 ? Cost.FREE : random.nextInt(2) == 0 ? Cost.REDUCED : Cost.FEE;
            AccessMode access = switch (random.nextInt(10)) {
                case 0 -> AccessMode.REFERRAL;
                case 1, 2, 3 -> AccessMode.APPOINTMENT;
                default -> AccessMode.WALK_IN;
            };
            List<String> sentences = new ArrayList<>();
            sentences.add(pickOne(random, topic.sentences()));
            sentences.add(
                    switch (access) {
                        case WALK_IN -> "Kommen Sie einfach vorbei, eine Anmeldung ist nicht nötig.";
                        case APPOINTMENT -> "Bitte vereinbaren Sie vorher einen Termin telefonisch oder per E-Mail.";
                        case REFERRAL -> "Die Vermittlung erfolgt über das Jobcenter oder eine Beratungsstelle.";
                    });
            int extra = random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                String s = pickOne(random, GENERAL);
                if (!sentences.contains(s)) {
                    sentences.add(s);
                }
            }
            if (random.nextInt(3) == 0) {
                // both of the topic's sentences, in order
                sentences.remove(0);
                sentences.addAll(0, topic.sentences());
            }
            String description = String.join(" ", sentences);
            @Nullable
            String costNote = switch (cost) {
                case FREE -> null;
                case REDUCED -> "Ermäßigung mit Magdeburg-Pass";
                case FEE -> (2 + random.nextInt(9)) + " Euro pro Termin";
            };
            Set<Long> locations = new LinkedHashSet<>();
            if (!orgLocations.isEmpty()) {
                locations.add(pickOne(random, orgLocations));
                if (orgLocations.size() > 1 && random.nextInt(10) == 0) {
                    locations.addAll(orgLocations);
                }
            }
            Set<String> languages = new TreeSet<>(Set.of("de"));
            if (q.language() != null) {
                languages.add(q.language());
            }
            int more = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
            for (int i = 0; i < more; i++) {
                languages.add(pickOne(random, List.of("en", "ar", "uk", "ru", "tr", "fa")));
            }
            Set<TargetGroup> groups = new TreeSet<>();
            groups.add(pickOne(random, topic.groups()));
            if (q.group() != null) {
                groups.add(q.group());
            }
            Set<Long> actionFields = new TreeSet<>();
            Long field = fields.get(topic.field());
            actionFields.add(field != null ? field : pickOne(random, allFields));
            if (random.nextInt(10) < 3) {
                actionFields.add(pickOne(random, allFields));
            }
            List<ScheduleSlot> schedule = new ArrayList<>();
            int slots = random.nextInt(4);
            Set<Integer> days = new TreeSet<>();
            for (int i = 0; i < slots; i++) {
                days.add(random.nextInt(10) == 0 ? 6 : 1 + random.nextInt(5));
            }
            for (int day : days) {
                int opens = 8 + random.nextInt(10);
                int length = 1 + random.nextInt(4);
                schedule.add(new ScheduleSlot(
                        day,
                        java.time.LocalTime.of(opens, random.nextBoolean() ? 0 : 30),
                        java.time.LocalTime.of(Math.min(23, opens + length), 0)));
            }
            String contact = person(random);
            Instant created = EPOCH.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            return new GeneratedOffer(
                    id,
                    publicId,
                    organisationId,
                    title.toString(),
                    description,
                    cost,
                    costNote,
                    access,
                    random.nextInt(3) == 0 ? pickOne(random, ACCESSIBILITY) : null,
                    contact,
                    contact.toLowerCase(Locale.GERMAN)
                                    .replace(' ', '.')
                                    .replace("ü", "ue")
                                    .replace("ı", "i")
                            + "@angebote.example",
                    phone(random),
                    created,
                    created.plus(Duration.ofDays(random.nextInt(90))),
                    locations,
                    languages,
                    groups,
                    actionFields,
                    schedule);
        }

        /** No "Seniorentreff für Kinder": a qualifier naming a group fits topics for that group or for everyone. */
        private static boolean fits(Topic topic, Qualifier q) {
            if (q.group() == null) {
                return !q.text().startsWith("für ") || COURSES.contains(topic.field());
            }
            return topic.groups().contains(q.group()) || topic.groups().contains(TargetGroup.EVERYONE);
        }

        /** Action fields whose offers are often courses, so "für Anfängerinnen und Anfänger" fits them. */
        private static final Set<String> COURSES = Set.of("integration", "employment");

        private static Topic topic(String title, String field, List<TargetGroup> groups, String... sentences) {
            return new Topic(title, field, groups, List.of(sentences));
        }

        private static String one(Random random, String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
