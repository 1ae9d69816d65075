package org.kobai.lessons.systems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * Steps 0–2: sliders for a, b, c, d and, typeset beneath the figure, A, ad − bc, A⁻¹ by the 2×2 formula
 * and the check A·A⁻¹ = E (or why there is no inverse). Steps 3–5: the system's entry grid, the solution
 * by A⁻¹b, and the sweeping-out stepper. A switch shows exact fractions or decimals.
 */
final class SystemsView implements LessonView {
    private final SystemsModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final ParameterPanel sliders;
    private final SystemEditor editor;
    private final SweepPanel sweep;
    private final CheckBox exact;
    private final VBox controls = new VBox(8);
    private final VBox readouts = new VBox(6);
    private final FlowPane formulas = new FlowPane(24, 6);
    private final Label verdict = new Label();
    private final HBox systemControls;
    private final HBox options;
    /** Where the fractions/decimals switch sits on the map steps: beside the formulas, always in sight. */
    private final HBox mapOptions = new HBox();
    private final InvalidationListener onChange = o -> update();
    private String shownFormulas;

    SystemsView(SystemsModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        editor = new SystemEditor(model, text);
        sweep = new SweepPanel(model, text);
        exact = new CheckBox(text.get("view.exact"));
        exact.setId("exact");
        exact.selectedProperty().bindBidirectional(model.exactProperty());
        options = new HBox(24, editor.sizeChooser(), exact, sweep.stepper());
        options.setAlignment(Pos.CENTER_LEFT);
        systemControls = new HBox(36, editor, sweep.matrix());
        controls.getChildren().addAll(sliders, options, systemControls);
        formulas.setId("formulas");
        formulas.setAlignment(Pos.CENTER_LEFT);
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("verdict");
        HBox formulaRow = new HBox(24, formulas, mapOptions);
        formulaRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(formulas, javafx.scene.layout.Priority.ALWAYS);
        readouts.getChildren().addAll(formulaRow, sweep.readout(), verdict);
        model.addChangeListener(onChange);
        update();
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
        exact.selectedProperty().unbindBidirectional(model.exactProperty());
        sliders.dispose();
    }

    private void update() {
        int step = model.step();
        boolean map = SystemsModel.isMapStep(step);
        sliders.show(model.parametersShownIn(step));
        show(systemControls, !map);
        boolean stepping = step == SystemsModel.STEP_SWEEP || step == SystemsModel.STEP_NO_UNIQUE;
        show(sweep.stepper(), stepping);
        show(editor.sizeChooser(), !map);
        if (map && exact.getParent() != mapOptions) {
            mapOptions.getChildren().setAll(exact);
        } else if (!map && exact.getParent() != options) {
            options.getChildren().add(1, exact);
        }
        show(sweep.readout(), !map);
        editor.show();
        Numbers numbers = new Numbers(model.exact());
        verdict.setText("");
        List<String> latex = map ? mapFormulas(numbers) : systemFormulas(numbers, step);
        setFormulas(latex);
        if (!map) {
            sweep.update(stepping);
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void setFormulas(List<String> latex) {
        String key = String.join("\n", latex);
        if (key.equals(shownFormulas)) {
            return;
        }
        shownFormulas = key;
        List<Node> nodes = new ArrayList<>();
        for (String l : latex) {
            Node node = typeset.apply(l);
            nodes.add(node);
        }
        formulas.getChildren().setAll(nodes);
        show(formulas, !nodes.isEmpty());
    }

    /** A, det A = ad − bc, and A⁻¹ with A·A⁻¹ = E, or the reason there is no inverse. */
    private List<String> mapFormulas(Numbers numbers) {
        RationalMatrix a = model.map();
        Rational det = a.determinant();
        List<String> out = new ArrayList<>();
        if (model.step() == SystemsModel.STEP_IDENTITY) {
            RationalMatrix e = RationalMatrix.identity(2);
            out.add("AE = " + numbers.latex(a, -1) + numbers.latex(e, -1) + " = " + numbers.latex(a.times(e), -1)
                    + " = A");
        }
        out.add("ad - bc = " + numbers.factor(a.get(0, 0)) + " \\cdot " + numbers.factor(a.get(1, 1)) + " - "
                + numbers.factor(a.get(0, 1)) + " \\cdot " + numbers.factor(a.get(1, 0)) + " = " + numbers.latex(det));
        Optional<RationalMatrix> inverse = model.mapInverse();
        if (inverse.isPresent()) {
            RationalMatrix adjugate = RationalMatrix.of(new Rational[][] {
                    {a.get(1, 1), a.get(0, 1).negate()},
                    {a.get(1, 0).negate(), a.get(0, 0)}});
            out.add("A^{-1} = \\frac{1}{" + numbers.latex(det) + "}" + numbers.latex(adjugate, -1) + " = "
                    + numbers.latex(inverse.get(), -1));
            out.add("AA^{-1} = " + numbers.latex(a.times(inverse.get()), -1) + " = E");
        } else {
            verdict.setText(text.get(a.isZero() ? "view.singularPoint" : "view.singular"));
        }
        return out;
    }

    /** x = A⁻¹b on the system step; nothing on the stepping steps (the stepper shows the matrix). */
    private List<String> systemFormulas(Numbers numbers, int step) {
        if (step != SystemsModel.STEP_SYSTEM) {
            return List.of();
        }
        RationalMatrix a = model.coefficients();
        List<Rational> b = model.rightSide();
        Rational det = a.determinant();
        List<String> out = new ArrayList<>();
        if (det.isZero()) {
            verdict.setText(text.get("view.noInverseSystem"));
            return out;
        }
        List<Rational> x = ((Solutions.Unique) model.solutions()).x();
        if (a.rows() == 2) {
            RationalMatrix adjugate = RationalMatrix.of(new Rational[][] {
                    {a.get(1, 1), a.get(0, 1).negate()},
                    {a.get(1, 0).negate(), a.get(0, 0)}});
            out.add("x = A^{-1}b = \\frac{1}{" + numbers.latex(det) + "}" + numbers.latex(adjugate, -1)
                    + numbers.latex(b) + " = " + numbers.latex(x));
        } else {
            out.add("x = A^{-1}b = " + numbers.latex(x));
        }
        return out;
    }
}
