package org.kobai.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Parameter;
import org.kobai.math.NumberText;

/**
 * A slider with a field beside it for the exact value. The field accepts what a learner types
 * (1/4, −2, π); a value outside the range or not a number is refused with a message that names the range,
 * and the last good value stays. ↑/↓ in the field nudge the value like the slider's arrow keys.
 */
public final class ParameterControl extends VBox {
    private final Parameter parameter;
    private final Messages appText;
    private final Slider slider;
    private final TextField field;
    private final Label error = new Label();
    private final ChangeListener<Number> showValue;
    private final ChangeListener<Parameter.Range> showRange;
    private boolean edited;
    private boolean showingValue;

    public ParameterControl(Parameter parameter, String name, Messages appText) {
        this.parameter = parameter;
        this.appText = appText;
        getStyleClass().add("parameter-control");
        setId("param-" + parameter.id());

        Label label = new Label(name);
        label.getStyleClass().add("parameter-name");
        label.setMinWidth(USE_PREF_SIZE);
        // The names share one column width so the sliders line up; a long name takes a second line rather
        // than ending in "…" (a projector's large type makes more of them long).
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);

        slider = new Slider(parameter.min(), parameter.max(), parameter.get());
        slider.setId("slider-" + parameter.id());
        slider.setBlockIncrement(parameter.increment());
        if (parameter.whole()) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
        }
        slider.valueProperty().bindBidirectional(parameter.valueProperty());
        slider.setAccessibleText(name);
        HBox.setHgrow(slider, Priority.NEVER);
        slider.setMinWidth(120);

        field = new TextField(NumberText.display(parameter.get()));
        field.setId("field-" + parameter.id());
        field.getStyleClass().add("parameter-field");
        field.setPrefColumnCount(6);
        field.setAccessibleText(name);
        Tooltip tooltip = new Tooltip();
        field.setTooltip(tooltip);
        Label rangeLabel = new Label();
        rangeLabel.getStyleClass().add("parameter-range");
        rangeLabel.setMinWidth(USE_PREF_SIZE);
        showRange = (obs, old, now) -> {
            String range = appText.format("parameter.range", NumberText.display(now.min()), NumberText.display(now.max()));
            tooltip.setText(range);
            rangeLabel.setText(range);
            // The parameter's value is already inside the new range; widen first so the slider never clamps it.
            slider.setMin(Math.min(now.min(), slider.getMin()));
            slider.setMax(Math.max(now.max(), slider.getMax()));
            slider.setMin(now.min());
            slider.setMax(now.max());
            slider.setValue(parameter.get());
            slider.setBlockIncrement(now.increment());
        };
        showRange.changed(parameter.rangeProperty(), null, parameter.rangeProperty().get());
        parameter.rangeProperty().addListener(showRange);

        // Only text the learner typed is committed; a value changed elsewhere (slider, step, reset)
        // replaces untouched text even while the field has focus.
        field.textProperty().addListener((obs, old, now) -> {
            if (!showingValue) {
                edited = true;
            }
        });
        showValue = (obs, old, now) -> {
            if (!edited || !field.isFocused()) {
                show(now.doubleValue());
            }
            clearError();
        };
        parameter.valueProperty().addListener(showValue);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && edited) {
                commit();
            }
        });
        // Untouched, the field passes Ctrl+Z / Ctrl+Y to the lesson's history; while typing they undo the typing.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean undo = EditHistory.isUndo(e), redo = EditHistory.isRedo(e);
            org.kobai.lesson.UndoHistory h = EditHistory.of(this);
            if ((undo || redo) && h != null && !edited) {
                if (undo) {
                    h.undo();
                } else {
                    h.redo();
                }
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                if (!edited || commit()) {
                    parameter.nudge(e.getCode() == KeyCode.UP ? 1 : -1);
                    show(parameter.get());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                show(parameter.get());
                clearError();
                e.consume();
            }
        });

        error.getStyleClass().add("field-error");
        error.setId("error-" + parameter.id());
        error.setManaged(false);
        error.setVisible(false);
        error.setWrapText(true);

        HBox row = new HBox(8, label, slider, field, rangeLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error);
    }

    public Parameter parameter() { return parameter; }
    public Slider slider() { return slider; }
    public TextField field() { return field; }
    public Label error() { return error; }

    /** Reads the field: a good value goes to the parameter, a bad one shows why and keeps the old value. */
    public boolean commit() {
        String typed = field.getText();
        double value;
        try {
            value = NumberText.parse(typed);
        } catch (NumberFormatException e) {
            showError(appText.format("parameter.notANumber", typed == null ? "" : typed.trim()));
            return false;
        }
        if (!parameter.accepts(value)) {
            showError(appText.format("parameter.outOfRange",
                    NumberText.display(parameter.min()), NumberText.display(parameter.max())));
            return false;
        }
        double before = parameter.get();
        parameter.set(value);
        double after = parameter.get();
        show(after);
        clearError();
        if (before != after) {
            EditHistory.record(this, () -> putBack(before), () -> putBack(after));
        }
        return true;
    }

    /** A typed value undone or redone; skipped if the range has moved away from it since. */
    private void putBack(double value) {
        if (parameter.accepts(value)) {
            parameter.set(value);
        }
    }

    private void show(double value) {
        showingValue = true;
        try {
            field.setText(NumberText.display(value));
        } finally {
            showingValue = false;
        }
        edited = false;
    }

    private void showError(String message) {
        error.setText(message);
        error.setManaged(true);
        error.setVisible(true);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }

    private void clearError() {
        error.setManaged(false);
        error.setVisible(false);
        field.getStyleClass().remove("invalid");
    }

    /** Stops listening to the parameter (the model outlives this control). */
    public void dispose() {
        parameter.valueProperty().removeListener(showValue);
        parameter.rangeProperty().removeListener(showRange);
        slider.valueProperty().unbindBidirectional(parameter.valueProperty());
    }
}
