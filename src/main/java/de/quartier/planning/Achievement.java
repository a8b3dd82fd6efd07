package de.quartier.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Goal achievement by linear expectation. Between baseline (value, date) and target (value, date) the expected
 * value moves on a straight line. At the date of the current value, the share of the planned change that was
 * achieved is compared with the share of the time that has passed:
 *
 * <ul>
 *   <li>on track: target reached, or at least 90 % of the expected change achieved;
 *   <li>at risk: at least 50 % of the expected change;
 *   <li>off track: less than 50 %, or a change in the wrong direction;
 *   <li>no data: no current value yet.
 * </ul>
 *
 * Before any time has passed, any change in the right direction (or none) counts as on track. Works for rising
 * and falling targets alike, since achieved and expected change share the sign of the planned change.
 */
final class Achievement {

    static final double ON_TRACK = 0.9;
    static final double AT_RISK = 0.5;

    enum Light {
        ON_TRACK,
        AT_RISK,
        OFF_TRACK,
        NO_DATA
    }

    record Point(LocalDate date, BigDecimal value) {}

    private Achievement() {}

    /** The share of the time from baseline to target that has passed at {@code at}, between 0 and 1. */
    static double timeShare(LocalDate baselineDate, LocalDate targetDate, LocalDate at) {
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        if (total <= 0) {
            return 1;
        }
        double share = (double) ChronoUnit.DAYS.between(baselineDate, at) / total;
        return Math.max(0, Math.min(1, share));
    }

    static BigDecimal expected(
            BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, LocalDate at) {
        double share = timeShare(baselineDate, targetDate, at);
        return baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(share), MathContext.DECIMAL64));
    }

    static Light light(
            BigDecimal baseline,
            LocalDate baselineDate,
            BigDecimal target,
            LocalDate targetDate,
            @Nullable Point current) {
        if (current == null) {
            return Light.NO_DATA;
        }
        BigDecimal planned = target.subtract(baseline);
        if (planned.signum() == 0) {
            return current.value().compareTo(target) == 0 ? Light.ON_TRACK : Light.AT_RISK;
        }
        double achieved = current.value().subtract(baseline).doubleValue() / planned.doubleValue();
        if (achieved >= 1) {
            return Light.ON_TRACK;
        }
        double share = timeShare(baselineDate, targetDate, current.date());
        if (share <= 0) {
            return achieved >= 0 ? Light.ON_TRACK : Light.OFF_TRACK;
        }
        double ratio = achieved / share;
        if (ratio >= ON_TRACK) {
            return Light.ON_TRACK;
        }
        return ratio >= AT_RISK ? Light.AT_RISK : Light.OFF_TRACK;
    }

    /**
     * A small line chart as inline SVG (works without JavaScript): the expected line from baseline to target
     * (dashed), the measured values (solid, with points) and the target (a ring). Presentation attributes only, no
     * style attribute, so the content security policy is happy.
     */
    static String svg(
            String label,
            BigDecimal baseline,
            LocalDate baselineDate,
            BigDecimal target,
            LocalDate targetDate,
            List<Point> values) {
        int w = 480;
        int h = 180;
        int left = 48;
        int right = 16;
        int top = 14;
        int bottom = 28;
        LocalDate from = baselineDate;
        LocalDate to = targetDate;
        double min = Math.min(baseline.doubleValue(), target.doubleValue());
        double max = Math.max(baseline.doubleValue(), target.doubleValue());
        for (Point p : values) {
            from = p.date().isBefore(from) ? p.date() : from;
            to = p.date().isAfter(to) ? p.date() : to;
            min = Math.min(min, p.value().doubleValue());
            max = Math.max(max, p.value().doubleValue());
        }
        double pad = (max - min) * 0.1;
        if (pad == 0) {
            pad = Math.max(1, Math.abs(max) * 0.1);
        }
        double lo = min - pad;
        double hi = max + pad;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        LocalDate start = from;
        java.util.function.ToDoubleFunction<LocalDate> x =
                d -> left + (w - left - right) * (double) ChronoUnit.DAYS.between(start, d) / span;
        java.util.function.DoubleUnaryOperator y = v -> top + (h - top - bottom) * (hi - v) / (hi - lo);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"q-plan-chart\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        s.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(h - bottom)
                .append("\" x2=\"")
                .append(w - right)
                .append("\" y2=\"")
                .append(h - bottom)
                .append("\" stroke=\"#5c5c5c\" stroke-width=\"1\"/>");
        s.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(top)
                .append("\" x2=\"")
                .append(left)
                .append("\" y2=\"")
                .append(h - bottom)
                .append("\" stroke=\"#5c5c5c\" stroke-width=\"1\"/>");
        for (double v : new double[] {lo + pad, hi - pad}) {
            s.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(fmt(y.applyAsDouble(v) + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#1b1b1b\">")
                    .append(num(v))
                    .append("</text>");
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate d = LocalDate.of(year, 1, 1);
            if (d.isBefore(from)) {
                continue;
            }
            double xx = x.applyAsDouble(d);
            s.append("<text x=\"")
                    .append(fmt(xx))
                    .append("\" y=\"")
                    .append(h - 8)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">")
                    .append(year)
                    .append("</text>");
        }
        s.append("<line x1=\"")
                .append(fmt(x.applyAsDouble(baselineDate)))
                .append("\" y1=\"")
                .append(fmt(y.applyAsDouble(baseline.doubleValue())))
                .append("\" x2=\"")
                .append(fmt(x.applyAsDouble(targetDate)))
                .append("\" y2=\"")
                .append(fmt(y.applyAsDouble(target.doubleValue())))
                .append("\" stroke=\"#5c5c5c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        s.append("<circle cx=\"")
                .append(fmt(x.applyAsDouble(targetDate)))
                .append("\" cy=\"")
                .append(fmt(y.applyAsDouble(target.doubleValue())))
                .append("\" r=\"6\" fill=\"none\" stroke=\"#5c5c5c\" stroke-width=\"2\"/>");
        if (!values.isEmpty()) {
            s.append("<polyline fill=\"none\" stroke=\"#0b5394\" stroke-width=\"2.5\" points=\"");
            for (Point p : values) {
                s.append(fmt(x.applyAsDouble(p.date())))
                        .append(',')
                        .append(fmt(y.applyAsDouble(p.value().doubleValue())))
                        .append(' ');
            }
            s.append("\"/>");
            for (Point p : values) {
                s.append("<circle cx=\"")
                        .append(fmt(x.applyAsDouble(p.date())))
                        .append("\" cy=\"")
                        .append(fmt(y.applyAsDouble(p.value().doubleValue())))
                        .append("\" r=\"3.5\" fill=\"#0b5394\"/>");
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return Math.abs(v - Math.rint(v)) < 0.05
                ? String.valueOf(Math.round(v))
                : String.format(Locale.GERMAN, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
