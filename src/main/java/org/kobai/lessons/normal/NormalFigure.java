package org.kobai.lessons.normal;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.Histogram;
import org.kobai.math.probability.NormalDistribution;
import org.kobai.math.probability.Outliers;
import org.kobai.plot.Band;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts. Left: the density f(x) with the area between a and b shaded (or the 1σ, 2σ, 3σ bands, or
 * the samples' histogram), and in the outlier step the readings with the band mean ± kσ. Right: the
 * distribution function F(x) with F(a) and F(b) marked (or the empirical F of the samples), and in the
 * outlier step each reading's z-score.
 */
public final class NormalFigure extends XYLessonFigure {
    static final double X_MIN = -6, X_MAX = 6;
    static final int CURVE_SAMPLES = 601;
    static final int AREA_SAMPLES = 200;
    static final int CURVE = 0, SAMPLE = 1, BAND = 2, BOUND = 3, FLAG = 1, MUTED = 6;

    private final NormalModel model;
    private final Messages text;
    private final Band[] sigmaBands = new Band[3];
    private final Band area;
    private final Band kBand;
    private final XYFigure.Note[] sigmaNotes = new XYFigure.Note[3];
    private final Bars histogram;
    private final XYFigure.Line density;
    private final XYFigure.Line aLine;
    private final XYFigure.Line bLine;
    private final XYFigure.Line readings;
    private final XYFigure.Line flagged;
    private final XYFigure.Line meanLine;
    private final XYFigure.Note note;
    private final NormalCdfChart cdf;
    private double[][] shaded = {{}, {}};

    public NormalFigure(NormalModel model, FigureContext context) {
        super("x", "f(x)", context);
        this.model = model;
        this.text = context.text();
        kBand = xy.band(null, BAND, 0.18);
        for (int i = 2; i >= 0; i--) {
            sigmaBands[i] = xy.band(null, BAND, 0.18);
            sigmaNotes[i] = xy.note(-1, 13, TextAnchor.BOTTOM_CENTER);
        }
        histogram = xy.bars(text.get("figure.histogram"), SAMPLE, 0.25);
        area = xy.band(null, CURVE, 0.35);
        density = xy.line(text.get("figure.density"), CURVE, 2.5, Dash.SOLID);
        aLine = xy.line(null, BOUND, 2.0, Dash.DASHED);
        bLine = xy.line(null, BOUND, 2.0, Dash.DASHED);
        meanLine = xy.line(null, MUTED, 1.2, Dash.DASHED);
        readings = xy.points(text.get("figure.readings"), CURVE, 9);
        flagged = xy.points(text.get("figure.outliers"), FLAG, 13);
        note = xy.note(-1, 15, TextAnchor.TOP_LEFT).framed();
        cdf = new NormalCdfChart(model, context);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), cdf.xy().chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        cdf.xy().applyStyle(style);
    }

    /** The density as drawn, {x[], f(x)[]}. */
    public double[][] densityData() { return density.data(); }

    /** The shaded area's outline as drawn, {x[], f(x)[]} from a to b; empty when there is none. */
    public double[][] areaData() { return new double[][] {shaded[0].clone(), shaded[1].clone()}; }

    /** The histogram as drawn, {bin centres[], densities[]}. */
    public double[][] histogramData() { return histogram.data(); }

    /** The flagged readings as drawn, {index[], value[]}. */
    public double[][] flaggedData() { return flagged.data(); }

    /** The note at the top of the left chart (the area's value, or why there is none). */
    public String noteText() { return note.text(); }

    public NormalCdfChart cdf() { return cdf; }

    @Override
    protected void update() {
        clear();
        int step = model.step();
        if (step == NormalModel.STEP_OUTLIERS) {
            updateOutliers();
        } else {
            updateDensity(step);
        }
        cdf.xy().batch(cdf::update);
    }

    private void clear() {
        for (int i = 0; i < 3; i++) {
            sigmaBands[i].clear();
            sigmaNotes[i].set(0, 0, "");
        }
        kBand.clear();
        area.clear();
        shaded = new double[][] {{}, {}};
        histogram.set(new double[0], new double[0]);
        histogram.setVisible(false);
        for (XYFigure.Line line : List.of(density, aLine, bLine, readings, flagged, meanLine)) {
            line.set(new double[0], new double[0]);
        }
        readings.setVisible(false);
        flagged.setVisible(false);
        density.setVisible(true);
    }

    private void updateDensity(int step) {
        NormalDistribution n = model.distribution();
        double peak = n.density(n.mean());
        double top = Math.max(0.5, peak * 1.15);
        xy.setAxisLabels("x", "f(x)");
        xy.setWindow(X_MIN, X_MAX, 0, top);
        xy.setTitle(text.format("figure.densityTitle", NumberText.display(n.mean()),
                NumberText.display(n.standardDeviation())));
        double[] xs = new double[CURVE_SAMPLES];
        double[] ys = new double[CURVE_SAMPLES];
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            xs[i] = X_MIN + (X_MAX - X_MIN) * i / (CURVE_SAMPLES - 1);
            ys[i] = n.density(xs[i]);
        }
        density.set(xs, ys);
        note.set(X_MIN + 0.2, top * 0.98, "");
        switch (step) {
            case NormalModel.STEP_SIGMAS -> {
                double s = n.standardDeviation();
                for (int k = 1; k <= 3; k++) {
                    shade(sigmaBands[k - 1], n, n.mean() - k * s, n.mean() + k * s);
                    // The share within kσ written on the band's right edge, higher for the narrower bands.
                    double x = n.mean() + (k - 0.5) * s;
                    sigmaNotes[k - 1].set(x, n.density(n.mean() + (k - 1) * s) * 0.5 + 0.01,
                            NumberText.display(Math.round(NormalDistribution.withinSigmas(k) * 1000) / 10.0) + "%");
                }
                bounds(top);
                showArea();
            }
            case NormalModel.STEP_SAMPLES -> {
                Histogram h = model.histogram();
                histogram.setWidth(h.width());
                histogram.set(h.centers(), h.densities());
                histogram.setVisible(true);
                note.set(X_MIN + 0.2, top * 0.98, text.format("figure.samples", Integer.toString(model.sampleSize()),
                        Long.toString(model.seed())));
            }
            default -> {
                bounds(top);
                showArea();
            }
        }
    }

    private void bounds(double top) {
        double a = model.a().get(), b = model.b().get();
        aLine.set(new double[] {a, a}, new double[] {0, top});
        bLine.set(new double[] {b, b}, new double[] {0, top});
    }

    private void showArea() {
        Optional<Double> p = model.area();
        if (p.isEmpty()) {
            note.set(X_MIN + 0.2, xy.yMax() * 0.98, text.get("figure.noInterval"));
            return;
        }
        shaded = shade(area, model.distribution(), model.a().get(), model.b().get());
        note.set(X_MIN + 0.2, xy.yMax() * 0.98, text.format("figure.areaValue",
                NumberText.display(model.a().get()), NumberText.display(model.b().get()), NumberText.display(p.get())));
    }

    /** Fills the region under f between from and to (clipped to the window); returns the outline. */
    private static double[][] shade(Band band, NormalDistribution n, double from, double to) {
        double lo = Math.max(X_MIN, from), hi = Math.min(X_MAX, to);
        if (!(lo < hi)) {
            band.clear();
            return new double[][] {{}, {}};
        }
        double[] xs = new double[AREA_SAMPLES + 1];
        double[] ys = new double[AREA_SAMPLES + 1];
        for (int i = 0; i <= AREA_SAMPLES; i++) {
            xs[i] = i == AREA_SAMPLES ? hi : lo + (hi - lo) * i / AREA_SAMPLES;
            ys[i] = n.density(xs[i]);
        }
        band.set(xs, new double[xs.length], ys);
        return new double[][] {xs, ys};
    }

    private void updateOutliers() {
        Readings data = model.data();
        double[] values = data.values();
        int count = values.length;
        double[] index = new double[count];
        for (int i = 0; i < count; i++) {
            index[i] = i + 1;
        }
        density.setVisible(false);
        double mean = data.mean(), sd = data.standardDeviation();
        double k = model.k().get();
        double lo = Math.min(data.min(), mean - k * sd), hi = Math.max(data.max(), mean + k * sd);
        double pad = Math.max(0.1 * (hi - lo), 1e-6);
        xy.setAxisLabels(text.get("figure.readingAxis"), text.get("figure.valueAxis"));
        xy.setWindow(0, count + 1, lo - pad, hi + 3 * pad);
        xy.setTitle(text.format("figure.outliersTitle", NumberText.display(mean), NumberText.display(sd),
                NumberText.display(k)));
        readings.set(index, values);
        readings.setVisible(true);
        meanLine.set(new double[] {0, count + 1}, new double[] {mean, mean});
        kBand.set(new double[] {0, count + 1}, new double[] {mean - k * sd, mean - k * sd},
                new double[] {mean + k * sd, mean + k * sd});
        Optional<Outliers> outliers = model.outliers();
        if (outliers.isEmpty()) {
            note.set(0.3, hi + 2.8 * pad, text.get("figure.allEqual"));
            return;
        }
        int[] flaggedIndexes = outliers.get().indexes();
        double[] fx = new double[flaggedIndexes.length], fy = new double[flaggedIndexes.length];
        for (int j = 0; j < flaggedIndexes.length; j++) {
            fx[j] = flaggedIndexes[j] + 1;
            fy[j] = values[flaggedIndexes[j]];
        }
        flagged.set(fx, fy);
        flagged.setVisible(true);
        note.set(0.3, hi + 2.8 * pad, text.format("figure.flagged", Integer.toString(flaggedIndexes.length),
                Integer.toString(count), NumberText.display(k)));
    }
}
