package de.quartier.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Quartier speaks. German first; staff pages are German and English only. */
public final class Languages {

    public record Language(String code, String nativeName, boolean rtl) {
        public Locale locale() {
            return Locale.forLanguageTag(code);
        }
    }

    public static final Language GERMAN = new Language("de", "Deutsch", false);
    public static final Language ENGLISH = new Language("en", "English", false);

    public static final List<Language> PUBLIC = List.of(
            GERMAN,
            ENGLISH,
            new Language("ar", "العربية", true),
            new Language("uk", "Українська", false),
            new Language("fa", "فارسی", true),
            new Language("ru", "Русский", false),
            new Language("tr", "Türkçe", false));

    public static final List<Language> STAFF = List.of(GERMAN, ENGLISH);

    private Languages() {}

    public static Optional<Language> find(String code) {
        return PUBLIC.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return find(locale.getLanguage()).orElse(GERMAN);
    }

    public static boolean isSupported(String code) {
        return find(code).isPresent();
    }
}
