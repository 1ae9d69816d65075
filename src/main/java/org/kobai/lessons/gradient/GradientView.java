package org.kobai.lessons.gradient;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kobai.lesson.Messages;
import org.kobai.math.expr.Gradient;
import org.kobai.math.field.VectorField;
import org.kobai.plot.Figure;
import org.kobai.ui.ClickToSet;
import org.kobai.ui.FigurePane;
import org.kobai.ui.FunctionField;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * A field for f (steps 1–2) or for the two components of F with presets (steps 3–4), sliders, the
 * formulas typeset (∇f, ∇·F and ∇×F, J) and the numbers at (c, d) ({@link GradientReadout}).
 */
final class GradientView implements LessonView {
    private final GradientModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final FunctionField functionField;
    private final FunctionField firstField;
    private final FunctionField secondField;
    private final ChoiceBox<FieldPreset> presets = new ChoiceBox<>();
    private final VBox fieldBox = new VBox(4);
    private final HBox formulas = new HBox(18);
    private final Label readout = new Label();
    private final ClickToSet sideClicks;
    private final Function<String, Node> typeset;
    private final GradientReadout words;
    private String shownFormulas;
    private boolean showingPreset;
    private final InvalidationListener onChange = o -> update();

    GradientView(GradientModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        this.words = new GradientReadout(model, text);
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).clickToSet(this::setPoint);
        sideClicks = figurePane.interaction(1).clickToSet((x, y) -> {
            if (model.showsField()) {
                setPoint(x, y);
            } else {
                model.angle().set(Math.max(0, Math.min(360, x)));
            }
        });
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        functionField = new FunctionField(text.get("field.function"), 18, model::setFunction, this::error);
        functionField.setId("function");
        firstField = new FunctionField(text.get("field.first"), 16, typed -> model.setComponent(0, typed), this::error);
        firstField.setId("first-component");
        secondField = new FunctionField(text.get("field.second"), 16, typed -> model.setComponent(1, typed), this::error);
        secondField.setId("second-component");
        presets.setId("presets");
        presets.getItems().setAll(FieldPreset.values());
        presets.setConverter(new StringConverter<>() {
            @Override public String toString(FieldPreset p) {
                return p == null ? "" : text.format(p.key(), p.first(), p.second());
            }

            @Override public FieldPreset fromString(String s) { return null; }
        });
        presets.setOnAction(e -> {
            FieldPreset p = presets.getValue();
            if (p != null && !showingPreset) {
                model.usePreset(p);
            }
        });
        Label presetLabel = new Label(text.get("field.presets"));
        presetLabel.setLabelFor(presets);
        HBox presetRow = new HBox(8, presetLabel, presets);
        presetRow.setAlignment(Pos.BASELINE_LEFT);
        fieldBox.getChildren().addAll(presetRow, firstField, secondField);
        controls.getChildren().addAll(functionField, fieldBox, sliders);
        controls.setId("gradient-controls");
        formulas.setId("formulas");
        formulas.setAlignment(Pos.CENTER_LEFT);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readouts.getChildren().addAll(formulas, readout);
        model.addChangeListener(onChange);
        update();
    }

    private void setPoint(double x1, double x2) {
        model.c().set(x1);
        model.d().set(x2);
    }

    private String error(int column, String reason) {
        return text.format("error.function", Integer.toString(column), reason);
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
        boolean field = model.showsField();
        show(functionField, !field);
        show(fieldBox, field);
        sideClicks.setEnabled(step != GradientModel.STEP_JACOBIAN);
        // The slider a step is about comes first (θ, h); otherwise what is typed does.
        List<Node> order = step == GradientModel.STEP_DIRECTION || step == GradientModel.STEP_JACOBIAN
                ? List.of(sliders, functionField, fieldBox) : List.of(functionField, fieldBox, sliders);
        if (!controls.getChildren().equals(order)) {
            controls.getChildren().setAll(order);
        }
        if (field) {
            VectorField f = model.field();
            firstField.show(f.first().text());
            secondField.show(f.second().text());
            showingPreset = true;
            presets.setValue(model.presetShown().orElse(null));
            showingPreset = false;
        } else {
            functionField.show(model.function().text());
        }
        showFormulas(latex(step));
        readout.setText(words.text());
    }

    /** The formulas of this step: ∇f; ∇·F and ∇×F; J and J at the point. */
    private List<String> latex(int step) {
        return switch (step) {
            case GradientModel.STEP_FIELD -> List.of(
                    "\\nabla\\cdot F = \\frac{\\partial F_1}{\\partial x_1} + \\frac{\\partial F_2}{\\partial x_2} = "
                            + model.field().divergence().latex(),
                    "\\nabla\\times F = \\frac{\\partial F_2}{\\partial x_1} - \\frac{\\partial F_1}{\\partial x_2} = "
                            + model.field().curl().latex());
            case GradientModel.STEP_JACOBIAN -> List.of(
                    "J = " + model.field().jacobian().latex(),
                    words.jacobianHereLatex());
            default -> {
                Gradient g = model.gradient();
                yield List.of("\\nabla f = \\left(\\frac{\\partial f}{\\partial x_1}, \\frac{\\partial f}{\\partial x_2}\\right) = \\left("
                        + g.partial("x1").expression().latex() + ", " + g.partial("x2").expression().latex() + "\\right)");
            }
        };
    }

    private void showFormulas(List<String> latex) {
        String key = String.join("\n", latex);
        if (key.equals(shownFormulas)) {
            return;
        }
        shownFormulas = key;
        formulas.getChildren().setAll(latex.stream().filter(s -> !s.isEmpty()).map(typeset).toList());
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
