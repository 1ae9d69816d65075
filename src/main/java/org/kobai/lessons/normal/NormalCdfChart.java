package org.kobai.lessons.normal;

import java.util.Optional;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.NormalDistribution;
import org.kobai.math.probability.Outliers;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;

/**
 * The right-hand chart of the normal lesson: F(x) with F(a), F(b) and their difference marked, the
 * samples' empirical F beside F, or in the outlier step each reading's z-score against ±k.
 */
final class NormalCdfChart {
    static final int ECDF_POINTS = 401;
    private static final int CURVE = 0, SAMPLE = 1, BOUND = 3, FLAG = 1, MUTED = 6;

    private final NormalModel model;
    private final Messages text;
    private final XYFigure xy;
    private final Bars zBars;
    private final XYFigure.Line curve;
    private final XYFigure.Line empirical;
    private final XYFigure.Line levels;
    private final XYFigure.Line marks;
    private final XYFigure.Line limits;
    private final XYFigure.Line flagged;
    private final XYFigure.Arrow difference;
    private final XYFigure.Note note;

    NormalCdfChart(NormalModel model, FigureContext context) {
        this.model = model;
        this.text = context.text();
        xy = new XYFigure("x", "F(x) = P(X ≤ x)", context.style());
        zBars = xy.bars(text.get("figure.zScore"), CURVE, 0.6);
        curve = xy.line(text.get("figure.cdf"), CURVE, 2.5, Dash.SOLID);
        empirical = xy.line(text.get("figure.empirical"), SAMPLE, 2.0, Dash.SOLID);
        levels = xy.line(null, MUTED, 1.0, Dash.DASHED);
        limits = xy.line(null, FLAG, 1.5, Dash.DASHED);
        marks = xy.points(null, BOUND, 10);
        flagged = xy.points(null, FLAG, 12);
        difference = xy.arrow(BOUND, 2.5);
        note = xy.note(-1, 15, TextAnchor.TOP_LEFT).framed();
    }

    XYFigure xy() { return xy; }

    /** F as drawn, {x[], F(x)[]}. */
    double[][] cdfData() { return curve.data(); }

    /** The empirical F as drawn, {x[], Fₙ(x)[]}. */
    double[][] empiricalData() { return empirical.data(); }

    /** The z-score bars, {reading[], z[]}. */
    double[][] zData() { return zBars.data(); }

    void update() {
        for (XYFigure.Line l : new XYFigure.Line[] {curve, empirical, levels, marks, limits, flagged}) {
            l.set(new double[0], new double[0]);
        }
        zBars.set(new double[0], new double[0]);
        zBars.setVisible(false);
        curve.setVisible(true);
        empirical.setVisible(false);
        difference.setVisible(false);
        note.set(0, 0, "");
        if (model.step() == NormalModel.STEP_OUTLIERS) {
            updateZScores();
            return;
        }
        NormalDistribution n = model.distribution();
        xy.setAxisLabels("x", "F(x) = P(X ≤ x)");
        xy.setWindow(NormalFigure.X_MIN, NormalFigure.X_MAX, 0, 1.08);
        xy.setTitle(text.get("figure.cdfTitle"));
        double[] xs = grid();
        double[] fs = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            fs[i] = n.cdf(xs[i]);
        }
        curve.set(xs, fs);
        if (model.step() == NormalModel.STEP_SAMPLES) {
            empirical.set(xs, model.empiricalCdf(xs));
            empirical.setVisible(true);
            return;
        }
        double a = model.a().get(), b = model.b().get();
        double fa = n.cdf(a), fb = n.cdf(b);
        marks.set(new double[] {a, b}, new double[] {fa, fb});
        double left = NormalFigure.X_MIN;
        levels.set(new double[] {a, left, Double.NaN, b, left}, new double[] {fa, fa, Double.NaN, fb, fb});
        Optional<Double> p = model.area();
        if (p.isPresent()) {
            double at = left + 0.35;
            difference.set(at, fa, at, fb);
            difference.setVisible(fb - fa > 0.02);
            note.set(left + 0.6, 1.06, text.format("figure.cdfDifference", NumberText.display(fb),
                    NumberText.display(fa), NumberText.display(p.get())));
        }
    }

    private double[] grid() {
        double[] xs = new double[ECDF_POINTS];
        for (int i = 0; i < ECDF_POINTS; i++) {
            xs[i] = NormalFigure.X_MIN + (NormalFigure.X_MAX - NormalFigure.X_MIN) * i / (ECDF_POINTS - 1);
        }
        return xs;
    }

    private void updateZScores() {
        curve.setVisible(false);
        int count = model.data().size();
        double k = model.k().get();
        xy.setAxisLabels(text.get("figure.readingAxis"), "z = (x − x̄) / σ");
        xy.setTitle(text.get("figure.zTitle"));
        Optional<Outliers> outliers = model.outliers();
        double[] z = outliers.map(Outliers::zScores).orElse(new double[count]);
        double reach = k + 0.5;
        for (double v : z) {
            reach = Math.max(reach, Math.abs(v) + 0.5);
        }
        xy.setWindow(0, count + 1, -reach, reach);
        double[] index = new double[count];
        for (int i = 0; i < count; i++) {
            index[i] = i + 1;
        }
        zBars.set(index, z);
        zBars.setVisible(true);
        limits.set(new double[] {0, count + 1, Double.NaN, 0, count + 1}, new double[] {k, k, Double.NaN, -k, -k});
        if (outliers.isPresent()) {
            int[] idx = outliers.get().indexes();
            double[] fx = new double[idx.length], fz = new double[idx.length];
            for (int j = 0; j < idx.length; j++) {
                fx[j] = idx[j] + 1;
                fz[j] = z[idx[j]];
            }
            flagged.set(fx, fz);
        }
    }
}
