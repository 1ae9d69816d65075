package org.kobai.lessons.series;

import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts side by side: the terms a₁, …, aₙ as bars (in Gauss's step with the reversed sequence stacked
 * on top, every column reaching the same height), and the partial sums S₁, …, Sₙ as bars from the running
 * sum with the closed form's values as dots on their tops, and the limit a/(1 − r) as a line when the
 * geometric series converges.
 */
public final class SeriesFigure extends XYLessonFigure {
    private static final int TERMS = 0, REVERSED = 1, SUMS = 2, CLOSED = 3, LIMIT = 5;
    /** Headroom above and below the bars, as a share of their span. */
    private static final double PAD = 0.12;
    /** Significant digits of sums: enough to show that 1.999998093 has not reached 2. */
    static final int DIGITS = 10;

    private final SeriesModel model;
    private final Messages text;
    private final Bars pairs;
    private final Bars terms;
    private final XYFigure.Guide pairLine;
    private final XYFigure sums;
    private final Bars sumBars;
    private final XYFigure.Line closedDots;
    private final XYFigure.Guide limitLine;

    public SeriesFigure(SeriesModel model, FigureContext context) {
        super("k", "a_k", context);
        this.model = model;
        this.text = context.text();
        pairs = xy.bars(text.get("figure.reversed"), REVERSED, 0.7);
        terms = xy.bars(text.get("figure.terms"), TERMS, 0.7);
        pairLine = xy.guide(false, -1, 1.5, Dash.DASHED);
        sums = new XYFigure("k", "S_k", context.style());
        sumBars = sums.bars(text.get("figure.running"), SUMS, 0.7);
        closedDots = sums.points(text.get("figure.closed"), CLOSED, 9);
        limitLine = sums.guide(false, LIMIT, 2.0, Dash.DASHED);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), sums.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        sums.applyStyle(style);
    }

    /** The second chart. */
    public XYFigure sums() { return sums; }

    /** The term bars as drawn, {k[], a_k[]}. */
    public double[][] termData() { return terms.data(); }

    /** Gauss's stacked columns a_k + a_{n+1−k}; empty outside that step. */
    public double[][] pairData() { return pairs.data(); }

    /** The running-sum bars, {k[], S_k[]}. */
    public double[][] sumData() { return sumBars.data(); }

    /** The closed-form dots, {k[], S_k[]}. */
    public double[][] closedFormData() { return closedDots.data(); }

    /** The height of the limit line, NaN when none is drawn. */
    public double limitShown() { return limitLine.value(); }

    @Override
    protected void update() {
        int n = model.count();
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
        }
        double[] a = model.terms();
        terms.set(k, a);
        boolean gauss = model.step() == SeriesModel.STEP_GAUSS;
        double lo = 0, hi = 0;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (gauss) {
            double[] back = model.arithmetic().reversedTerms(n);
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = a[i] + back[i];
                lo = Math.min(lo, column[i]);
                hi = Math.max(hi, column[i]);
            }
            pairs.set(k, column);
            pairs.setVisible(true);
            double pair = model.arithmetic().pairSum(n);
            pairLine.set(pair, text.format("figure.pair", NumberText.display(pair)));
            xy.setTitle(text.format("figure.gaussTitle", Integer.toString(n), NumberText.display(pair),
                    NumberText.display(n * pair), NumberText.display(model.sum(), DIGITS)));
        } else {
            pairs.set(new double[0], new double[0]);
            pairs.setVisible(false);
            pairLine.set(Double.NaN, null);
            xy.setTitle(text.get(model.isGeometric() ? "figure.geometricTitle" : "figure.arithmeticTitle"));
        }
        window(xy, n, lo, hi);
        sums.batch(this::updateSums);
    }

    private void updateSums() {
        int n = model.count();
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
        }
        double[] running = model.runningSums();
        sumBars.set(k, running);
        closedDots.set(k, model.closedFormSums());
        double lo = 0, hi = 0;
        for (double v : running) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        OptionalDouble limit = model.limit();
        if (limit.isPresent()) {
            double s = limit.getAsDouble();
            limitLine.set(s, text.format("figure.limit", NumberText.display(s, DIGITS)));
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        } else {
            limitLine.set(Double.NaN, null);
        }
        sums.setTitle(text.format("figure.sumsTitle", Integer.toString(n), NumberText.display(model.sum(), DIGITS)));
        window(sums, n, lo, hi);
    }

    /** k from 1 to n; y over the bars and 0, with headroom only on a side that has bars. */
    private static void window(XYFigure chart, int n, double lo, double hi) {
        double pad = hi - lo < 1e-9 ? 1 : PAD * (hi - lo);
        chart.setWindow(0.5, n + 0.5, lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : pad);
    }
}
