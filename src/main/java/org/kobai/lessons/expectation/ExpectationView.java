package org.kobai.lessons.expectation;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.DiscreteDistribution;
import org.kobai.math.probability.DistributionProblem;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * Sliders for P(X = 1) … P(X = 6) (and n), the check that they form a distribution with a normalise
 * button, a new-sample button, and E[X], Var(X) and the rolls' mean as numbers.
 */
final class ExpectationView implements LessonView {
    private final ExpectationModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final Label sum = new Label();
    private final Label warning = new Label();
    private final Button normalise = new Button();
    private final Button newSample = new Button();
    private final Label readout = new Label();
    private final InvalidationListener onChange = o -> update();

    ExpectationView(ExpectationModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        figurePane = new FigurePane(figure);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        normalise.setText(text.get("button.normalise"));
        normalise.setId("normalise");
        normalise.setOnAction(e -> model.normalise());
        newSample.setText(text.get("button.newSample"));
        newSample.setId("new-sample");
        newSample.setOnAction(e -> model.newSample());
        sum.setId("sum");
        sum.getStyleClass().add("readout");
        warning.setId("warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("field-error");
        HBox checkRow = new HBox(12, sum, normalise, newSample);
        checkRow.setAlignment(Pos.CENTER_LEFT);
        controls.getChildren().addAll(checkRow, warning, sliders);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readouts.getChildren().add(readout);
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    private void update() {
        int step = model.step();
        sliders.show(model.parametersShownIn(step));
        newSample.setVisible(step == ExpectationModel.STEP_ROLLS);
        newSample.setManaged(step == ExpectationModel.STEP_ROLLS);
        sum.setText(text.format("readout.sum", NumberText.display(model.sum())));
        Optional<DistributionProblem> problem = model.problem();
        normalise.setDisable(problem.isEmpty() || model.sum() == 0);
        warning.setText(problem.map(this::reason).orElse(""));
        warning.setVisible(problem.isPresent());
        warning.setManaged(problem.isPresent());
        Optional<DiscreteDistribution> d = model.distribution();
        if (d.isEmpty()) {
            readout.setText(text.get("readout.noDistribution"));
            return;
        }
        double mean = d.get().mean();
        String meanText = NumberText.display(mean);
        switch (step) {
            case ExpectationModel.STEP_VARIANCE -> readout.setText(text.format("readout.variance",
                    meanText, NumberText.display(d.get().variance()), NumberText.display(d.get().standardDeviation())));
            case ExpectationModel.STEP_ROLLS -> {
                double[] running = model.runningMean();
                double last = running[running.length - 1];
                readout.setText(text.format("readout.rolls", Integer.toString(model.n()), Long.toString(model.seed()),
                        NumberText.display(last), meanText, NumberText.display(last - mean)));
            }
            default -> readout.setText(text.format("readout.mean", meanSum(d.get()), meanText));
        }
    }

    /** "1·0.1 + 2·0.1 + 3·0.3 + …", the sum Σ x·P(x) written out. */
    private static String meanSum(DiscreteDistribution d) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < d.size(); k++) {
            if (k > 0) {
                s.append(" + ");
            }
            s.append(NumberText.display(d.value(k))).append('\u00b7').append(NumberText.display(d.probability(k)));
        }
        return s.toString();
    }

    private String reason(DistributionProblem p) {
        return switch (p.kind()) {
            case SUM_NOT_ONE -> text.format("warning.sum", NumberText.display(p.value()));
            case NEGATIVE -> text.format("warning.negative", Integer.toString(p.index() + 1));
            default -> model.sum() == 0 ? text.get("warning.allZero") : p.message();
        };
    }
}
