package de.quartier.districts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The administration's forms. Public because the jte templates, compiled into another package, read them. */
public final class DistrictForms {

    private DistrictForms() {}

    public record DistrictForm(
            @NotBlank @Size(max = 10) @Pattern(regexp = "[0-9A-Za-z-]*", message = "{districts.form.number.pattern}")
            String number,

            @NotBlank @Size(max = 100) String name,

            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "[a-z0-9]+(?:-[a-z0-9]+)*", message = "{districts.form.slug.pattern}")
            String slug,

            @Nullable Long socialRegionId,
            @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal centreLat,
            @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal centreLon,
            @Nullable @DecimalMin("0") @DecimalMax("100000") BigDecimal areaKm2,
            @Nullable @Min(0) @Max(100_000_000) Integer population,
            @Nullable @Min(1800) @Max(2200) Integer populationYear,

            @Nullable @Size(max = 20) @Pattern(regexp = "(Q[0-9]+)?", message = "{districts.form.wikidata.pattern}")
            String wikidataId) {

        static DistrictForm empty() {
            return new DistrictForm("", "", "", null, null, null, null, null, null, "");
        }

        public String text(@Nullable Object value) {
            return value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
        }
    }

    public record RegionForm(
            @NotBlank @Size(max = 100) String name,
            @Nullable Boolean assumed) {

        /** An unticked checkbox sends nothing. */
        public boolean isAssumed() {
            return Boolean.TRUE.equals(assumed);
        }
    }

    public record IndicatorForm(
            @NotBlank
            @Size(max = 60)
            @Pattern(regexp = "[a-z0-9]+(?:[-_][a-z0-9]+)*", message = "{districts.form.key.pattern}")
            String key,

            @NotBlank @Size(max = 150) String nameDe,
            @NotBlank @Size(max = 150) String nameEn,
            @Size(max = 30) @Nullable String unit,
            @Size(max = 2000) @Nullable String description,
            @Size(max = 300) @Nullable String source,
            @NotBlank @Pattern(regexp = "higher|lower|none") String need,
            @Nullable Boolean demo) {

        /** An unticked checkbox sends nothing. */
        public boolean isDemo() {
            return Boolean.TRUE.equals(demo);
        }

        static IndicatorForm empty() {
            return new IndicatorForm("", "", "", "%", "", "", "higher", false);
        }
    }
}
