package org.kobai.lessons.derivative;

import java.util.List;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.plot.Dash;
import org.kobai.plot.XYLessonFigure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;

/** y = f(x) with the secant, the tangent, f' or the two one-sided secants the step is about. */
public final class DerivativeFigure extends XYLessonFigure {
    static final double X_MIN = -3, X_MAX = 3, Y_MIN = -1.5, Y_MAX = 6;
    private static final int CURVE = 0, SECANT = 1, TANGENT = 2, PRIME = 3, MUTED = 6;
    private static final int SAMPLES = 600;
    /** Beyond this the curve is cut rather than drawn to a far-off point. */
    private static final double FAR = 1e6;

    private final DerivativeModel model;
    private final Messages text;
    private final XYFigure.Line guides;
    private final XYFigure.Line curve;
    private final XYFigure.Line prime;
    private final XYFigure.Line secant;
    private final XYFigure.Line leftSecant;
    private final XYFigure.Line rightSecant;
    private final XYFigure.Line tangent;
    private final XYFigure.Line points;
    private final XYFigure.Line stationary;
    private final XYFigure.Note noteA;
    private final XYFigure.Note noteB;

    public DerivativeFigure(DerivativeModel model, FigureContext context) {
        super("x", "y", context);
        this.model = model;
        this.text = context.text();
        xy.setWindow(X_MIN, X_MAX, Y_MIN, Y_MAX);
        guides = xy.line(null, MUTED, 1.0, Dash.DASHED);
        prime = xy.line(text.get("figure.prime"), PRIME, 2.0, Dash.DASHED);
        curve = xy.line("y = f(x)", CURVE, 2.5, Dash.SOLID);
        secant = xy.line(text.get("figure.secant"), SECANT, 1.8, Dash.SOLID);
        leftSecant = xy.line(text.get("figure.leftSecant"), PRIME, 1.8, Dash.DASHED);
        rightSecant = xy.line(text.get("figure.rightSecant"), SECANT, 1.8, Dash.DASHED);
        tangent = xy.line(text.get("figure.tangent"), TANGENT, 2.0, Dash.SOLID);
        points = xy.points(null, CURVE, 9);
        stationary = xy.points(text.get("figure.stationary"), TANGENT, 11);
        noteA = xy.note(-1, 13, TextAnchor.BOTTOM_RIGHT);
        noteB = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        follow(model);
    }

    /** The tangent line as drawn, {x[], y[]}; empty where f has no derivative at c. */
    public double[][] tangentData() { return tangent.data(); }

    /** The secant line as drawn, {x[], y[]}. */
    public double[][] secantData() { return secant.data(); }

    /** The plotted curve y = f(x), {x[], y[]}. */
    public double[][] curveData() { return curve.data(); }

    /** The marked points where f' = 0, {x[], y[]}. */
    public double[][] stationaryData() { return stationary.data(); }

    @Override
    protected void update() {
        double c = model.c().get();
        double fc = model.valueAt(c);
        double xMin = X_MIN, xMax = X_MAX, yMin = Y_MIN, yMax = Y_MAX;
        int step = model.step();
        if (step == DerivativeModel.STEP_LOCAL && Double.isFinite(fc)) {
            double half = (X_MAX - X_MIN) / 2 / model.magnification();
            double halfY = half * (Y_MAX - Y_MIN) / (X_MAX - X_MIN);
            xMin = c - half;
            xMax = c + half;
            yMin = fc - halfY;
            yMax = fc + halfY;
        } else if (step == DerivativeModel.STEP_STATIONARY) {
            yMin = -4;
            yMax = 4;
        } else if (step == DerivativeModel.STEP_CORNER) {
            xMin = -2;
            xMax = 2;
            yMin = -1;
            yMax = 2.5;
        }
        xy.setWindow(xMin, xMax, yMin, yMax);
        xy.setTitle(text.format("figure.title", model.function().text()));
        sample(curve, xMin, xMax, model::valueAt);
        hide(prime, secant, leftSecant, rightSecant, tangent, points, stationary, guides);
        noteA.set(0, 0, "");
        noteB.set(0, 0, "");
        if (!Double.isFinite(fc)) {
            return;
        }
        points.set(new double[] {c}, new double[] {fc});
        DerivativeValue slope = model.tangentSlope();
        switch (step) {
            case DerivativeModel.STEP_SECANT -> {
                drawSecant(secant, c, c + model.h().get(), xMin, xMax);
                drawTangent(slope, c, fc, xMin, xMax);
                mark(c, c + model.h().get());
            }
            case DerivativeModel.STEP_TANGENT -> drawTangent(slope, c, fc, xMin, xMax);
            case DerivativeModel.STEP_LOCAL -> {
                drawTangent(slope, c, fc, xMin, xMax);
                drawRise(slope, c, fc, (xMax - xMin) / 4);
            }
            case DerivativeModel.STEP_STATIONARY -> {
                sample(prime, xMin, xMax, x -> model.slopeAt(x).isDefined() ? model.slopeAt(x).value() : Double.NaN);
                drawTangent(slope, c, fc, xMin, xMax);
                List<Double> flat = model.stationaryPoints(xMin, xMax);
                double[] sx = new double[flat.size()];
                double[] sy = new double[flat.size()];
                for (int i = 0; i < sx.length; i++) {
                    sx[i] = flat.get(i);
                    sy[i] = model.valueAt(sx[i]);
                }
                stationary.set(sx, sy);
                stationary.setVisible(true);
            }
            default -> {
                double hh = model.h().get();
                drawSecant(rightSecant, c, c + hh, xMin, xMax);
                drawSecant(leftSecant, c - hh, c, xMin, xMax);
                drawTangent(slope, c, fc, xMin, xMax);
                mark(c - hh, c, c + hh);
            }
        }
        points.setVisible(true);
    }

    /** Marks the curve's points at the given x where f is defined. */
    private void mark(double... xs) {
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        int n = 0;
        for (double x : xs) {
            double y = model.valueAt(x);
            if (Double.isFinite(y)) {
                px[n] = x;
                py[n++] = y;
            }
        }
        points.set(java.util.Arrays.copyOf(px, n), java.util.Arrays.copyOf(py, n));
    }

    private static void hide(XYFigure.Line... lines) {
        for (XYFigure.Line l : lines) {
            l.set(new double[0], new double[0]);
            l.setVisible(false);
        }
    }

    private static void sample(XYFigure.Line line, double from, double to, java.util.function.DoubleUnaryOperator g) {
        double[] xs = new double[SAMPLES + 1];
        double[] ys = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = i == SAMPLES ? to : from + (to - from) * i / SAMPLES;
            double y = g.applyAsDouble(xs[i]);
            ys[i] = Double.isFinite(y) && Math.abs(y) < FAR ? y : Double.NaN;
        }
        line.set(xs, ys);
        line.setVisible(true);
    }

    /** The line through (p, f(p)) and (q, f(q)), across the window, with both points marked. */
    private void drawSecant(XYFigure.Line line, double p, double q, double xMin, double xMax) {
        double fp = model.valueAt(p);
        double fq = model.valueAt(q);
        double m = (fq - fp) / (q - p);
        if (!Double.isFinite(fp) || !Double.isFinite(fq) || !Double.isFinite(m)) {
            return;
        }
        line.set(new double[] {xMin, p, q, xMax},
                new double[] {fp + m * (xMin - p), fp, fq, fp + m * (xMax - p)});
        line.setVisible(true);
    }

    /** y = f'(c)(x − c) + f(c) across the window; nothing where f'(c) does not exist. */
    private void drawTangent(DerivativeValue slope, double c, double fc, double xMin, double xMax) {
        if (!slope.isDefined()) {
            noteB.set(c, fc - 0.1 * (xy.yMax() - xy.yMin()) / 4, text.get("figure.noTangent"));
            return;
        }
        double m = slope.value();
        double[] xs = {xMin, c, xMax};
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = m * (xs[i] - c) + fc;
        }
        tangent.set(xs, ys);
        tangent.setVisible(true);
    }

    /** dx to the right of c and dy = f'(c) dx up to the tangent. */
    private void drawRise(DerivativeValue slope, double c, double fc, double dx) {
        if (!slope.isDefined()) {
            return;
        }
        double dy = slope.value() * dx;
        guides.set(new double[] {c, c + dx, c + dx}, new double[] {fc, fc, fc + dy});
        guides.setVisible(true);
        noteA.set(c + dx, fc + dy, "dy = " + NumberText.display(dy) + ", dx = " + NumberText.display(dx));
    }

    /** The tangent's slope at c, and the secant's while it is shown: for the figure's text description. */
    @Override
    public List<String> keyPoints() {
        List<String> keys = new java.util.ArrayList<>();
        double c = model.c().get();
        if (secant.isVisible()) {
            model.secantSlope().ifPresent(q -> keys.add(text.format("figure.key.secant", NumberText.display(c, 4),
                    NumberText.display(c + model.h().get(), 4), NumberText.display(q, 4))));
        }
        DerivativeValue slope = model.tangentSlope();
        if (tangent.isVisible() && slope.isDefined()) {
            keys.add(text.format("figure.key.tangent", NumberText.display(c, 4), NumberText.display(slope.value(), 4)));
        }
        return keys;
    }
}
