package de.quartier.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Small text helpers of the directory: excerpts and the compact encoding of translated summaries. */
final class Texts {

    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    private Texts() {}

    /** The text cut at a word boundary near {@code max} characters, with an ellipsis when cut. */
    static String excerpt(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    /** lang → (title, summary) as one string: lang US title US summary RS … */
    static String encodeTranslations(Map<String, OfferText> translations) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(translations).forEach((lang, t) -> {
            if (t.title() == null && t.description() == null) {
                return;
            }
            sb.append(lang)
                    .append(FIELD)
                    .append(clean(t.title()))
                    .append(FIELD)
                    .append(clean(excerpt(t.description(), 220)))
                    .append(RECORD);
        });
        return sb.toString();
    }

    /** The inverse of {@link #encodeTranslations}: lang → [title, summary], blank parts as empty strings. */
    static Map<String, String[]> decodeTranslations(@Nullable String encoded) {
        Map<String, String[]> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return result;
        }
        for (String record : encoded.split(String.valueOf(RECORD))) {
            String[] parts = record.split(String.valueOf(FIELD), -1);
            if (parts.length == 3) {
                result.put(parts[0], new String[] {parts[1], parts[2]});
            }
        }
        return result;
    }

    private static String clean(@Nullable String s) {
        return s == null ? "" : s.replace(FIELD, ' ').replace(RECORD, ' ');
    }
}
