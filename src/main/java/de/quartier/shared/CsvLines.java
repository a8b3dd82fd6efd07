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
 * splitting a line into fields (quoted fields may not span lines); and writing the cells of CSV downloads.
 */
public final class CsvLines {

    private static final String BOM = "\uFEFF";

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[\\d.,]+");

    private CsvLines() {}

    /**
     * One cell of a {@code ;}-separated download: empty for null, quoted when it holds a separator, quote or line
     * break, and never starting like a spreadsheet formula ({@code = + - @}, tab, carriage return get a leading
     * apostrophe unless the cell is a plain number such as {@code -3,5}).
     */
    public static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty()
                && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
                && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A line of cells joined with {@code ;} (see {@link #cell}), without the line end. */
    public static String row(List<? extends @Nullable String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(cell(cells.get(i)));
        }
        return line.toString();
    }

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
