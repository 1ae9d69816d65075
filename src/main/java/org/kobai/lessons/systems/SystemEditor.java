package org.kobai.lessons.systems;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;

/**
 * The system as equations with a field for every coefficient and right-hand side
 * ({@code [a11] x1 + [a12] x2 = [b1]}), and the number of equations (2 to 5). A field takes what a learner
 * types (3/4, −2, 0.5) when Enter is pressed or it loses focus; a bad entry is marked and explained, and the
 * last good system stays.
 */
final class SystemEditor extends VBox {
    private final SystemsModel model;
    private final Messages text;
    private final ComboBox<Integer> size = new ComboBox<>();
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final List<TextField> fields = new ArrayList<>();
    private final HBox sizeRow;
    private RationalMatrix shown;

    SystemEditor(SystemsModel model, Messages text) {
        super(6);
        this.model = model;
        this.text = text;
        for (int n = SystemsModel.MIN_SIZE; n <= SystemsModel.MAX_SIZE; n++) {
            size.getItems().add(n);
        }
        size.setId("size");
        size.setValue(model.size());
        size.setOnAction(e -> {
            Integer n = size.getValue();
            if (n != null && n != model.size()) {
                changeRecorded(() -> model.setSize(n));
            }
        });
        Label sizeLabel = new Label(text.get("view.size"));
        sizeLabel.setLabelFor(size);
        sizeRow = new HBox(8, sizeLabel, size);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        grid.setId("entries");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setAlignment(Pos.CENTER_LEFT);
        error.setId("entry-error");
        error.setWrapText(true);
        error.getStyleClass().add("bad");
        getChildren().addAll(grid, error);
        show();
    }

    /** The number of equations, to be placed by the view. */
    HBox sizeChooser() { return sizeRow; }

    /** Brings the fields up to date with the model's system (unless it is the one already shown). */
    void show() {
        RationalMatrix now = model.system();
        if (now == shown) {
            return;
        }
        int n = now.rows();
        if (shown == null || shown.rows() != n) {
            build(n);
        }
        shown = now;
        size.setValue(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= n; j++) {
                TextField f = fields.get(i * (n + 1) + j);
                f.setText(now.get(i, j).display());
                f.getStyleClass().remove("invalid");
            }
        }
        error.setText("");
    }

    private void build(int n) {
        grid.getChildren().clear();
        fields.clear();
        for (int i = 0; i < n; i++) {
            int col = 0;
            for (int j = 0; j <= n; j++) {
                TextField f = field(i, j);
                fields.add(f);
                grid.add(f, col++, i);
                if (j < n) {
                    grid.add(new Label("x" + (j + 1) + (j < n - 1 ? "  +" : "  =")), col++, i);
                }
            }
        }
    }

    private TextField field(int i, int j) {
        TextField f = new TextField();
        f.setId("entry-" + i + "-" + j);
        f.setPrefColumnCount(4);
        f.setAccessibleText(text.format("view.entryName", Integer.toString(i + 1), columnName(j)));
        f.setOnAction(e -> commit(f, i, j));
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(f, i, j);
            }
        });
        return f;
    }

    private String columnName(int j) {
        return j == model.size() ? text.get("view.rightSide") : "x" + (j + 1);
    }

    private void commit(TextField f, int i, int j) {
        if (shown == null || i >= shown.rows()) {
            return;
        }
        try {
            Rational value = Rational.parse(f.getText());
            f.getStyleClass().remove("invalid");
            if (!value.equals(model.system().get(i, j))) {
                changeRecorded(() -> model.setEntry(i, j, value));
            } else if (fields.stream().noneMatch(other -> other.getStyleClass().contains("invalid"))) {
                error.setText("");
            }
        } catch (Rational.FormatException e) {
            if (!f.getStyleClass().contains("invalid")) {
                f.getStyleClass().add("invalid");
            }
            error.setText(text.format("error.entry", Integer.toString(i + 1), columnName(j), reason(e, f.getText())));
        }
    }

    /** Makes a change to the system that Ctrl+Z takes back and Ctrl+Y does again. */
    private void changeRecorded(Runnable change) {
        RationalMatrix before = model.system();
        change.run();
        RationalMatrix after = model.system();
        if (after != before) {
            model.history().record(() -> model.setSystem(before), () -> model.setSystem(after));
        }
    }

    private String reason(Rational.FormatException e, String typed) {
        return switch (e.problem()) {
            case EMPTY -> text.get("error.empty");
            case DIVISION_BY_ZERO -> text.get("error.divisionByZero");
            case TOO_LARGE -> text.get("error.tooLarge");
            case NOT_A_NUMBER -> text.format("error.notANumber", typed.strip());
        };
    }
}
