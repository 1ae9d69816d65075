package org.kobai.plot;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;

/**
 * A figure told in words for screen readers and on request: for each chart its axes and window, for each
 * line its lowest and highest point and where it crosses zero, for points a list or their spread, for bars
 * the tallest; then the key points the lesson names (the minimum found, the tangent's slope). Built from
 * whatever the charts plot, so every lesson has one. The words come from the application's bundle
 * ({@code describe.*} keys).
 */
public final class FigureDescription {
    /** Numbers are told to this many significant digits. */
    static final int DIGITS = 4;
    /** At most this many points are read out one by one; more are told as a range. */
    static final int LISTED_POINTS = 6;
    /** At most this many zero crossings are told. */
    static final int LISTED_CROSSINGS = 4;

    private FigureDescription() {}

    /** The whole figure: every flat chart, then the lesson's key points. */
    public static String of(Figure figure, Messages words) {
        List<String> parts = new ArrayList<>();
        List<JFreeChart> charts = figure.charts();
        for (int c = 0; c < charts.size(); c++) {
            String chart = ofChart(charts.get(c), words);
            parts.add(charts.size() > 1 ? words.format("describe.chartOf", c + 1, charts.size()) + " " + chart : chart);
        }
        int surfaces = (int) figure.panels().stream().filter(p -> p instanceof FigurePanel.Surface).count();
        if (surfaces > 0) {
            parts.add(words.get("describe.surface"));
        }
        List<String> keys = figure.keyPoints();
        if (!keys.isEmpty()) {
            parts.add(words.format("describe.keyPoints", String.join("; ", keys)));
        }
        return String.join("\n", parts);
    }

    /** One chart: its axes, then each of its series. */
    public static String ofChart(JFreeChart chart, Messages words) {
        StringBuilder b = new StringBuilder();
        if (chart.getTitle() != null && chart.getTitle().getText() != null && !chart.getTitle().getText().isBlank()) {
            b.append(chart.getTitle().getText()).append(". ");
        }
        if (chart.getPlot() instanceof XYPlot plot && plot.getDomainAxis().isVisible()) {
            b.append(axis(words, "describe.xAxis", plot.getDomainAxis())).append(' ');
            b.append(axis(words, "describe.yAxis", plot.getRangeAxis()));
        }
        List<PlottedSeries> all = PlottedSeries.of(chart);
        if (all.isEmpty()) {
            b.append(' ').append(words.get("describe.empty"));
        }
        int unnamed = 0;
        for (PlottedSeries s : all) {
            String name = s.name() != null ? s.name() : words.format("describe.unnamed", ++unnamed);
            b.append(' ').append(series(s, name, words));
        }
        return b.toString().strip();
    }

    private static String axis(Messages words, String key, ValueAxis axis) {
        String label = axis.getLabel() == null || axis.getLabel().isBlank() ? "—" : axis.getLabel();
        return words.format(key, label, n(axis.getLowerBound()), n(axis.getUpperBound()));
    }

    private static String series(PlottedSeries s, String name, Messages words) {
        return switch (s.kind()) {
            case LINE -> line(s, name, words);
            case POINTS -> points(s, name, words);
            case BARS -> bars(s, name, words);
        };
    }

    private static String line(PlottedSeries s, String name, Messages words) {
        int lo = -1, hi = -1;
        double xFirst = Double.NaN, xLast = Double.NaN;
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isFinite(s.y()[i]) || !Double.isFinite(s.x()[i])) {
                continue;
            }
            if (Double.isNaN(xFirst)) {
                xFirst = s.x()[i];
            }
            xLast = s.x()[i];
            if (lo < 0 || s.y()[i] < s.y()[lo]) {
                lo = i;
            }
            if (hi < 0 || s.y()[i] > s.y()[hi]) {
                hi = i;
            }
        }
        if (lo < 0) {
            return words.format("describe.lineEmpty", name);
        }
        StringBuilder b = new StringBuilder(words.format("describe.line", name, n(xFirst), n(xLast),
                n(s.y()[lo]), n(s.x()[lo]), n(s.y()[hi]), n(s.x()[hi])));
        List<Double> zeros = zeroCrossings(s.x(), s.y());
        if (!zeros.isEmpty()) {
            List<String> shown = zeros.stream().limit(LISTED_CROSSINGS).map(FigureDescription::n).toList();
            String list = String.join(", ", shown);
            if (zeros.size() > LISTED_CROSSINGS) {
                list = words.format("describe.andMore", list, zeros.size() - LISTED_CROSSINGS);
            }
            b.append(' ').append(words.format("describe.zeros", list));
        }
        return b.toString();
    }

    private static String points(PlottedSeries s, String name, Messages words) {
        if (s.size() <= LISTED_POINTS) {
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                pts.add("(" + n(s.x()[i]) + ", " + n(s.y()[i]) + ")");
            }
            return words.format("describe.pointsListed", name, s.size(), String.join(", ", pts));
        }
        double[] xr = range(s.x()), yr = range(s.y());
        return words.format("describe.pointsSpread", name, s.size(), n(xr[0]), n(xr[1]), n(yr[0]), n(yr[1]));
    }

    private static String bars(PlottedSeries s, String name, Messages words) {
        int hi = 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.y()[i] > s.y()[hi]) {
                hi = i;
            }
        }
        return words.format("describe.bars", name, s.size(), n(s.y()[hi]), n(s.x()[hi]));
    }

    /** Where the polyline crosses y = 0, by linear interpolation between samples of opposite sign. */
    static List<Double> zeroCrossings(double[] x, double[] y) {
        List<Double> out = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                last = -1;
                continue;
            }
            if (y[i] == 0) {
                if (last < 0 || y[last] != 0) {
                    out.add(x[i]);
                }
            } else if (last >= 0 && y[last] != 0 && (y[last] < 0) != (y[i] < 0)) {
                // x0 = x_a − y_a (x_b − x_a) / (y_b − y_a)
                out.add(x[last] - y[last] * (x[i] - x[last]) / (y[i] - y[last]));
            }
            last = i;
        }
        return out;
    }

    private static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    /** A number as the description tells it: four significant digits, a true minus. */
    public static String n(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        String s = NumberText.display(v, DIGITS);
        return s.equals("\u22120") ? "0" : s;
    }
}
