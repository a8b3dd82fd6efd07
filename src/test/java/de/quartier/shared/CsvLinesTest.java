package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Cells of CSV downloads: quoted when needed and never read as a formula by a spreadsheet program. */
class CsvLinesTest {

    @Test
    void cellsCannotStartAFormula() {
        assertThat(CsvLines.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvLines.cell("+49 391")).isEqualTo("'+49 391");
        assertThat(CsvLines.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvLines.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvLines.cell("-3,5")).isEqualTo("-3,5");
    }

    @Test
    void cellsAreQuotedWhenTheyHoldSeparatorsQuotesOrLineBreaks() {
        assertThat(CsvLines.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvLines.cell("Zeile 1\nZeile 2")).isEqualTo("\"Zeile 1\nZeile 2\"");
        assertThat(CsvLines.cell("plain")).isEqualTo("plain");
        assertThat(CsvLines.cell(null)).isEmpty();
        assertThat(CsvLines.row(Arrays.asList("a", null, "b;c"))).isEqualTo("a;;\"b;c\"");
    }
}
