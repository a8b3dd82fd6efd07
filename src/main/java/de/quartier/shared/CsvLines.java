package de.quartier.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading CSV uploads line by line: decoding the bytes as UTF-8, choosing the separator from the header and
 * splitting a line into fields. Quoted fields may not span lines.
 */
public final class CsvLines {

    private static final String BOM = "\uFEFF";

    private CsvLines() {}

    /** The file as text, or null if it is not UTF-8 text (binary, another encoding); a byte order mark is dropped. */
    public static @Nullable String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                return null;
            }
            return stripBom(text);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The text without a leading byte order mark. */
    public static String stripBom(String text) {
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

    /** The lines of a text, whatever its line ends ({@code \r\n}, {@code \n} or {@code \r}); trailing empty ones kept. */
    public static String[] lines(String text) {
        return text.split("\r\n|\n|\r", -1);
    }

    /** The index of the first line that is not blank (the header), or {@code lines.length} if there is none. */
    public static int firstNonBlank(String[] lines) {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    /** {@code ;} or {@code ,}, whichever the header holds more of; {@code onTie} when both are as frequent. */
    public static char separator(String header, char onTie) {
        int semicolons = count(header, ';');
        int commas = count(header, ',');
        if (semicolons == commas) {
            return onTie;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    /** Splits one line; double quotes enclose fields, {@code ""} is a quote. Null if a quote is not closed. */
    public static @Nullable List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.toString().isBlank()) {
                current.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(current.toString());
        return fields;
    }
}
