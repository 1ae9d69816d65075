package org.kobai.lessons.descent;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Parameter;
import org.kobai.math.NumberText;

/**
 * The learning rate on a logarithmic slider (the slider holds log₁₀ η), a field for the exact value, and a
 * marker above the slider at a critical rate such as 2/L.
 */
final class EtaControl extends VBox {
    /** Room the slider's thumb takes at each end, in pixels. */
    private static final double THUMB = 8;
    private final Parameter eta;
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Label marker = new Label();
    private final Pane markerLane = new Pane(marker);
    private final Messages text;
    private double critical = Double.NaN;
    private boolean syncing;

    EtaControl(Parameter eta, Messages text) {
        super(2);
        this.eta = eta;
        this.text = text;
        setId("eta-control");
        slider = new Slider(Math.log10(eta.min()), Math.log10(eta.max()), Math.log10(eta.get()));
        slider.setId("eta-slider");
        slider.setMinWidth(260);
        slider.setPrefWidth(320);
        slider.setBlockIncrement(0.02);
        slider.setAccessibleText(text.get("param.eta"));
        slider.valueProperty().addListener((o, old, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    eta.valueProperty().set(round(Math.pow(10, now.doubleValue())));
                } finally {
                    syncing = false;
                }
            }
        });
        eta.valueProperty().addListener((o, old, now) -> show());
        field.setId("eta-field");
        field.setAccessibleText(text.get("param.eta"));
        field.setPrefColumnCount(6);
        field.setOnAction(e -> commit());
        error.setId("eta-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        marker.setId("eta-critical");
        marker.getStyleClass().add("parameter-range");
        markerLane.setMinHeight(18);
        markerLane.setPrefHeight(18);
        markerLane.setMaxWidth(Region.USE_PREF_SIZE);
        markerLane.prefWidthProperty().bind(slider.widthProperty());
        slider.widthProperty().addListener(o -> placeMarker());
        Label name = new Label(text.get("param.eta"));
        name.getStyleClass().add("parameter-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setWrapText(true); // as ParameterControl's names: a second line rather than "…"
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox sliderWithMarker = new VBox(0, markerLane, slider);
        HBox row = new HBox(8, name, sliderWithMarker, field);
        row.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(row, error);
        show();
    }

    Slider slider() { return slider; }

    /** Marks η = value on the slider with the label given; NaN hides the marker. */
    void markCritical(double value, String label) {
        critical = value;
        marker.setText(Double.isFinite(value) ? "▼ " + label : "");
        marker.setVisible(Double.isFinite(value) && value >= eta.min() && value <= eta.max());
        placeMarker();
    }

    /** The slider position of η (0 at the left end, 1 at the right). */
    double fractionOf(double value) {
        return (Math.log10(value) - slider.getMin()) / (slider.getMax() - slider.getMin());
    }

    private void placeMarker() {
        if (Double.isFinite(critical)) {
            double w = slider.getWidth();
            marker.setLayoutX(THUMB + fractionOf(critical) * Math.max(0, w - 2 * THUMB) - 5);
        }
    }

    private void show() {
        if (!syncing) {
            syncing = true;
            try {
                slider.setValue(Math.log10(eta.get()));
            } finally {
                syncing = false;
            }
        }
        field.setText(NumberText.display(eta.get()));
        error.setText("");
    }

    private void commit() {
        try {
            double v = NumberText.parse(field.getText());
            if (!eta.accepts(v)) {
                error.setText(text.format("error.eta", NumberText.display(eta.min()), NumberText.display(eta.max())));
                return;
            }
            eta.set(v);
            show();
        } catch (NumberFormatException e) {
            error.setText(text.format("error.eta", NumberText.display(eta.min()), NumberText.display(eta.max())));
        }
    }

    /** Three significant digits, so the slider gives 0.0123, not 0.012345678. */
    private static double round(double v) {
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
        return Math.round(v * scale) / scale;
    }
}
