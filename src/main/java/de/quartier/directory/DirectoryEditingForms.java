package de.quartier.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The staff forms of the directory. Public because the jte templates, compiled into another package, read them;
 * a form is also the payload of a change waiting for review (stored as JSON).
 */
public final class DirectoryEditingForms {

    /** Languages that texts are translated into (German is the original). */
    public static final List<String> TRANSLATIONS = List.of("en", "ar", "uk", "fa", "ru", "tr");

    /** Languages an offer can be held in, as ISO codes (prs = Dari). */
    public static final List<String> OFFER_LANGUAGES = List.of(
            "de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "es", "pl", "ro", "bg", "ku", "ti", "so", "prs", "ps", "it",
            "vi", "sq");

    static final String URL = "(https?://[^\\s<>\"]+)?";
    static final String PHONE = "[0-9 +()/.-]*";

    private DirectoryEditingForms() {}

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> List<T> list(@Nullable List<T> l) {
        return l == null
                ? List.of()
                : l.stream().filter(java.util.Objects::nonNull).toList();
    }

    public record OrganisationForm(
            @Nullable Long version,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @Nullable @Size(max = 10000) String description,
            @Nullable List<@Size(max = 10000) String> translations,

            @Nullable @Size(max = 300) @Pattern(regexp = URL, message = "{directory.edit.error.url}")
            String website,

            @Nullable @Size(max = 200) @Email String email,

            @Nullable @Size(max = 50) @Pattern(regexp = PHONE, message = "{directory.edit.error.phone}")
            String phone,

            @Nullable @Size(max = 150) String contactName,
            @Nullable List<Long> districtIds,
            @Nullable List<Long> locationIds) {

        static OrganisationForm empty() {
            return new OrganisationForm(
                    null, "", OrganisationKind.ASSOCIATION, "", null, "", "", "", "", List.of(), List.of());
        }

        public String translation(int i) {
            List<String> t = list(translations);
            return i < t.size() ? text(t.get(i)) : "";
        }

        public boolean hasDistrict(long id) {
            return list(districtIds).contains(id);
        }

        public boolean hasLocation(long id) {
            return list(locationIds).contains(id);
        }
    }

    public record LocationForm(
            @Nullable Long version,
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 200) String street,

            @Nullable @Size(max = 10) @Pattern(regexp = "[0-9A-Za-z -]*", message = "{directory.edit.error.postalCode}")
            String postalCode,

            @Nullable @Size(max = 100) String city,
            @Nullable Long districtId,

            @Nullable @Pattern(regexp = "(-?[0-9]{1,2}([.,][0-9]{1,10})?)?", message = "{directory.edit.error.lat}")
            String latitude,

            @Nullable @Pattern(regexp = "(-?[0-9]{1,3}([.,][0-9]{1,10})?)?", message = "{directory.edit.error.lon}")
            String longitude,
            /** When a new location is created from an organisation's page, it is linked to it. */
            @Nullable Long organisationId) {

        static LocationForm empty(@Nullable Long organisationId) {
            return new LocationForm(null, "", "", "", "Magdeburg", null, "", "", organisationId);
        }

        @Nullable
        Double lat() {
            return number(latitude);
        }

        @Nullable
        Double lon() {
            return number(longitude);
        }

        static @Nullable Double number(@Nullable String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(s.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public record OfferForm(
            @Nullable Long version,
            @NotNull Long organisationId,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 20000) String description,
            @Nullable List<Long> locationIds,
            @Nullable List<String> scheduleDay,
            @Nullable List<String> scheduleOpens,
            @Nullable List<String> scheduleCloses,
            @Nullable @Size(max = 300) String scheduleNote,
            @Nullable List<String> languages,
            @Nullable List<TargetGroup> targetGroups,
            @Nullable List<Long> actionFieldIds,
            @NotNull Cost cost,
            @Nullable @Size(max = 300) String costNote,
            @NotNull AccessMode access,
            @Nullable @Size(max = 500) String accessibilityNote,
            @Nullable @Size(max = 150) String contactName,
            @Nullable @Size(max = 200) @Email String contactEmail,

            @Nullable @Size(max = 50) @Pattern(regexp = PHONE, message = "{directory.edit.error.phone}")
            String contactPhone,

            @Nullable @Size(max = 300) @Pattern(regexp = URL, message = "{directory.edit.error.url}")
            String website,

            @Nullable List<@Size(max = 200) String> trTitle,
            @Nullable List<@Size(max = 20000) String> trDescription,
            @Nullable List<@Size(max = 500) String> trAccessibilityNote,
            @Nullable List<@Size(max = 300) String> trCostNote) {

        static OfferForm empty(long organisationId) {
            return new OfferForm(
                    null,
                    organisationId,
                    "",
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    "",
                    List.of("de"),
                    List.of(),
                    List.of(),
                    Cost.FREE,
                    "",
                    AccessMode.WALK_IN,
                    "",
                    "",
                    "",
                    "",
                    "",
                    null,
                    null,
                    null,
                    null);
        }

        /** Schedule rows as entered (for re-rendering), at least one empty row. */
        public List<String[]> scheduleRows() {
            List<String> d = list(scheduleDay);
            List<String> o = list(scheduleOpens);
            List<String> c = list(scheduleCloses);
            int n = Math.max(d.size(), Math.max(o.size(), c.size()));
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new String[] {at(d, i), at(o, i), at(c, i)});
            }
            if (rows.isEmpty()) {
                rows.add(new String[] {"", "", ""});
            }
            return rows;
        }

        public String tr(String field, int i) {
            List<String> l = switch (field) {
                case "title" -> list(trTitle);
                case "description" -> list(trDescription);
                case "accessibilityNote" -> list(trAccessibilityNote);
                default -> list(trCostNote);
            };
            return at(l, i);
        }

        public boolean hasLocation(long id) {
            return list(locationIds).contains(id);
        }

        public boolean hasLanguage(String code) {
            return list(languages).contains(code);
        }

        public boolean hasGroup(TargetGroup g) {
            return list(targetGroups).contains(g);
        }

        public boolean hasActionField(long id) {
            return list(actionFieldIds).contains(id);
        }

        private static String at(List<String> l, int i) {
            return i < l.size() ? text(l.get(i)) : "";
        }
    }

    public record CooperationForm(
            @Nullable Long version,
            @NotNull Long organisationA,
            @NotNull Long organisationB,
            @NotNull CooperationKind kind,
            @Nullable List<Long> districtIds,

            @Nullable @Pattern(regexp = "([0-9]{4}-[0-9]{2}-[0-9]{2})?", message = "{directory.edit.error.date}")
            String since,

            @Nullable @Size(max = 300) String contactPersons,
            @Nullable @Size(max = 1000) String description) {

        static CooperationForm empty() {
            return new CooperationForm(null, null, null, CooperationKind.AGREEMENT, List.of(), "", "", "");
        }

        public boolean hasDistrict(long id) {
            return list(districtIds).contains(id);
        }
    }

    public record RegistrationForm(
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @Nullable @Size(max = 5000) String description,

            @Nullable @Size(max = 300) @Pattern(regexp = URL, message = "{directory.register.error.url}")
            String website,

            @NotBlank @Size(max = 200) @Email String email,
            @NotBlank @Size(max = 150) String contactName,
            @Nullable List<Long> districtIds,
            @Nullable @Size(max = 200) String street,
            @Nullable @Size(max = 10) String postalCode,
            @Nullable @Size(max = 100) String city,
            /** Honeypot: hidden from people, filled in by bots. */
            @Nullable String homepage) {

        static RegistrationForm empty() {
            return new RegistrationForm(
                    "", OrganisationKind.ASSOCIATION, "", "", "", "", List.of(), "", "", "Magdeburg", "");
        }

        public boolean hasDistrict(long id) {
            return list(districtIds).contains(id);
        }
    }

    public record ReasonForm(@NotBlank @Size(max = 1000) String reason) {}

    public record ActionFieldForm(
            @Nullable Long id,
            @NotBlank @Size(max = 150) String nameDe,
            @NotBlank @Size(max = 150) String nameEn,
            @Nullable Integer position,
            @Nullable Boolean active) {}
}
