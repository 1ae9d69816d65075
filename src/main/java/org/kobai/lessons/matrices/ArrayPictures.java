package org.kobai.lessons.matrices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Matrix;
import org.kobai.math.linalg.TensorShape;
import org.kobai.plot.Dash;
import org.kobai.plot.XYFigure;

/**
 * Arrays drawn as cells of one unit: A × B = AB with the row of A and the column of B that make the
 * selected entry shaded (or why the shapes do not fit), and a scalar, a vector, a matrix and a tensor of
 * order 3 side by side with their shapes.
 */
final class ArrayPictures {
    private static final int ENTRIES = 64;
    private static final int LABELS = 8;
    private static final double GAP = 1.6;
    private static final double DEPTH = 0.4;

    private final XYFigure xy;
    private final Messages text;
    private final XYFigure.Line backCells;
    private final XYFigure.Line cells;
    private final XYFigure.Shade rowShade;
    private final XYFigure.Shade columnShade;
    private final XYFigure.Shade entryShade;
    private final List<XYFigure.Note> entries = new ArrayList<>();
    private final List<XYFigure.Note> labels = new ArrayList<>();
    private final List<Double> lx = new ArrayList<>();
    private final List<Double> ly = new ArrayList<>();
    private int usedEntries;
    private int usedLabels;

    ArrayPictures(XYFigure xy, Messages text) {
        this.xy = xy;
        this.text = text;
        rowShade = xy.shade(0, 0.25);
        columnShade = xy.shade(1, 0.25);
        entryShade = xy.shade(2, 0.35);
        backCells = xy.line(null, 6, 1.0, Dash.DASHED);
        cells = xy.line(null, 6, 1.8, Dash.SOLID);
        for (int i = 0; i < ENTRIES; i++) {
            entries.add(xy.note(-1, 14, TextAnchor.CENTER));
        }
        for (int i = 0; i < LABELS; i++) {
            labels.add(xy.note(-1, 14, TextAnchor.TOP_CENTER));
        }
    }

    void clear() {
        cells.set(new double[0], new double[0]);
        backCells.set(new double[0], new double[0]);
        rowShade.hide();
        columnShade.hide();
        entryShade.hide();
        entries.forEach(n -> n.set(0, 0, ""));
        labels.forEach(n -> n.set(0, 0, ""));
        usedEntries = 0;
        usedLabels = 0;
    }

    /** The entries written in the cells now, in drawing order. */
    List<String> entryTexts() {
        return entries.subList(0, usedEntries).stream().map(XYFigure.Note::text).toList();
    }

    /** The labels under the arrays now (shapes, messages). */
    List<String> labelTexts() {
        return labels.subList(0, usedLabels).stream().map(XYFigure.Note::text).toList();
    }

    /** A × B = AB with the selected entry's row and column shaded, or the reason the shapes do not fit. */
    void drawProduct(MatricesModel model) {
        clear();
        Matrix a = model.countingA();
        Matrix b = model.countingB();
        Optional<TensorShape> shape = model.productShape();
        int rows = Math.max(a.rows(), b.rows());
        double bx = a.columns() + GAP;
        double abx = bx + b.columns() + GAP;
        grid(a, 0, 0);
        grid(b, bx, 0);
        label(a.columns() + GAP / 2, -rows / 2.0 + 0.35, "\u00d7");
        label(a.columns() / 2.0, -a.rows() - 0.25, text.format("figure.shapeA", a.shape().toString()));
        label(bx + b.columns() / 2.0, -b.rows() - 0.25, text.format("figure.shapeB", b.shape().toString()));
        double right = abx;
        if (shape.isPresent()) {
            Matrix ab = a.times(b);
            grid(ab, abx, 0);
            label(bx + b.columns() + GAP / 2, -rows / 2.0 + 0.35, "=");
            label(abx + ab.columns() / 2.0, -ab.rows() - 0.25, text.format("figure.shapeAB", ab.shape().toString()));
            int i = model.selectedRow();
            int j = model.selectedColumn();
            rect(rowShade, 0, -(i - 1), a.columns(), 1);
            rect(columnShade, bx + j - 1, 0, 1, b.rows());
            rect(entryShade, abx + j - 1, -(i - 1), 1, 1);
            label((abx + ab.columns()) / 2.0, -rows - 1.1, text.format("figure.entry", Integer.toString(i),
                    Integer.toString(j), a.productTerms(b, i, j), NumberText.display(ab.entry(i, j))));
            right = abx + ab.columns();
        } else {
            label(abx + 1.5, -rows / 2.0 + 0.35, text.format("figure.noFit", Integer.toString(a.columns()),
                    Integer.toString(b.rows())));
            right = abx + 3;
        }
        cells.set(array(lx), array(ly));
        xy.setTitle(text.get("figure.productTitle"));
        xy.setWindowEqualUnits(-0.6, right + 0.6, -rows - 1.8, 1.0);
    }

    /** A scalar, a vector, a matrix and an order-3 tensor, each labelled with its order and shape. */
    void drawOrders() {
        clear();
        double x = 0;
        Matrix scalar = Matrix.of(new double[][] {{5}});
        grid(scalar, x, 0);
        label(x + 0.5, -3.4, text.format("figure.order", "0", TensorShape.of().toString()));
        label(x + 0.5, -4.1, text.get("figure.scalar"));
        x += 1 + GAP;
        grid(Matrix.column(org.kobai.math.linalg.Vector.of(1, 2, 3)), x, 0);
        label(x + 0.5, -3.4, text.format("figure.order", "1", TensorShape.of(3).toString()));
        label(x + 0.5, -4.1, text.get("figure.vector"));
        x += 1 + GAP;
        grid(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), x, 0);
        label(x + 1.5, -3.4, text.format("figure.order", "2", TensorShape.of(2, 3).toString()));
        label(x + 1.5, -4.1, text.get("figure.matrix"));
        x += 3 + GAP + DEPTH * 2;
        // three 2×3 layers, the back ones offset up and to the right
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int layer = 2; layer >= 1; layer--) {
            double ox = x + layer * DEPTH, oy = layer * DEPTH;
            outline(bx, by, ox, oy, 3, 2);
        }
        grid(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), x, 0);
        label(x + 1.5 + DEPTH, -3.4, text.format("figure.order", "3", TensorShape.of(3, 2, 3).toString()));
        label(x + 1.5 + DEPTH, -4.1, text.get("figure.tensor"));
        backCells.set(array(bx), array(by));
        cells.set(array(lx), array(ly));
        xy.setTitle(text.get("figure.ordersTitle"));
        xy.setWindowEqualUnits(-0.6, x + 3 + 3 * DEPTH + 0.6, -4.8, 1.6);
    }

    /** The cells of a matrix with its entries, top-left corner at (ox, oy), rows going down. */
    private void grid(Matrix m, double ox, double oy) {
        outline(lx, ly, ox, oy, m.columns(), m.rows());
        for (int i = 1; i <= m.rows(); i++) {
            for (int j = 1; j <= m.columns(); j++) {
                if (usedEntries < ENTRIES) {
                    entries.get(usedEntries++).set(ox + j - 0.5, oy - i + 0.5, NumberText.display(m.entry(i, j)));
                }
            }
        }
    }

    /** Cell borders of a rows×columns block, top-left corner at (ox, oy). */
    private static void outline(List<Double> xs, List<Double> ys, double ox, double oy, int columns, int rows) {
        for (int i = 0; i <= rows; i++) {
            segment(xs, ys, ox, oy - i, ox + columns, oy - i);
        }
        for (int j = 0; j <= columns; j++) {
            segment(xs, ys, ox + j, oy, ox + j, oy - rows);
        }
    }

    private static void segment(List<Double> xs, List<Double> ys, double x0, double y0, double x1, double y1) {
        xs.add(x0);
        ys.add(y0);
        xs.add(x1);
        ys.add(y1);
        xs.add(Double.NaN);
        ys.add(Double.NaN);
    }

    /** A shaded rectangle, top-left corner (x, y), w wide and h high (downwards). */
    private static void rect(XYFigure.Shade shade, double x, double y, double w, double h) {
        shade.set(new double[] {x, x + w, x + w, x}, new double[] {y, y, y - h, y - h});
    }

    private void label(double x, double y, String s) {
        if (usedLabels < LABELS) {
            labels.get(usedLabels++).set(x, y, s);
        }
    }

    private double[] array(List<Double> values) {
        double[] out = values.stream().mapToDouble(Double::doubleValue).toArray();
        values.clear();
        return out;
    }
}
