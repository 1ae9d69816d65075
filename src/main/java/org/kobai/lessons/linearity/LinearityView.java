package org.kobai.lessons.linearity;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.AffineFunction;
import org.kobai.math.EqualityCheck;
import org.kobai.math.NumberText;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterControl;
import org.kobai.ui.ViewContext;

/** Sliders for the step's parameters and the two sides of each check, as numbers. */
final class LinearityView implements LessonView {
    private final LinearityModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(10);
    private final FlowPane sliders = new FlowPane(24, 6);
    private final List<ParameterControl> parameterControls = new ArrayList<>();
    private final Label readout = new Label();
    private final Label verdict = new Label();
    private final InvalidationListener onChange = o -> update();

    LinearityView(LinearityModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        figurePane = new FigurePane(figure);
        for (String id : model.controlOrder()) {
            model.parameter(id).ifPresent(p ->
                    parameterControls.add(new ParameterControl(p, text.get("param." + id), context.appText())));
        }
        sliders.getStyleClass().add("parameter-list");
        sliders.setPrefWrapLength(900);
        readout.setId("readout");
        readout.getStyleClass().add("readout");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        controls.getChildren().addAll(sliders, readout, verdict);
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        parameterControls.forEach(ParameterControl::dispose);
    }

    private void update() {
        var shown = model.parametersShownIn(model.step());
        List<Node> visible = new ArrayList<>();
        for (ParameterControl pc : parameterControls) {
            if (shown.contains(pc.parameter().id())) {
                visible.add(pc);
            }
        }
        if (!sliders.getChildren().equals(visible)) {
            sliders.getChildren().setAll(visible);
        }
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
