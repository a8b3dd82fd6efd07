package de.quartier.accompaniment;

import de.quartier.accounts.TenantCreated;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.NewcomerRef;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.TenantContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few requests for the Magdeburg demo, posted by sozialarbeit@ and koordination@: one open (Ukrainian, housing),
 * one confirmed with Jonas Beispiel (ehrenamt2@), one done by Anna Beispiel (ehrenamt@) with hours.
 */
@Component
class AccompanimentDemoData {

    static final String SOCIAL_WORKER = "sozialarbeit@magdeburg.example";
    static final String COORDINATOR = "koordination@magdeburg.example";

    private final AccompanimentRepository requests;
    private final PlaceRepository places;
    private final MatchingPeople people;
    private final DistrictService districts;

    AccompanimentDemoData(
            AccompanimentRepository requests,
            PlaceRepository places,
            MatchingPeople people,
            DistrictService districts) {
        this.requests = requests;
        this.places = places;
        this.people = people;
        this.districts = districts;
    }

    @EventListener
    @Order(60)
    void on(TenantCreated event) {
        if (event.demo()) {
            load();
        }
    }

    void load() {
        Map<String, Long> district =
                districts.list().stream().collect(Collectors.toMap(DistrictSummary::slug, DistrictSummary::id));
        Map<String, VolunteerRef> volunteers = people.volunteers().stream()
                .collect(Collectors.toMap(VolunteerRef::email, Function.identity(), (a, b) -> a));
        List<NewcomerRef> referred = people.newcomersReferredBy(SOCIAL_WORKER);
        List<NewcomerRef> coordinated = people.newcomersReferredBy(COORDINATOR);
        VolunteerRef anna = volunteers.get("ehrenamt@magdeburg.example");
        VolunteerRef jonas = volunteers.get("ehrenamt2@magdeburg.example");
        if (referred.size() < 3 || coordinated.isEmpty() || anna == null || jonas == null) {
            return;
        }
        LocalDate today = LocalDate.now(TenantContext.require().zone());
        Long neustadt = district.get("neue-neustadt");

        Accompaniment open = new Accompaniment(
                Accompaniment.Kind.HOUSING,
                "Wohnungsbesichtigung, Unterstützung beim Gespräch mit der Vermieterin",
                today.plusDays(6),
                LocalTime.of(14, 0),
                LocalTime.of(15, 30),
                "Vor dem Bürgerbüro Nord",
                neustadt,
                "uk",
                2,
                coordinated.stream()
                        .filter(n -> n.languages().stream()
                                .anyMatch(l -> l.language().equals("uk")))
                        .findFirst()
                        .orElse(coordinated.getFirst())
                        .id(),
                COORDINATOR);
        requests.save(open);

        Accompaniment confirmed = new Accompaniment(
                Accompaniment.Kind.SCHOOL,
                "Elterngespräch in der Grundschule",
                today.plusDays(3),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                "Eingang der Grundschule",
                neustadt,
                "de",
                1,
                referred.get(1).id(),
                SOCIAL_WORKER);
        requests.save(confirmed);
        places.save(new Place(confirmed.id(), jonas.id()));
        confirmed.status(Accompaniment.Status.CONFIRMED);

        Accompaniment done = new Accompaniment(
                Accompaniment.Kind.AUTHORITY,
                "Termin bei der Ausländerbehörde",
                today.minusDays(10),
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                "Haltestelle Alter Markt",
                neustadt,
                "ar",
                1,
                referred.get(2).id(),
                SOCIAL_WORKER);
        done.createdAt(Instant.now().minus(Duration.ofDays(14)));
        requests.save(done);
        Place annas = new Place(done.id(), anna.id());
        annas.done(new BigDecimal("2.5"), "Termin hat geklappt, Aufenthaltstitel verlängert.");
        places.save(annas);
        done.status(Accompaniment.Status.DONE);
    }
}
