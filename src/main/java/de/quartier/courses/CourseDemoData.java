package de.quartier.courses;

import de.quartier.accounts.TenantCreated;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.NewcomerRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Eight invented courses at Magdeburg's demo providers (Volkshochschule, IB Bildungszentrum, Sprachinstitut Elbe,
 * a volunteer course of the Bürgerverein Neue Neustadt) and 25 referrals of the demo newcomers, waiting between a
 * few days and three months: courses that started are full, the next ones hold open offers, and the rest wait.
 */
@Component
class CourseDemoData {

    private static final String COORDINATOR = "koordination@magdeburg.example";
    private static final String SOCIAL_WORKER = "sozialarbeit@magdeburg.example";

    private record Plan(
            String provider,
            Course.Kind kind,
            Course.Level level,
            int startInDays,
            String days,
            String from,
            String to,
            String address,
            String district,
            boolean childcare,
            int seats) {}

    private static final List<Plan> COURSES = List.of(
            new Plan(
                    "Volkshochschule Magdeburg",
                    Course.Kind.GENERAL,
                    Course.Level.A1,
                    -20,
                    "MO TU WE TH FR",
                    "08:30",
                    "12:00",
                    "Leibnizstraße 23, 39104 Magdeburg",
                    "altstadt",
                    false,
                    4),
            new Plan(
                    "Volkshochschule Magdeburg",
                    Course.Kind.GENERAL,
                    Course.Level.A2,
                    14,
                    "MO TU WE TH",
                    "08:30",
                    "12:00",
                    "Leibnizstraße 23, 39104 Magdeburg",
                    "altstadt",
                    false,
                    2),
            new Plan(
                    "Volkshochschule Magdeburg",
                    Course.Kind.PARENTS,
                    Course.Level.A1,
                    -10,
                    "MO WE FR",
                    "09:00",
                    "12:00",
                    "J.-R.-Becher-Straße 57, 39128 Magdeburg (Bürgerhaus Kannenstieg)",
                    "kannenstieg",
                    true,
                    3),
            new Plan(
                    "IB Bildungszentrum Magdeburg",
                    Course.Kind.YOUTH,
                    Course.Level.A2,
                    21,
                    "MO TU WE TH FR",
                    "08:30",
                    "13:00",
                    "Große Diesdorfer Straße 58, 39108 Magdeburg",
                    "stadtfeld-ost",
                    false,
                    2),
            new Plan(
                    "IB Bildungszentrum Magdeburg",
                    Course.Kind.JOB,
                    Course.Level.B2,
                    35,
                    "TU TH",
                    "17:30",
                    "20:45",
                    "Große Diesdorfer Straße 58, 39108 Magdeburg",
                    "stadtfeld-ost",
                    false,
                    2),
            new Plan(
                    "Sprachinstitut Elbe",
                    Course.Kind.LITERACY,
                    Course.Level.A1,
                    -30,
                    "MO TU WE TH",
                    "13:00",
                    "16:15",
                    "Olvenstedter Straße 22, 39108 Magdeburg",
                    "stadtfeld-ost",
                    false,
                    2),
            new Plan(
                    "Sprachinstitut Elbe",
                    Course.Kind.INTENSIVE,
                    Course.Level.B1,
                    28,
                    "MO TU WE TH FR",
                    "08:00",
                    "13:00",
                    "Olvenstedter Straße 22, 39108 Magdeburg",
                    "stadtfeld-ost",
                    false,
                    2),
            new Plan(
                    "Bürgerverein Neue Neustadt e.V.",
                    Course.Kind.VOLUNTEER,
                    Course.Level.A1,
                    -60,
                    "WE",
                    "16:00",
                    "18:00",
                    "Moritzplatz 3, 39124 Magdeburg (Bürgertreff)",
                    "neue-neustadt",
                    false,
                    2));

    private final CourseRepository courses;
    private final ReferralRepository referrals;
    private final SeatOfferRepository offers;
    private final OrganisationDirectory directory;
    private final DistrictService districts;
    private final MatchingPeople people;

    CourseDemoData(
            CourseRepository courses,
            ReferralRepository referrals,
            SeatOfferRepository offers,
            OrganisationDirectory directory,
            DistrictService districts,
            MatchingPeople people) {
        this.courses = courses;
        this.referrals = referrals;
        this.offers = offers;
        this.directory = directory;
        this.districts = districts;
        this.people = people;
    }

    @EventListener
    @Order(60)
    void on(TenantCreated event) {
        if (event.demo()) {
            load();
        }
    }

    void load() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(zone);
        Instant now = Instant.now();
        Map<String, Long> providers = directory.choices().stream()
                .collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id, (a, b) -> a));
        Map<String, Long> bySlug = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::slug, DistrictSummary::id, (a, b) -> a));
        Function<String, Long> district = slug -> bySlug.get(slug);

        List<Course> created = new ArrayList<>();
        for (Plan p : COURSES) {
            Long provider = providers.get(p.provider());
            if (provider == null) {
                continue;
            }
            Course c = new Course(provider);
            Set<Schedule.Day> days = EnumSet.noneOf(Schedule.Day.class);
            for (String d : p.days().split(" ")) {
                days.add(Schedule.Day.valueOf(d));
            }
            c.update(
                    provider,
                    p.kind(),
                    p.level(),
                    today.plusDays(p.startInDays()),
                    days,
                    LocalTime.parse(p.from()),
                    LocalTime.parse(p.to()),
                    p.address(),
                    district.apply(p.district()),
                    p.childcare(),
                    p.seats());
            created.add(courses.save(c));
        }

        List<NewcomerRef> newcomers = demoNewcomers(25);
        // kinds/levels and times in a pattern that fills the started courses and leaves waiting lists behind
        Course.Kind[] kinds = {
            Course.Kind.GENERAL, Course.Kind.GENERAL, Course.Kind.PARENTS, Course.Kind.GENERAL, Course.Kind.YOUTH,
            Course.Kind.LITERACY, Course.Kind.GENERAL, Course.Kind.INTENSIVE, Course.Kind.JOB, Course.Kind.VOLUNTEER
        };
        Course.Level[] levels = {
            Course.Level.A1, Course.Level.A2, Course.Level.A1, Course.Level.A1, Course.Level.A2,
            Course.Level.A1, Course.Level.A2, Course.Level.B1, Course.Level.B2, Course.Level.A1
        };
        List<String> mornings = List.of("MO_AM", "TU_AM", "WE_AM", "TH_AM", "FR_AM");
        List<String> afternoons = List.of("MO_PM", "TU_PM", "WE_PM", "TH_PM", "FR_PM");
        List<String> evenings = List.of("TU_EV", "TH_EV", "WE_EV");
        List<Referral> saved = new ArrayList<>();
        for (int i = 0; i < newcomers.size(); i++) {
            NewcomerRef n = newcomers.get(i);
            Course.Kind kind = kinds[i % kinds.length];
            Set<String> slots = new LinkedHashSet<>(mornings);
            if (EnumSet.of(Course.Kind.LITERACY, Course.Kind.VOLUNTEER, Course.Kind.YOUTH, Course.Kind.INTENSIVE)
                            .contains(kind)
                    || i % 4 == 1) {
                slots.addAll(afternoons);
            }
            if (kind == Course.Kind.JOB || kind == Course.Kind.VOLUNTEER || i % 5 == 0) {
                slots.addAll(evenings);
            }
            boolean childcare = kind == Course.Kind.PARENTS || (n.householdMinors() && i % 3 == 0);
            Referral.Access access = i % 3 == 1 ? Referral.Access.OBLIGATION : Referral.Access.ENTITLEMENT;
            long waitedDays = 4 + (i * 37L) % 88;
            saved.add(referrals.save(new Referral(
                    n.id(),
                    kind,
                    levels[i % levels.length],
                    access,
                    childcare,
                    slots,
                    n.districtId(),
                    i % 3 == 0 ? SOCIAL_WORKER : COORDINATOR,
                    now.minus(Duration.ofDays(waitedDays)))));
        }

        // started courses are full with accepted places; the next ones hold open offers
        Set<Long> taken = new HashSet<>();
        for (Course c : created) {
            boolean started = !c.startDate().isAfter(today);
            List<Referral> queue = Placement.queue(
                    saved.stream().filter(r -> !taken.contains(r.id())).toList(), c, true, Set.of());
            // as the waiting lists would have it: every seat is taken or offered while someone suitable waits
            for (int seat = 1; seat <= c.seats() && seat <= queue.size(); seat++) {
                Referral r = queue.get(seat - 1);
                taken.add(r.id());
                Instant offered = started
                        ? c.startDate().minusDays(10).atStartOfDay(zone).toInstant()
                        : now.minus(Duration.ofDays(1 + seat));
                SeatOffer o = new SeatOffer(c.id(), r.id(), seat, offered, offered.plus(Duration.ofDays(7)));
                if (started) {
                    o.decide(SeatOffer.Status.ACCEPTED, offered.plus(Duration.ofDays(3)), COORDINATOR);
                    r.placed(offered.plus(Duration.ofDays(3)));
                } else {
                    r.status(Referral.Status.OFFERED);
                }
                offers.save(o);
            }
        }
    }

    /** The demo's newcomers, as the demo coordinator may choose them (in the order matching recorded them). */
    private List<NewcomerRef> demoNewcomers(int wanted) {
        return people.visibleNewcomers(COORDINATOR, true).stream()
                .sorted(java.util.Comparator.comparingLong(MatchingPeople.NewcomerChoice::id))
                .map(c -> people.newcomer(c.id()))
                .flatMap(java.util.Optional::stream)
                .limit(wanted)
                .toList();
    }
}
