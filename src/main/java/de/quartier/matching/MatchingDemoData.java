package de.quartier.matching;

import de.quartier.accounts.TenantCreated;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictService.DistrictProfile;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.Level;
import de.quartier.matching.Profiles.Help;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Invented people for the Magdeburg demo: 31 volunteers (ehrenamt@ and ehrenamt2@magdeburg.example among them),
 * 30 newcomers speaking Arabic, Dari/Farsi, Ukrainian, Russian, Turkish, Tigrinya and more, two shelters. Some
 * newcomers were referred by sozialarbeit@magdeburg.example; two have not consented to matching yet; the Tigrinya
 * speakers have no volunteer who speaks their language, so a run shows who nobody can be matched with. Anna
 * (ehrenamt@) is free on every weekday morning and afternoon; Jonas (ehrenamt2@) speaks no Arabic.
 */
@Component
class MatchingDemoData {

    static final String COORDINATOR = "koordination@magdeburg.example";
    static final String SOCIAL_WORKER = "sozialarbeit@magdeburg.example";
    static final String VOLUNTEER = "ehrenamt@magdeburg.example";
    /** A second demo volunteer who speaks no Arabic (everyday accompaniment shows who may take what). */
    static final String VOLUNTEER_2 = "ehrenamt2@magdeburg.example";

    private static final String[] FIRST = {
        "Anna", "Jonas", "Petra", "Klaus", "Sabine", "Thomas", "Ulrike", "Matthias", "Heike", "Lukas", "Monika",
        "Stefan", "Katrin", "Frank", "Julia", "Bernd", "Sandra", "Tobias", "Birgit", "Felix", "Gabriele", "Martin",
        "Lea", "Uwe", "Marina", "Ahmet", "Olga", "Samir", "Ines", "Jürgen"
    };
    private static final String[] LAST = {
        "Beispiel", "Krüger", "Schulze", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein",
        "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
        "Köhler", "Walter", "Mayer", "König", "Fischer", "Yılmaz", "Petrenko", "Haddad", "Vogel", "Baumann"
    };
    /** Extra languages of volunteers beside German (C2/native). */
    private static final String[][] VOLUNTEER_LANGUAGES = {
        {"en:B2", "ar:B1"},
        {"en:C1"},
        {"ru:B2"},
        {"en:B1"},
        {"fr:B2", "en:B2"},
        {"en:C1", "fa:B1"},
        {"uk:C1", "ru:C1"},
        {"en:B2"},
        {"tr:B2"},
        {"en:C1"},
        {},
        {"en:B1", "es:B2"},
        {"ru:B1"},
        {"en:B2"},
        {"ar:C1", "en:B2"},
        {"en:A2"},
        {"en:C1"},
        {"uk:B1"},
        {},
        {"en:B2", "fr:B1"},
        {"en:B1"},
        {"en:C1"},
        {"fa:C1", "en:B2"},
        {"en:B2"},
        {"uk:NATIVE", "ru:NATIVE"},
        {"tr:NATIVE", "en:B1"},
        {"ru:NATIVE", "uk:B2"},
        {"ar:NATIVE", "en:C1"},
        {"en:B2"},
        {"en:B1"}
    };

    private static final String[] VOLUNTEER_DISTRICTS = {
        "neue-neustadt",
        "alte-neustadt",
        "stadtfeld-ost",
        "sudenburg",
        "altstadt",
        "kannenstieg",
        "neustaedter-see",
        "buckau",
        "stadtfeld-west",
        "cracau",
        "leipziger-strasse",
        "werder",
        "neustaedter-feld",
        "salbke",
        "alte-neustadt",
        "neue-neustadt",
        "reform",
        "sudenburg",
        "altstadt",
        "stadtfeld-ost",
        "fermersleben",
        "neu-olvenstedt",
        "altstadt",
        "brueckfeld",
        "kannenstieg",
        "neustaedter-see",
        "stadtfeld-ost",
        "neue-neustadt",
        "hopfengarten",
        "westerhuesen"
    };
    private static final String[] NEWCOMER_NAMES = {
        "Amal Hassan", "Yusuf Al-Masri", "Farida Rahimi", "Omid Karimi", "Olena Kovalenko", "Dmytro Bondarenko",
        "Irina Smirnova", "Mehmet Demir", "Aster Tesfaye", "Samira Khalil", "Reza Ahmadi", "Nadiya Shevchenko",
        "Hamid Noori", "Layla Ibrahim", "Yaroslav Melnyk", "Zeynep Kaya", "Mariam Haidari", "Tetiana Lysenko",
        "Khaled Mansour", "Selam Gebremedhin", "Ali Rezaei", "Svetlana Orlova", "Huda Saleh", "Bohdan Tkachenko",
        "Fatemeh Hosseini", "Emre Aydın", "Rania Darwish", "Maksym Koval", "Abdi Warsame", "Nour Al-Hussein"
    };
    private static final String[][] NEWCOMER_LANGUAGES = {
        {"ar"},
        {"ar", "en:B1"},
        {"fa"},
        {"fa", "de:A2"},
        {"uk", "ru:C1"},
        {"uk", "en:B1"},
        {"ru"},
        {"tr", "de:A2"},
        {"ti"},
        {"ar", "fr:B1"},
        {"fa", "en:A2"},
        {"uk"},
        {"fa", "ps:C1"},
        {"ar"},
        {"uk", "ru:B2"},
        {"tr"},
        {"fa"},
        {"uk", "en:B2"},
        {"ar", "en:B2"},
        {"ti", "ar:A2"},
        {"fa"},
        {"ru", "de:B1"},
        {"ar"},
        {"uk"},
        {"fa", "en:B1"},
        {"tr", "en:B1"},
        {"ar"},
        {"uk"},
        {"so", "en:B1"},
        {"ar", "de:A1"}
    };

    private final VolunteerRepository volunteers;
    private final NewcomerRepository newcomers;
    private final ConsentRepository consents;
    private final ShelterRepository shelters;
    private final DistrictService districts;

    MatchingDemoData(
            VolunteerRepository volunteers,
            NewcomerRepository newcomers,
            ConsentRepository consents,
            ShelterRepository shelters,
            DistrictService districts) {
        this.volunteers = volunteers;
        this.newcomers = newcomers;
        this.consents = consents;
        this.shelters = shelters;
        this.districts = districts;
    }

    @EventListener
    @Order(45)
    void on(TenantCreated event) {
        if (event.demo()) {
            load();
        }
    }

    void load() {
        Map<String, DistrictProfile> bySlug =
                districts.profiles().stream().collect(Collectors.toMap(DistrictProfile::slug, Function.identity()));
        Function<String, Long> district = slug -> {
            DistrictProfile d = bySlug.get(slug);
            if (d == null) {
                throw new IllegalStateException("demo district missing: " + slug);
            }
            return d.id();
        };
        Random random = new Random(4_2026L);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

        Shelter north = new Shelter("Gemeinschaftsunterkunft Kannenstieg");
        north.update(
                "Gemeinschaftsunterkunft Kannenstieg",
                "Johannes-R.-Becher-Straße 12",
                "39128",
                "Magdeburg",
                district.apply("kannenstieg"),
                "gu.kannenstieg@magdeburg.example");
        shelters.save(north);
        Shelter south = new Shelter("Gemeinschaftsunterkunft Salbke");
        south.update(
                "Gemeinschaftsunterkunft Salbke",
                "Alt Salbke 60",
                "39122",
                "Magdeburg",
                district.apply("salbke"),
                "gu.salbke@magdeburg.example");
        shelters.save(south);

        List<String> slots = Profiles.allSlots();
        Help[] helps = Help.values();
        Profiles.Gender[] genders = {Profiles.Gender.FEMALE, Profiles.Gender.MALE};
        Profiles.AgeBand[] ages = Profiles.AgeBand.values();
        for (int i = 0; i < 30; i++) {
            String name = FIRST[i] + " " + LAST[i];
            String email = i == 0 ? VOLUNTEER : ascii(FIRST[i]) + "." + ascii(LAST[i]) + "@ehrenamt.example";
            Volunteer v = new Volunteer(email, i == 0 ? "Anna Beispiel" : name);
            List<LanguageSkill> languages = new ArrayList<>();
            languages.add(new LanguageSkill("de", Level.NATIVE));
            for (String l : VOLUNTEER_LANGUAGES[i]) {
                languages.addAll(Profiles.languages(l));
            }
            languages.removeIf(l -> l.language().equals("de") && languages.indexOf(l) > 0);
            v.profile(
                    "0391 " + (5_400_000 + random.nextInt(99_999)),
                    languages,
                    district.apply(VOLUNTEER_DISTRICTS[i]),
                    3 + random.nextInt(6) * 2,
                    i == 0
                            ? weekdays(pick(slots, 3 + random.nextInt(5), random))
                            : pick(slots, 3 + random.nextInt(5), random),
                    Set.of(),
                    pick(List.of(helps), 2 + random.nextInt(3), random),
                    ages[random.nextInt(ages.length)].name(),
                    (i % 2 == 0 ? genders[0] : genders[1]).name(),
                    i % 7 == 0 ? 2 : 1);
            if (i % 3 == 0) {
                // extended police certificate inspected (only the facts, never the document)
                v.certificate(today.minusMonths(2 + random.nextInt(40)), false, "Engagementkoordination", today);
            }
            volunteers.save(v);
        }

        for (int i = 0; i < 30; i++) {
            boolean inShelter = i % 5 == 0;
            Newcomer n = new Newcomer(
                    NEWCOMER_NAMES[i],
                    "0176 " + (10_000_000 + random.nextInt(89_999_999)),
                    letterLanguage(NEWCOMER_LANGUAGES[i][0]),
                    i % 3 == 0 ? SOCIAL_WORKER : COORDINATOR);
            List<LanguageSkill> languages = new ArrayList<>();
            for (String l : NEWCOMER_LANGUAGES[i]) {
                languages.addAll(Profiles.languages(l));
            }
            Set<Help> needs = EnumSet.copyOf(pick(List.of(helps), 1 + random.nextInt(3), random));
            n.profile(
                    languages,
                    inShelter
                            ? (i % 10 == 0 ? district.apply("kannenstieg") : district.apply("salbke"))
                            : district.apply(VOLUNTEER_DISTRICTS[(i * 7) % 30]),
                    inShelter ? (i % 10 == 0 ? north.id() : south.id()) : null,
                    i % 4 == 1,
                    needs,
                    pick(slots, 4 + random.nextInt(6), random),
                    i % 6 == 2 ? Profiles.Gender.FEMALE.name() : null,
                    null);
            n.waitingSince(Instant.now().minus(Duration.ofDays(3 + random.nextInt(120))));
            newcomers.save(n);
            if (i != 7 && i != 23) {
                consents.save(new Consent(
                        n.id(),
                        Consent.Purpose.MATCHING,
                        Consent.TEXT_VERSION,
                        n.waitingSince(),
                        i % 3 == 0 ? SOCIAL_WORKER : COORDINATOR));
                consents.save(new Consent(
                        n.id(),
                        Consent.Purpose.CONTACT_TO_VOLUNTEER,
                        Consent.TEXT_VERSION,
                        n.waitingSince(),
                        i % 3 == 0 ? SOCIAL_WORKER : COORDINATOR));
            }
        }

        // after the others (and without the random generator), so their demo profiles stay as they were
        Volunteer jonas = new Volunteer(VOLUNTEER_2, "Jonas Beispiel");
        jonas.profile(
                "0391 5412345",
                List.of(new LanguageSkill("de", Level.NATIVE), new LanguageSkill("en", Level.B2)),
                district.apply("neue-neustadt"),
                10,
                weekdays(Set.of()),
                Set.of(),
                EnumSet.of(Help.AUTHORITIES, Help.APPRENTICESHIP),
                Profiles.AgeBand.AGE_30_49.name(),
                Profiles.Gender.MALE.name(),
                2);
        volunteers.save(jonas);
    }

    /** The demo volunteer's slots plus every weekday morning and afternoon (accompaniments are on weekdays). */
    private static Set<String> weekdays(Set<String> picked) {
        Set<String> out = new LinkedHashSet<>(picked);
        for (String d : List.of("MO", "TU", "WE", "TH", "FR")) {
            out.add(d + "_AM");
            out.add(d + "_PM");
        }
        return out;
    }

    private static String letterLanguage(String first) {
        String code = first.contains(":") ? first.substring(0, first.indexOf(':')) : first;
        return switch (code) {
            case "ar", "fa", "uk", "ru", "tr" -> code;
            default -> "en";
        };
    }

    private static <T> Set<T> pick(List<T> from, int count, Random random) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return new LinkedHashSet<>(copy.subList(0, Math.min(count, copy.size())));
    }

    private static String ascii(String s) {
        return s.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ı", "i")
                .replace("ß", "ss");
    }
}
