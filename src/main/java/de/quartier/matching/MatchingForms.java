package de.quartier.matching;

import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.Level;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The forms of matching (records bound with Bean Validation) and the checks that span fields. */
public final class MatchingForms {

    static final String LETTER_LANGUAGES = "de|en|ar|uk|fa|ru|tr";

    private MatchingForms() {}

    /** Up to three languages, each with a level; the first is required. */
    interface Languages {
        @Nullable
        String language1();

        @Nullable
        String level1();

        @Nullable
        String language2();

        @Nullable
        String level2();

        @Nullable
        String language3();

        @Nullable
        String level3();

        default List<LanguageSkill> skills() {
            List<LanguageSkill> out = new ArrayList<>();
            add(out, language1(), level1());
            add(out, language2(), level2());
            add(out, language3(), level3());
            return out;
        }

        private static void add(List<LanguageSkill> out, @Nullable String language, @Nullable String level) {
            if (language != null && Profiles.LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
                String code = language.strip().toLowerCase(Locale.ROOT);
                if (out.stream().noneMatch(s -> s.language().equals(code))) {
                    out.add(new LanguageSkill(code, level == null ? Level.NATIVE : Level.parse(level)));
                }
            }
        }

        default void checkLanguages(Errors errors) {
            if (skills().isEmpty()) {
                errors.rejectValue("language1", "error.noLanguage");
            }
        }
    }

    static List<String> list(@Nullable List<String> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }

    /** Only known weekly slots; anything else is refused ("impossible times"). */
    static Set<String> slots(@Nullable List<String> l, Errors errors, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : list(l)) {
            if (Profiles.isSlot(s)) {
                out.add(s);
            } else {
                errors.rejectValue(field, "error.slot");
            }
        }
        return out;
    }

    /** Interests a volunteer may name: shown to coordinators with the profile. */
    public static final List<String> INTERESTS =
            List.of("SPORT", "MUSIC", "COOKING", "CRAFTS", "GARDENING", "CULTURE", "GAMES", "TECHNOLOGY", "READING");

    /** Only known interests; anything else is refused. */
    static Set<String> interests(@Nullable List<String> l, Errors errors, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : list(l)) {
            if (INTERESTS.contains(s)) {
                out.add(s);
            } else {
                errors.rejectValue(field, "error.interest");
            }
        }
        return out;
    }

    static Set<Profiles.Help> help(@Nullable List<String> l, Errors errors, String field) {
        Set<Profiles.Help> out = new LinkedHashSet<>();
        for (String s : list(l)) {
            try {
                out.add(Profiles.Help.valueOf(s));
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "error.help");
            }
        }
        return out;
    }

    static boolean yes(@Nullable Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static @Nullable String gender(@Nullable String s) {
        String v = blankToNull(s);
        try {
            return v == null ? null : Profiles.Gender.valueOf(v).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String ageBand(@Nullable String s) {
        String v = blankToNull(s);
        try {
            return v == null ? null : Profiles.AgeBand.valueOf(v).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public record NewcomerForm(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Size(max = 200) String contact,
            @NotBlank @Pattern(regexp = LETTER_LANGUAGES) String letterLanguage,
            @Nullable String language1,
            @Nullable String level1,
            @Nullable String language2,
            @Nullable String level2,
            @Nullable String language3,
            @Nullable String level3,
            @Nullable Long districtId,
            @Nullable Long shelterId,
            @Nullable Boolean householdMinors,
            @Nullable List<String> needs,
            @Nullable List<String> availability,
            @Nullable String preferredGender,
            @Nullable String preferredAgeBand,
            @Nullable Boolean consentMatching,
            @Nullable Boolean consentContact)
            implements Languages {

        static NewcomerForm empty() {
            return new NewcomerForm(
                    "", "", "ar", "", "NATIVE", "", "", "", "", null, null, false, List.of(), List.of(), "", "", false,
                    false);
        }

        public boolean needs(String code) {
            return list(needs).contains(code);
        }

        public boolean available(String slot) {
            return list(availability).contains(slot);
        }
    }

    public record VolunteerForm(
            @Nullable Long version,
            @NotBlank @Size(max = 150) String displayName,
            @Nullable @Size(max = 50) String phone,
            @Nullable String language1,
            @Nullable String level1,
            @Nullable String language2,
            @Nullable String level2,
            @Nullable String language3,
            @Nullable String level3,
            @Nullable Long districtId,
            @NotNull @Min(0) @Max(50) Integer travelKm,
            @NotNull @Min(1) @Max(5) Integer capacity,
            @Nullable List<String> availability,
            @Nullable List<String> helpKinds,
            @Nullable List<String> interests,
            @Nullable String ageBand,
            @Nullable String gender)
            implements Languages {

        static VolunteerForm of(Volunteer v) {
            List<LanguageSkill> l = v.languages();
            return new VolunteerForm(
                    v.version(),
                    v.displayName(),
                    v.phone(),
                    l.size() > 0 ? l.get(0).language() : "de",
                    l.size() > 0 ? l.get(0).level().name() : "NATIVE",
                    l.size() > 1 ? l.get(1).language() : "",
                    l.size() > 1 ? l.get(1).level().name() : "",
                    l.size() > 2 ? l.get(2).language() : "",
                    l.size() > 2 ? l.get(2).level().name() : "",
                    v.districtId(),
                    v.travelKm(),
                    v.capacity(),
                    List.copyOf(v.availability()),
                    v.helpKinds().stream().map(Enum::name).toList(),
                    List.copyOf(v.interests()),
                    v.ageBand(),
                    v.gender());
        }

        public boolean offers(String code) {
            return list(helpKinds).contains(code);
        }

        public boolean interested(String code) {
            return list(interests).contains(code);
        }

        public boolean available(String slot) {
            return list(availability).contains(slot);
        }
    }

    public record InviteForm(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Email @Size(max = 254) String email) {}

    public record ShelterForm(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 200) String street,
            @Nullable @Size(max = 10) String postalCode,
            @Nullable Long districtId,
            @Nullable @Email @Size(max = 254) String managerEmail) {}

    public record CertificateForm(
            @Nullable LocalDate issuedOn, @Nullable Boolean relevantEntry) {}

    /** The public "I would like a mentor" form. */
    public record RequestForm(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Size(max = 200) String contact,
            @Nullable String language1,
            @Nullable String level1,
            @Nullable String language2,
            @Nullable String level2,
            @Nullable Long districtId,
            @Nullable Boolean householdMinors,
            @Nullable List<String> needs,
            @Nullable String preferredGender,
            @Nullable Boolean consent,
            /** Honeypot: hidden from people, filled in by bots. */
            @Nullable String homepage)
            implements Languages {

        static RequestForm empty() {
            return new RequestForm("", "", "", "NATIVE", "", "", null, false, List.of(), "", false, "");
        }

        @Override
        public @Nullable String language3() {
            return null;
        }

        @Override
        public @Nullable String level3() {
            return null;
        }

        public boolean needs(String code) {
            return list(needs).contains(code);
        }
    }

    /** The public volunteer sign-up: name, address and consent; the profile follows after the first sign-in. */
    public record SignUpForm(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Nullable Boolean consent,
            /** Honeypot: hidden from people, filled in by bots. */
            @Nullable @Size(max = 200) String homepage) {

        static SignUpForm empty() {
            return new SignUpForm("", "", false, "");
        }
    }
}
