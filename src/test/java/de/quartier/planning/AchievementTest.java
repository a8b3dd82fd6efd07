package de.quartier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.planning.Achievement.Light;
import de.quartier.planning.Achievement.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The traffic light by linear expectation, and amounts in cents. */
class AchievementTest {

    static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    static final LocalDate TARGET = LocalDate.of(2028, 1, 1);

    static Light light(double baseline, double target, LocalDate at, double value) {
        return Achievement.light(
                BigDecimal.valueOf(baseline),
                BASE,
                BigDecimal.valueOf(target),
                TARGET,
                new Point(at, BigDecimal.valueOf(value)));
    }

    @Test
    void risingTargetAtHalfTime() {
        LocalDate half = LocalDate.of(2026, 1, 1); // 731 of 1461 days
        assertThat(light(40, 80, half, 60)).isEqualTo(Light.ON_TRACK); // all of the expected change
        assertThat(light(40, 80, half, 58.2)).isEqualTo(Light.ON_TRACK); // 91 %
        assertThat(light(40, 80, half, 57)).isEqualTo(Light.AT_RISK); // 85 %
        assertThat(light(40, 80, half, 50.2)).isEqualTo(Light.AT_RISK); // 51 %
        assertThat(light(40, 80, half, 49)).isEqualTo(Light.OFF_TRACK); // 45 %
        assertThat(light(40, 80, half, 35)).isEqualTo(Light.OFF_TRACK); // wrong direction
    }

    @Test
    void fallingTargetsWorkTheSameWay() {
        LocalDate half = LocalDate.of(2026, 1, 1);
        assertThat(light(12, 8, half, 10)).isEqualTo(Light.ON_TRACK);
        assertThat(light(12, 8, half, 10.9)).isEqualTo(Light.AT_RISK); // 55 %
        assertThat(light(12, 8, half, 12.5)).isEqualTo(Light.OFF_TRACK);
    }

    @Test
    void reachedTargetNoDataAndStart() {
        assertThat(light(40, 80, LocalDate.of(2024, 6, 1), 85)).isEqualTo(Light.ON_TRACK);
        assertThat(Achievement.light(BigDecimal.ONE, BASE, BigDecimal.TEN, TARGET, null))
                .isEqualTo(Light.NO_DATA);
        assertThat(light(40, 80, BASE, 40)).isEqualTo(Light.ON_TRACK);
        assertThat(light(40, 80, BASE, 39)).isEqualTo(Light.OFF_TRACK);
        assertThat(light(40, 80, LocalDate.of(2030, 1, 1), 70)).isEqualTo(Light.AT_RISK); // past the date: 75 %
    }

    @Test
    void expectedValueMovesOnAStraightLine() {
        assertThat(Achievement.expected(BigDecimal.valueOf(40), BASE, BigDecimal.valueOf(80), TARGET, BASE))
                .isEqualByComparingTo("40");
        assertThat(Achievement.expected(
                        BigDecimal.valueOf(40), BASE, BigDecimal.valueOf(80), TARGET, TARGET.plusYears(1)))
                .isEqualByComparingTo("80");
    }

    @Test
    void chartIsAccessibleSvgWithEscapedLabel() {
        String svg = Achievement.svg(
                "Quote <A&B>",
                BigDecimal.valueOf(12),
                BASE,
                BigDecimal.valueOf(8),
                TARGET,
                java.util.List.of(new Point(LocalDate.of(2025, 12, 31), BigDecimal.valueOf(11))));
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-label=\"Quote &lt;A&amp;B&gt;\"")
                .contains("<polyline")
                .doesNotContain("style=");
    }

    @Test
    void amountsInCents() {
        assertThat(PlanningForms.cents("1.234,56")).isEqualTo(123_456L);
        assertThat(PlanningForms.cents("1234.5")).isEqualTo(123_450L);
        assertThat(PlanningForms.cents("2.000")).isEqualTo(200_000L);
        assertThat(PlanningForms.cents("12 €")).isEqualTo(1_200L);
        assertThat(PlanningForms.cents("0,001")).isNull();
        assertThat(PlanningForms.cents("-5")).isNull();
        assertThat(PlanningForms.cents("zwölf")).isNull();
        assertThat(PlanningForms.euros(123_456L)).isEqualTo("1.234,56 €");
    }
}
