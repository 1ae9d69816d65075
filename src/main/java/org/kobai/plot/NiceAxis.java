package org.kobai.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;
import org.kobai.math.NiceSteps;

/**
 * A number axis with round, readable ticks: steps of 1, 2 or 5 times a power of ten, at most
 * {@value #MAX_INTERVALS} intervals, labels with a clear gap between them, whole-number steps when the
 * window's ends are whole numbers at least two apart, and a true minus sign. JFreeChart's own choice packs ticks as
 * tightly as labels allow (0.5 steps over a 16-unit range), which is hard to read.
 */
final class NiceAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    static final int MAX_INTERVALS = 12;

    /** Names for the ticks at 1, 2, 3, …: a bar chart's bars; empty for plain numbers. */
    private java.util.List<String> names = java.util.List.of();

    NiceAxis(String label) {
        super(label);
    }

    /**
     * Labels the ticks at 1, 2, 3, … with {@code names} (written across the axis, so long names never run
     * into each other), or with numbers again when the list is empty.
     */
    void setNames(java.util.List<String> newNames) {
        if (newNames.equals(names)) {
            return;
        }
        names = java.util.List.copyOf(newNames);
        setVerticalTickLabels(!names.isEmpty());
        fireChangeEvent();
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (!names.isEmpty()) {
            setTickUnit(new NumberTickUnit(1, new NamesFormat(names)), false, false);
            return;
        }
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double pixels = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        double step = chooseStep(getLowerBound(), getUpperBound(), pixels, horizontal, g2.getFontMetrics(getTickLabelFont()));
        setTickUnit(new NumberTickUnit(step, format(step)), false, false);
    }

    /**
     * The tick step for the window lo..hi drawn {@code pixels} long: the smallest round step giving at
     * most {@value #MAX_INTERVALS} intervals whose labels keep a clear gap (at least 2.5 label heights
     * apart along x, 2 along y, and never touching).
     */
    static double chooseStep(double lo, double hi, double pixels, boolean horizontal, FontMetrics metrics) {
        double range = hi - lo;
        if (!(range > 0) || !Double.isFinite(range) || !(pixels > 0)) {
            return 1;
        }
        double step = NiceSteps.atLeast(range / MAX_INTERVALS);
        if (lo == Math.rint(lo) && hi == Math.rint(hi) && range >= 2) {
            step = Math.max(step, 1);
        }
        for (int guard = 0; guard < 40 && !labelsFit(lo, hi, step, pixels, horizontal, metrics); guard++) {
            step = NiceSteps.next(step);
        }
        return step;
    }

    private static boolean labelsFit(double lo, double hi, double step, double pixels, boolean horizontal,
                                     FontMetrics metrics) {
        double spacing = pixels * step / (hi - lo);
        double height = metrics.getHeight();
        if (!horizontal) {
            return spacing >= 2 * height;
        }
        NumberFormat f = format(step);
        double widest = Math.max(metrics.stringWidth(f.format(lo)), metrics.stringWidth(f.format(hi)));
        return spacing >= Math.max(2.5 * height, widest + height);
    }

    /**
     * Just enough decimals for the step (0.5 → one), grouping off, U+2212 minus; values are snapped to
     * the nearest multiple of the step first, so the rounding noise of −0.3 + 3 · 0.1 prints as 0, not −0.
     */
    static NumberFormat format(double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        DecimalFormat digits = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols);
        digits.setGroupingUsed(false);
        return new SnappedFormat(digits, step);
    }

    /** 1 → the first name, 2 → the second, …; nothing between or beyond them. */
    private static final class NamesFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final java.util.List<String> names;

        NamesFormat(java.util.List<String> names) {
            this.names = names;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            long i = Math.round(number);
            return Math.abs(number - i) < 1e-9 && i >= 1 && i <= names.size()
                    ? toAppendTo.append(names.get((int) i - 1)) : toAppendTo;
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            int i = names.indexOf(source.substring(parsePosition.getIndex()));
            if (i < 0) {
                return null;
            }
            parsePosition.setIndex(source.length());
            return i + 1;
        }
    }

    private static final class SnappedFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat digits;
        private final double step;

        SnappedFormat(DecimalFormat digits, double step) {
            this.digits = digits;
            this.step = step;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double snapped = Math.rint(number / step) * step;
            double value = Math.abs(snapped - number) < step * 1e-6 ? snapped : number;
            return digits.format(value == 0 ? 0.0 : value, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return digits.parse(source, parsePosition);
        }
    }
}
