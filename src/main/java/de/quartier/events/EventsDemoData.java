package de.quartier.events;

import de.quartier.accounts.TenantCreated;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.shared.TenantContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Events for the Magdeburg demo, dated relative to the day the demo is created so the calendar is never empty:
 * weekly formats in the Neue Neustadt, a two-day "Fachtag Soziale Stadt Sachsen-Anhalt" with programme and
 * registration, a workshop, and a past street party with its review in the archive. Runs after the directory.
 */
@Component
class EventsDemoData {

    private final EventRepository events;
    private final DistrictService districts;
    private final OrganisationDirectory directory;

    EventsDemoData(EventRepository events, DistrictService districts, OrganisationDirectory directory) {
        this.events = events;
        this.districts = districts;
        this.directory = directory;
    }

    @EventListener
    @Order(45)
    void on(TenantCreated event) {
        if (!event.demo()) {
            return;
        }
        load();
    }

    void load() {
        ZoneId zone = TenantContext.require().zone();
        Map<String, Long> district = districts.profiles().stream()
                .collect(Collectors.toMap(DistrictProfile::slug, DistrictProfile::id, (a, b) -> a));
        Map<String, OrganisationRef> org = directory.choices().stream()
                .collect(Collectors.toMap(OrganisationRef::name, Function.identity(), (a, b) -> a));
        Long neueNeustadt = district.get("neue-neustadt");
        Long alteNeustadt = district.get("alte-neustadt");
        OrganisationRef buergerverein = org.get("Bürgerverein Neue Neustadt e.V.");
        LocalDate today = LocalDate.now(zone);

        LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Event cafe = organisation(buergerverein, "Nachbarschaftscafé im Bürgerhaus", Event.Kind.NEIGHBOURHOOD);
        cafe.description = "Jeden Dienstag Kaffee, Kuchen und Gespräche für alle aus der Neuen Neustadt. Wer mag,"
                + " bringt Ideen für den Stadtteil mit – das Quartiersmanagement schaut regelmäßig vorbei.";
        place(cafe, "Bürgerhaus Neue Neustadt", "Nachtweide 82", "39124");
        times(cafe, tuesday, "15:00", tuesday, "17:00", zone);
        cafe.weeklyUntil = tuesday.plusWeeks(26);
        cafe.languages = "de,ar,uk";
        cafe.accessibility = "Ebenerdiger Zugang, barrierefreies WC.";
        finish(cafe, neueNeustadt);

        LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        Event office = new Event(
                "Sprechstunde des Quartiersmanagements",
                Event.Kind.CONSULTATION,
                Event.OrganiserType.DISTRICT,
                neueNeustadt,
                "Stadtteilbüro Neue Neustadt");
        office.description = "Fragen, Anregungen, Beschwerden: Das Quartiersmanagement Neue Neustadt ist jeden"
                + " Donnerstag im Stadtteilbüro ansprechbar, ohne Anmeldung.";
        place(office, "Stadtteilbüro Neue Neustadt", "Lübecker Straße 20", "39124");
        times(office, thursday, "10:00", thursday, "12:00", zone);
        office.weeklyUntil = thursday.plusWeeks(26);
        office.languages = "de,en,ru";
        office.audience = Event.Audience.EVERYONE;
        finish(office, neueNeustadt);

        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Event repair = organisation(buergerverein, "Repair Café Neustadt", Event.Kind.WORKSHOP);
        repair.description = "Kaputte Toaster, Fahrräder, Kleidung: Gemeinsam mit Ehrenamtlichen reparieren statt"
                + " wegwerfen. Werkzeug ist da, Ersatzteile bitte mitbringen.";
        place(repair, "Bürgerhaus Neue Neustadt", "Nachtweide 82", "39124");
        times(repair, saturday, "10:00", saturday, "13:00", zone);
        repair.weeklyUntil = saturday.plusWeeks(12);
        repair.languages = "de";
        finish(repair, neueNeustadt);

        LocalDate fachtag = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Event conference = new Event(
                "Fachtag Soziale Stadt Sachsen-Anhalt",
                Event.Kind.CONFERENCE,
                Event.OrganiserType.TENANT,
                null,
                TenantContext.require().name());
        conference.description = "Zwei Tage Austausch für Quartiersmanagerinnen und -manager, Sozialplanung,"
                + " Träger und Wohnungswirtschaft aus ganz Sachsen-Anhalt: Was hat das Programm Sozialer"
                + " Zusammenhalt in den Stadtteilen bewirkt, und wie geht es weiter?";
        place(conference, "Gesellschaftshaus Magdeburg", "Schönebecker Straße 129", "39104");
        times(conference, fachtag, "09:30", fachtag.plusDays(1), "15:00", zone);
        conference.audience = Event.Audience.PROFESSIONALS;
        conference.languages = "de,dgs";
        conference.accessibility = "Barrierefreier Saal, Induktionsschleife, Gebärdensprachdolmetschung im Plenum.";
        conference.costCents = 4500;
        conference.registration = true;
        conference.registrationOpens = today.atStartOfDay(zone).toInstant();
        conference.registrationCloses = fachtag.minusDays(7).atStartOfDay(zone).toInstant();
        conference.capacity = 120;
        conference.askOrganisation = true;
        conference.askNeeds = true;
        conference.workshops = "Forum A: Beteiligung, die ankommt\n"
                + "Forum B: Verstetigung nach dem Förderende\n"
                + "Forum C: Daten für die Sozialplanung";
        conference.consentText = "Ich bin einverstanden, dass mein Name und meine Organisation auf der"
                + " Teilnehmendenliste und dem Namensschild stehen.";
        programme(conference, fachtag, zone, new String[][] {
            {"0", "09:30", "Ankommen und Kaffee", "", "Foyer"},
            {"0", "10:00", "Begrüßung", "Beigeordnete für Soziales der Landeshauptstadt Magdeburg", "Großer Saal"},
            {
                "0",
                "10:30",
                "Zehn Jahre Sozialer Zusammenhalt in Sachsen-Anhalt",
                "Ministerium für Infrastruktur",
                "Großer Saal"
            },
            {"0", "13:30", "Foren A–C", "", "Seminarräume 1–3"},
            {"0", "17:00", "Stadtteilrundgang Neue Neustadt", "Quartiersmanagement Neue Neustadt", "Treffpunkt Foyer"},
            {
                "1",
                "09:30",
                "Werkstattgespräche aus den Quartieren",
                "Halle-Neustadt, Dessau-Roßlau, Magdeburg",
                "Großer Saal"
            },
            {"1", "13:00", "Podium: Wie geht es nach dem Förderende weiter?", "", "Großer Saal"},
            {"1", "14:30", "Ausblick und Abschluss", "", "Großer Saal"}
        });
        finish(conference, neueNeustadt, alteNeustadt);

        LocalDate werkstatt = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Event workshop = new Event(
                "Zukunftswerkstatt Nicolaiplatz",
                Event.Kind.WORKSHOP,
                Event.OrganiserType.DISTRICT,
                neueNeustadt,
                "Stadtteilbüro Neue Neustadt");
        workshop.description = "Wie soll der Nicolaiplatz in fünf Jahren aussehen? Wir sammeln Ideen, bewerten sie"
                + " gemeinsam und nehmen die besten in das Handlungskonzept auf. Kinderbetreuung vor Ort.";
        place(workshop, "Grundschule Nicolai", "Nicolaiplatz 4", "39124");
        times(workshop, werkstatt, "16:00", werkstatt, "19:00", zone);
        workshop.audience = Event.Audience.FAMILIES;
        workshop.languages = "de,ar,fa";
        workshop.registration = true;
        workshop.capacity = 40;
        finish(workshop, neueNeustadt);

        LocalDate fest = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        Event party = organisation(buergerverein, "Stadtteilfest Neue Neustadt", Event.Kind.NEIGHBOURHOOD);
        party.description = "Musik, Spiele und Essen aus aller Welt auf dem Nicolaiplatz.";
        place(party, "Nicolaiplatz", null, "39124");
        times(party, fest, "14:00", fest, "20:00", zone);
        party.review = "Rund 800 Gäste, 25 Stände von Vereinen und Initiativen, und am Ende hat der Regen gewartet:"
                + " Danke an alle Helferinnen und Helfer! Die Ideenwand mit 140 Vorschlägen geht in die"
                + " Zukunftswerkstatt.";
        party.reviewPublished = true;
        finish(party, neueNeustadt);
    }

    private static Event organisation(@Nullable OrganisationRef o, String title, Event.Kind kind) {
        return o == null
                ? new Event(title, kind, Event.OrganiserType.TENANT, null, "Landeshauptstadt Magdeburg")
                : new Event(title, kind, Event.OrganiserType.ORGANISATION, o.id(), o.name());
    }

    private static void place(Event e, String name, @Nullable String street, String postalCode) {
        e.placeName = name;
        e.street = street;
        e.postalCode = postalCode;
        e.city = "Magdeburg";
    }

    private static void times(Event e, LocalDate from, String start, LocalDate to, String end, ZoneId zone) {
        e.startsAt = from.atTime(LocalTime.parse(start)).atZone(zone).toInstant();
        e.endsAt = to.atTime(LocalTime.parse(end)).atZone(zone).toInstant();
    }

    private static void programme(Event e, LocalDate first, ZoneId zone, String[][] items) {
        for (String[] i : items) {
            Instant at = first.plusDays(Integer.parseInt(i[0]))
                    .atTime(LocalTime.parse(i[1]))
                    .atZone(zone)
                    .toInstant();
            e.programme.add(new Event.ProgrammeItem(at, i[2], i[3].isEmpty() ? null : i[3], i[4]));
        }
    }

    private void finish(Event e, @Nullable Long... districtIds) {
        for (Long d : districtIds) {
            if (d != null) {
                e.districtIds.add(d);
            }
        }
        e.status = Event.Status.PUBLISHED;
        events.save(e);
    }

    static List<String> titles() {
        return List.of("Fachtag Soziale Stadt Sachsen-Anhalt", "Nachbarschaftscafé im Bürgerhaus");
    }
}
