package org.kobai.lessons.gradient;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.Grid2D;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.GradientValue;
import org.kobai.math.field.DirectionalDerivative;
import org.kobai.math.field.VectorField;
import org.kobai.plot.ArrowField;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.HeatMap;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts side by side. On the left, the x1–x2 plane with equal units (so right angles look right): f as
 * a heat map with contours and its gradient field, ∇f and u at (c, d) and the level curve's tangent; or a
 * vector field's arrows over its divergence; or the small square around (c, d) over det J. On the right,
 * what the step is about ({@link SideChart}).
 */
public final class GradientFigure extends XYLessonFigure {
    static final double MIN = -3, MAX = 3;
    /** Heat-map samples per side: enough for smooth contours, few enough for a fast redraw. */
    static final int GRID = 101;
    /** Arrows per side of the field. */
    static final int ARROWS = 11;
    /** Length of the ∇f and u arrows at the point, and half the tangent segment, in x1–x2 units. */
    static final double POINTER = 1.2;
    private static final int CONTOURS = 12;
    private static final double FAR = 1e6;
    static final int FIELD_COLOUR = 6, GRADIENT = 1, UNIT = 3, TANGENT = 4, POINT = 1, SQUARE = 1;

    private final GradientModel model;
    private final Messages text;
    private final HeatMap heat;
    private final ArrowField arrows;
    private final XYFigure.Line tangent;
    private final XYFigure.Line square;
    private final XYFigure.Arrow gradientArrow;
    private final XYFigure.Arrow unitArrow;
    private final XYFigure.Line point;
    private final XYFigure.Note gradientLabel;
    private final XYFigure.Note unitLabel;
    private final XYFigure.Note note;
    private final SideChart side;
    private Object mapFor;
    private Object arrowsFor;
    private Expression determinant;
    private VectorField determinantOf;

    public GradientFigure(GradientModel model, FigureContext context) {
        super("x1", "x2", context);
        this.model = model;
        this.text = context.text();
        xy.setWindowEqualUnits(MIN, MAX, MIN, MAX);
        heat = xy.heatMap(ColorMap.VIRIDIS, "f(x1, x2)");
        heat.setContours(CONTOURS);
        arrows = xy.arrowField(null, FIELD_COLOUR, 1.1);
        tangent = xy.line(text.get("figure.levelTangent"), TANGENT, 2.5, Dash.DASHED);
        square = xy.line(text.get("figure.square"), SQUARE, 2.5, Dash.SOLID);
        gradientArrow = xy.arrow(GRADIENT, 3.0);
        unitArrow = xy.arrow(UNIT, 3.0);
        point = xy.points("(c, d)", POINT, 11);
        gradientLabel = xy.note(GRADIENT, 17, TextAnchor.BOTTOM_LEFT).framed();
        unitLabel = xy.note(UNIT, 17, TextAnchor.BOTTOM_LEFT).framed();
        note = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        side = new SideChart(model, context);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), side.figure().chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        side.figure().applyStyle(style);
    }

    /** The right-hand chart. */
    public SideChart side() { return side; }

    /** The marked point (c, d), {x1[], x2[]}. */
    public double[][] pointData() { return point.data(); }

    /** The level curve's tangent segment through (c, d); empty where ∇f is 0 or undefined. */
    public double[][] tangentData() { return tangent.data(); }

    /** The small square's boundary in the Jacobian step; empty otherwise. */
    public double[][] squareData() { return square.data(); }

    /** The left heat map's colour for a value (for tests of the scale). */
    int mapColourOf(double value) { return heat.argbOf(value); }

    @Override
    protected void update() {
        int step = model.step();
        double c = model.c().get(), d = model.d().get();
        updateMap(step);
        updateArrows(step);
        point.set(new double[] {c}, new double[] {d});
        note.set(0, 0, "");
        tangent.set(new double[0], new double[0]);
        tangent.setVisible(false);
        square.set(new double[0], new double[0]);
        square.setVisible(false);
        gradientArrow.setVisible(false);
        unitArrow.setVisible(false);
        gradientLabel.set(0, 0, "");
        unitLabel.set(0, 0, "");
        switch (step) {
            case GradientModel.STEP_GRADIENT, GradientModel.STEP_DIRECTION -> showGradient(step, c, d);
            case GradientModel.STEP_FIELD -> {
                xy.setTitle(text.format("figure.divergence", model.field().divergence().text()));
                if (!Double.isFinite(model.divergence())) {
                    note.set(c, d, text.get("readout.none"));
                }
            }
            default -> {
                xy.setTitle(text.format("figure.determinant", determinant.text()));
                double[][] s = model.square();
                square.set(s[0], s[1]);
                square.setVisible(true);
            }
        }
        side.update();
    }

    private void showGradient(int step, double c, double d) {
        xy.setTitle(text.format("figure.function", model.function().text()));
        GradientValue g = model.gradientHere();
        if (!g.isDefined() || !Double.isFinite(model.valueAt(c, d))) {
            note.set(c, d, text.get("readout.none"));
            return;
        }
        double[] grad = g.vector();
        double phi = DirectionalDerivative.steepestAngle(grad);
        if (!Double.isNaN(phi)) {
            double[] u = DirectionalDerivative.unit(phi);
            gradientArrow.set(c, d, c + POINTER * u[0], d + POINTER * u[1]);
            gradientArrow.setVisible(true);
            gradientLabel.set(c + POINTER * u[0], d + POINTER * u[1], "∇f");
            double[] t = DirectionalDerivative.unit(DirectionalDerivative.levelTangentAngle(grad));
            tangent.set(new double[] {c - POINTER * t[0], c, c + POINTER * t[0]},
                    new double[] {d - POINTER * t[1], d, d + POINTER * t[1]});
            tangent.setVisible(true);
        } else {
            note.set(c, d, text.get("figure.flat"));
        }
        if (step == GradientModel.STEP_DIRECTION) {
            double[] u = DirectionalDerivative.unit(model.angleRadians());
            unitArrow.set(c, d, c + POINTER * u[0], d + POINTER * u[1]);
            unitArrow.setVisible(true);
            unitLabel.set(c + POINTER * u[0], d + POINTER * u[1], "u");
        }
    }

    /** Resamples the heat map only when what it shows changed: f, ∇·F or det J. */
    private void updateMap(int step) {
        Object key = switch (step) {
            case GradientModel.STEP_FIELD -> List.of("div", model.field());
            case GradientModel.STEP_JACOBIAN -> List.of("det", model.field());
            default -> model.function();
        };
        if (key.equals(mapFor)) {
            return;
        }
        mapFor = key;
        switch (step) {
            case GradientModel.STEP_FIELD -> {
                VectorField f = model.field();
                heat.setScaleLabel("∇·F");
                setSymmetric(heat, sample(f::divergenceAt));
            }
            case GradientModel.STEP_JACOBIAN -> {
                VectorField f = model.field();
                if (f != determinantOf) {
                    determinant = f.jacobian().determinant();
                    determinantOf = f;
                }
                CompiledExpression det = determinant.compile(GradientModel.VARIABLES);
                heat.setScaleLabel("det J");
                setSymmetric(heat, sample((x1, x2) -> f.isDefinedAt(x1, x2) ? det.valueAt(x1, x2) : Double.NaN));
            }
            default -> {
                heat.setScaleLabel("f(x1, x2)");
                heat.set(sample(model::valueAt));
            }
        }
    }

    private void updateArrows(int step) {
        Object key = switch (step) {
            case GradientModel.STEP_FIELD -> model.field();
            case GradientModel.STEP_JACOBIAN -> "none";
            default -> model.function();
        };
        if (key.equals(arrowsFor)) {
            return;
        }
        arrowsFor = key;
        switch (step) {
            case GradientModel.STEP_FIELD -> setArrows(arrows, model.field()::firstAt, model.field()::secondAt);
            case GradientModel.STEP_JACOBIAN -> arrows.clear();
            default -> {
                VectorField grad = model.gradientField();
                setArrows(arrows, grad::firstAt, grad::secondAt);
            }
        }
    }

    /** Arrows (u, v) at the centres of an {@link #ARROWS} × {@link #ARROWS} division of the window. */
    static void setArrows(ArrowField field, DoubleBinaryOperator u, DoubleBinaryOperator v) {
        int n = ARROWS * ARROWS;
        double[] x = new double[n], y = new double[n], fu = new double[n], fv = new double[n];
        double cell = (MAX - MIN) / ARROWS;
        for (int j = 0, k = 0; j < ARROWS; j++) {
            for (int i = 0; i < ARROWS; i++, k++) {
                x[k] = MIN + (i + 0.5) * cell;
                y[k] = MIN + (j + 0.5) * cell;
                fu[k] = u.applyAsDouble(x[k], y[k]);
                fv[k] = v.applyAsDouble(x[k], y[k]);
            }
        }
        field.set(x, y, fu, fv);
    }

    /** g on the {@link #GRID} × {@link #GRID} grid of the window; huge and non-finite values as NaN. */
    static Grid2D sample(DoubleBinaryOperator g) {
        return Grid2D.sample((x1, x2) -> {
            double v = g.applyAsDouble(x1, x2);
            return Double.isFinite(v) && Math.abs(v) < FAR ? v : Double.NaN;
        }, MIN, MAX, GRID, MIN, MAX, GRID);
    }

    /**
     * Colours symmetric about 0, so 0 is the middle colour and the sign reads at a glance; the range is the
     * 99th percentile of |value|, so one pole does not wash out the rest (1 when the values are all 0).
     */
    static void setSymmetric(HeatMap map, Grid2D grid) {
        double[] sizes = Arrays.stream(grid.values()).flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite).map(Math::abs).sorted().toArray();
        double m = sizes.length == 0 ? 0 : sizes[(int) Math.floor(0.99 * (sizes.length - 1))];
        if (!(m > 1e-12)) {
            m = sizes.length == 0 || sizes[sizes.length - 1] == 0 ? 1 : sizes[sizes.length - 1];
        }
        map.set(grid, -m, m);
    }
}
