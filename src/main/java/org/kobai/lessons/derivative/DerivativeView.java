package org.kobai.lessons.derivative;

import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.Rule;
import org.kobai.math.expr.RuleUse;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.FunctionField;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterAnimation;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/** A field for f(x), sliders for the step's parameters, and the slopes as numbers. */
final class DerivativeView implements LessonView {
    private final DerivativeModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final FunctionField functionField;
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private final HBox derivativeRow = new HBox(6);
    private final Label rules = new Label();
    private final java.util.function.Function<String, Node> typeset;
    private Expression shownFunction;
    private final InvalidationListener onChange = o -> update();
    private final ParameterAnimation shrinkH;
    private final ParameterAnimation zoomIn;
    private final Button play = new Button();

    /** Ready-made functions: the articles' examples and a few that show a rule or a corner. */
    static final java.util.List<String> EXAMPLES = java.util.List.of(
            "x^2", "x^3 - 3x", "abs(x)", "x^3", "-x^2", "sin(x)", "exp(x)", "ln(x)", "1/x", "sqrt(x)",
            "sin(x^2)", "x exp(-x^2)");
    private static final double SECONDS_TO_PLAY = 4;
    private final InvalidationListener onStep = o -> stopAnimations();

    DerivativeView(DerivativeModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).dragAlongCurve(model::valueAt, () -> model.c().get(),
                x -> model.c().valueProperty().set(x));
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        functionField = new FunctionField(text.get("field.function"), 16, model::setFunction,
                (column, reason) -> text.format("error.function", Integer.toString(column), reason));
        functionField.offerExamples(text.get("field.examples"), EXAMPLES);
        shrinkH = new ParameterAnimation(model.h());
        zoomIn = new ParameterAnimation(model.zoom());
        play.setId("play");
        play.setOnAction(e -> togglePlay());
        shrinkH.runningProperty().addListener((o, was, now) -> showPlayButton());
        zoomIn.runningProperty().addListener((o, was, now) -> showPlayButton());
        model.stepProperty().addListener(onStep);
        controls.getChildren().addAll(play, functionField, sliders);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("verdict");
        derivativeRow.setId("derivative");
        derivativeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        rules.setId("rules");
        rules.setWrapText(true);
        rules.getStyleClass().add("rules");
        readouts.getChildren().addAll(derivativeRow, rules, readout, verdict);
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

    private void stopAnimations() {
        shrinkH.stop();
        zoomIn.stop();
    }

    @Override
    public void dispose() {
        stopAnimations();
        model.stepProperty().removeListener(onStep);
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    /** The parameter a step animates: h shrinking towards 0, or the zoom growing; none elsewhere. */
    private ParameterAnimation animationOfStep() {
        return switch (model.step()) {
            case DerivativeModel.STEP_SECANT, DerivativeModel.STEP_CORNER -> shrinkH;
            case DerivativeModel.STEP_LOCAL -> zoomIn;
            default -> null;
        };
    }

    private void togglePlay() {
        ParameterAnimation animation = animationOfStep();
        if (animation == null) {
            return;
        }
        if (animation.isRunning()) {
            animation.stop();
        } else if (animation == shrinkH) {
            shrinkH.play(model.h().max(), model.h().min(), SECONDS_TO_PLAY);
        } else {
            zoomIn.play(model.zoom().min(), model.zoom().max(), SECONDS_TO_PLAY);
        }
    }

    private void showPlayButton() {
        ParameterAnimation animation = animationOfStep();
        play.setVisible(animation != null);
        play.setManaged(animation != null);
        if (animation != null) {
            play.setText(text.get(animation.isRunning() ? "animate.pause"
                    : animation == shrinkH ? "animate.shrinkH" : "animate.zoomIn"));
        }
    }

    private void update() {
        showPlayButton();
        sliders.show(model.parametersShownIn(model.step()));
        functionField.show(model.function().text());
        if (model.function() != shownFunction) {
            showDerivative();
        }
        double c = model.c().get();
        double fc = model.valueAt(c);
        String cText = NumberText.display(c);
        verdict.setText("");
        if (!Double.isFinite(fc)) {
            readout.setText(text.format("readout.notDefined", cText));
            return;
        }
        DerivativeValue slope = model.tangentSlope();
        String fcText = NumberText.display(fc);
        String slopeText = slope.isDefined() ? NumberText.display(slope.value()) : text.get("readout.none");
        switch (model.step()) {
            case DerivativeModel.STEP_SECANT -> readout.setText(text.format("readout.secant",
                    NumberText.display(model.h().get()), quotient(model.secantSlope()), cText, slopeText));
            case DerivativeModel.STEP_TANGENT -> readout.setText(text.format("readout.tangent", cText, fcText,
                    slopeText) + "\n" + tangentEquation(slope, c, fc));
            case DerivativeModel.STEP_LOCAL -> readout.setText(text.format("readout.local",
                    NumberText.display(Math.round(model.magnification() * 10) / 10.0), cText, slopeText));
            case DerivativeModel.STEP_STATIONARY -> {
                StringBuilder s = new StringBuilder();
                for (double a : model.stationaryPoints(DerivativeFigure.X_MIN, DerivativeFigure.X_MAX)) {
                    s.append(s.length() > 0 ? ", " : "").append(NumberText.display(Math.abs(a) < 1e-12 ? 0 : a));
                }
                readout.setText(text.format("readout.tangent", cText, fcText, slopeText) + "\n"
                        + (s.length() > 0 ? text.format("readout.stationary", s.toString())
                                : text.get("readout.noStationary")));
            }
            default -> readout.setText(text.format("readout.corner", NumberText.display(model.h().get()),
                    quotient(model.leftSlope()), quotient(model.secantSlope())));
        }
        if (!slope.isDefined()) {
            verdict.setText(text.format("readout.notDifferentiable", cText));
        }
    }

    /**
     * The rule explorer: f′(x) typeset, and the rules that produced it in the order they were used; the
     * chain rule is named with its inner function and highlighted.
     */
    private void showDerivative() {
        shownFunction = model.function();
        Derivative d = model.derivative();
        derivativeRow.getChildren().setAll(typeset.apply("f'(x) = " + d.expression().latex()));
        java.util.List<String> names = new java.util.ArrayList<>();
        String chain = null;
        for (RuleUse use : d.steps()) {
            String name = text.get("rule." + use.rule().name().toLowerCase(java.util.Locale.ROOT));
            if (!names.contains(name)) {
                names.add(name);
            }
            if (use.rule() == Rule.CHAIN && chain == null) {
                chain = use.inner().map(Expression::text).orElse("");
            }
        }
        String line = text.format("rules.used", String.join(", ", names));
        rules.getStyleClass().remove("chain");
        if (chain != null) {
            line += "\n" + text.format("rules.chain", chain);
            rules.getStyleClass().add("chain");
        }
        rules.setText(line);
    }

    private String quotient(OptionalDouble q) {
        return q.isPresent() ? NumberText.display(q.getAsDouble()) : text.get("readout.none");
    }

    /** "y = 2(x − 1) + 1", or a note that there is no tangent. */
    private String tangentEquation(DerivativeValue slope, double c, double fc) {
        if (!slope.isDefined()) {
            return text.get("figure.noTangent");
        }
        String shift = c == 0 ? "x" : "(x " + (c > 0 ? "\u2212 " : "+ ") + NumberText.display(Math.abs(c)) + ")";
        String offset = fc == 0 ? "" : (fc > 0 ? " + " : " \u2212 ") + NumberText.display(Math.abs(fc));
        return "y = " + NumberText.display(slope.value()) + " \u00b7 " + shift + offset;
    }
}
