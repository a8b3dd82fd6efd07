package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers of the search tests, created through the repositories in the Magdeburg tenant. Every offer's
 * description carries a random marker word, so a test adds the marker to its query and sees only its own
 * offers, with or without the demo directory.
 *
 * <ul>
 *   <li>women: "Deutsch-Kurs für Frauen und Mütter", about 180 m from Kannenstieg's centre, free, walk-in
 *   <li>children: "Sprachkurs Arabisch für Kinder", 1.2 km north, reduced
 *   <li>homework: "Hausaufgabenhilfe im Treff", 1.2 km north, free
 *   <li>evening: "Deutschkurs am Abend", 5 km north (another district), fee
 *   <li>pending: "Deutschkurs Entwurf", not published
 *   <li>23 fillers "Nachbarschaftstreff n" without location, fee
 * </ul>
 */
record OfferSearchFixture(
        TenantInfo tenant,
        String marker,
        long kannenstieg,
        long otherDistrict,
        long women,
        long children,
        long homework,
        long evening,
        long pending) {

    static final double KANNENSTIEG_LAT = 52.1720;
    static final double KANNENSTIEG_LON = 11.6219;
    static final int FILLERS = 23;

    /** The fixture, with the application's repositories and services. */
    static OfferSearchFixture create(ApplicationContext context) {
        return create(
                context.getBean(TenantService.class),
                context.getBean(DistrictService.class),
                context.getBean(OrganisationRepository.class),
                context.getBean(LocationRepository.class),
                context.getBean(OfferRepository.class),
                context.getBean(EntityManager.class),
                context.getBean(TransactionTemplate.class));
    }

    private static OfferSearchFixture create(
            TenantService tenants,
            DistrictService districts,
            OrganisationRepository organisations,
            LocationRepository locations,
            OfferRepository offers,
            EntityManager em,
            TransactionTemplate tx) {
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        String marker = newMarker();
        return TenantContext.callAs(
                magdeburg,
                () -> tx.execute(status -> {
                    Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
                    List<DistrictSummary> all = districts.list();
                    long kannenstieg = all.stream()
                            .filter(d -> d.slug().equals("kannenstieg"))
                            .findFirst()
                            .orElseThrow()
                            .id();
                    long other = all.stream()
                            .filter(d -> d.slug().equals("neue-neustadt"))
                            .findFirst()
                            .orElseThrow()
                            .id();
                    Organisation org = organisations.save(new Organisation(
                            "Testverein " + marker, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED));
                    Location near = location(
                            locations,
                            "Testhaus " + marker,
                            kannenstieg,
                            KANNENSTIEG_LAT + 0.0015,
                            KANNENSTIEG_LON + 0.001);
                    Location north = location(
                            locations, "Nordtreff " + marker, kannenstieg, KANNENSTIEG_LAT + 0.0108, KANNENSTIEG_LON);
                    Location far =
                            location(locations, "Fernhaus " + marker, other, KANNENSTIEG_LAT + 0.045, KANNENSTIEG_LON);
                    long women = offer(
                            offers,
                            org,
                            "Deutsch-Kurs für Frauen und Mütter",
                            "Wir lernen gemeinsam Deutsch im Alltag. " + marker,
                            Cost.FREE,
                            AccessMode.WALK_IN,
                            EntryStatus.PUBLISHED,
                            Set.of(near),
                            Set.of("de", "ar"),
                            Set.of(TargetGroup.WOMEN, TargetGroup.NEWCOMERS));
                    long children = offer(
                            offers,
                            org,
                            "Sprachkurs Arabisch für Kinder",
                            "Arabisch lesen und schreiben. " + marker,
                            Cost.REDUCED,
                            AccessMode.APPOINTMENT,
                            EntryStatus.PUBLISHED,
                            Set.of(north),
                            Set.of("ar"),
                            Set.of(TargetGroup.CHILDREN));
                    long homework = offer(
                            offers,
                            org,
                            "Hausaufgabenhilfe im Treff",
                            "Hilfe bei den Hausaufgaben nach der Schule. " + marker,
                            Cost.FREE,
                            AccessMode.WALK_IN,
                            EntryStatus.PUBLISHED,
                            Set.of(north),
                            Set.of("de"),
                            Set.of(TargetGroup.CHILDREN));
                    long evening = offer(
                            offers,
                            org,
                            "Deutschkurs am Abend",
                            "Grammatik und Gespräche für Berufstätige. " + marker,
                            Cost.FEE,
                            AccessMode.APPOINTMENT,
                            EntryStatus.PUBLISHED,
                            Set.of(far),
                            Set.of("de"),
                            Set.of(TargetGroup.EVERYONE));
                    long pending = offer(
                            offers,
                            org,
                            "Deutschkurs Entwurf",
                            "Noch nicht veröffentlicht. " + marker,
                            Cost.FREE,
                            AccessMode.WALK_IN,
                            EntryStatus.PENDING,
                            Set.of(near),
                            Set.of("de"),
                            Set.of(TargetGroup.WOMEN));
                    for (int i = 1; i <= FILLERS; i++) {
                        offer(
                                offers,
                                org,
                                "Nachbarschaftstreff " + i,
                                "Kaffee und Gespräche. " + marker,
                                Cost.FEE,
                                AccessMode.WALK_IN,
                                EntryStatus.PUBLISHED,
                                Set.of(),
                                Set.of("de"),
                                Set.of(TargetGroup.SENIORS));
                    }
                    return new OfferSearchFixture(
                            magdeburg, marker, kannenstieg, other, women, children, homework, evening, pending);
                }));
    }

    /** A random word of letters that the analyzers keep as it is. */
    static String newMarker() {
        Random random = new Random();
        StringBuilder sb = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            sb.append("bcdfgjkmpqvwxz".charAt(random.nextInt(14)));
        }
        return sb.toString();
    }

    private static Location location(LocationRepository locations, String name, long district, double lat, double lon) {
        Location l = new Location(name);
        l.update(name, "Teststraße 1", "39128", "Magdeburg", district, lat, lon);
        return locations.save(l);
    }

    private static long offer(
            OfferRepository offers,
            Organisation org,
            String title,
            String description,
            Cost cost,
            AccessMode access,
            EntryStatus status,
            Set<Location> at,
            Set<String> languages,
            Set<TargetGroup> groups) {
        Offer offer = new Offer(org, title, cost, access, status);
        offer.update(title, description, cost, null, access, null, null, null, null, null, null);
        offer.locations().addAll(at);
        offer.languages().addAll(languages);
        offer.targetGroups().addAll(groups);
        return offers.save(offer).id();
    }

    List<String> titles(OfferSearch.Results results) {
        List<String> titles = new ArrayList<>();
        results.hits().forEach(h -> titles.add(h.title()));
        return titles;
    }
}
