package de.quartier.districts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the districts templates show. jte templates are compiled into another package, so the records they read
 * must be public; they carry display-ready strings and no entities.
 */
public final class DistrictViews {

    private DistrictViews() {}

    public record Option(String value, String label, boolean selected) {}

    public record Region(long id, String name, boolean assumed) {}

    /** One row of the comparison table. */
    public record ComparisonRow(
            String name,
            String slug,
            String number,
            @Nullable String region,
            boolean regionAssumed,
            @Nullable String value,
            boolean highNeed) {}

    public record Comparison(
            List<Option> indicators,
            List<Option> years,
            List<Option> regions,
            @Nullable String indicatorKey,
            @Nullable String indicatorName,
            @Nullable String unit,
            @Nullable Boolean higherMeansMoreNeed,
            boolean demo,
            @Nullable Integer year,
            @Nullable Long regionId,
            String sort,
            String dir,
            List<ComparisonRow> rows,
            String mapPointsJson) {}

    /** A point of the time series; {@code raw} is the plain number for the chart script. */
    public record Point(String label, String value, String raw) {}

    public record IndicatorFigure(
            String key,
            String name,
            String unit,
            String description,
            String source,
            boolean demo,
            String latestValue,
            String latestLabel,
            @Nullable String cityMedian,
            @Nullable Integer rank,
            int rankOf,
            @Nullable Boolean higherMeansMoreNeed,
            List<Point> series) {}

    public record Profile(
            long id,
            String name,
            String slug,
            String number,
            @Nullable String population,
            @Nullable Integer populationYear,
            @Nullable String area,
            @Nullable String density,
            @Nullable String region,
            boolean regionAssumed,
            @Nullable String wikidataId,
            String mapPointsJson,
            List<IndicatorFigure> indicators) {}

    /** A district in the administration list. */
    public record AdminDistrict(
            long id,
            String number,
            String name,
            String slug,
            @Nullable String region,
            boolean editable) {}

    public record AdminIndicator(
            long id,
            String key,
            String name,
            String unit,
            @Nullable Boolean higherMeansMoreNeed,
            boolean demo) {}

    /** One row of an import preview. */
    public record PreviewRow(
            int line,
            String district,
            String indicator,
            String date,
            String value,
            boolean ok,
            @Nullable String error,
            boolean updates) {}

    public record Preview(
            String id,
            String filename,
            int total,
            int good,
            int bad,
            int updates,
            boolean imported,
            List<PreviewRow> rows) {}
}
