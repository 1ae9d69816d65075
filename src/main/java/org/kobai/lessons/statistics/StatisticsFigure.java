package org.kobai.lessons.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.stats.DataSet;
import org.kobai.math.stats.RepeatedSampling;
import org.kobai.plot.Band;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts. Left, the data on a number line: dots stacked where values repeat, the mean as the point
 * of a fulcrum, the deviations as arrows from the mean, their squares drawn as squares (one unit as long
 * on both axes), or a sample drawn from the data below the line. Right, per step: the deviations, the
 * squared deviations with both variances, the squares xᵢ² with E[x²] and (E[x])², or the means and
 * variances of many samples around μ and σ².
 */
public final class StatisticsFigure extends XYLessonFigure {
    private static final int DATA = 0, SAMPLE = 1, POSITIVE = 2, NEGATIVE = 3, MEAN = 5, SIGMA = 4, MUTED = 6;
    private static final double PAD = 0.08;
    /** The fulcrum's height and half-width in units of the stacking rows. */
    private static final double FULCRUM = 0.7;

    private final StatisticsModel model;
    private final Messages text;
    private final Band squares;
    private final XYFigure.Line squareEdges;
    private final XYFigure.Line sigmaSquare;
    private final XYFigure.Line positive;
    private final XYFigure.Line negative;
    private final XYFigure.Line dots;
    private final XYFigure.Line sampleDots;
    private final XYFigure.Shade fulcrum;
    private final XYFigure.Guide meanLine;
    private final XYFigure.Note note;
    private final XYFigure right;
    private final Bars bars;
    private final XYFigure.Line unbiasedCloud;
    private final XYFigure.Line biasedCloud;
    private final XYFigure.Line current;
    private final XYFigure.Line level1;
    private final XYFigure.Line level2;
    private final XYFigure.Line level3;
    private final XYFigure.Note note1;
    private final XYFigure.Note note2;
    private final XYFigure.Note note3;
    private final XYFigure.Guide muLine;
    /** Horizontal levels on the right chart, drawn across it once its window is known. */
    private final List<Level> pendingLevels = new java.util.ArrayList<>();

    private record Level(XYFigure.Line line, XYFigure.Note note, double value, String label) {}

    public StatisticsFigure(StatisticsModel model, FigureContext context) {
        super("x", "", context);
        this.model = model;
        this.text = context.text();
        squares = xy.band(null, POSITIVE, 0.06);
        squareEdges = xy.line(text.get("figure.squares"), POSITIVE, 1.2, Dash.SOLID);
        sigmaSquare = xy.line(text.get("figure.sigmaSquare"), SIGMA, 2.5, Dash.SOLID);
        positive = xy.line(null, POSITIVE, 2.0, Dash.SOLID);
        negative = xy.line(null, NEGATIVE, 2.0, Dash.SOLID);
        dots = xy.points(text.get("figure.data"), DATA, 10);
        sampleDots = xy.points(text.get("figure.sample"), SAMPLE, 10);
        fulcrum = xy.shade(MEAN, 0.9);
        meanLine = xy.guide(true, MEAN, 1.5, Dash.DASHED);
        note = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        right = new XYFigure("i", "", context.style());
        bars = right.bars(null, POSITIVE, 0.7);
        biasedCloud = right.points(text.get("figure.biased"), NEGATIVE, 5);
        unbiasedCloud = right.points(text.get("figure.unbiased"), POSITIVE, 5);
        current = right.points(text.get("figure.current"), SAMPLE, 12);
        level1 = right.line(null, MEAN, 2.0, Dash.DASHED);
        level2 = right.line(null, SIGMA, 2.0, Dash.DASHED);
        level3 = right.line(null, MUTED, 2.0, Dash.DOTTED);
        note1 = right.note(-1, 13, TextAnchor.BOTTOM_RIGHT).framed(); // over the cloud of samples
        note2 = right.note(-1, 13, TextAnchor.BOTTOM_RIGHT).framed(); // over the cloud of samples
        note3 = right.note(-1, 13, TextAnchor.TOP_RIGHT).framed(); // over the cloud of samples
        muLine = right.guide(true, MEAN, 1.5, Dash.DASHED);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), right.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        right.applyStyle(style);
    }

    public XYFigure right() { return right; }
    public double[][] dotData() { return dots.data(); }
    public double[][] sampleData() { return sampleDots.data(); }
    public double[][] barData() { return bars.data(); }
    /** The (mean, 1/(n − 1) variance) of every repeated sample; empty outside the sampling step. */
    public double[][] cloudData() { return unbiasedCloud.data(); }
    public double meanShown() { return meanLine.value(); }

    @Override
    protected void update() {
        DataSet d = model.data();
        int step = model.step();
        double mean = d.mean();
        double lo = d.min(), hi = d.max();
        double span = Math.max(hi - lo, 1e-9 + Math.abs(mean) * 1e-9);
        double xMin = lo - Math.max(PAD * span, 0.5), xMax = hi + Math.max(PAD * span, 0.5);
        clearLeft();
        sampleDots.setVisible(step == StatisticsModel.STEP_SAMPLING);
        squareEdges.setVisible(step == StatisticsModel.STEP_SQUARES);
        sigmaSquare.setVisible(step == StatisticsModel.STEP_SQUARES);
        meanLine.set(mean, "x\u0304 = " + NumberText.display(mean));
        xy.setTitle(text.format("figure.meanTitle", NumberText.display(mean)));
        switch (step) {
            case StatisticsModel.STEP_DEVIATIONS -> deviations(d, xMin, xMax);
            case StatisticsModel.STEP_SQUARES -> squares(d, xMin, xMax);
            case StatisticsModel.STEP_SAMPLING -> sampling(d, xMin, xMax);
            default -> balance(d, xMin, xMax);
        }
        right.batch(() -> updateRight(d, step));
    }

    private void clearLeft() {
        double[] none = new double[0];
        squares.clear();
        squareEdges.set(none, none);
        sigmaSquare.set(none, none);
        positive.set(none, none);
        negative.set(none, none);
        sampleDots.set(none, none);
        fulcrum.set(none, none);
        note.set(0, 0, "");
    }

    /** Dots stacked where values repeat, on a beam resting on a fulcrum at the mean. */
    private void balance(DataSet d, double xMin, double xMax) {
        double[] heights = stack(d.values(), 1);
        dots.set(d.values(), heights);
        double top = max(heights) + 1;
        double w = FULCRUM * (xMax - xMin) / 20;
        double m = d.mean();
        fulcrum.set(new double[] {m - w, m + w, m}, new double[] {-FULCRUM * 1.2, -FULCRUM * 1.2, 0});
        xy.setAxisLabels("x", text.get("figure.count"));
        xy.setWindow(xMin, xMax, -1.5, top);
    }

    /** Each value on its own row, with an arrow from the mean: right for positive, left for negative. */
    private void deviations(DataSet d, double xMin, double xMax) {
        int n = d.size();
        double[] rows = new double[n];
        double m = d.mean();
        double[] px = new double[3 * n], py = new double[3 * n], nx = new double[3 * n], ny = new double[3 * n];
        for (int i = 0; i < n; i++) {
            rows[i] = i + 1;
            double x = d.value(i);
            double[] sx = x >= m ? px : nx, sy = x >= m ? py : ny;
            double[] ox = x >= m ? nx : px, oy = x >= m ? ny : py;
            sx[3 * i] = m;
            sy[3 * i] = i + 1;
            sx[3 * i + 1] = x;
            sy[3 * i + 1] = i + 1;
            sx[3 * i + 2] = Double.NaN;
            sy[3 * i + 2] = Double.NaN;
            for (int k = 0; k < 3; k++) {
                ox[3 * i + k] = Double.NaN;
                oy[3 * i + k] = Double.NaN;
            }
        }
        positive.set(px, py);
        negative.set(nx, ny);
        dots.set(d.values(), rows);
        xy.setAxisLabels("x", "i");
        xy.setWindow(xMin, xMax, 0, n + 1);
    }

    /** Each squared deviation as a square between x̄ and xᵢ; the square of side σ has their mean area. */
    private void squares(DataSet d, double xMin, double xMax) {
        int n = d.size();
        double m = d.mean();
        double[] x = new double[3 * n], low = new double[3 * n], high = new double[3 * n];
        double tallest = 0;
        for (int i = 0; i < n; i++) {
            double side = Math.abs(d.value(i) - m);
            tallest = Math.max(tallest, side);
            x[3 * i] = m;
            x[3 * i + 1] = d.value(i);
            x[3 * i + 2] = Double.NaN;
            high[3 * i] = side;
            high[3 * i + 1] = side;
            high[3 * i + 2] = Double.NaN;
            low[3 * i + 2] = Double.NaN;
        }
        squares.set(x, low, high);
        double[] ex = new double[6 * n], ey = new double[6 * n];
        for (int i = 0; i < n; i++) {
            double xi = d.value(i), side = Math.abs(xi - m);
            double[] cx = {m, xi, xi, m, m, Double.NaN};
            double[] cy = {0, 0, side, side, 0, Double.NaN};
            System.arraycopy(cx, 0, ex, 6 * i, 6);
            System.arraycopy(cy, 0, ey, 6 * i, 6);
        }
        squareEdges.set(ex, ey);
        double s = d.standardDeviation();
        sigmaSquare.set(new double[] {m - s / 2, m + s / 2, m + s / 2, m - s / 2, m - s / 2},
                new double[] {0, 0, s, s, 0});
        dots.set(d.values(), new double[n]);
        note.set(m - s / 2, s, text.format("figure.sigmaNote", NumberText.display(d.variance())));
        xy.setAxisLabels("x", "|x \u2212 x\u0304|");
        xy.setWindowEqualUnits(xMin, xMax, -0.05 * Math.max(tallest, 1), Math.max(tallest, 1) * 1.1);
    }

    /** The data (the population) above the line, the current sample below it. */
    private void sampling(DataSet d, double xMin, double xMax) {
        double[] heights = stack(d.values(), 1);
        dots.set(d.values(), heights);
        DataSet sample = model.sample();
        double[] below = stack(sample.values(), -1);
        sampleDots.set(sample.values(), below);
        xy.setAxisLabels("x", text.get("figure.count"));
        xy.setWindow(xMin, xMax, min(below) - 1, max(heights) + 1);
    }

    private void updateRight(DataSet d, int step) {
        pendingLevels.clear();
        updateRightLayers(d, step);
        double lo = right.xMin(), hi = right.xMax();
        for (Level l : pendingLevels) {
            l.line().set(new double[] {lo, hi}, new double[] {l.value(), l.value()});
            l.note().set(hi, l.value(), l.label());
        }
    }

    private void updateRightLayers(DataSet d, int step) {
        double[] none = new double[0];
        boolean sampling = step == StatisticsModel.STEP_SAMPLING;
        biasedCloud.setVisible(sampling);
        unbiasedCloud.setVisible(sampling);
        current.setVisible(sampling);
        bars.setVisible(!sampling);
        bars.set(none, none);
        biasedCloud.set(none, none);
        unbiasedCloud.set(none, none);
        current.set(none, none);
        for (XYFigure.Line l : List.of(level1, level2, level3)) {
            l.set(none, none);
        }
        for (XYFigure.Note t : List.of(note1, note2, note3)) {
            t.set(0, 0, "");
        }
        muLine.set(Double.NaN, null);
        int n = d.size();
        double[] index = new double[n];
        for (int i = 0; i < n; i++) {
            index[i] = i + 1;
        }
        switch (step) {
            case StatisticsModel.STEP_SQUARES -> {
                double[] sq = d.squaredDeviations();
                bars.set(index, sq);
                pendingLevels.add(new Level(level1, note1, d.variance(), text.format("figure.variance", NumberText.display(d.variance()))));
                d.sampleVariance().ifPresent(v -> pendingLevels.add(new Level(level2, note2, v,
                        text.format("figure.sampleVariance", NumberText.display(v)))));
                right.setTitle(text.get("figure.squaresTitle"));
                right.setAxisLabels("i", "(x_i \u2212 x\u0304)\u00b2");
                barWindow(n, 0, Math.max(max(sq), d.sampleVariance().orElse(0)));
            }
            case StatisticsModel.STEP_SHORTCUT -> {
                double[] sq = d.values();
                for (int i = 0; i < n; i++) {
                    sq[i] *= sq[i];
                }
                bars.set(index, sq);
                double ex2 = d.meanOfSquares();
                double e2 = d.mean() * d.mean();
                pendingLevels.add(new Level(level1, note1, ex2, text.format("figure.meanOfSquares", NumberText.display(ex2))));
                pendingLevels.add(new Level(level2, note2, e2, text.format("figure.squareOfMean", NumberText.display(e2))));
                right.setTitle(text.format("figure.shortcutTitle", NumberText.display(d.varianceByShortcut())));
                right.setAxisLabels("i", "x_i\u00b2");
                barWindow(n, 0, Math.max(max(sq), ex2));
            }
            case StatisticsModel.STEP_SAMPLING -> cloud(d);
            default -> {
                double[] dev = d.deviations();
                bars.set(index, dev);
                double sum = 0;
                for (double v : dev) {
                    sum += v;
                }
                right.setTitle(text.format("figure.deviationsTitle", NumberText.display(Math.abs(sum) < 1e-9 * (1 + Math.abs(d.mean())) ? 0 : sum)));
                right.setAxisLabels("i", "x_i \u2212 x\u0304");
                barWindow(n, Math.min(0, min(dev)), Math.max(0, max(dev)));
            }
        }
    }

    private void cloud(DataSet d) {
        RepeatedSampling.Run run = model.sampling();
        biasedCloud.set(run.means(), run.variances());
        unbiasedCloud.set(run.means(), run.sampleVariances());
        DataSet sample = model.sample();
        current.set(new double[] {sample.mean()}, new double[] {sample.sampleVariance().orElse(0)});
        double sigma2 = d.variance();
        muLine.set(d.mean(), "\u03bc = " + NumberText.display(d.mean()));
        pendingLevels.add(new Level(level1, note1, sigma2, "\u03c3\u00b2 = " + NumberText.display(sigma2)));
        pendingLevels.add(new Level(level3, note3, run.averageVariance(),
                text.format("figure.averageBiased", NumberText.display(run.averageVariance()))));
        right.setTitle(text.format("figure.cloudTitle", Integer.toString(run.samples()), Integer.toString(run.sampleSize())));
        right.setAxisLabels(text.get("figure.sampleMean"), text.get("figure.sampleVarianceAxis"));
        double xLo = Math.min(d.min(), min(run.means())), xHi = Math.max(d.max(), max(run.means()));
        double yHi = Math.max(max(run.sampleVariances()), sigma2);
        double px = Math.max(PAD * (xHi - xLo), 0.5);
        right.setWindow(xLo - px, xHi + px, 0, Math.max(yHi * 1.08, 1));
    }

    private void barWindow(int n, double lo, double hi) {
        double pad = hi - lo < 1e-9 ? 1 : 0.1 * (hi - lo);
        right.setWindow(0.5, n + 0.5, lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : pad);
    }

    /** Row numbers that stack repeated values: 1, 2, 3, … upwards (or −1, −2, … downwards). */
    static double[] stack(double[] values, int direction) {
        Map<Double, Integer> seen = new HashMap<>();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int count = seen.merge(values[i], 1, Integer::sum);
            out[i] = direction * count;
        }
        return out;
    }

    private static double max(double[] xs) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            m = Math.max(m, x);
        }
        return xs.length == 0 ? 0 : m;
    }

    private static double min(double[] xs) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : xs) {
            m = Math.min(m, x);
        }
        return xs.length == 0 ? 0 : m;
    }
}
