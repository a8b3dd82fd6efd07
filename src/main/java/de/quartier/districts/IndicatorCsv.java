package de.quartier.districts;

import de.quartier.shared.CsvLines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads indicator values from CSV: a header row with the columns {@code district, indicator, date, value} (in
 * any order; German names {@code stadtteil, indikator, datum, wert} also work), separated by {@code ,} or
 * {@code ;} (taken from the header), UTF-8. Every row is checked and gets either its resolved values or one
 * error. Which rows may be imported is decided here too, so the rule "a bad row stops the import unless bad rows
 * are skipped" lives in one place. Quoted fields may not span lines.
 */
final class IndicatorCsv {

    static final int MAX_ROWS = 10_000;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> COLUMN_NAMES = Map.of(
            "district", "district",
            "stadtteil", "district",
            "indicator", "indicator",
            "indikator", "indicator",
            "date", "date",
            "datum", "date",
            "value", "value",
            "wert", "value");

    private IndicatorCsv() {}

    /** Finds what a row refers to, in the current tenant. */
    interface Lookup {
        /** A district by official number, name or slug. */
        Optional<Long> district(String reference);

        Optional<Long> indicator(String key);

        boolean exists(long districtId, long indicatorId, LocalDate date);
    }

    /** A message key with its arguments, shown in the page's language. */
    record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    record Row(
            int line,
            String district,
            String indicator,
            String date,
            String value,
            @Nullable Long districtId,
            @Nullable Long indicatorId,
            @Nullable LocalDate parsedDate,
            @Nullable BigDecimal parsedValue,
            @Nullable Problem error,
            boolean updates) {

        boolean ok() {
            return error == null;
        }
    }

    /** Either a problem with the whole file, or its rows, each checked. */
    record Result(@Nullable Problem fileError, List<Row> rows) {

        static Result failed(String key, Object... args) {
            return new Result(Problem.of(key, args), List.of());
        }

        List<Row> good() {
            return rows.stream().filter(Row::ok).toList();
        }

        List<Row> bad() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }

        boolean hasBadRows() {
            return rows.stream().anyMatch(r -> !r.ok());
        }

        /**
         * The rows to store: none if the file is malformed, none if any row is bad and bad rows are not to be
         * skipped, else every good row.
         */
        List<Row> toImport(boolean skipBadRows) {
            if (fileError != null || (hasBadRows() && !skipBadRows)) {
                return List.of();
            }
            return good();
        }
    }

    static Result parse(byte[] bytes, Lookup lookup) {
        if (bytes.length > MAX_BYTES) {
            return Result.failed("districts.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = CsvLines.decode(bytes);
        if (text == null) {
            return Result.failed("districts.import.file.notText");
        }
        return parse(text, lookup);
    }

    static Result parse(String text, Lookup lookup) {
        String[] lines = CsvLines.lines(text);
        int headerIndex = CsvLines.firstNonBlank(lines);
        if (headerIndex >= lines.length) {
            return Result.failed("districts.import.file.empty");
        }
        String header = lines[headerIndex];
        char separator = CsvLines.separator(header, ',');
        List<String> headerFields = CsvLines.split(header, separator);
        int[] columns = headerFields == null ? null : columns(headerFields);
        if (columns == null) {
            return Result.failed("districts.import.file.header");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return Result.failed("districts.import.file.tooManyRows", MAX_ROWS);
            }
            rows.add(row(i + 1, lines[i], separator, columns, lookup, seen));
        }
        if (rows.isEmpty()) {
            return Result.failed("districts.import.file.noRows");
        }
        return new Result(null, List.copyOf(rows));
    }

    private static Row row(
            int line, String text, char separator, int[] columns, Lookup lookup, Map<String, Integer> seen) {
        List<String> fields = CsvLines.split(text, separator);
        if (fields == null) {
            return bad(line, text, "", "", "", Problem.of("districts.import.row.quote"));
        }
        if (fields.size() != 4) {
            return bad(line, clip(text), "", "", "", Problem.of("districts.import.row.columns", 4, fields.size()));
        }
        String district = fields.get(columns[0]).strip();
        String indicator = fields.get(columns[1]).strip();
        String date = fields.get(columns[2]).strip();
        String value = fields.get(columns[3]).strip();
        if (district.isEmpty()) {
            return bad(line, district, indicator, date, value, Problem.of("districts.import.row.districtMissing"));
        }
        Optional<Long> districtId = lookup.district(district);
        if (districtId.isEmpty()) {
            return bad(
                    line,
                    district,
                    indicator,
                    date,
                    value,
                    Problem.of("districts.import.row.districtUnknown", clip(district)));
        }
        Optional<Long> indicatorId = indicator.isEmpty() ? Optional.empty() : lookup.indicator(indicator);
        if (indicatorId.isEmpty()) {
            return bad(
                    line,
                    district,
                    indicator,
                    date,
                    value,
                    Problem.of("districts.import.row.indicatorUnknown", clip(indicator)));
        }
        LocalDate parsedDate;
        try {
            if (!ISO_DATE.matcher(date).matches()) {
                throw new DateTimeParseException("not ISO", date, 0);
            }
            parsedDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return bad(line, district, indicator, date, value, Problem.of("districts.import.row.date", clip(date)));
        }
        if (!NUMBER.matcher(value).matches()) {
            return bad(line, district, indicator, date, value, Problem.of("districts.import.row.number", clip(value)));
        }
        BigDecimal parsedValue = new BigDecimal(value.replace(',', '.'));
        if (parsedValue.scale() > 6 || parsedValue.precision() - parsedValue.scale() > 14) {
            return bad(line, district, indicator, date, value, Problem.of("districts.import.row.digits"));
        }
        String key = districtId.get() + "/" + indicatorId.get() + "/" + parsedDate;
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            return bad(line, district, indicator, date, value, Problem.of("districts.import.row.duplicate", first));
        }
        return new Row(
                line,
                district,
                indicator,
                date,
                value,
                districtId.get(),
                indicatorId.get(),
                parsedDate,
                parsedValue,
                null,
                lookup.exists(districtId.get(), indicatorId.get(), parsedDate));
    }

    private static Row bad(int line, String district, String indicator, String date, String value, Problem error) {
        return new Row(
                line, clip(district), clip(indicator), clip(date), clip(value), null, null, null, null, error, false);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    /** Column positions of district, indicator, date and value, or null if the header is not exactly those. */
    private static int @Nullable [] columns(List<String> header) {
        if (header.size() != 4) {
            return null;
        }
        int[] columns = {-1, -1, -1, -1};
        List<String> order = List.of("district", "indicator", "date", "value");
        for (int i = 0; i < header.size(); i++) {
            String name = COLUMN_NAMES.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name == null || columns[order.indexOf(name)] >= 0) {
                return null;
            }
            columns[order.indexOf(name)] = i;
        }
        return columns;
    }

    /** A field for CSV output, quoted when needed. */
    static String field(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf(';') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
