package org.kobai.lessons.partial;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.FunctionField;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/** A field for f(x1, x2), sliders for c, d (and s), the partial derivatives typeset and as numbers. */
final class PartialView implements LessonView {
    private final PartialModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final FunctionField functionField;
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private final HBox partialsRow = new HBox(16);
    private final Function<String, Node> typeset;
    private Expression shownFunction;
    private final InvalidationListener onChange = o -> update();

    /** The articles' functions, the bowl z = x² + y², a saddle and a few shapes worth slicing. */
    static final java.util.List<String> EXAMPLES = java.util.List.of(
            "x1^2 + 2x1 x2 - x2^2", "4x1^2 + 3x2", "x1^2 + x2^2", "x1^2 - x2^2", "x1 x2",
            "sin(x1) cos(x2)", "exp(-(x1^2 + x2^2))");

    PartialView(PartialModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).clickToSet((x1, x2) -> {
            model.c().set(x1);
            model.d().set(x2);
        });
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        functionField = new FunctionField(text.get("field.function"), 18, model::setFunction,
                (column, reason) -> text.format("error.function", Integer.toString(column), reason));
        functionField.offerExamples(text.get("field.examples"), EXAMPLES);
        controls.getChildren().addAll(functionField, sliders);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("verdict");
        partialsRow.setId("partials");
        partialsRow.setAlignment(Pos.CENTER_LEFT);
        readouts.getChildren().addAll(partialsRow, readout, verdict);
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        shownFunction = null;
        update();
    }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    private void update() {
        sliders.show(model.parametersShownIn(model.step()));
        functionField.show(model.function().text());
        if (model.function() != shownFunction) {
            shownFunction = model.function();
            Gradient g = model.gradient();
            partialsRow.getChildren().setAll(
                    typeset.apply("\\frac{\\partial f}{\\partial x_1} = " + g.partial("x1").expression().latex()),
                    typeset.apply("\\frac{\\partial f}{\\partial x_2} = " + g.partial("x2").expression().latex()));
        }
        double c = model.c().get();
        double d = model.d().get();
        String cText = NumberText.display(c);
        String dText = NumberText.display(d);
        double fc = model.value();
        verdict.setText("");
        if (!Double.isFinite(fc)) {
            readout.setText(text.format("readout.notDefined", cText, dText));
            return;
        }
        DerivativeValue p1 = model.partialX1();
        DerivativeValue p2 = model.partialX2();
        String fText = NumberText.display(fc);
        String p1Text = number(p1);
        String p2Text = number(p2);
        switch (model.step()) {
            case PartialModel.STEP_MAP -> readout.setText(text.format("readout.value", cText, dText, fText));
            case PartialModel.STEP_X1 -> readout.setText(text.format("readout.x1", cText, dText, fText, p1Text));
            case PartialModel.STEP_X2 -> readout.setText(text.format("readout.x2", cText, dText, fText, p2Text));
            case PartialModel.STEP_PLANE -> {
                double s = model.s().get();
                double dy = model.totalDifferential(s);
                double change = model.trueChange(s);
                double error = change - dy;
                String plane = text.format("readout.plane", fText, p1Text, p2Text) + "\n" + planeEquation(fc, p1, p2, c, d);
                String differential = Double.isFinite(dy) && Double.isFinite(change)
                        ? text.format("readout.differential", NumberText.display(s), NumberText.display(dy),
                                NumberText.display(change), NumberText.display(error),
                                NumberText.display(error / (s * s)))
                        : text.get("readout.none");
                readout.setText(plane + "\n" + differential);
            }
            default -> {
                readout.setText(text.format("readout.both", cText, dText, fText, p1Text, p2Text));
                if (p1.isDefined() && p2.isDefined() && Math.abs(p1.value()) < 1e-9 && Math.abs(p2.value()) < 1e-9) {
                    verdict.setText(text.get("readout.flat"));
                } else {
                    verdict.setText(text.get("readout.notFlat"));
                }
            }
        }
    }

    /** "z = 2 + 6 · (x1 − 1) − 2 · (x2 − 2)", or a note that there is no tangent plane. */
    private String planeEquation(double fc, DerivativeValue p1, DerivativeValue p2, double c, double d) {
        if (!p1.isDefined() || !p2.isDefined()) {
            return text.get("readout.noPlane");
        }
        return "z = " + NumberText.display(fc) + term(p1.value(), "x1", c) + term(p2.value(), "x2", d);
    }

    private static String term(double coefficient, String variable, double at) {
        String shift = at == 0 ? variable
                : "(" + variable + (at > 0 ? " \u2212 " : " + ") + NumberText.display(Math.abs(at)) + ")";
        return (coefficient < 0 ? " \u2212 " : " + ") + NumberText.display(Math.abs(coefficient)) + " \u00b7 " + shift;
    }

    private String number(DerivativeValue v) {
        return v.isDefined() ? NumberText.display(v.value()) : text.get("readout.none");
    }
}
