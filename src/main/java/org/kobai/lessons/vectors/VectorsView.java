package org.kobai.lessons.vectors;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Vector;
import org.kobai.math.linalg.WordCounts;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.PointEdits;
import org.kobai.ui.ViewContext;

/**
 * Sliders for α and β (or X), draggable arrow tips, the inner product both ways as numbers, αᵀX typeset,
 * and two sentence fields with their word-count table.
 */
final class VectorsView implements LessonView {
    /** Dragged tips land on tenths, so exact values such as (2, 1) are easy to hit. */
    private static final double SNAP = 0.1;

    private final VectorsModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(8);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final VBox sentences = new VBox(6);
    private final TextField firstField = new TextField();
    private final TextField secondField = new TextField();
    private final HBox formulas = new HBox(16);
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private final GridPane table = new GridPane();
    private final ScrollPane tableScroller = new ScrollPane(table);
    private String shownFormulas;
    private final InvalidationListener onChange = o -> update();

    VectorsView(VectorsModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        VectorsFigure vectors = (VectorsFigure) figure;
        figurePane.interaction(0).editPoints(vectors::handles, new PointEdits() {
            @Override
            public void moved(int index, double x, double y) {
                drag(index, snap(x), snap(y));
            }
        }).allowAdding(false).allowRemoving(false);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());

        firstField.setId("first-sentence");
        secondField.setId("second-sentence");
        firstField.setText(model.firstTextProperty().get());
        secondField.setText(model.secondTextProperty().get());
        firstField.textProperty().addListener((o, old, now) -> model.firstTextProperty().set(now));
        secondField.textProperty().addListener((o, old, now) -> model.secondTextProperty().set(now));
        firstField.setPrefColumnCount(36);
        secondField.setPrefColumnCount(36);
        sentences.getChildren().addAll(labelled(text.get("field.first"), firstField),
                labelled(text.get("field.second"), secondField));
        controls.getChildren().addAll(sliders, sentences);

        formulas.setId("formulas");
        formulas.setAlignment(Pos.CENTER_LEFT);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("verdict");
        table.setId("counts-table");
        table.setHgap(14);
        table.setVgap(2);
        table.setPadding(new Insets(2, 4, 2, 4));
        tableScroller.setFitToHeight(true);
        tableScroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tableScroller.setPrefViewportHeight(70);
        readouts.getChildren().addAll(formulas, readout, tableScroller, verdict);
        model.addChangeListener(onChange);
        update();
    }

    private static HBox labelled(String name, TextField field) {
        Label l = new Label(name);
        l.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, l, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void showText(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private static double snap(double v) {
        double s = Math.rint(v / SNAP) * SNAP;
        return Math.rint(s * 10) / 10 + 0.0;
    }

    private void drag(int index, double x, double y) {
        if (index == 0) {
            model.a1().set(clampTo(model.a1(), x));
            model.a2().set(clampTo(model.a2(), y));
        } else if (model.step() == VectorsModel.STEP_LINEAR_FORM) {
            model.x1().set(clampTo(model.x1(), x));
            model.x2().set(clampTo(model.x2(), y));
        } else {
            model.b1().set(clampTo(model.b1(), x));
            model.b2().set(clampTo(model.b2(), y));
        }
    }

    private static double clampTo(org.kobai.lesson.Parameter p, double v) {
        return Math.max(p.min(), Math.min(p.max(), v));
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
        sliders.dispose();
    }

    private void update() {
        int step = model.step();
        sliders.show(model.parametersShownIn(step));
        boolean textStep = step == VectorsModel.STEP_TEXT;
        sentences.setVisible(textStep);
        sentences.setManaged(textStep);
        // A scene opened over this view puts its sentences into the model: show them (typing leaves them equal).
        showText(firstField, model.firstTextProperty().get());
        showText(secondField, model.secondTextProperty().get());
        tableScroller.setVisible(textStep);
        tableScroller.setManaged(textStep);
        verdict.getStyleClass().removeAll("good", "bad");
        if (textStep) {
            showFormulas(null);
            showText(model.wordCounts());
            return;
        }
        Vector a = model.alpha();
        Vector b = model.partner();
        String partner = step == VectorsModel.STEP_LINEAR_FORM ? "X" : "β";
        String products = text.format("readout.products", NumberText.display(a.component(1)),
                factor(b.component(1)), NumberText.display(a.component(2)), factor(b.component(2)),
                NumberText.display(model.dot()), partner);
        String lengths = text.format("readout.lengths", a.toString(), NumberText.display(a.length()),
                b.toString(), NumberText.display(b.length()), partner);
        Optional<Double> theta = model.angle();
        Optional<Double> cosine = model.cosine();
        String degrees = theta.map(t -> NumberText.display(VectorsFigure.round(Math.toDegrees(t), 2)) + "°").orElse("");
        switch (step) {
            case VectorsModel.STEP_VECTORS -> {
                showFormulas(null);
                readout.setText(lengths);
            }
            case VectorsModel.STEP_INNER_PRODUCT -> {
                showFormulas(null);
                readout.setText(products + "\n" + model.dotFromAngle().map(d -> text.format("readout.geometric",
                        NumberText.display(a.length()), NumberText.display(b.length()), degrees,
                        NumberText.display(VectorsFigure.round(d, 9)), partner)).orElse(""));
            }
            case VectorsModel.STEP_LINEAR_FORM -> {
                showFormulas(linearFormLatex(a, model.gradientOfLinearForm()));
                readout.setText(text.format("readout.form", NumberText.display(a.component(1)),
                        NumberText.display(a.component(2)), b.toString(), NumberText.display(model.dot())));
            }
            default -> {
                showFormulas(null);
                readout.setText(products + "\n" + cosine.map(c -> text.format("readout.cosine",
                        NumberText.display(model.dot()), NumberText.display(a.length() * b.length()),
                        NumberText.display(VectorsFigure.round(c, 6)), degrees, partner)).orElse(""));
            }
        }
        verdict.setText(directionVerdict(a, b, cosine, partner));
    }

    private String directionVerdict(Vector a, Vector b, Optional<Double> cosine, String partner) {
        if (a.isZero() || b.isZero()) {
            verdict.getStyleClass().add("bad");
            return text.format("verdict.zero", a.isZero() ? "α" : partner);
        }
        double c = cosine.orElseThrow();
        if (model.dot() == 0) {
            return text.get("verdict.orthogonal");
        } else if (c == 1) {
            return text.get("verdict.same");
        } else if (c == -1) {
            return text.get("verdict.opposite");
        }
        return "";
    }

    private static String factor(double v) {
        String t = NumberText.display(v);
        return v < 0 ? "(" + t + ")" : t;
    }

    /** α as a column, αᵀ as a row, αᵀX written out, and its derivative. */
    private static String linearFormLatex(Vector a, Vector gradient) {
        String a1 = latexNumber(a.component(1));
        String a2 = latexNumber(a.component(2));
        String column = "\\begin{pmatrix}" + a1 + "\\\\" + a2 + "\\end{pmatrix}";
        String g = "\\begin{pmatrix}" + latexNumber(gradient.component(1)) + "\\\\"
                + latexNumber(gradient.component(2)) + "\\end{pmatrix}";
        String sign = a.component(2) < 0 ? " - " : " + ";
        return "\\alpha = " + column + ",\\quad \\alpha^{T} = (" + a1 + "\\;\\; " + a2 + "),\\quad "
                + "\\alpha^{T}X = (" + a1 + "\\;\\; " + a2 + ")\\begin{pmatrix}x_1\\\\x_2\\end{pmatrix} = "
                + a1 + "x_1" + sign + latexNumber(Math.abs(a.component(2))) + "x_2,\\quad "
                + "\\frac{\\partial(\\alpha^{T}X)}{\\partial X} = " + g + " = \\alpha";
    }

    private static String latexNumber(double v) {
        return NumberText.plain(v);
    }

    private void showFormulas(String latex) {
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

    private void showText(WordCounts w) {
        table.getChildren().clear();
        table.add(header(text.get("table.term")), 0, 0);
        table.add(header(text.get("table.first")), 0, 1);
        table.add(header(text.get("table.second")), 0, 2);
        for (int i = 0; i < w.terms().size(); i++) {
            table.add(new Label(w.terms().get(i)), i + 1, 0);
            table.add(new Label(Integer.toString(w.first()[i])), i + 1, 1);
            table.add(new Label(Integer.toString(w.second()[i])), i + 1, 2);
        }
        if (w.firstIsEmpty() || w.secondIsEmpty()) {
            readout.setText("");
            verdict.setText(text.get("verdict.noWords"));
            verdict.getStyleClass().add("bad");
            return;
        }
        double dot = w.firstVector().dot(w.secondVector());
        double lengths = w.firstVector().length() * w.secondVector().length();
        double c = w.cosineSimilarity();
        readout.setText(text.format("readout.text", NumberText.display(dot), NumberText.display(lengths),
                NumberText.display(VectorsFigure.round(c, 6)),
                NumberText.display(VectorsFigure.round(Math.toDegrees(model.textAngle().orElseThrow()), 2)) + "°"));
        verdict.setText(c == 1 ? text.get("verdict.textSame") : c == 0 ? text.get("verdict.textNothing") : "");
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** For tests: the fields for the two sentences. */
    TextField firstField() { return firstField; }
    TextField secondField() { return secondField; }
}
