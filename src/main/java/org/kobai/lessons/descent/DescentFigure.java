package org.kobai.lessons.descent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.Grid2D;
import org.kobai.math.expr.Expression;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.QuadraticBowl;
import org.kobai.math.optimize.Run;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigurePanel;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.HeatMap;
import org.kobai.plot.SurfaceFigure;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts: on the left f(x) with the tangent and the step −η f'(x), or f(x, y) as a heat map with
 * contours and each method's path; on the right f(x_k) against k on a log scale, or the regime map of
 * momentum over (η, β) with the current pair marked.
 */
public final class DescentFigure extends XYLessonFigure {
    /** Heat-map samples per side: 200 × 200, the size the benchmark is held to. */
    static final int GRID = 200;
    private static final int SAMPLES = 400;
    private static final int CONTOURS = 12;
    private static final double FAR = 1e12;
    /** Dots nearer than this share of the window to the last one drawn are hidden under it (see visibleDots). */
    static final double DOT_GAP = 1.0 / 250;
    /** A path's markers on the surface, as a share of the box's width. */
    private static final double SURFACE_DOT = 0.008;
    /** How much higher than the default the surface is first seen from, in radians. */
    private static final double SURFACE_ELEVATION = -0.35;
    /** log₁₀ f is drawn no lower than this (f can reach 0 exactly). */
    static final double LOG_FLOOR = -16;
    static final int REGIME_ETA_CELLS = 60, REGIME_BETA_CELLS = 40;
    static final double REGIME_ETA_MIN = 0.001, REGIME_ETA_MAX = 2, REGIME_BETA_MAX = 0.99;
    private static final int TANGENT = 2, MUTED = 6, CURVE = 4;
    private static final Map<Method, Integer> COLOUR = Map.of(Method.GRADIENT_DESCENT, 0, Method.MOMENTUM, 1,
            Method.ADAM, 3);

    private final DescentModel model;
    private final Messages text;
    private final HeatMap heat;
    private final XYFigure.Line curve;
    private final XYFigure.Line tangent;
    private final Map<Method, XYFigure.Line> paths = new EnumMap<>(Method.class);
    private final Map<Method, XYFigure.Line> dots = new EnumMap<>(Method.class);
    private final XYFigure.Arrow stepArrow;
    private final XYFigure.Line startPoint;
    private final XYFigure.Line currentPoint;
    private final XYFigure.Note mapNote;
    private final XYFigure progress;
    private final HeatMap regimes;
    private final Map<Method, XYFigure.Line> values = new EnumMap<>(Method.class);
    private final XYFigure.Line regimeMark;
    private final SurfaceFigure surface;
    private Expression sampledFor;
    private Preset sampledPreset;
    private org.kobai.math.optimize.RegimeMap regimeMap;
    private QuadraticBowl regimeFor;

    public DescentFigure(DescentModel model, FigureContext context) {
        super("x", "y", context);
        this.model = model;
        this.text = context.text();
        heat = xy.heatMap(ColorMap.VIRIDIS, "f(x, y)");
        heat.setContours(CONTOURS);
        curve = xy.line(text.get("figure.curve"), CURVE, 2.5, Dash.SOLID);
        tangent = xy.line(text.get("figure.tangent"), TANGENT, 2.0, Dash.DASHED);
        for (Method m : Method.values()) {
            paths.put(m, xy.line(text.get(m.messageKey()), COLOUR.get(m), 2.0, Dash.SOLID));
            dots.put(m, xy.points(null, COLOUR.get(m), 6));
        }
        stepArrow = xy.arrow(TANGENT, 2.5);
        startPoint = xy.points(text.get("figure.start"), MUTED, 11);
        currentPoint = xy.points(null, TANGENT, 11);
        mapNote = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        progress = new XYFigure("k", "log10 f", context.style());
        regimes = progress.heatMap(ColorMap.VIRIDIS, null);
        regimes.setContours(0);
        for (Method m : Method.values()) {
            values.put(m, progress.line(text.get(m.messageKey()), COLOUR.get(m), 2.0, Dash.SOLID));
        }
        regimeMark = progress.points(text.get("figure.current"), TANGENT, 13);
        surface = new SurfaceFigure("x", "y", "f(x, y)", ColorMap.VIRIDIS, context.style());
        surface.setTitle(text.get("figure.surface"));
        // seen from higher than Orson's default, so the bowl's near rim does not hide the path's end
        surface.chart().getViewPoint().moveUpDown(SURFACE_ELEVATION); // Orson: negative is upward
        surface.chart().setLegendBuilder(null); // the map's colour bar beside it reads the same colours
        onDispose(surface.followAngle(model));
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), progress.chart());
    }

    /** The map, and beside it the progress (or the regime map), or the surface when the learner shows it. */
    @Override
    public List<FigurePanel> panels() {
        return List.of(new FigurePanel.Flat(xy.chart()),
                model.showsSurface() ? surface.panel() : new FigurePanel.Flat(progress.chart()));
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        progress.applyStyle(style);
        surface.applyStyle(style);
    }

    /** The rotatable surface with the paths on it. */
    public SurfaceFigure surface() { return surface; }

    /** The right-hand chart. */
    public XYFigure progress() { return progress; }

    /** A method's path as drawn on the map (or on the curve), {x[], y[]}. */
    public double[][] pathData(Method m) { return paths.get(m).data(); }

    /** A method's dots as drawn: the path's iterates that can be told apart, {x[], y[]}. */
    public double[][] dotData(Method m) { return dots.get(m).data(); }

    /** The start point as drawn. */
    public double[][] startData() { return startPoint.data(); }

    /** log₁₀ f(x_k) against k as drawn, {k[], log10 f[]}. */
    public double[][] valueData(Method m) { return values.get(m).data(); }

    /** The tangent line of the one-variable step. */
    public double[][] tangentData() { return tangent.data(); }

    /** The marked (log₁₀ η, β) on the regime map. */
    public double[][] regimeMarkData() { return regimeMark.data(); }

    /** The note on the map (why a run stopped), or "". */
    public String mapNote() { return mapNote.text(); }

    /** The regime map drawn in the regimes step; null before. */
    public org.kobai.math.optimize.RegimeMap regimeMap() { return regimeMap; }

    @Override
    protected void update() {
        boolean one = model.isOneVariable();
        Preset p = model.preset();
        xy.setTitle(text.format(one ? "figure.title1" : "figure.title2", model.function().text()));
        if (one) {
            heat.setVisible(false);
            xy.setAxisLabels("x", "f(x)");
            drawCurve();
        } else {
            curve.setVisible(false);
            tangent.setVisible(false);
            xy.setAxisLabels("x", "y");
            xy.setWindow(p.xMin, p.xMax, p.yMin, p.yMax);
            if (model.function() != sampledFor || p != sampledPreset) {
                Grid2D grid = Grid2D.sample(this::finite, p.xMin, p.xMax, GRID, p.yMin, p.yMax, GRID);
                heat.set(grid);
                surface.set(grid);
                sampledFor = model.function();
                sampledPreset = p;
            }
            heat.setVisible(true);
        }
        drawPaths(one);
        if (model.showsSurface()) {
            drawOnSurface();
        }
        progress.batch(this::updateProgress);
    }

    private double finite(double x, double y) {
        double v = model.valueAt(x, y);
        return Double.isFinite(v) && Math.abs(v) < FAR ? v : Double.NaN;
    }

    private void drawCurve() {
        double lo = -5, hi = 5;
        double[] xs = new double[SAMPLES + 1];
        double[] ys = new double[SAMPLES + 1];
        double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = lo + (hi - lo) * i / SAMPLES;
            double v = model.valueAt(xs[i]);
            ys[i] = Double.isFinite(v) && Math.abs(v) < FAR ? v : Double.NaN;
            if (!Double.isNaN(ys[i])) {
                yLo = Math.min(yLo, ys[i]);
                yHi = Math.max(yHi, ys[i]);
            }
        }
        if (!(yLo <= yHi)) {
            yLo = -1;
            yHi = 1;
        }
        double pad = yHi - yLo < 1e-9 ? 1 : 0.08 * (yHi - yLo);
        xy.setWindow(lo, hi, yLo - pad, yHi + pad);
        curve.set(xs, ys);
        curve.setVisible(true);
    }

    private void drawPaths(boolean one) {
        Map<Method, Run> runs = model.runs();
        List<Method> shown = model.methods();
        for (Method m : Method.values()) {
            Run r = runs.get(m);
            boolean visible = shown.contains(m) && r != null;
            paths.get(m).setVisible(visible);
            dots.get(m).setVisible(visible);
            if (!visible) {
                paths.get(m).set(new double[0], new double[0]);
                dots.get(m).set(new double[0], new double[0]);
                continue;
            }
            List<Iterate> path = model.revealedPath(r);
            double[] xs = new double[path.size()];
            double[] ys = new double[path.size()];
            for (int k = 0; k < xs.length; k++) {
                Iterate it = path.get(k);
                xs[k] = it.coordinate(0);
                ys[k] = one ? it.value() : it.coordinate(1);
            }
            paths.get(m).set(xs, ys);
            double[][] seen = visibleDots(xs, ys);
            dots.get(m).set(seen[0], seen[1]);
        }
        double[] s = model.start();
        double sy = one ? model.valueAt(s) : s[1];
        startPoint.set(new double[] {s[0]}, new double[] {Double.isFinite(sy) ? sy : 0});
        mapNote.set(0, 0, "");
        stepArrow.setVisible(false);
        tangent.setVisible(false);
        Iterate now = model.current();
        if (now == null) {
            currentPoint.set(new double[0], new double[0]);
            mapNote.set(xy.xMin(), xy.yMax(), text.get("note.undefinedStart"));
            return;
        }
        double cy = one ? now.value() : now.coordinate(1);
        currentPoint.set(new double[] {now.coordinate(0)}, new double[] {cy});
        double eta = model.nextRate();
        if (one) {
            double slope = now.partial(0);
            double x = now.coordinate(0);
            double span = Math.max(1, Math.abs(eta * slope));
            tangent.set(new double[] {x - span, x + span},
                    new double[] {now.value() - slope * span, now.value() + slope * span});
            tangent.setVisible(true);
            if (!model.isFinished() || model.run().status() == org.kobai.math.optimize.Status.RUNNING) {
                stepArrow.set(x, now.value(), x - eta * slope, now.value());
                stepArrow.setVisible(true);
            }
        } else if (!model.isFinished() && model.methods().get(0) == Method.GRADIENT_DESCENT) {
            stepArrow.set(now.coordinate(0), now.coordinate(1),
                    now.coordinate(0) - eta * now.partial(0), now.coordinate(1) - eta * now.partial(1));
            stepArrow.setVisible(true);
        }
        if (model.showsDivergence()) {
            mapNote.set(xy.xMin(), xy.yMax(), text.get("note.diverged"));
        }
    }

    /** Each method's revealed path on the surface, at the heights f(x_k, y_k), and the current point larger. */
    private void drawOnSurface() {
        List<SurfaceFigure.Trace> traces = new java.util.ArrayList<>();
        Map<Method, Run> runs = model.runs();
        for (Method m : model.methods()) {
            Run r = runs.get(m);
            if (r == null) {
                continue;
            }
            double[][] seen = dots.get(m).data();
            double[] f = new double[seen[0].length];
            for (int k = 0; k < f.length; k++) {
                f[k] = model.valueAt(seen[0][k], seen[1][k]);
            }
            traces.add(new SurfaceFigure.Trace(seen[0], seen[1], f, COLOUR.get(m), SURFACE_DOT));
        }
        Iterate now = model.current();
        if (now != null) {
            traces.add(new SurfaceFigure.Trace(new double[] {now.coordinate(0)}, new double[] {now.coordinate(1)},
                    new double[] {now.value()}, TANGENT, 3 * SURFACE_DOT));
        }
        surface.setTraces(traces);
    }

    /**
     * The iterates whose dots can be told apart: a dot within {@value #DOT_GAP} of the window of the last
     * one drawn would sit under it, so it is left out (a converging run's last hundred steps are one dot).
     * The first and the last iterate are always drawn.
     */
    double[][] visibleDots(double[] xs, double[] ys) {
        double gapX = DOT_GAP * (xy.xMax() - xy.xMin()), gapY = DOT_GAP * (xy.yMax() - xy.yMin());
        double[] kx = new double[xs.length], ky = new double[ys.length];
        int n = 0;
        for (int k = 0; k < xs.length; k++) {
            boolean last = k == xs.length - 1;
            if (n == 0 || last || !(Math.abs(xs[k] - kx[n - 1]) < gapX && Math.abs(ys[k] - ky[n - 1]) < gapY)) {
                kx[n] = xs[k];
                ky[n] = ys[k];
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(kx, n), java.util.Arrays.copyOf(ky, n)};
    }

    private void updateProgress() {
        boolean regimeStep = model.step() == DescentModel.STEP_REGIMES && model.bowl() != null;
        if (regimeStep) {
            QuadraticBowl bowl = model.bowl();
            if (bowl != regimeFor) {
                regimeMap = org.kobai.math.optimize.RegimeMap.compute(bowl, REGIME_ETA_MIN, REGIME_ETA_MAX,
                        REGIME_ETA_CELLS, REGIME_BETA_MAX, REGIME_BETA_CELLS);
                regimeFor = bowl;
                regimes.set(RegimeGrid.of(regimeMap), 0, 2);
            }
            progress.setTitle(text.get("figure.regimes"));
            progress.setAxisLabels("log10 η", "β");
            progress.setWindow(Math.log10(REGIME_ETA_MIN), Math.log10(REGIME_ETA_MAX), 0, REGIME_BETA_MAX);
            regimes.setVisible(true);
            values.values().forEach(l -> l.setVisible(false));
            regimeMark.set(new double[] {Math.log10(model.eta().get())}, new double[] {model.beta().get()});
            regimeMark.setVisible(true);
            return;
        }
        regimes.setVisible(false);
        regimeMark.setVisible(false);
        regimeMark.set(new double[0], new double[0]);
        progress.setTitle(text.get("figure.progress"));
        progress.setAxisLabels(text.get("figure.iteration"), text.get("figure.logValue"));
        Map<Method, Run> runs = model.runs();
        double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY;
        int last = 1;
        for (Method m : Method.values()) {
            Run r = runs.get(m);
            XYFigure.Line line = values.get(m);
            if (!model.methods().contains(m) || r == null) {
                line.set(new double[0], new double[0]);
                line.setVisible(false);
                continue;
            }
            List<Iterate> path = model.revealedPath(r);
            double[] ks = new double[path.size()];
            double[] fs = new double[path.size()];
            for (int k = 0; k < ks.length; k++) {
                ks[k] = k;
                fs[k] = logValue(path.get(k).value());
                if (!Double.isNaN(fs[k])) {
                    lo = Math.min(lo, fs[k]);
                    hi = Math.max(hi, fs[k]);
                }
            }
            last = Math.max(last, r.iterations());
            line.set(ks, fs);
            line.setVisible(true);
        }
        if (!(lo <= hi)) {
            lo = -1;
            hi = 1;
        }
        double pad = Math.max(0.5, 0.05 * (hi - lo));
        progress.setWindow(0, last, Math.floor(lo - pad), Math.ceil(hi + pad));
    }

    /** log₁₀ f, floored at {@value #LOG_FLOOR}; NaN where f ≤ 0 has no logarithm. */
    static double logValue(double f) {
        if (f < 0) {
            return Double.NaN;
        }
        return f == 0 ? LOG_FLOOR : Math.max(LOG_FLOOR, Math.log10(f));
    }

    /** Where the descent has got to (the minimum found once it has converged): for the text description. */
    @Override
    public List<String> keyPoints() {
        Iterate now = model.current();
        if (now == null) {
            return List.of();
        }
        double[] p = now.point();
        String at = p.length == 1 ? org.kobai.math.NumberText.display(p[0], 4)
                : "(" + org.kobai.math.NumberText.display(p[0], 4) + ", " + org.kobai.math.NumberText.display(p[1], 4) + ")";
        return List.of(text.format(model.isFinished() && !model.showsDivergence() ? "figure.key.reached" : "figure.key.at",
                Integer.toString(now.index()), at, org.kobai.math.NumberText.display(now.value(), 4)));
    }
}
