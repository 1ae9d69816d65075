package org.kobai.lessons.matrices;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Parameter;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.math.linalg.Matrix;
import org.kobai.math.linalg.TensorShape;
import org.kobai.math.linalg.Vector;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.PointEdits;
import org.kobai.ui.ViewContext;

/**
 * Sliders with fields for the entries of A (and B) and the other controls, the step's formulas
 * typeset with the current numbers, and in the product step the entries of AB, each showing its row times
 * column when the pointer is on it.
 */
final class MatricesView implements LessonView {
    private static final double SNAP = 0.1;

    private final MatricesModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(10);
    private final ParameterPanel others;
    private final VBox readouts = new VBox(4);
    private final HBox formulas = new HBox(16);
    private final GridPane productTable = new GridPane();
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private String shownFormulas;
    private String shownTable;
    private final InvalidationListener onChange = o -> update();

    MatricesView(MatricesModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        MatricesFigure f = (MatricesFigure) figure;
        figurePane.interaction(0).editPoints(f::handles, new PointEdits() {
            @Override
            public void moved(int index, double x, double y) {
                drag(index, snap(x), snap(y));
            }
        }).allowAdding(false).allowRemoving(false);
        others = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        controls.getChildren().add(others);

        formulas.setId("formulas");
        formulas.setAlignment(Pos.CENTER_LEFT);
        productTable.setId("product-table");
        productTable.setHgap(18);
        productTable.setVgap(4);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("verdict");
        readouts.getChildren().addAll(formulas, productTable, readout, verdict);
        model.addChangeListener(onChange);
        update();
    }

    private static double snap(double v) {
        return Math.rint(v / SNAP) * SNAP + 0.0;
    }

    private void drag(int index, double x, double y) {
        int step = model.step();
        if (step == MatricesModel.STEP_LINEARITY) {
            set(index == 0 ? model.u1() : model.v1(), x);
            set(index == 0 ? model.u2() : model.v2(), y);
        } else {
            set(model.x1(), x);
            set(model.x2(), y);
        }
    }

    private static void set(Parameter p, double v) {
        p.set(Math.max(p.min(), Math.min(p.max(), v)));
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        shownFormulas = null;
        update();
    }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        others.dispose();
    }

    private void update() {
        int step = model.step();
        others.show(model.parametersShownIn(step));
        show(productTable, step == MatricesModel.STEP_SHAPES);
        verdict.getStyleClass().removeAll("good", "bad");
        verdict.setText("");
        LinearMap2 a = model.a();
        LinearMap2 b = model.b();
        switch (step) {
            case MatricesModel.STEP_MAP -> {
                Vector x = model.x();
                Vector y = model.y();
                formulas("y = Ax = " + latex(a) + column(x) + " = \\begin{pmatrix}" + terms(a, 1, x) + "\\\\"
                        + terms(a, 2, x) + "\\end{pmatrix} = " + column(y));
                readout.setText(text.format("readout.map", x.toString(), y.toString()));
            }
            case MatricesModel.STEP_COLUMNS -> {
                formulas("Ae_1 = " + column(a.column1()) + ",\\quad Ae_2 = " + column(a.column2()));
                readout.setText(text.format("readout.columns", a.column1().toString(), a.column2().toString()));
            }
            case MatricesModel.STEP_DETERMINANT -> showDeterminant(a);
            case MatricesModel.STEP_LINEARITY -> showLinearity();
            case MatricesModel.STEP_SUM -> {
                double c = model.c().get();
                formulas("A + B = " + latex(a.plus(b)) + ",\\quad " + number(c) + "A = " + latex(a.times(c)));
                readout.setText(text.format("readout.sum", model.x().toString(), a.plus(b).apply(model.x()).toString(),
                        a.apply(model.x()).plus(b.apply(model.x())).toString()));
            }
            case MatricesModel.STEP_PRODUCT -> {
                LinearMap2 ab = a.times(b);
                LinearMap2 ba = b.times(a);
                formulas("AB = " + latex(ab) + ",\\quad BA = " + latex(ba));
                readout.setText(text.get("readout.product"));
                verdict.setText(text.get(ab.equals(ba) ? "verdict.commute" : "verdict.notCommute"));
            }
            case MatricesModel.STEP_SHAPES -> showShapes();
            default -> {
                formulas(null);
                readout.setText(text.get("readout.orders"));
            }
        }
    }

    private void showDeterminant(LinearMap2 a) {
        double det = a.determinant();
        formulas("\\det A = a_{11}a_{22} - a_{12}a_{21} = " + number(a.a11()) + "\\cdot" + factor(a.a22()) + " - "
                + factor(a.a12()) + "\\cdot" + factor(a.a21()) + " = " + number(det));
        double[][] square = a.applyAll(MatricesFigure.SQUARE_X, MatricesFigure.SQUARE_Y);
        readout.setText(text.format("readout.det", NumberText.display(det),
                NumberText.display(org.kobai.math.linalg.LinearMap2.signedArea(square[0], square[1]))));
        verdict.setText(text.get(det > 0 ? "verdict.kept" : det < 0 ? "verdict.flipped" : "verdict.squashed"));
        verdict.getStyleClass().add(det == 0 ? "bad" : "good");
    }

    private void showLinearity() {
        formulas(null);
        readout.setText(text.format("readout.additivity", model.imageOfSum().toString(), model.sumOfImages().toString())
                + "\n" + text.format("readout.homogeneity", NumberText.display(model.c().get()),
                model.imageOfMultiple().toString(), model.multipleOfImage().toString()));
        boolean holds = close(model.imageOfSum(), model.sumOfImages()) && close(model.imageOfMultiple(), model.multipleOfImage());
        verdict.setText(text.get(holds ? "verdict.linear" : "verdict.rounding"));
        verdict.getStyleClass().add(holds ? "good" : "bad");
    }

    /** Equal up to the rounding of a few products of numbers of size ≤ 100. */
    private static boolean close(Vector p, Vector q) {
        return p.minus(q).length() <= 1e-9 * Math.max(1, p.length());
    }

    private void showShapes() {
        TensorShape sa = model.shapeA();
        TensorShape sb = model.shapeB();
        Optional<TensorShape> shape = model.productShape();
        if (shape.isEmpty()) {
            formulas(null);
            setTable(null, null);
            readout.setText(text.format("readout.shapes", sa.toString(), sb.toString()));
            verdict.setText(text.format("verdict.noFit", sa.toString(), sb.toString(),
                    Integer.toString(sa.sizes()[1]), Integer.toString(sb.sizes()[0])));
            verdict.getStyleClass().add("bad");
            return;
        }
        Matrix a = model.countingA();
        Matrix b = model.countingB();
        Matrix ab = a.times(b);
        setTable(a, b);
        formulas(latex(a) + latex(b) + " = " + latex(ab) + ",\\quad (AB)^{T} = " + latex(ab.transpose())
                + " = B^{T}A^{T}");
        int i = model.selectedRow();
        int j = model.selectedColumn();
        readout.setText(text.format("readout.entry", Integer.toString(i), Integer.toString(j), a.productTerms(b, i, j),
                NumberText.display(ab.entry(i, j))) + "\n"
                + text.format("readout.fit", sa.toString(), sb.toString(), shape.get().toString()));
        verdict.setText(b.transpose().times(a.transpose()).equals(ab.transpose()) ? text.get("verdict.transpose") : "");
    }

    /** The entries of AB as labels; the pointer on one (or a click) selects it. */
    private void setTable(Matrix a, Matrix b) {
        String key = a == null ? "" : a + "|" + b;
        if (key.equals(shownTable)) {
            return;
        }
        shownTable = key;
        productTable.getChildren().clear();
        if (a == null) {
            return;
        }
        Matrix ab = a.times(b);
        productTable.add(new Label("AB ="), 0, 0);
        for (int i = 1; i <= ab.rows(); i++) {
            for (int j = 1; j <= ab.columns(); j++) {
                Label entry = new Label(NumberText.display(ab.entry(i, j)));
                entry.setId("entry-" + i + "-" + j);
                entry.getStyleClass().add("product-entry");
                entry.setStyle("-fx-padding: 2 8 2 8; -fx-border-color: -fx-box-border; -fx-cursor: hand;");
                int row = i, col = j;
                entry.setOnMouseEntered(e -> select(row, col));
                entry.setOnMouseClicked(e -> select(row, col));
                productTable.add(entry, j, i - 1);
            }
        }
    }

    private void select(int i, int j) {
        model.row().set(i);
        model.column().set(j);
    }

    private void formulas(String latex) {
        if (latex == null) {
            formulas.getChildren().clear();
            formulas.setManaged(false);
            shownFormulas = null;
            return;
        }
        formulas.setManaged(true);
        if (!latex.equals(shownFormulas)) {
            shownFormulas = latex;
            formulas.getChildren().setAll(typeset.apply(latex));
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    static String latex(LinearMap2 m) {
        return latex(m.toMatrix());
    }

    static String latex(Matrix m) {
        StringBuilder s = new StringBuilder("\\begin{pmatrix}");
        for (int i = 1; i <= m.rows(); i++) {
            for (int j = 1; j <= m.columns(); j++) {
                s.append(number(m.entry(i, j))).append(j < m.columns() ? " & " : "");
            }
            s.append(i < m.rows() ? "\\\\" : "");
        }
        return s.append("\\end{pmatrix}").toString();
    }

    private static String column(Vector v) {
        return latex(Matrix.column(v));
    }

    /** "2 \cdot 1 + 1 \cdot 0.5" for row i of A times x. */
    private static String terms(LinearMap2 a, int i, Vector x) {
        return number(a.entry(i, 1)) + "\\cdot" + factor(x.component(1)) + " + " + factor(a.entry(i, 2)) + "\\cdot"
                + factor(x.component(2));
    }

    private static String number(double v) {
        return NumberText.plain(v);
    }

    private static String factor(double v) {
        return v < 0 ? "(" + number(v) + ")" : number(v);
    }
}
