package org.kobai.ui;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.math.expr.ExpressionException;

/**
 * Where a learner types a function. Enter hands the text to the lesson; a mistake is shown beneath with
 * its column, the character it names is selected, and the lesson keeps its last good function.
 */
public final class FunctionField extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();

    /**
     * @param read      takes the typed text; throws {@link ExpressionException} when it cannot be used
     * @param errorText words an error from its column and reason, in the lesson's language
     */
    public FunctionField(String prompt, int columns, Consumer<String> read,
                         BiFunction<Integer, String, String> errorText) {
        super(4);
        field.setId("function-field");
        field.setPrefColumnCount(columns);
        field.setOnAction(e -> {
            try {
                read.accept(field.getText());
                error.setText("");
                field.getStyleClass().remove("invalid");
            } catch (ExpressionException ex) {
                error.setText(errorText.apply(ex.column(), ex.reason()));
                int at = Math.max(0, Math.min(ex.column() - 1, field.getLength()));
                field.selectRange(at, Math.min(at + 1, field.getLength()));
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
            }
        });
        error.setId("function-error");
        error.setWrapText(true);
        error.getStyleClass().add("bad");
        Label label = new Label(prompt);
        label.setLabelFor(field);
        HBox row = new HBox(8, label, field);
        row.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(row, error);
    }

    /** Shows the lesson's current function, unless the learner is typing in the field. */
    public void show(String functionText) {
        if (!field.isFocused()) {
            field.setText(functionText);
        }
    }
}
