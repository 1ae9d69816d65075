package org.kobai.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
    private final HBox row;
    private final Consumer<String> read;
    private final BiFunction<Integer, String, String> errorText;
    /** The function the lesson has now: what Ctrl+Z goes back from. */
    private String applied;

    /**
     * @param read      takes the typed text; throws {@link ExpressionException} when it cannot be used
     * @param errorText words an error from its column and reason, in the lesson's language
     */
    public FunctionField(String prompt, int columns, Consumer<String> read,
                         BiFunction<Integer, String, String> errorText) {
        super(4);
        field.setId("function-field");
        field.setPrefColumnCount(columns);
        this.read = read;
        this.errorText = errorText;
        field.setOnAction(e -> submit());
        // With nothing typed since the last function, Ctrl+Z and Ctrl+Y step through the functions plotted;
        // while typing they undo the typing, as in any text field.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean undo = EditHistory.isUndo(e), redo = EditHistory.isRedo(e);
            org.kobai.lesson.UndoHistory h = EditHistory.of(this);
            if ((undo || redo) && h != null && field.getText().equals(applied)) {
                if (undo ? h.undo() : h.redo()) {
                    field.end();
                }
                e.consume();
            }
        });
        error.setId("function-error");
        error.setWrapText(true);
        error.getStyleClass().add("bad");
        // no empty row under the field until there is something to say
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label label = new Label(prompt);
        label.setLabelFor(field);
        row = new HBox(8, label, field);
        row.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(row, error);
    }

    /**
     * Adds a menu of ready-made functions beside the field; choosing one plots it as if it were typed.
     */
    public void offerExamples(String menuLabel, List<String> examples) {
        MenuButton menu = new MenuButton(menuLabel);
        menu.setId("function-examples");
        for (String example : examples) {
            MenuItem item = new MenuItem(example);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                field.setText(example);
                submit();
            });
            menu.getItems().add(item);
        }
        row.getChildren().add(menu);
    }

    private void submit() {
        String before = applied;
        String typed = field.getText();
        try {
            read.accept(typed);
            applied = typed;
            error.setText("");
            field.getStyleClass().remove("invalid");
            if (before != null && !before.equals(typed)) {
                EditHistory.record(this, () -> apply(before), () -> apply(typed));
            }
        } catch (ExpressionException ex) {
            error.setText(errorText.apply(ex.column(), ex.reason()));
            int at = Math.max(0, Math.min(ex.column() - 1, field.getLength()));
            field.selectRange(at, Math.min(at + 1, field.getLength()));
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    /** Puts back a function from the history: the lesson takes it as if typed. */
    private void apply(String functionText) {
        try {
            read.accept(functionText);
        } catch (ExpressionException ex) {
            return; // it was read before; a lesson that changed its mind keeps its function
        }
        applied = functionText;
        field.setText(functionText);
        error.setText("");
        field.getStyleClass().remove("invalid");
    }

    /** Shows the lesson's current function, unless the learner is typing in the field. */
    public void show(String functionText) {
        if (!field.isFocused()) {
            field.setText(functionText);
            applied = functionText;
        }
    }
}
