package de.quartier.districts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

    /** Districts 01 Altstadt (1) and 06 Neue Neustadt (2); indicator "sgb2" (10); one existing value. */
    static final IndicatorCsv.Lookup LOOKUP = new IndicatorCsv.Lookup() {
        final Map<String, Long> districts =
                Map.of("01", 1L, "1", 1L, "altstadt", 1L, "06", 2L, "6", 2L, "neue neustadt", 2L, "neue-neustadt", 2L);

        @Override
        public Optional<Long> district(String reference) {
            return Optional.ofNullable(districts.get(reference.toLowerCase(java.util.Locale.ROOT)));
        }

        @Override
        public Optional<Long> indicator(String key) {
            return "sgb2".equals(key) ? Optional.of(10L) : Optional.empty();
        }

        @Override
        public boolean exists(long districtId, long indicatorId, LocalDate date) {
            return districtId == 1 && indicatorId == 10 && date.equals(LocalDate.of(2024, 12, 31));
        }
    };

    @Test
    void readsCommaFileWithNumbersNamesAndSlugs() {
        var result = IndicatorCsv.parse(
                "district,indicator,date,value\n01,sgb2,2025-12-31,12.5\nNeue Neustadt,sgb2,2025-12-31,20\n"
                        + "neue-neustadt,sgb2,2024-12-31,19.25\n",
                LOOKUP);
        assertThat(result.fileError()).isNull();
        assertThat(result.bad()).isEmpty();
        assertThat(result.good())
                .extracting(IndicatorCsv.Row::districtId, IndicatorCsv.Row::parsedValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, new BigDecimal("12.5")),
                        org.assertj.core.groups.Tuple.tuple(2L, new BigDecimal("20")),
                        org.assertj.core.groups.Tuple.tuple(2L, new BigDecimal("19.25")));
    }

    @Test
    void semicolonFileWithDecimalCommaBomGermanHeaderAndColumnsInAnyOrder() {
        byte[] bytes = "\uFEFFwert;datum;stadtteil;indikator\r\n\"12,5\";2024-12-31;Altstadt;sgb2\r\n"
                .getBytes(StandardCharsets.UTF_8);
        var result = IndicatorCsv.parse(bytes, LOOKUP);
        assertThat(result.fileError()).isNull();
        var row = result.rows().getFirst();
        assertThat(row.ok()).isTrue();
        assertThat(row.parsedValue()).isEqualByComparingTo("12.5");
        assertThat(row.parsedDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(row.updates()).as("a value exists for that date").isTrue();
    }

    @Test
    void everyBadRowGetsItsLineAndReason() {
        var result = IndicatorCsv.parse(
                String.join(
                        "\n",
                        "district,indicator,date,value",
                        "99,sgb2,2025-12-31,1",
                        "01,nope,2025-12-31,1",
                        "01,sgb2,31.12.2025,1",
                        "01,sgb2,2025-02-30,1",
                        "01,sgb2,2025-12-31,abc",
                        "01,sgb2,2025-12-31,1.5",
                        "1,sgb2,2025-12-31,2",
                        "01,sgb2,2025-12-31",
                        "01,sgb2,2023-12-31,\"1",
                        "06,sgb2,2025-12-31,1.1234567"),
                LOOKUP);
        assertThat(result.rows())
                .extracting(
                        IndicatorCsv.Row::line,
                        r -> r.error() == null ? "ok" : r.error().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "districts.import.row.districtUnknown"),
                        org.assertj.core.groups.Tuple.tuple(3, "districts.import.row.indicatorUnknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "districts.import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(5, "districts.import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(6, "districts.import.row.number"),
                        org.assertj.core.groups.Tuple.tuple(7, "ok"),
                        org.assertj.core.groups.Tuple.tuple(8, "districts.import.row.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(9, "districts.import.row.columns"),
                        org.assertj.core.groups.Tuple.tuple(10, "districts.import.row.quote"),
                        org.assertj.core.groups.Tuple.tuple(11, "districts.import.row.digits"));
        assertThat(result.rows().get(6).error().args()).containsExactly(7);
        assertThat(result.toImport(false)).isEmpty();
        assertThat(result.toImport(true)).extracting(IndicatorCsv.Row::line).containsExactly(7);
    }

    @Test
    void malformedFilesAreRefusedAsAWhole() {
        assertThat(IndicatorCsv.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, LOOKUP)
                        .fileError()
                        .key())
                .isEqualTo("districts.import.file.notText");
        assertThat(IndicatorCsv.parse("a\u0000b".getBytes(StandardCharsets.UTF_8), LOOKUP)
                        .fileError()
                        .key())
                .isEqualTo("districts.import.file.notText");
        assertThat(IndicatorCsv.parse("name,wert\nx,1\n", LOOKUP).fileError().key())
                .isEqualTo("districts.import.file.header");
        assertThat(IndicatorCsv.parse("district,district,date,value\n", LOOKUP)
                        .fileError()
                        .key())
                .isEqualTo("districts.import.file.header");
        assertThat(IndicatorCsv.parse("\n\n", LOOKUP).fileError().key()).isEqualTo("districts.import.file.empty");
        assertThat(IndicatorCsv.parse("district,indicator,date,value\n", LOOKUP)
                        .fileError()
                        .key())
                .isEqualTo("districts.import.file.noRows");
        StringBuilder big = new StringBuilder("district,indicator,date,value\n");
        for (int i = 0; i <= IndicatorCsv.MAX_ROWS; i++) {
            big.append("01,sgb2,").append(LocalDate.of(1900, 1, 1).plusDays(i)).append(",1\n");
        }
        var tooMany = IndicatorCsv.parse(big.toString(), LOOKUP);
        assertThat(tooMany.fileError().key()).isEqualTo("districts.import.file.tooManyRows");
        assertThat(tooMany.toImport(true)).isEmpty();
        assertThat(IndicatorCsv.parse(new byte[(int) IndicatorCsv.MAX_BYTES + 1], LOOKUP)
                        .fileError()
                        .key())
                .isEqualTo("districts.import.file.tooLarge");
    }

    @Test
    void exactlyMaxRowsIsAccepted() {
        StringBuilder csv = new StringBuilder("district,indicator,date,value\n");
        for (int i = 0; i < IndicatorCsv.MAX_ROWS; i++) {
            csv.append("01,sgb2,").append(LocalDate.of(1900, 1, 1).plusDays(i)).append(",1\n");
        }
        assertThat(IndicatorCsv.parse(csv.toString(), LOOKUP).toImport(false)).hasSize(IndicatorCsv.MAX_ROWS);
    }

    // ---- property: a file with any bad row imports nothing unless bad rows are skipped

    enum Kind {
        GOOD,
        UNKNOWN_DISTRICT,
        UNKNOWN_INDICATOR,
        BAD_DATE,
        NOT_A_NUMBER,
        WRONG_COLUMNS,
        DUPLICATE
    }

    @Provide
    Arbitrary<List<Kind>> files() {
        return Arbitraries.of(Kind.class).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void anyBadRowBlocksTheImportUnlessSkipping(@ForAll("files") List<Kind> kinds, @ForAll boolean semicolon) {
        String sep = semicolon ? ";" : ",";
        StringBuilder csv = new StringBuilder(String.join(sep, "district", "indicator", "date", "value") + "\n");
        List<Integer> goodLines = new ArrayList<>();
        List<Integer> badLines = new ArrayList<>();
        String lastGood = null;
        for (int i = 0; i < kinds.size(); i++) {
            int line = i + 2;
            String date = LocalDate.of(2000, 1, 1).plusDays(i).toString();
            String value = semicolon ? i + ",5" : i + ".5";
            Kind kind = kinds.get(i) == Kind.DUPLICATE && lastGood == null ? Kind.UNKNOWN_DISTRICT : kinds.get(i);
            String row = switch (kind) {
                case GOOD -> String.join(sep, "06", "sgb2", date, value);
                case UNKNOWN_DISTRICT -> String.join(sep, "Atlantis", "sgb2", date, value);
                case UNKNOWN_INDICATOR -> String.join(sep, "06", "unknown", date, value);
                case BAD_DATE -> String.join(sep, "06", "sgb2", "2000-13-45", value);
                case NOT_A_NUMBER -> String.join(sep, "06", "sgb2", date, "viele");
                case WRONG_COLUMNS -> String.join(sep, "06", "sgb2", date);
                case DUPLICATE -> lastGood;
            };
            if (kind == Kind.GOOD) {
                goodLines.add(line);
                lastGood = row;
            } else {
                badLines.add(line);
            }
            csv.append(row).append('\n');
        }
        var result = IndicatorCsv.parse(csv.toString().getBytes(StandardCharsets.UTF_8), LOOKUP);

        assertThat(result.fileError()).isNull();
        assertThat(result.bad()).extracting(IndicatorCsv.Row::line).containsExactlyElementsOf(badLines);
        if (badLines.isEmpty()) {
            assertThat(result.toImport(false))
                    .extracting(IndicatorCsv.Row::line)
                    .containsExactlyElementsOf(goodLines);
        } else {
            assertThat(result.toImport(false)).isEmpty();
        }
        assertThat(result.toImport(true)).extracting(IndicatorCsv.Row::line).containsExactlyElementsOf(goodLines);
        assertThat(result.toImport(true)).allMatch(IndicatorCsv.Row::ok);
    }
}
