package org.kobai.lessons.matrices;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.math.linalg.Vector;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * The plane moved by A: the image of the grid, of the unit square (shaded by the sign of det A) and of a
 * small letter F, the columns Ae₁ and Ae₂, and what the step is about (y = Ax, linearity, A + B, AB and
 * BA). The product and tensor steps draw arrays of cells instead ({@link ArrayPictures}).
 */
public final class MatricesFigure extends XYLessonFigure {
    static final int GRID_LINES = 12;
    static final double MIN_HALF = 4.5;
    /** The letter F: not symmetric in any way, so a mirror image or a turn shows at once. */
    static final double[] F_X = {0.5, 0.5, 1.6, Double.NaN, 0.5, 1.3};
    static final double[] F_Y = {0.3, 1.7, 1.7, Double.NaN, 0.5 + 0.5, 1.0};
    static final double[] SQUARE_X = {0, 1, 1, 0, 0};
    static final double[] SQUARE_Y = {0, 0, 1, 1, 0};
    private static final int FIRST = 0, SECOND = 1, GREEN = 2, PINK = 3, ORANGE = 4, SKY = 5, MUTED = 6;

    private final MatricesModel model;
    private final Messages text;
    private final XYFigure.Line gridImage;
    private final XYFigure.Shade squarePositive;
    private final XYFigure.Shade squareNegative;
    private final XYFigure.Line squareOutline;
    private final XYFigure.Line pictureOriginal;
    private final XYFigure.Line pictureMiddle;
    private final XYFigure.Line pictureImage;
    private final XYFigure.Line pictureSecond;
    private final XYFigure.Line guides;
    private final XYFigure.Arrow column1;
    private final XYFigure.Arrow column2;
    private final List<XYFigure.Arrow> arrows = new ArrayList<>();
    private final XYFigure.Line handles;
    private final List<XYFigure.Note> notes = new ArrayList<>();
    private final ArrayPictures arrays;
    private double reach;

    public MatricesFigure(MatricesModel model, FigureContext context) {
        super("x1", "x2", context);
        this.model = model;
        this.text = context.text();
        xy.setWindowEqualUnits(-MIN_HALF, MIN_HALF, -MIN_HALF, MIN_HALF);
        arrays = new ArrayPictures(xy, text);
        gridImage = xy.line(null, SKY, 1.0, Dash.SOLID);
        squarePositive = xy.shade(FIRST, 0.22);
        squareNegative = xy.shade(SECOND, 0.28);
        squareOutline = xy.line(null, MUTED, 1.5, Dash.SOLID);
        pictureOriginal = xy.line(null, MUTED, 1.5, Dash.DASHED);
        pictureMiddle = xy.line(null, SKY, 2.5, Dash.DASHED);
        pictureImage = xy.line(null, GREEN, 3.5, Dash.SOLID);
        pictureSecond = xy.line(null, PINK, 3.5, Dash.SOLID);
        guides = xy.line(null, MUTED, 1.0, Dash.DASHED);
        column1 = xy.arrow(FIRST, 3.0);
        column2 = xy.arrow(SECOND, 3.0);
        for (int i = 0; i < 6; i++) {
            arrows.add(xy.arrow(i == 0 ? MUTED : i == 1 ? ORANGE : i == 2 ? MUTED : i == 3 ? FIRST : i == 4 ? SECOND : GREEN,
                    i == 0 || i == 2 ? 2.0 : 2.5));
        }
        handles = xy.points(null, ORANGE, 11);
        for (int i = 0; i < 8; i++) {
            notes.add(xy.note(-1, 13, TextAnchor.BOTTOM_LEFT).framed()); // among the grid's lines
        }
        follow(model);
    }

    /** The image of the grid lines, {x[], y[]} with NaN between lines. */
    public double[][] gridData() { return gridImage.data(); }

    /** The image of the letter F under A (or AB in the product step). */
    public double[][] pictureData() { return pictureImage.data(); }

    /** The image of the letter F under BA in the product step; empty elsewhere. */
    public double[][] secondPictureData() { return pictureSecond.data(); }

    /** The points the learner drags: x, or u and v. */
    public double[][] handles() { return handles.data(); }

    /** The cells drawn in the product and tensor steps. */
    ArrayPictures arrays() { return arrays; }

    @Override
    protected void update() {
        clear();
        int step = model.step();
        if (step == MatricesModel.STEP_SHAPES || step == MatricesModel.STEP_TENSORS) {
            xy.setAxisLabels(" ", " ");
            if (step == MatricesModel.STEP_SHAPES) {
                arrays.drawProduct(model);
            } else {
                arrays.drawOrders();
            }
            return;
        }
        arrays.clear();
        xy.setAxisLabels("x1", "x2");
        LinearMap2 a = model.a();
        reach = 1.5;
        LinearMap2 shown = step == MatricesModel.STEP_PRODUCT ? a.times(model.b())
                : step == MatricesModel.STEP_SUM ? a.plus(model.b()) : a;
        if (step != MatricesModel.STEP_SUM) {
            drawGridAndSquare(shown);
        }
        if (step != MatricesModel.STEP_SUM) {
            drawPicture(pictureImage, shown);
            pictureOriginal.set(F_X, F_Y);
        }
        switch (step) {
            case MatricesModel.STEP_MAP -> drawMap(a);
            case MatricesModel.STEP_LINEARITY -> drawLinearity(a);
            case MatricesModel.STEP_SUM -> drawSum(a, model.b());
            case MatricesModel.STEP_PRODUCT -> drawProduct(a, model.b());
            default -> drawColumns(a);
        }
        double half = Math.max(MIN_HALF, Math.ceil(1.1 * reach));
        xy.setWindowEqualUnits(-half, half, -half, half);
        xy.setTitle(title(step, shown));
    }

    private String title(int step, LinearMap2 shown) {
        return switch (step) {
            case MatricesModel.STEP_DETERMINANT -> text.format("figure.det", NumberText.display(shown.determinant()));
            case MatricesModel.STEP_SUM -> text.format("figure.sum", shown.toString());
            case MatricesModel.STEP_PRODUCT -> text.format("figure.product", shown.toString(),
                    model.b().times(model.a()).toString());
            default -> text.format("figure.map", shown.toString());
        };
    }

    private void clear() {
        for (XYFigure.Line l : List.of(gridImage, squareOutline, pictureOriginal, pictureMiddle, pictureImage,
                pictureSecond, guides, handles)) {
            l.set(new double[0], new double[0]);
        }
        squarePositive.hide();
        squareNegative.hide();
        column1.setVisible(false);
        column2.setVisible(false);
        arrows.forEach(a -> a.setVisible(false));
        notes.forEach(n -> n.set(0, 0, ""));
        xy.setTitle(null);
    }

    /** The images of the lines x1 = k and x2 = k: a linear map takes lines to lines, so two ends suffice. */
    private void drawGridAndSquare(LinearMap2 a) {
        int k = GRID_LINES;
        double[] gx = new double[(2 * k + 1) * 2 * 3];
        double[] gy = new double[gx.length];
        int i = 0;
        for (int j = -k; j <= k; j++) {
            for (int family = 0; family < 2; family++) {
                double sx = family == 0 ? j : -k, sy = family == 0 ? -k : j;
                double ex = family == 0 ? j : k, ey = family == 0 ? k : j;
                gx[i] = a.y1(sx, sy);
                gy[i++] = a.y2(sx, sy);
                gx[i] = a.y1(ex, ey);
                gy[i++] = a.y2(ex, ey);
                gx[i] = Double.NaN;
                gy[i++] = Double.NaN;
            }
        }
        gridImage.set(gx, gy);
        double[][] square = a.applyAll(SQUARE_X, SQUARE_Y);
        (a.determinant() >= 0 ? squarePositive : squareNegative).set(square[0], square[1]);
        squareOutline.set(square[0], square[1]);
        cover(square);
    }

    private void drawPicture(XYFigure.Line layer, LinearMap2 a) {
        double[][] f = a.applyAll(F_X, F_Y);
        layer.set(f[0], f[1]);
        cover(f);
    }

    private void drawColumns(LinearMap2 a) {
        drawColumns(a, true);
    }

    /** The columns Ae₁ and Ae₂ as arrows, named unless the step's own arrows (x and y = Ax) need the room. */
    private void drawColumns(LinearMap2 a, boolean named) {
        arrow(column1, a.column1(), 0, named ? "Ae\u2081 = " + a.column1() : "");
        arrow(column2, a.column2(), 1, named ? "Ae\u2082 = " + a.column2() : "");
        if (model.step() == MatricesModel.STEP_DETERMINANT) {
            // Beside the middle of the edge along Ae₂, outside the parallelogram: the letter F keeps its
            // distance from that edge, so the label covers neither the F nor the arrows' names.
            double[][] square = a.applyAll(SQUARE_X, SQUARE_Y);
            double cx = (square[0][0] + square[0][1] + square[0][2] + square[0][3]) / 4;
            double cy = (square[1][0] + square[1][1] + square[1][2] + square[1][3]) / 4;
            double mx = a.column2().component(1) / 2;
            double my = a.column2().component(2) / 2;
            noteAway(2, mx, my, mx - cx, my - cy, text.format(a.determinant() < 0 ? "figure.flipped" : "figure.area",
                    NumberText.display(Math.abs(a.determinant()))));
        }
    }

    private void drawMap(LinearMap2 a) {
        drawColumns(a, false); // named in the next step, which is about them; here x and y = Ax are
        Vector x = model.x();
        Vector y = model.y();
        arrow(arrows.get(0), x, 3, "x = " + x);
        arrow(arrows.get(1), y, 4, "y = Ax = " + y);
        handles.set(new double[] {x.component(1)}, new double[] {x.component(2)});
    }

    private void drawLinearity(LinearMap2 a) {
        Vector u = model.u();
        Vector v = model.v();
        Vector au = a.apply(u);
        Vector av = a.apply(v);
        Vector sum = model.imageOfSum();
        arrow(arrows.get(0), u, 0, "u");
        arrow(arrows.get(2), v, 1, "v");
        arrow(arrows.get(3), au, 2, "Au");
        arrow(arrows.get(4), av, 3, "Av");
        arrow(arrows.get(5), sum, 4, "A(u + v) = Au + Av = " + sum);
        arrow(arrows.get(1), model.imageOfMultiple(), 5, "A(cu) = cAu = " + model.imageOfMultiple());
        // the parallelogram of Au and Av: its far corner is Au + Av
        Vector s = model.sumOfImages();
        guides.set(new double[] {au.component(1), s.component(1), av.component(1)},
                new double[] {au.component(2), s.component(2), av.component(2)});
        handles.set(new double[] {u.component(1), v.component(1)}, new double[] {u.component(2), v.component(2)});
    }

    private void drawSum(LinearMap2 a, LinearMap2 b) {
        Vector x = model.x();
        Vector ax = a.apply(x);
        Vector bx = b.apply(x);
        Vector sum = a.plus(b).apply(x);
        arrow(arrows.get(0), x, 0, "x");
        arrow(arrows.get(3), ax, 1, "Ax");
        arrow(arrows.get(4), bx, 2, "Bx");
        arrow(arrows.get(5), sum, 3, "(A + B)x = Ax + Bx = " + sum);
        guides.set(new double[] {ax.component(1), sum.component(1), bx.component(1)},
                new double[] {ax.component(2), sum.component(2), bx.component(2)});
        handles.set(new double[] {x.component(1)}, new double[] {x.component(2)});
    }

    /** F, then B·F (dashed), then A(B·F) = AB·F; and BA·F in another colour: AB ≠ BA. */
    private void drawProduct(LinearMap2 a, LinearMap2 b) {
        drawPicture(pictureMiddle, b);
        drawPicture(pictureSecond, b.times(a));
        double[][] ab = a.times(b).applyAll(F_X, F_Y);
        double[][] ba = b.times(a).applyAll(F_X, F_Y);
        note(0, ab[0][2], ab[1][2], "AB");
        note(1, ba[0][2], ba[1][2], "BA");
        double[][] mid = b.applyAll(F_X, F_Y);
        note(2, mid[0][2], mid[1][2], "B");
    }

    private void arrow(XYFigure.Arrow arrow, Vector v, int note, String label) {
        arrow.set(0, 0, v.component(1), v.component(2));
        arrow.setVisible(true);
        note(note, v.component(1), v.component(2), label);
        reach = Math.max(reach, Math.max(Math.abs(v.component(1)), Math.abs(v.component(2))));
    }

    private void note(int index, double x, double y, String label) {
        noteAway(index, x, y, x, y, label);
    }

    /** A label at (x, y) on the side (dx, dy) points to: away from the origin, or from a shape's middle. */
    private void noteAway(int index, double x, double y, double dx, double dy, String label) {
        XYFigure.Note n = notes.get(index);
        n.setAnchor(dy >= 0 ? (dx >= 0 ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT)
                : (dx >= 0 ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT));
        n.set(x, y, label.isEmpty() ? "" : " " + label + " ");
    }

    private void cover(double[][] points) {
        for (double[] coordinate : points) {
            for (double c : coordinate) {
                if (Double.isFinite(c)) {
                    reach = Math.max(reach, Math.abs(c));
                }
            }
        }
    }
}
