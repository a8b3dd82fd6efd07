package de.quartier.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the coverage page shows; public because the jte templates are compiled into another package. */
public final class CoverageViews {

    private CoverageViews() {}

    /** A choice in a filter. */
    public record Option(String value, String label, boolean selected) {}

    /** A column of the table: an action field or a target group. */
    public record Column(String key, String label) {}

    /** A need indicator shown beside each district; {@code defining} marks the one that sets "high need". */
    public record NeedColumn(String key, String label, String unit, boolean defining) {}

    /** One cell: offers of the district in that column, per 1,000 residents, and whether it is a gap. */
    public record Cell(long count, @Nullable String perThousand, boolean gap) {}

    public record Row(
            long districtId,
            String name,
            String slug,
            String number,
            @Nullable String region,
            @Nullable String population,
            List<@Nullable String> need,
            boolean highNeed,
            boolean own,
            long total,
            @Nullable String totalPerThousand,
            List<Cell> cells) {

        public long gaps() {
            return cells.stream().filter(Cell::gap).count();
        }
    }

    /** The whole table with the filters that produced it. */
    public record Table(
            String dimension,
            List<Option> dimensions,
            List<Option> groups,
            List<Option> languages,
            List<Option> regions,
            List<Option> indicators,
            @Nullable String group,
            @Nullable String language,
            @Nullable Long regionId,
            String indicator,
            @Nullable String indicatorName,
            String threshold,
            List<Column> columns,
            List<NeedColumn> needColumns,
            List<Row> rows,
            String query) {

        /** Position of the indicator that sets "high need" among {@link #needColumns}, or -1. */
        public int definingIndex() {
            for (int i = 0; i < needColumns.size(); i++) {
                if (needColumns.get(i).defining()) {
                    return i;
                }
            }
            return -1;
        }

        public long gapCount() {
            return rows.stream().mapToLong(Row::gaps).sum();
        }
    }
}
