package org.kobai.lessons.systems;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.linalg.GaussJordan;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;

/**
 * The sweeping-out method on screen: the row operation just done ("R2 ← R2 + 1/4·R1"), the augmented
 * matrix after it with the pivot highlighted, Back/Next through the operations, and what the system has:
 * one solution, none, or infinitely many.
 */
final class SweepPanel {
    /** Drawn over the theme's colours, so it reads in light, dark and high contrast alike. */
    private static final String PIVOT_STYLE = "-fx-border-color: #e69f00; -fx-border-width: 2;"
            + " -fx-background-color: rgba(230, 159, 0, 0.25); -fx-font-weight: bold;";
    private static final String CELL_STYLE = "-fx-border-color: transparent; -fx-border-width: 2;";

    private final SystemsModel model;
    private final Messages text;
    private final Label operation = new Label();
    private final GridPane matrix = new GridPane();
    private final Label outcome = new Label();
    private final Label position = new Label();
    private final Button back;
    private final Button next;
    private final VBox readout;
    private final HBox stepper;

    SweepPanel(SystemsModel model, Messages text) {
        this.model = model;
        this.text = text;
        operation.setId("operation");
        operation.getStyleClass().add("readout");
        matrix.setId("matrix");
        matrix.setHgap(14);
        matrix.setVgap(2);
        outcome.setId("outcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("verdict");
        readout = new VBox(4, operation, outcome);
        back = new Button(text.get("view.back"));
        back.setId("sweep-back");
        back.setOnAction(e -> model.sweepBack());
        next = new Button(text.get("view.next"));
        next.setId("sweep-next");
        next.setOnAction(e -> model.sweepForward());
        position.setId("sweep-position");
        stepper = new HBox(8, back, next, position);
        stepper.setAlignment(Pos.CENTER_LEFT);
    }

    Node readout() { return readout; }
    Node matrix() { return matrix; }
    Node stepper() { return stepper; }

    /** Shows the matrix after the operations done so far (the whole elimination when {@code stepping} is off). */
    void update(boolean stepping) {
        Numbers numbers = new Numbers(model.exact());
        int k = stepping ? model.sweepIndex() : model.sweepCount();
        int count = model.sweepCount();
        GaussJordan.Elimination e = model.elimination();
        GaussJordan.Step last = k == 0 ? null : e.steps().get(k - 1);
        operation.setVisible(stepping);
        operation.setManaged(stepping);
        matrix.setVisible(stepping);
        matrix.setManaged(stepping);
        if (last == null) {
            operation.setText(text.get("view.start"));
        } else {
            operation.setText(text.format("view.operation", Integer.toString(k), last.operation().display(numbers::text),
                    Integer.toString(last.pivot().row() + 1), Integer.toString(last.pivot().column() + 1)));
        }
        fill(e.after(k), last == null ? null : last.pivot(), numbers);
        position.setText(text.format("view.position", Integer.toString(k), Integer.toString(count)));
        back.setDisable(k == 0);
        next.setDisable(k == count);
        outcome.setText(outcome(numbers, e));
    }

    private void fill(RationalMatrix m, GaussJordan.Pivot pivot, Numbers numbers) {
        int n = m.rows();
        List<Node> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Label name = new Label("R" + (i + 1));
            name.getStyleClass().add("parameter-range");
            GridPane.setConstraints(name, 0, i);
            cells.add(name);
            for (int j = 0; j <= n; j++) {
                Label cell = new Label(numbers.text(m.get(i, j)));
                cell.setId("cell-" + i + "-" + j);
                cell.setMinWidth(Label.USE_PREF_SIZE);
                boolean isPivot = pivot != null && pivot.row() == i && pivot.column() == j;
                cell.setStyle(isPivot ? PIVOT_STYLE : CELL_STYLE);
                if (isPivot) {
                    cell.getStyleClass().add("pivot");
                }
                GridPane.setConstraints(cell, j == n ? j + 2 : j + 1, i);
                cells.add(cell);
            }
            Label bar = new Label("|");
            GridPane.setConstraints(bar, n + 1, i);
            cells.add(bar);
        }
        matrix.getChildren().setAll(cells);
    }

    private String outcome(Numbers numbers, GaussJordan.Elimination e) {
        Solutions s = e.solutions();
        if (s instanceof Solutions.Unique u) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < u.x().size(); i++) {
                parts.add("x" + (i + 1) + " = " + numbers.text(u.x().get(i)));
            }
            return text.format("outcome.unique", String.join(",  ", parts));
        }
        if (s instanceof Solutions.None none) {
            return text.format("outcome.none", Integer.toString(none.row() + 1), numbers.text(none.value()));
        }
        Solutions.Infinite inf = (Solutions.Infinite) s;
        List<String> free = new ArrayList<>();
        inf.free().forEach(j -> free.add("x" + (j + 1)));
        List<String> equations = new ArrayList<>();
        for (String eq : e.pivotEquations(numbers::text)) {
            equations.add(eq.replace(" - ", " \u2212 ").replace("= -", "= \u2212"));
        }
        return text.format("outcome.infinite", String.join(", ", free),
                equations.isEmpty() ? text.get("outcome.anything") : String.join(",  ", equations));
    }
}
