package org.kobai.lessons.normal;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.NormalDistribution;
import org.kobai.math.probability.Outliers;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.LineDrag;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * Sliders for μ, σ, a, b (k, n as the step needs), a and b also dragged on the density; a field for the
 * learner's readings; a new-sample button; the area, the z-scores and the flagged readings as numbers.
 */
final class NormalView implements LessonView {
    private final NormalModel model;
    private final Messages text;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final HBox dataRow;
    private final TextField dataField = new TextField();
    private final Label dataError = new Label();
    private final Button newSample = new Button();
    private final Label readout = new Label();
    private final LineDrag dragA;
    private final LineDrag dragB;
    private final InvalidationListener onChange = o -> update();
    /** The readings the field shows; data that arrive otherwise (a scene) replace the field's text. */
    private Readings shownData;

    NormalView(NormalModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        figurePane = new FigurePane(figure);
        dragA = figurePane.interaction(0).dragLine(() -> model.a().get(), x -> model.a().set(x));
        dragB = figurePane.interaction(0).dragLine(() -> model.b().get(), x -> model.b().set(x));
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        Label dataLabel = new Label(text.get("field.data"));
        dataField.setId("data-field");
        dataField.setText(model.data().text());
        shownData = model.data();
        dataField.setOnAction(e -> readData());
        HBox.setHgrow(dataField, Priority.ALWAYS);
        dataError.setId("data-error");
        dataError.getStyleClass().add("field-error");
        dataError.setWrapText(true);
        dataRow = new HBox(8, dataLabel, dataField);
        dataRow.setAlignment(Pos.CENTER_LEFT);
        newSample.setId("new-sample");
        newSample.setText(text.get("button.newSample"));
        newSample.setOnAction(e -> model.newSample());
        controls.getChildren().addAll(dataRow, dataError, newSample, sliders);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readouts.getChildren().add(readout);
        showError(null);
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

    private void readData() {
        try {
            model.setData(dataField.getText());
            showError(null);
        } catch (Readings.BadItem e) {
            showError(text.format("error.item", Integer.toString(e.item), e.text));
        } catch (IllegalArgumentException e) {
            showError(text.get("error.tooFew"));
        }
    }

    private void showError(String message) {
        boolean shown = message != null;
        dataError.setText(shown ? message : "");
        dataError.setVisible(shown);
        dataError.setManaged(shown);
        if (shown && !dataField.getStyleClass().contains("invalid")) {
            dataField.getStyleClass().add("invalid");
        } else if (!shown) {
            dataField.getStyleClass().remove("invalid");
        }
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void update() {
        if (model.data() != shownData) {
            shownData = model.data();
            dataField.setText(shownData.text());
            showError(null);
        }
        int step = model.step();
        sliders.show(model.parametersShownIn(step));
        boolean bounds = step == NormalModel.STEP_AREA || step == NormalModel.STEP_SIGMAS;
        dragA.setEnabled(bounds);
        dragB.setEnabled(bounds);
        show(dataRow, step == NormalModel.STEP_OUTLIERS);
        show(dataError, step == NormalModel.STEP_OUTLIERS && !dataError.getText().isEmpty());
        show(newSample, step == NormalModel.STEP_SAMPLES);
        switch (step) {
            case NormalModel.STEP_OUTLIERS -> readout.setText(outlierText());
            case NormalModel.STEP_SAMPLES -> readout.setText(text.format("readout.samples",
                    Integer.toString(model.sampleSize()), Long.toString(model.seed())));
            default -> readout.setText(areaText(step == NormalModel.STEP_SIGMAS));
        }
    }

    private String areaText(boolean withSigmas) {
        NormalDistribution n = model.distribution();
        double a = model.a().get(), b = model.b().get();
        String zs = text.format("readout.z", NumberText.display(a), NumberText.display(n.zScore(a)),
                NumberText.display(b), NumberText.display(n.zScore(b)));
        Optional<Double> p = model.area();
        String area = p.map(v -> text.format("readout.area", NumberText.display(a), NumberText.display(b),
                        NumberText.display(n.cdf(b)), NumberText.display(n.cdf(a)), NumberText.display(v)))
                .orElse(text.format("readout.noInterval", NumberText.display(a), NumberText.display(b)));
        if (!withSigmas) {
            return area + "\n" + zs;
        }
        return area + "\n" + zs + "\n" + text.format("readout.sigmas",
                NumberText.display(NormalDistribution.withinSigmas(1)),
                NumberText.display(NormalDistribution.withinSigmas(2)),
                NumberText.display(NormalDistribution.withinSigmas(3)));
    }

    private String outlierText() {
        Readings d = model.data();
        String stats = text.format("readout.data", Integer.toString(d.size()), NumberText.display(d.mean()),
                NumberText.display(d.standardDeviation()));
        Optional<Outliers> o = model.outliers();
        if (o.isEmpty()) {
            return stats + "\n" + text.get("figure.allEqual");
        }
        int[] idx = o.get().indexes();
        if (idx.length == 0) {
            return stats + "\n" + text.format("readout.noOutliers", NumberText.display(model.k().get()));
        }
        StringBuilder list = new StringBuilder();
        double[] z = o.get().zScores();
        for (int i : idx) {
            if (list.length() > 0) {
                list.append(",  ");
            }
            list.append(text.format("readout.outlier", Integer.toString(i + 1), NumberText.display(d.value(i)),
                    NumberText.display(z[i])));
        }
        return stats + "\n" + text.format("readout.outliers", NumberText.display(model.k().get()), list.toString());
    }
}
