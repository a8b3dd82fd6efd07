package de.quartier.matching;

import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The codes profiles are made of, and how they are stored (space-separated text). */
final class Profiles {

    /** Kinds of help a newcomer needs and a volunteer offers. */
    enum Help {
        AUTHORITIES,
        GERMAN,
        HOMEWORK,
        APPRENTICESHIP,
        HOUSING,
        LEISURE,
        FAMILY;

        String messageKey() {
            return "matching.help." + name().toLowerCase(Locale.ROOT);
        }
    }

    enum Day {
        MO,
        TU,
        WE,
        TH,
        FR,
        SA,
        SU
    }

    enum PartOfDay {
        AM,
        PM,
        EV
    }

    enum Gender {
        FEMALE,
        MALE,
        DIVERSE
    }

    enum AgeBand {
        AGE_18_29,
        AGE_30_49,
        AGE_50_64,
        AGE_65_PLUS
    }

    /** Weekly slots "MO_AM" … "SU_EV". */
    static List<String> allSlots() {
        List<String> slots = new ArrayList<>();
        for (Day d : Day.values()) {
            for (PartOfDay p : PartOfDay.values()) {
                slots.add(d.name() + "_" + p.name());
            }
        }
        return slots;
    }

    static boolean isSlot(String code) {
        return allSlots().contains(code);
    }

    static Set<String> codes(String stored) {
        return Arrays.stream(stored.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String store(Iterable<?> codes) {
        List<String> out = new ArrayList<>();
        for (Object c : codes) {
            String s = c instanceof Enum<?> e ? e.name() : c.toString().strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return String.join(" ", out);
    }

    static Set<Help> help(String stored) {
        Set<Help> out = EnumSet.noneOf(Help.class);
        for (String c : codes(stored)) {
            try {
                out.add(Help.valueOf(c));
            } catch (IllegalArgumentException ignored) {
                // an unknown code from an older version: skip
            }
        }
        return out;
    }

    /** "ar:C2 de:B1" → skills; a language without level counts as native. */
    static List<LanguageSkill> languages(String stored) {
        List<LanguageSkill> out = new ArrayList<>();
        for (String c : codes(stored)) {
            int colon = c.indexOf(':');
            String lang = colon < 0 ? c : c.substring(0, colon);
            Level level = colon < 0 ? Level.NATIVE : Level.parse(c.substring(colon + 1));
            out.add(new LanguageSkill(lang.toLowerCase(Locale.ROOT), level));
        }
        return out;
    }

    static String storeLanguages(List<LanguageSkill> skills) {
        return skills.stream().map(s -> s.language() + ":" + s.level().name()).collect(Collectors.joining(" "));
    }

    /** ISO 639-1 codes offered in forms (the public languages plus those common among newcomers). */
    static final List<String> LANGUAGES =
            List.of("de", "en", "ar", "fa", "uk", "ru", "tr", "ti", "ku", "ps", "so", "fr", "es", "pl", "ro", "sq");

    private Profiles() {}
}
