package org.kobai.lessons.systems;

import java.util.ArrayList;
import java.util.List;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Steps 0–2: the square grid and its image under A = (a b; c d), the unit square's image (area |ad − bc|),
 * A's columns as arrows (where e1 and e2 go), and a note when A⁻¹ exists (it maps the image grid back) or
 * when ad − bc = 0 collapses the plane. Steps 3–5: each equation of [A | b] (after the row operations done so far) as a line in the (x1, x2)
 * plane, meeting at the solution; for more than two unknowns the plane through the solution with x3, x4, …
 * held at their solution values.
 */
public final class SystemsFigure extends XYLessonFigure {
    /** Grid lines of the plane at whole numbers from −GRID to GRID. */
    static final int GRID = 20;
    /** Half the window the map steps ask for (one unit as long on both axes; the longer side shows more). */
    static final double MAP_X = 6, MAP_Y = 6;
    static final double SYSTEM_X = 5, SYSTEM_Y = 4;
    /** Lines of the map are drawn this far in each direction, so their images leave the window. */
    private static final double REACH = 60;
    /**
     * Every drawn line is cut to the box [−BOX, BOX]² first: the equal-unit window never shows more, and
     * short paths keep dashing and clipping cheap.
     */
    private static final double BOX = 20;
    /** Equation lines run this many window widths past each side (the equal-unit window may show more). */
    private static final double OVERHANG = 3;
    private static final int IMAGE = 0, E1 = 1, E2 = 2, SOLUTION = 3, MUTED = 6;
    /** Palette roles of equations 1 to 5: every one but the solution's. */
    private static final int[] EQUATION_COLOURS = {0, 1, 2, 4, 5};

    private final SystemsModel model;
    private final Messages text;
    private final XYFigure.Line plane;
    private final XYFigure.Line image;
    private final XYFigure.Shade square;
    private final XYFigure.Arrow columnOne;
    private final XYFigure.Arrow columnTwo;
    private final XYFigure.Line basis;
    private final List<XYFigure.Line> equations = new ArrayList<>();
    private final XYFigure.Line solution;
    private String message = "";

    public SystemsFigure(SystemsModel model, FigureContext context) {
        super("x1", "x2", context);
        this.model = model;
        this.text = context.text();
        plane = xy.line(null, MUTED, 0.8, Dash.DASHED);
        square = xy.shade(IMAGE, 0.18);
        image = xy.line(text.get("figure.image"), IMAGE, 1.3, Dash.SOLID);
        basis = xy.points(null, MUTED, 8);
        columnOne = xy.arrow(E1, 2.5);
        columnTwo = xy.arrow(E2, 2.5);
        for (int i = 0; i < SystemsModel.MAX_SIZE; i++) {
            equations.add(xy.line(text.format("figure.equation", Integer.toString(i + 1)), EQUATION_COLOURS[i],
                    2.2, Dash.SOLID));
        }
        solution = xy.points(text.get("figure.solution"), SOLUTION, 12);
        follow(model);
    }

    /** The image grid as drawn, {x[], y[]} with NaN between lines. */
    public double[][] imageData() { return image.data(); }

    /** Equation i's line as drawn (empty when hidden or when the row has no line in this plane). */
    public double[][] equationData(int i) { return equations.get(i).data(); }

    /** The marked solution point, if any. */
    public double[][] solutionData() { return solution.data(); }

    /** The figure's message under its title (collapse, contradiction), or "". */
    public String message() { return message; }

    @Override
    protected void update() {
        boolean map = SystemsModel.isMapStep(model.step());
        for (XYFigure.Line l : List.of(plane, image, basis)) {
            l.setVisible(map);
        }
        columnOne.setVisible(map);
        columnTwo.setVisible(map);
        message = "";
        if (map) {
            square.hide();
            equations.forEach(l -> {
                l.set(new double[0], new double[0]);
                l.setVisible(false);
            });
            solution.set(new double[0], new double[0]);
            solution.setVisible(false);
            updateMap();
        } else {
            square.hide();
            updateSystem();
        }
    }

    // ---- steps 0–2: A as a map of the plane --------------------------------------------------------

    private void updateMap() {
        xy.setWindowEqualUnits(-MAP_X, MAP_X, -MAP_Y, MAP_Y);
        xy.setAxisLabels("x1", "x2");
        Rational det = model.mapDeterminant();
        String title = text.format("figure.mapTitle", NumberText.display(det.toDouble()));
        plane.set(squareGrid(true), squareGrid(false));
        double[][] mapped = mappedGrid();
        image.set(mapped[0], mapped[1]);
        double[] e1 = model.apply(1, 0);
        double[] e2 = model.apply(0, 1);
        double[] both = model.apply(1, 1);
        square.set(new double[] {0, e1[0], both[0], e2[0]}, new double[] {0, e1[1], both[1], e2[1]});
        columnOne.set(0, 0, e1[0], e1[1]);
        columnTwo.set(0, 0, e2[0], e2[1]);
        basis.set(new double[] {1, 0}, new double[] {0, 1});
        if (det.isZero()) {
            message = text.get(model.map().isZero() ? "figure.collapsePoint" : "figure.collapseLine");
        } else if (model.step() == SystemsModel.STEP_INVERSE) {
            message = text.get("figure.undo");
        }
        xy.setTitle(message.isEmpty() ? title : title + "\n" + message);
    }

    /** The x (or y) values of the lines x = k and y = k for whole k, as one polyline with NaN gaps. */
    private static double[] grid(boolean xs) {
        return grid(xs, REACH);
    }

    private static double[] grid(boolean xs, double reach) {
        int lines = 2 * GRID + 1;
        double[] out = new double[2 * lines * 3];
        int n = 0;
        for (int vertical = 0; vertical < 2; vertical++) {
            for (int k = -GRID; k <= GRID; k++) {
                boolean isVertical = vertical == 0;
                double[] start = isVertical ? new double[] {k, -reach} : new double[] {-reach, k};
                double[] end = isVertical ? new double[] {k, reach} : new double[] {reach, k};
                out[n++] = xs ? start[0] : start[1];
                out[n++] = xs ? end[0] : end[1];
                out[n++] = Double.NaN;
            }
        }
        return out;
    }

    /**
     * The dashed square grid, only as far as an equal-unit window around ±MAP can show (up to twice as wide
     * as tall): dashes are the costliest thing the figure draws.
     */
    private static double[] squareGrid(boolean xs) {
        int wide = (int) (2 * MAP_X) + 2, high = (int) MAP_Y + 1;
        List<Double> out = new ArrayList<>();
        for (int k = -wide; k <= wide; k++) { // x = k
            out.addAll(xs ? List.of((double) k, (double) k, Double.NaN) : List.of(-high - 0.5, high + 0.5, Double.NaN));
        }
        for (int k = -high; k <= high; k++) { // y = k
            out.addAll(xs ? List.of(-wide - 0.5, wide + 0.5, Double.NaN) : List.of((double) k, (double) k, Double.NaN));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The grid's image under A: each line's two far ends mapped (a linear map keeps lines straight). */
    private double[][] mappedGrid() {
        double[] gx = grid(true);
        double[] gy = grid(false);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i + 1 < gx.length; i += 3) {
            double[] p = model.apply(gx[i], gy[i]);
            double[] q = model.apply(gx[i + 1], gy[i + 1]);
            double[] cut = clip(p[0], p[1], q[0], q[1], BOX);
            if (cut != null) {
                x.add(cut[0]);
                y.add(cut[1]);
                x.add(cut[2]);
                y.add(cut[3]);
                x.add(Double.NaN);
                y.add(Double.NaN);
            }
        }
        return new double[][] {x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /**
     * The part of the segment (x0, y0)–(x1, y1) inside the box [−b, b]² (Liang–Barsky), as {x0, y0, x1, y1},
     * or null when it misses the box. A segment of length 0 inside the box is kept (a collapsed map).
     */
    static double[] clip(double x0, double y0, double x1, double y1, double b) {
        double dx = x1 - x0, dy = y1 - y0;
        double t0 = 0, t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 + b, b - x0, y0 + b, b - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return null;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
    }

    // ---- steps 3–5: the equations as lines ---------------------------------------------------------

    private void updateSystem() {
        RationalMatrix m = model.sweptMatrix();
        int n = model.size();
        Solutions solutions = model.solutions();
        double[] held = heldValues(solutions, n);
        double cx = 0, cy = 0;
        if (solutions instanceof Solutions.Unique u) {
            cx = centre(u.x().get(0).toDouble());
            cy = centre(u.x().get(1).toDouble());
            solution.set(new double[] {u.x().get(0).toDouble()}, new double[] {u.x().get(1).toDouble()});
            solution.setVisible(true);
        } else {
            solution.set(new double[0], new double[0]);
            solution.setVisible(false);
        }
        double x0 = cx - SYSTEM_X, x1 = cx + SYSTEM_X, y0 = cy - SYSTEM_Y, y1 = cy + SYSTEM_Y;
        xy.setWindowEqualUnits(x0, x1, y0, y1);
        xy.setAxisLabels("x1", "x2");
        int k = model.sweepIndex();
        String titleKey = n == 2 ? "figure.systemTitle" : "figure.sliceTitle";
        String title = model.step() == SystemsModel.STEP_SYSTEM || k == 0 ? text.get(titleKey + "0")
                : text.format(titleKey, Integer.toString(k));
        double far = OVERHANG * (x1 - x0);
        List<String> without = new ArrayList<>();
        for (int i = 0; i < SystemsModel.MAX_SIZE; i++) {
            XYFigure.Line l = equations.get(i);
            if (i >= n) {
                l.set(new double[0], new double[0]);
                l.setVisible(false);
                continue;
            }
            double p = m.get(i, 0).toDouble();
            double q = m.get(i, 1).toDouble();
            double r = m.get(i, n).toDouble();
            for (int j = 2; j < n; j++) {
                r -= m.get(i, j).toDouble() * held[j]; // x3, x4, ... held at their values
            }
            if (q != 0) {
                double from = x0 - far, to = x1 + far;
                double[] cut = clip(from - cx, (r - p * from) / q - cy, to - cx, (r - p * to) / q - cy, far);
                if (cut == null) {
                    l.set(new double[0], new double[0]);
                } else {
                    l.set(new double[] {cut[0] + cx, cut[2] + cx}, new double[] {cut[1] + cy, cut[3] + cy});
                }
            } else if (p != 0) {
                l.set(new double[] {r / p, r / p}, new double[] {y0 - far, y1 + far});
            } else {
                l.set(new double[0], new double[0]);
                without.add(Integer.toString(i + 1));
            }
            l.setVisible(true);
        }
        if (solutions instanceof Solutions.None) {
            message = text.get(n == 2 ? "figure.never" : "figure.neverSlice");
        } else if (!without.isEmpty()) {
            message = text.format("figure.noLine", String.join(", ", without));
        }
        xy.setTitle(message.isEmpty() ? title : title + "\n" + message);
    }

    /** x3, x4, … for the (x1, x2) plane: the solution, a particular solution, or 0 when there is none. */
    private static double[] heldValues(Solutions solutions, int n) {
        double[] held = new double[n];
        List<Rational> values = solutions instanceof Solutions.Unique u ? u.x()
                : solutions instanceof Solutions.Infinite inf ? inf.particular() : null;
        if (values != null) {
            for (int j = 0; j < n; j++) {
                held[j] = values.get(j).toDouble();
            }
        }
        return held;
    }

    /** Whole-number centre near v, so the window stays put for nearby solutions. */
    private static double centre(double v) {
        return Math.abs(v) > 1000 ? 0 : Math.round(v);
    }

    /** The solution the lines share, from the step that solves the system on: for the text description. */
    @Override
    public List<String> keyPoints() {
        if (model.step() < SystemsModel.STEP_SYSTEM) {
            return List.of();
        }
        if (model.solutions() instanceof Solutions.Unique u) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < u.x().size(); i++) {
                parts.add("x" + (i + 1) + " = " + u.x().get(i).display());
            }
            return List.of(text.format("figure.key.solution", String.join(", ", parts)));
        }
        return List.of(text.get(model.solutions() instanceof Solutions.None ? "figure.key.none" : "figure.key.many"));
    }
}
