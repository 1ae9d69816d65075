package org.kobai.lessons.linearity;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.AffineFunction;
import org.kobai.math.EqualityCheck;
import org.kobai.math.NumberText;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/** Sliders for the step's parameters and the two sides of each check, as numbers. */
final class LinearityView implements LessonView {
    private final LinearityModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private final InvalidationListener onChange = o -> update();

    LinearityView(LinearityModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        figurePane = new FigurePane(figure);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        readout.setId("readout");
        readout.setWrapText(true);
        verdict.setWrapText(true);
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        readouts.getChildren().addAll(readout, verdict);
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return sliders; }
    @Override public Node readout() { return readouts; }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    private void update() {
        sliders.show(model.parametersShownIn(model.step()));
        AffineFunction f = model.function();
        String u = NumberText.display(model.u().get());
        String v = NumberText.display(model.v().get());
        String c = NumberText.display(model.c().get());
        switch (model.step()) {
            case LinearityModel.STEP_MAPPING -> {
                readout.setText(text.format("readout.mapping", NumberText.display(model.input().get()),
                        NumberText.display(f.valueAt(model.input().get()))));
                verdict.setText("");
            }
            case LinearityModel.STEP_SLOPE -> {
                readout.setText(text.format("readout.slope", NumberText.display(f.slope()),
                        NumberText.display(model.run().get()), NumberText.display(f.rise(model.run().get()))));
                verdict.setText("");
            }
            case LinearityModel.STEP_ADDITIVITY -> showChecks(additivityLine(u, v), null);
            case LinearityModel.STEP_HOMOGENEITY -> showChecks(null, homogeneityLine(u, c));
            default -> showChecks(additivityLine(u, v), homogeneityLine(u, c));
        }
    }

    private String additivityLine(String u, String v) {
        EqualityCheck check = model.additivity();
        return text.format("readout.additivity", u, v, NumberText.display(check.left()),
                NumberText.display(check.right()), mark(check));
    }

    private String homogeneityLine(String u, String c) {
        EqualityCheck check = model.homogeneity();
        return text.format("readout.homogeneity", c, u, NumberText.display(check.left()),
                NumberText.display(check.right()), mark(check));
    }

    private String mark(EqualityCheck check) {
        return check.holds() ? text.get("check.holds") : text.get("check.fails");
    }

    private void showChecks(String additivity, String homogeneity) {
        StringBuilder s = new StringBuilder();
        if (additivity != null) {
            s.append(additivity);
        }
        if (homogeneity != null) {
            s.append(s.length() > 0 ? "\n" : "").append(homogeneity);
        }
        readout.setText(s.toString());
        boolean additive = model.additivity().holds();
        boolean homogeneous = model.homogeneity().holds();
        boolean linear = model.function().isLinear();
        verdict.setText(text.get(linear ? "verdict.linear" : "verdict.notLinear"));
        verdict.getStyleClass().removeAll("good", "bad");
        verdict.getStyleClass().add((additivity == null || additive) && (homogeneity == null || homogeneous)
                ? "good" : "bad");
    }
}
