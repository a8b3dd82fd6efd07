package de.quartier.planning;

import de.quartier.accounts.TenantCreated;
import de.quartier.directory.ActionFieldCatalogue;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DatedValue;
import de.quartier.districts.DistrictService.DistrictProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A plausible, invented action concept for the programme area Neustadt (Neue Neustadt and Alte Neustadt) in the
 * Magdeburg demo: the eight action fields of seed 003 with SWOT, guiding and action goals with indicators (some read
 * from the district monitoring), 20 measures led by demo directory organisations, progress reports for 2024 and
 * 2025, the adopted version 2025 and the draft update 2026. Runs after districts (10), action fields (20) and the
 * directory (30), inside the creating transaction and tenant.
 */
@Component
class PlanningDemoData {

    static final String TITLE = "Integriertes Handlungskonzept Neustadt";
    /** The manually measured indicator whose light the demo shows off track until a good report comes in. */
    static final String VOLUNTEERS = "Aktive Ehrenamtliche im Willkommensbündnis";

    private final ConceptRepository concepts;
    private final ConceptVersionRepository versions;
    private final SwotEntryRepository swot;
    private final GoalRepository goals;
    private final GoalIndicatorRepository indicators;
    private final MeasureRepository measures;
    private final ProgressReportRepository progress;
    private final ActionFieldCatalogue fields;
    private final OrganisationDirectory organisations;
    private final DistrictService districts;
    private final Planning planning;

    PlanningDemoData(
            ConceptRepository concepts,
            ConceptVersionRepository versions,
            SwotEntryRepository swot,
            GoalRepository goals,
            GoalIndicatorRepository indicators,
            MeasureRepository measures,
            ProgressReportRepository progress,
            ActionFieldCatalogue fields,
            OrganisationDirectory organisations,
            DistrictService districts,
            Planning planning) {
        this.concepts = concepts;
        this.versions = versions;
        this.swot = swot;
        this.goals = goals;
        this.indicators = indicators;
        this.measures = measures;
        this.progress = progress;
        this.fields = fields;
        this.organisations = organisations;
        this.districts = districts;
        this.planning = planning;
    }

    @EventListener
    @Order(40)
    void on(TenantCreated event) {
        if (!event.demo()) {
            return;
        }
        load();
    }

    private static final String ANALYSIS = """
            Die Neue Neustadt und die Alte Neustadt bilden mit rund 27.000 Einwohnerinnen und Einwohnern das \
            Programmgebiet Neustadt im Norden Magdeburgs. Die Neue Neustadt gehört im Stadtteilreport seit Jahren zu den \
            Stadtteilen mit dem höchsten Handlungsbedarf: überdurchschnittliche Arbeitslosigkeit und Kinderarmut, viele \
            Alleinerziehende, ein seit 2022 deutlich gestiegener Anteil zugewanderter Familien. Die Alte Neustadt ist \
            durch die Universität jünger und gemischter, hat aber Lücken bei Treffpunkten und Grün im Wohnumfeld.

            Potenziale sind das dichte Netz aus Vereinen, Schulen, Kitas und Kirchengemeinden, der Neustadtladen als \
            gemeinsame Anlaufstelle von Quartiersmanagement und Ordnungsamt, das Willkommensbündnis seit 2015 und die \
            engagierte AG Gemeinwesenarbeit. Die Analyse entstand mit dem Bewohnerforum im Februar 2024, den \
            Arbeitsgruppen Soziales und Wohnumfeld, der Steuerungsrunde der Stadt und den Daten des Monitorings.""";

    /** field code, kind, source, text */
    private static final String[][] SWOT = {
        {"integration", "STRENGTH", "WORKING_GROUP", "Willkommensbündnis mit rund 50 aktiven Ehrenamtlichen seit 2015"},
        {
            "integration",
            "WEAKNESS",
            "RESIDENTS_FORUM",
            "Neu zugezogene Familien finden schwer Zugang zu Vereinen und Festen"
        },
        {"integration", "OPPORTUNITY", "EXPERT", "Sprachcafé und Patenschaften lassen sich mit Schulen verknüpfen"},
        {
            "integration",
            "THREAT",
            "STATISTICS",
            "Steigender Anteil von Familien im SGB-II-Bezug belastet Nachbarschaften"
        },
        {
            "public-space",
            "STRENGTH",
            "WORKING_GROUP",
            "Neustadtladen: Quartiersmanagement und Ordnungsamt unter einem Dach"
        },
        {
            "public-space",
            "WEAKNESS",
            "RESIDENTS_FORUM",
            "Moritzplatz und Nicolaiplatz abends schlecht beleuchtet und gemieden"
        },
        {"public-space", "OPPORTUNITY", "EXPERT", "Umgestaltung des Schrotebogens im Rahmen der Städtebauförderung"},
        {"housing", "STRENGTH", "STATISTICS", "Bezahlbare Mieten im Bestand der Wobau"},
        {"housing", "WEAKNESS", "RESIDENTS_FORUM", "Innenhöfe versiegelt, kaum Schatten und Sitzplätze"},
        {"housing", "THREAT", "EXPERT", "Hitzesommer treffen ältere Menschen in unsanierten Wohnungen besonders"},
        {"social-infrastructure", "STRENGTH", "WORKING_GROUP", "Jugendtreff Mühle und Familienzentrum gut angenommen"},
        {
            "social-infrastructure",
            "WEAKNESS",
            "STATISTICS",
            "Kinderarmut in der Neuen Neustadt deutlich über dem städtischen Mittel"
        },
        {"social-infrastructure", "OPPORTUNITY", "EXPERT", "Ganztagsausbau an der Grundschule Am Nicolaiplatz"},
        {"employment", "WEAKNESS", "STATISTICS", "Arbeitslosenquote über dem Durchschnitt der Stadt"},
        {
            "employment",
            "OPPORTUNITY",
            "WORKING_GROUP",
            "ESF-Plus-Projekt Quartiershausmeister schafft Einstiege in Arbeit"
        },
        {"employment", "THREAT", "EXPERT", "Leerstand kleiner Läden in der Lübecker Straße"},
        {"health", "STRENGTH", "WORKING_GROUP", "Mittagstisch und Begegnungsstätten für Ältere vorhanden"},
        {"health", "WEAKNESS", "RESIDENTS_FORUM", "Wenig Bewegungsangebote für Erwachsene im Quartier"},
        {"networking", "STRENGTH", "WORKING_GROUP", "AG Gemeinwesenarbeit tagt fünfmal im Jahr öffentlich"},
        {"networking", "WEAKNESS", "EXPERT", "Angebote der Träger überschneiden sich, Absprachen fehlen"},
        {"image", "WEAKNESS", "RESIDENTS_FORUM", "Negatives Bild der Neustadt in der Lokalpresse"},
        {"image", "OPPORTUNITY", "WORKING_GROUP", "Stadtteilzeitung und Stadtteilfest erreichen viele Haushalte"},
    };

    private record GoalSpec(String code, String field, String title) {}

    private static final GoalSpec[] GOALS = {
        new GoalSpec("1", "integration", "Nachbarschaft und Teilhabe aller Bewohnergruppen stärken"),
        new GoalSpec("1.1", "integration", "Neu zugezogene Familien finden Anschluss im Stadtteil"),
        new GoalSpec("1.2", "integration", "Ehrenamtliches Engagement wächst"),
        new GoalSpec("2", "public-space", "Öffentliche Plätze sicher und belebt"),
        new GoalSpec("2.1", "public-space", "Moritzplatz und Nicolaiplatz werden wieder genutzt"),
        new GoalSpec("3", "housing", "Wohnumfeld klimagerecht und grün gestalten"),
        new GoalSpec("3.1", "housing", "Innenhöfe entsiegeln und begrünen"),
        new GoalSpec("4", "social-infrastructure", "Gute Chancen für Kinder und Jugendliche"),
        new GoalSpec("4.1", "social-infrastructure", "Kinderarmut senken, Bildungswege sichern"),
        new GoalSpec("5", "employment", "Beschäftigung und lokale Ökonomie stärken"),
        new GoalSpec("5.1", "employment", "Arbeitslosigkeit im Quartier senken"),
        new GoalSpec("6", "health", "Gesund älter werden im Quartier"),
        new GoalSpec("6.1", "health", "Bewegungs- und Begegnungsangebote für Ältere ausbauen"),
        new GoalSpec("7", "networking", "Träger arbeiten abgestimmt zusammen"),
        new GoalSpec("8", "image", "Das Bild der Neustadt verbessern"),
    };

    /**
     * code, title, lead, partners (;), goals (;), extra fields (;), districts (nn/an/both), status, cost euros,
     * financing (source:euros;…), outputs, climate, start, end
     */
    private static final String[][] MEASURES = {
        {
            "M01",
            "Willkommenspatenschaften Neustadt",
            "Willkommensbündnis Neustadt",
            "Freiwilligenagentur Magdeburg e.V.",
            "1.1;1.2",
            "",
            "both",
            "RUNNING",
            "18000",
            "URBAN_DEVELOPMENT:12000;MUNICIPAL:6000",
            "40 Tandems, 6 Schulungen",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M02",
            "Sprachcafé im Neustadtladen",
            "Willkommensbündnis Neustadt",
            "Stadtbibliothek Magdeburg",
            "1.1",
            "social-infrastructure",
            "nn",
            "RUNNING",
            "6500",
            "URBAN_DEVELOPMENT:4000;OWN_FUNDS:2500",
            "45 Treffen im Jahr",
            "false",
            "2024-01-01",
            "2026-12-31"
        },
        {
            "M03",
            "Interkulturelles Stadtteilfest",
            "Bürgerverein Neue Neustadt e.V.",
            "Islamisches Kulturzentrum Magdeburg e.V.;Ev. Kirchengemeinde St. Nicolai",
            "1.1;8",
            "",
            "nn",
            "RUNNING",
            "9500",
            "URBAN_DEVELOPMENT:5000;MUNICIPAL:2500;THIRD_PARTY:2000",
            "1 Fest, 1.500 Gäste",
            "false",
            "2024-05-01",
            "2027-09-30"
        },
        {
            "M04",
            "Licht und Sitzplätze am Moritzplatz",
            "Wohnungsbaugesellschaft Magdeburg mbH (Wobau)",
            "Bürgerverein Neue Neustadt e.V.",
            "2.1",
            "housing",
            "nn",
            "FINISHED",
            "86000",
            "URBAN_DEVELOPMENT:57400;MUNICIPAL:28600",
            "24 Leuchten, 12 Bänke",
            "true",
            "2024-03-01",
            "2025-06-30"
        },
        {
            "M05",
            "Sprechstunde im Neustadtladen (QM und Ordnungsamt)",
            "Quartiersmanagement Neustadt (AWO SPI)",
            "",
            "2.1;7",
            "",
            "both",
            "RUNNING",
            "12000",
            "MUNICIPAL:12000",
            "2 Sprechstunden je Woche",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M06",
            "Grüne Höfe Schrotebogen",
            "Wohnungsbaugesellschaft Magdeburg mbH (Wobau)",
            "Quartiershausmeister Neustadt (ESF+)",
            "3.1",
            "health",
            "nn",
            "APPROVED",
            "145000",
            "URBAN_DEVELOPMENT:96700;MUNICIPAL:33300;OWN_FUNDS:15000",
            "3 Höfe, 1.800 m² entsiegelt",
            "true",
            "2025-09-01",
            "2026-10-31"
        },
        {
            "M07",
            "Gemeinschaftsgarten Neue Neustadt",
            "Bürgerverein Neue Neustadt e.V.",
            "Kita Spatzennest",
            "3.1;1.2",
            "health",
            "nn",
            "RUNNING",
            "7800",
            "URBAN_DEVELOPMENT:5200;OWN_FUNDS:2600",
            "25 Beete, 4 Pflanztage",
            "true",
            "2024-04-01",
            "2026-10-31"
        },
        {
            "M08",
            "Quartiershausmeister Neustadt",
            "Quartiershausmeister Neustadt (ESF+)",
            "Jobcenter Magdeburg;Wohnungsbaugesellschaft Magdeburg mbH (Wobau)",
            "5.1;3.1",
            "public-space",
            "both",
            "RUNNING",
            "240000",
            "ESF_PLUS:180000;MUNICIPAL:60000",
            "8 Beschäftigte, 2 Übergänge in Arbeit",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M09",
            "Bewerbungswerkstatt im Stadtteil",
            "AWO Kreisverband Magdeburg – Beratungszentrum Nord",
            "Jobcenter Magdeburg",
            "5.1",
            "integration",
            "nn",
            "RUNNING",
            "22000",
            "ESF_PLUS:15000;MUNICIPAL:7000",
            "80 Beratungen im Jahr",
            "false",
            "2024-02-01",
            "2026-12-31"
        },
        {
            "M10",
            "Leerstand beleben: Pop-up-Läden Lübecker Straße",
            "Quartiersmanagement Neustadt (AWO SPI)",
            "Wohnungsbaugesellschaft Magdeburg mbH (Wobau)",
            "5",
            "image",
            "nn",
            "PLANNED",
            "30000",
            "URBAN_DEVELOPMENT:20000;MUNICIPAL:10000",
            "4 Pop-up-Läden",
            "false",
            "2026-03-01",
            "2027-02-28"
        },
        {
            "M11",
            "Hausaufgabenhilfe und Lernpaten",
            "Grundschule Am Nicolaiplatz",
            "Willkommensbündnis Neustadt",
            "4.1;1.2",
            "integration",
            "nn",
            "RUNNING",
            "8400",
            "URBAN_DEVELOPMENT:5600;MUNICIPAL:2800",
            "60 Kinder je Schuljahr",
            "false",
            "2024-01-01",
            "2027-07-31"
        },
        {
            "M12",
            "Ferienprogramm Jugendtreff Mühle",
            "Jugendtreff Mühle",
            "SV Eintracht Neustadt 1990 e.V.",
            "4.1",
            "health",
            "nn",
            "RUNNING",
            "14500",
            "URBAN_DEVELOPMENT:9600;MUNICIPAL:4900",
            "3 Ferienwochen, 90 Kinder",
            "false",
            "2024-06-01",
            "2027-08-31"
        },
        {
            "M13",
            "Elternkurse und Familiencafé",
            "Familienzentrum Neustadt (Kinderschutzbund)",
            "Kita Spatzennest;Kita Sonnenschein",
            "4.1;1.1",
            "",
            "both",
            "RUNNING",
            "16000",
            "URBAN_DEVELOPMENT:10600;THIRD_PARTY:5400",
            "8 Kurse, wöchentliches Café",
            "false",
            "2024-01-01",
            "2026-12-31"
        },
        {
            "M14",
            "Bewegt älter werden: Sport im Park",
            "SV Eintracht Neustadt 1990 e.V.",
            "Volkssolidarität – Begegnungsstätte Alte Neustadt",
            "6.1",
            "public-space",
            "both",
            "RUNNING",
            "5200",
            "URBAN_DEVELOPMENT:3500;OWN_FUNDS:1700",
            "2 Gruppen, 35 Teilnehmende",
            "false",
            "2024-04-01",
            "2026-09-30"
        },
        {
            "M15",
            "Mittagstisch und Nachbarschaftshilfe",
            "Ev. Kirchengemeinde St. Nicolai",
            "Magdeburger Tafel e.V.",
            "6.1;1.2",
            "integration",
            "nn",
            "RUNNING",
            "11000",
            "OWN_FUNDS:4000;THIRD_PARTY:7000",
            "3 Mittagstische je Woche",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M16",
            "Hitzeschutz für Ältere: kühle Orte",
            "Volkssolidarität – Begegnungsstätte Alte Neustadt",
            "Pflegestützpunkt Magdeburg",
            "6.1;3",
            "",
            "an",
            "IDEA",
            "9000",
            "URBAN_DEVELOPMENT:6000;MUNICIPAL:3000",
            "5 kühle Orte, Hitzetelefon",
            "true",
            "2026-06-01",
            "2026-09-30"
        },
        {
            "M17",
            "AG Gemeinwesenarbeit und Trägerrunde",
            "Quartiersmanagement Neustadt (AWO SPI)",
            "Bürgerverein Neue Neustadt e.V.",
            "7",
            "integration",
            "both",
            "RUNNING",
            "4000",
            "MUNICIPAL:4000",
            "5 AG-Sitzungen, 2 Trägerrunden",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M18",
            "Stadtteilzeitung Neustadt",
            "Quartiersmanagement Neustadt (AWO SPI)",
            "Bürgerverein Neue Neustadt e.V.",
            "8",
            "networking",
            "both",
            "RUNNING",
            "13600",
            "URBAN_DEVELOPMENT:9000;MUNICIPAL:4600",
            "4 Ausgaben, 8.000 Exemplare",
            "false",
            "2024-01-01",
            "2027-12-31"
        },
        {
            "M19",
            "Fahrradwerkstatt im Neustadtladen",
            "Quartiershausmeister Neustadt (ESF+)",
            "Jugendtreff Mühle",
            "5.1;4.1",
            "housing",
            "nn",
            "FINISHED",
            "6200",
            "ESF_PLUS:4200;OWN_FUNDS:2000",
            "120 reparierte Räder",
            "true",
            "2024-03-01",
            "2025-10-31"
        },
        {
            "M20",
            "Nähcafé: Reparieren statt Wegwerfen",
            "Nähcafé Nadel & Faden",
            "Bürgerverein Neue Neustadt e.V.",
            "1.2;6.1",
            "housing",
            "nn",
            "RUNNING",
            "3400",
            "URBAN_DEVELOPMENT:2200;OWN_FUNDS:1200",
            "40 Treffen im Jahr",
            "true",
            "2024-02-01",
            "2026-12-31"
        },
    };

    void load() {
        Map<String, Long> fieldIds = fields.active().stream()
                .collect(Collectors.toMap(ActionFieldCatalogue.Option::code, ActionFieldCatalogue.Option::id));
        Map<String, Long> orgIds = organisations.choices().stream()
                .collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id, (a, b) -> a));
        Map<String, Long> districtIds =
                districts.profiles().stream().collect(Collectors.toMap(DistrictProfile::slug, DistrictProfile::id));
        Long nn = districtIds.get("neue-neustadt");
        Long an = districtIds.get("alte-neustadt");
        if (nn == null || an == null || fieldIds.size() < 8 || !orgIds.containsKey("Willkommensbündnis Neustadt")) {
            return;
        }
        Concept c = new Concept(
                TITLE, "Programmgebiet Neustadt (Sozialer Zusammenhalt)", new LinkedHashSet<>(List.of(nn, an)));
        c.publicVisible(true);
        concepts.save(c);
        ConceptVersion v2025 = versions.save(
                new ConceptVersion(c.id(), "2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ANALYSIS));
        v2025.adopt("Steuerungsrunde Neustadt", LocalDate.of(2025, 3, 20));

        for (String[] s : SWOT) {
            swot.save(new SwotEntry(
                    v2025.id(),
                    UUID.randomUUID(),
                    fieldIds.get(s[0]),
                    SwotEntry.Kind.valueOf(s[1]),
                    s[3],
                    SwotEntry.Source.valueOf(s[2]),
                    "STATISTICS".equals(s[2]) ? indicatorFor(s[0]) : null));
        }
        Map<String, Goal> goalByCode = new HashMap<>();
        for (GoalSpec g : GOALS) {
            Goal parent = g.code().contains(".")
                    ? goalByCode.get(g.code().substring(0, g.code().indexOf('.')))
                    : null;
            goalByCode.put(
                    g.code(),
                    goals.save(new Goal(
                            v2025.id(),
                            UUID.randomUUID(),
                            parent == null ? null : parent.id(),
                            fieldIds.get(g.field()),
                            g.code(),
                            g.title(),
                            "")));
        }
        automatic(goalByCode.get("5.1"), "Arbeitslosenquote Neue Neustadt", "unemployment", nn, new BigDecimal("-2.0"));
        automatic(goalByCode.get("4.1"), "Kinderarmut Neue Neustadt", "child-poverty", nn, new BigDecimal("-5.0"));
        automatic(goalByCode.get("1"), "SGB-II-Quote Alte Neustadt", "sgb2", an, new BigDecimal("-1.5"));
        GoalIndicator volunteers = manual(goalByCode.get("1.2"), VOLUNTEERS, "Personen", 40, 80);
        GoalIndicator families =
                manual(goalByCode.get("1.1"), "Neu zugezogene Familien in Angeboten", "Familien", 20, 120);
        GoalIndicator places = manual(goalByCode.get("2.1"), "Zufriedenheit mit den Plätzen (Befragung)", "%", 35, 60);
        GoalIndicator seniors = manual(goalByCode.get("6.1"), "Ältere in Bewegungsangeboten", "Personen", 30, 90);

        Map<String, Measure> measureByCode = new HashMap<>();
        for (String[] m : MEASURES) {
            Measure measure = new Measure(v2025.id(), UUID.randomUUID());
            measure.update(
                    m[0],
                    m[1],
                    description(m),
                    orgIds.get(m[2]),
                    Measure.Status.valueOf(m[7]),
                    LocalDate.parse(m[12]),
                    LocalDate.parse(m[13]),
                    Long.parseLong(m[8]) * 100,
                    m[10],
                    Boolean.parseBoolean(m[11]),
                    "Quartiersmanagement Neustadt");
            for (String p : list(m[3])) {
                if (orgIds.containsKey(p)) {
                    measure.partnerIds().add(orgIds.get(p));
                }
            }
            for (String g : list(m[4])) {
                Goal goal = goalByCode.get(g);
                measure.goalIds().add(goal.id());
                measure.fieldIds().add(goal.actionFieldId());
            }
            for (String f : list(m[5])) {
                measure.fieldIds().add(fieldIds.get(f));
            }
            switch (m[6]) {
                case "nn" -> measure.districtIds().add(nn);
                case "an" -> measure.districtIds().add(an);
                default -> measure.districtIds().addAll(List.of(nn, an));
            }
            for (String line : list(m[9])) {
                String[] parts = line.split(":");
                measure.financing()
                        .add(new Measure.FinancingLine(
                                Measure.Source.valueOf(parts[0]), Long.parseLong(parts[1]) * 100));
            }
            measure.milestones()
                    .add(new Measure.Milestone("Start und Abstimmung mit den Partnern", LocalDate.parse(m[12]), true));
            measure.milestones()
                    .add(new Measure.Milestone(
                            "Zwischenbilanz in der AG Gemeinwesenarbeit",
                            LocalDate.parse(m[12]).plusMonths(12),
                            !"IDEA".equals(m[7]) && !"PLANNED".equals(m[7])));
            measureByCode.put(m[0], measures.save(measure));
        }

        // two years of progress
        int i = 0;
        for (String[] m : MEASURES) {
            Measure measure = measureByCode.get(m[0]);
            if (m[7].equals("IDEA") || m[7].equals("PLANNED") || m[7].equals("APPROVED")) {
                continue;
            }
            for (int year = 2024; year <= 2025; year++) {
                LocalDate from = LocalDate.of(year, 1, 1).isBefore(measure.startDate())
                        ? measure.startDate()
                        : LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                if (measure.endDate() != null && measure.endDate().isBefore(to)) {
                    to = measure.endDate();
                }
                if (from.isAfter(to)) {
                    continue;
                }
                int participants = 20 + (i * 37 + year * 13) % 140;
                GoalIndicator reported = null;
                BigDecimal value = null;
                if (m[0].equals("M01")) {
                    reported = volunteers;
                    value = BigDecimal.valueOf(year == 2024 ? 52 : 45);
                } else if (m[0].equals("M13")) {
                    reported = families;
                    value = BigDecimal.valueOf(year == 2024 ? 45 : 72);
                } else if (m[0].equals("M05")) {
                    reported = places;
                    value = BigDecimal.valueOf(year == 2024 ? 41 : 46);
                } else if (m[0].equals("M14")) {
                    reported = seniors;
                    value = BigDecimal.valueOf(year == 2024 ? 38 : 44);
                }
                progress.save(new ProgressReport(
                        c.id(),
                        measure.entryKey(),
                        from,
                        to,
                        happened(m[1], year),
                        participants,
                        year == 2024
                                ? "Start und Abstimmung erreicht"
                                : "Zwischenbilanz in der AG Gemeinwesenarbeit vorgestellt",
                        year == 2025 && m[0].equals("M01")
                                ? "Mehrere Ehrenamtliche sind weggezogen; neue zu gewinnen dauert."
                                : "",
                        reported == null ? null : reported.entryKey(),
                        value,
                        "Quartiersmanagement Neustadt"));
            }
            i++;
        }

        // the draft update 2026: a copy with a new measure, a new weakness and a measure that moves on
        ConceptVersion v2026 = planning.copy(v2025);
        List<Goal> goals2026 = goals.findByVersionIdOrderByCodeAscIdAsc(v2026.id());
        Goal climateGoal = goals2026.stream()
                .filter(g -> g.code().equals("3.1"))
                .findFirst()
                .orElseThrow();
        swot.save(new SwotEntry(
                v2026.id(),
                UUID.randomUUID(),
                fieldIds.get("housing"),
                SwotEntry.Kind.WEAKNESS,
                "Hitzeinseln an der Lübecker Straße (Stadtklimaanalyse 2025)",
                SwotEntry.Source.STATISTICS,
                null));
        Measure trees = new Measure(v2026.id(), UUID.randomUUID());
        trees.update(
                "M21",
                "Straßenbäume und Schattenplätze Lübecker Straße",
                "Zwölf Straßenbäume und drei beschattete Sitzplätze gegen Hitzeinseln; Pflegepatenschaften mit Anwohnenden.",
                orgIds.get("Quartiersmanagement Neustadt (AWO SPI)"),
                Measure.Status.IDEA,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 31),
                64_000_00L,
                "12 Bäume, 3 Sitzplätze",
                true,
                "Quartiersmanagement Neustadt");
        trees.goalIds().add(climateGoal.id());
        trees.fieldIds().addAll(List.of(fieldIds.get("housing"), fieldIds.get("public-space")));
        trees.districtIds().add(nn);
        trees.financing().add(new Measure.FinancingLine(Measure.Source.URBAN_DEVELOPMENT, 42_670_00L));
        trees.financing().add(new Measure.FinancingLine(Measure.Source.MUNICIPAL, 21_330_00L));
        measures.save(trees);
        measures.findByVersionIdOrderByCodeAscIdAsc(v2026.id()).stream()
                .filter(m -> m.code().equals("M10"))
                .findFirst()
                .ifPresent(m -> m.update(
                        m.code(),
                        m.title(),
                        m.description(),
                        m.leadOrganisationId(),
                        Measure.Status.APPROVED,
                        m.startDate(),
                        m.endDate(),
                        m.costCents(),
                        m.outputs(),
                        m.climateRelevant(),
                        m.updatedBy()));
    }

    private void automatic(Goal goal, String name, String key, long districtId, BigDecimal change) {
        List<DatedValue> series = districts.series(key, districtId);
        DatedValue base = series.stream()
                .filter(d -> d.date().getYear() == 2022)
                .findFirst()
                .orElse(series.isEmpty() ? null : series.getFirst());
        if (base == null) {
            return;
        }
        indicators.save(new GoalIndicator(
                goal.id(),
                UUID.randomUUID(),
                name,
                "%",
                base.value(),
                base.date(),
                base.value().add(change).setScale(1, RoundingMode.HALF_UP),
                LocalDate.of(2028, 12, 31),
                GoalIndicator.Mode.AUTOMATIC,
                key,
                districtId));
    }

    private GoalIndicator manual(Goal goal, String name, String unit, int baseline, int target) {
        return indicators.save(new GoalIndicator(
                goal.id(),
                UUID.randomUUID(),
                name,
                unit,
                BigDecimal.valueOf(baseline),
                LocalDate.of(2023, 12, 31),
                BigDecimal.valueOf(target),
                LocalDate.of(2027, 12, 31),
                GoalIndicator.Mode.MANUAL,
                null,
                null));
    }

    private static String indicatorFor(String field) {
        return switch (field) {
            case "employment" -> "unemployment";
            case "social-infrastructure" -> "child-poverty";
            default -> "sgb2";
        };
    }

    private static String description(String[] m) {
        return m[1] + ": " + m[10] + ". Federführend " + m[2]
                + (m[3].isEmpty() ? "." : ", gemeinsam mit " + m[3].replace(";", ", ") + ".");
    }

    private static String happened(String title, int year) {
        return year == 2024
                ? "Aufbau und erste Angebote: " + title
                        + " ist gestartet, Partner sind eingebunden, erste Teilnehmende erreicht."
                : "Regelbetrieb: " + title
                        + " läuft verlässlich; Rückmeldungen aus dem Bewohnerforum sind eingeflossen.";
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static Set<String> measureCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String[] m : MEASURES) {
            codes.add(m[0]);
        }
        return codes;
    }
}
