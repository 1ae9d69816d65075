package org.kobai.lessons.partial;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.Grid2D;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
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
 * Two charts side by side: f(x1, x2) as a heat map with contours and the point (c, d), and the slice the
 * step is about (f(x1, d), f(c, x2), or the change along the diagonal step) with its tangent line.
 */
public final class PartialFigure extends XYLessonFigure {
    static final double MIN = -3, MAX = 3;
    /** Heat-map samples per side: enough for smooth contours, few enough for a fast redraw. */
    static final int GRID = 101;
    private static final int SAMPLES = 400;
    private static final int CONTOURS = 12;
    private static final double FAR = 1e6;
    private static final int CURVE = 0, SLICE = 1, TANGENT = 2, STEP = 3, MUTED = 6;

    private final PartialModel model;
    private final Messages text;
    private final HeatMap heat;
    private final XYFigure.Line path;
    private final XYFigure.Line point;
    private final XYFigure.Arrow stepArrow;
    private final XYFigure.Note mapNote;
    private final XYFigure slice;
    private final XYFigure.Line sliceCurve;
    private final XYFigure.Line sliceTangent;
    private final XYFigure.Line sliceGuides;
    private final XYFigure.Line slicePoints;
    private final XYFigure.Note sliceNote;
    private final SurfaceFigure surface;
    private Expression sampledFor;

    public PartialFigure(PartialModel model, FigureContext context) {
        super("x1", "x2", context);
        this.model = model;
        this.text = context.text();
        xy.setWindow(MIN, MAX, MIN, MAX);
        heat = xy.heatMap(ColorMap.VIRIDIS, "f(x1, x2)");
        heat.setContours(CONTOURS);
        path = xy.line(null, SLICE, 2.0, Dash.DASHED);
        stepArrow = xy.arrow(STEP, 2.0);
        point = xy.points("(c, d)", TANGENT, 11);
        mapNote = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        slice = new XYFigure("x1", "y", context.style());
        slice.setWindow(MIN, MAX, -1, 1);
        sliceGuides = slice.line(null, MUTED, 1.0, Dash.DASHED);
        sliceCurve = slice.line(text.get("figure.slice"), CURVE, 2.5, Dash.SOLID);
        sliceTangent = slice.line(text.get("figure.tangent"), TANGENT, 2.0, Dash.SOLID);
        slicePoints = slice.points(null, TANGENT, 9);
        sliceNote = slice.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        surface = new SurfaceFigure("x1", "x2", "f(x1, x2)", ColorMap.VIRIDIS, context.style());
        surface.setTitle(text.get("figure.surface"));
        surface.chart().setLegendBuilder(null); // the map's colour bar beside it reads the same colours
        onDispose(surface.followAngle(model));
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), slice.chart());
    }

    /** The map, and beside it the surface on the first step and the slice on the others. */
    @Override
    public List<FigurePanel> panels() {
        return List.of(new FigurePanel.Flat(xy.chart()),
                model.step() == PartialModel.STEP_MAP ? surface.panel() : new FigurePanel.Flat(slice.chart()));
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        slice.applyStyle(style);
        surface.applyStyle(style);
    }

    /** The rotatable surface of the first step. */
    public SurfaceFigure surface() { return surface; }

    /** The second chart. */
    public XYFigure slice() { return slice; }

    /** The slice curve as drawn, {t[], y[]}. */
    public double[][] sliceData() { return sliceCurve.data(); }

    /** The tangent line in the slice chart, {t[], y[]}; empty where the partial derivative does not exist. */
    public double[][] tangentData() { return sliceTangent.data(); }

    /** The marked point (c, d) on the map. */
    public double[][] pointData() { return point.data(); }

    /** The sampled heat map's grid. */
    Grid2D grid() {
        return Grid2D.sample(this::finite, MIN, MAX, GRID, MIN, MAX, GRID);
    }

    private double finite(double x1, double x2) {
        double v = model.valueAt(x1, x2);
        return Double.isFinite(v) && Math.abs(v) < FAR ? v : Double.NaN;
    }

    @Override
    protected void update() {
        if (model.function() != sampledFor) {
            Grid2D grid = grid();
            heat.set(grid);
            surface.set(grid);
            sampledFor = model.function();
        }
        double c = model.c().get();
        double d = model.d().get();
        int step = model.step();
        xy.setTitle(text.format("figure.title", model.function().text()));
        point.set(new double[] {c}, new double[] {d});
        path.setVisible(false);
        stepArrow.setVisible(false);
        mapNote.set(0, 0, "");
        switch (step) {
            case PartialModel.STEP_X2 -> {
                path.set(new double[] {c, c}, new double[] {MIN, MAX});
                path.setVisible(true);
            }
            case PartialModel.STEP_PLANE -> {
                double s = model.s().get();
                path.set(new double[] {MIN, MAX}, new double[] {d - c + MIN, d - c + MAX});
                path.setVisible(true);
                stepArrow.set(c, d, c + s, d + s);
                stepArrow.setVisible(true);
            }
            case PartialModel.STEP_MAP -> { } // the map and its point alone, the surface beside them
            default -> {
                path.set(new double[] {MIN, MAX}, new double[] {d, d});
                path.setVisible(true);
            }
        }
        if (!Double.isFinite(model.value())) {
            mapNote.set(c, d, text.get("readout.none"));
        }
        slice.batch(this::updateSlice);
    }

    private void updateSlice() {
        double c = model.c().get();
        double d = model.d().get();
        double fc = model.value();
        int step = model.step();
        sliceGuides.set(new double[0], new double[0]);
        sliceGuides.setVisible(false);
        sliceNote.set(0, 0, "");
        slicePoints.set(new double[0], new double[0]);
        sliceTangent.set(new double[0], new double[0]);
        sliceTangent.setVisible(false);
        boolean plane = step == PartialModel.STEP_PLANE;
        sliceCurve.setLegend(text.get(plane ? "figure.trueChange" : "figure.slice"));
        sliceTangent.setLegend(text.get(plane ? "figure.differential" : "figure.tangent"));
        if (plane) {
            slice.setAxisLabels("t  (dx1 = dx2 = t)", "Δy");
            slice.setTitle(text.get("figure.diagonal"));
            double lo = MIN / 2, hi = MAX / 2;
            sample(lo, hi, model::trueChange);
            double slope = model.totalDifferential(1);
            window(lo, hi, 0);
            if (Double.isFinite(slope) && Double.isFinite(fc)) {
                line(lo, hi, 0, 0, slope);
                double s = model.s().get();
                double dy = model.totalDifferential(s);
                double change = model.trueChange(s);
                if (Double.isFinite(change)) {
                    slicePoints.set(new double[] {0, s, s}, new double[] {0, dy, change});
                    sliceGuides.set(new double[] {0, s, s}, new double[] {0, 0, change});
                    sliceGuides.setVisible(true);
                }
            } else {
                sliceNote.set(0, 0, text.get("readout.none"));
            }
            return;
        }
        boolean alongX2 = step == PartialModel.STEP_X2;
        double at = alongX2 ? d : c;
        String variable = alongX2 ? "x2" : "x1";
        slice.setAxisLabels(variable, "y");
        slice.setTitle(alongX2 ? text.format("figure.sliceX2", org.kobai.math.NumberText.display(c))
                : text.format("figure.sliceX1", org.kobai.math.NumberText.display(d)));
        if (alongX2) {
            sample(MIN, MAX, x2 -> model.valueAt(c, x2));
        } else {
            sample(MIN, MAX, x1 -> model.valueAt(x1, d));
        }
        window(MIN, MAX, fc);
        if (!Double.isFinite(fc)) {
            sliceNote.set(at, 0, text.get("readout.none"));
            return;
        }
        slicePoints.set(new double[] {at}, new double[] {fc});
        if (step == PartialModel.STEP_MAP) {
            return;
        }
        DerivativeValue slope = alongX2 ? model.partialX2() : model.partialX1();
        if (slope.isDefined()) {
            line(MIN, MAX, at, fc, slope.value());
        } else {
            sliceNote.set(at, fc, text.get("readout.none"));
        }
    }

    private void line(double from, double to, double at, double value, double slope) {
        sliceTangent.set(new double[] {from, at, to},
                new double[] {value + slope * (from - at), value, value + slope * (to - at)});
        sliceTangent.setVisible(true);
    }

    private void sample(double from, double to, DoubleUnaryOperator g) {
        double[] xs = new double[SAMPLES + 1];
        double[] ys = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = i == SAMPLES ? to : from + (to - from) * i / SAMPLES;
            double y = g.applyAsDouble(xs[i]);
            ys[i] = Double.isFinite(y) && Math.abs(y) < FAR ? y : Double.NaN;
        }
        sliceCurve.set(xs, ys);
        sliceCurve.setVisible(true);
    }

    /** The x range given, the y range around the curve (and the marked value), padded. */
    private void window(double from, double to, double mark) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double y : sliceCurve.data()[1]) {
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (Double.isFinite(mark)) {
            lo = Math.min(lo, mark);
            hi = Math.max(hi, mark);
        }
        if (!(lo <= hi)) {
            lo = -1;
            hi = 1;
        }
        double pad = hi - lo < 1e-9 ? 1 : 0.1 * (hi - lo);
        slice.setWindow(from, to, lo - pad, hi + pad);
    }
}
