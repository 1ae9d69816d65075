package org.kobai.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kobai.app.progress.Progress;
import org.kobai.lesson.Messages;
import org.kobai.lessons.Lesson;

/**
 * Every lesson with the share of its steps seen and its exercises solved, a button to continue where the
 * learner left off, and resets (one lesson, or all) behind a confirmation.
 */
final class ProgressView {
    private final KobaiApp app;
    private Dialog<Void> dialog;
    private GridPane table;

    ProgressView(KobaiApp app) {
        this.app = app;
    }

    void show() {
        Messages t = app.window().appText();
        dialog = new Dialog<>();
        dialog.initOwner(app.stage());
        dialog.setTitle(t.get("progress.title"));
        dialog.setHeaderText(t.get("progress.header"));
        dialog.getDialogPane().setId("progress-dialog");
        table = new GridPane();
        table.setHgap(14);
        table.setVgap(8);
        table.setPadding(new Insets(8));
        fill();
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        dialog.setResizable(true);
        Button resetAll = new Button(t.get("progress.resetAll"));
        resetAll.setId("progress-reset-all");
        resetAll.setOnAction(e -> {
            if (confirm(t.get("progress.confirmAll"))) {
                app.setProgress(Progress.empty());
                fill();
            }
        });
        dialog.getDialogPane().setContent(new VBox(10, scroll, resetAll));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(t.get("progress.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
        // Only now are the fonts known: widen the view to the whole table, so the scroll bar takes no
        // width from it.
        scroll.setPrefViewportWidth(table.prefWidth(-1));
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    /** The dialog's scene, once shown. */
    javafx.scene.Scene scene() { return dialog.getDialogPane().getScene(); }

    private void fill() {
        Messages t = app.window().appText();
        Locale locale = t.locale();
        table.getChildren().clear();
        table.addRow(0, heading(t.get("progress.lesson")), heading(t.get("progress.steps")), new Label(),
                heading(t.get("progress.exercises")));
        int row = 1;
        for (Lesson<?> lesson : app.registry().all()) {
            Messages text = lesson.text(locale);
            int steps = lesson.createModel().stepCount();
            Progress.Lesson p = app.progress().of(lesson.id());
            int seen = (int) p.stepsSeen().stream().filter(s -> s < steps).count();
            ProgressBar bar = new ProgressBar(steps == 0 ? 0 : (double) seen / steps);
            bar.setPrefWidth(120);
            bar.setAccessibleText(t.format("progress.stepsOf", seen, steps));
            Label stepsLabel = new Label(t.format("progress.stepsOf", seen, steps));
            stepsLabel.setId("progress-steps-" + lesson.id());
            Label exercises = new Label(p.attempted() == 0 ? "\u2014"
                    : t.format("progress.solvedOf", p.solved(), p.attempted()));
            int resume = Math.min(p.firstUnseen(steps), steps - 1);
            Button go = new Button(t.get(seen == 0 ? "progress.start" : "progress.continue"));
            go.setId("progress-continue-" + lesson.id());
            go.setOnAction(e -> {
                app.window().open(lesson, resume);
                dialog.close();
            });
            Button reset = new Button(t.get("progress.reset"));
            reset.setId("progress-reset-" + lesson.id());
            reset.setDisable(seen == 0 && p.attempted() == 0);
            reset.setOnAction(e -> {
                if (confirm(t.format("progress.confirmOne", text.get("title")))) {
                    app.setProgress(app.progress().withoutLesson(lesson.id()));
                    fill();
                }
            });
            Label title = new Label(text.get("title"));
            table.addRow(row++, title, bar, stepsLabel, exercises, go, reset);
            GridPane.setHalignment(go, javafx.geometry.HPos.RIGHT);
        }
        table.getChildren().forEach(n -> {
            GridPane.setValignment(n, javafx.geometry.VPos.CENTER);
            // Numbers and buttons never shorten to "…"; only a long lesson title may.
            if (n instanceof Region r && GridPane.getColumnIndex(n) != null
                    && GridPane.getColumnIndex(n) > 0) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        table.setAlignment(Pos.TOP_LEFT);
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("progress-heading");
        return l;
    }

    private boolean confirm(String question) {
        Messages t = app.window().appText();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setTitle(t.get("progress.title"));
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
