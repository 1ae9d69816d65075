package org.kobai.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;

/**
 * Practice at the end of a lesson: an exercise with fresh numbers, a field for the answer, and feedback
 * that names the step that likely went wrong; a hint and the worked solution on request; a new exercise
 * at any time. Each exercise counts once as attempted, and as solved when it is answered right.
 */
public final class ExercisePanel extends VBox {
    private final List<ExerciseKind> kinds;
    private final Messages text;
    private final Messages appText;
    private final Function<String, Node> rich;
    private final BiConsumer<String, Boolean> onResult;
    private final ChoiceBox<ExerciseKind> kindChoice = new ChoiceBox<>();
    private final VBox prompt = new VBox();
    private final TextField answer = new TextField();
    private final Label feedback = new Label();
    private final VBox solution = new VBox();
    private long seed;
    private Exercise exercise;
    private boolean attempted;
    private boolean solved;

    /**
     * @param kinds    the lesson's exercises
     * @param text     the lesson's bundle (exercise texts)
     * @param appText  the app's bundle (buttons and feedback)
     * @param rich     renders text with {@code $…$} formulas
     * @param onResult told (kind id, solved) once per exercise when first checked, and again when solved
     * @param seed     where the exercises' numbers start
     */
    public ExercisePanel(List<ExerciseKind> kinds, Messages text, Messages appText, Function<String, Node> rich,
                         BiConsumer<String, Boolean> onResult, long seed) {
        super(10);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("Requires at least one kind of exercise.");
        }
        this.kinds = List.copyOf(kinds);
        this.text = text;
        this.appText = appText;
        this.rich = rich;
        this.onResult = onResult;
        this.seed = seed;
        setId("exercise-panel");
        getStyleClass().add("exercise-panel");

        Label title = new Label(appText.get("exercise.title"));
        title.getStyleClass().add("step-title");
        kindChoice.setId("exercise-kind");
        kindChoice.getItems().setAll(this.kinds);
        kindChoice.setConverter(new StringConverter<>() {
            @Override public String toString(ExerciseKind k) { return k == null ? "" : text.get("exercise." + k.id() + ".name"); }
            @Override public ExerciseKind fromString(String s) { return null; }
        });
        kindChoice.getSelectionModel().select(0);
        kindChoice.setOnAction(e -> newExercise());
        Label kindLabel = new Label(appText.get("exercise.kind"));
        kindLabel.setLabelFor(kindChoice);
        kindLabel.setMinWidth(Label.USE_PREF_SIZE); // a long exercise name must not squeeze the label to "…"
        HBox kindRow = new HBox(8, kindLabel, kindChoice);
        kindRow.setAlignment(Pos.CENTER_LEFT);

        prompt.setId("exercise-prompt");
        answer.setId("answer-field");
        answer.setPromptText(appText.get("exercise.answerPrompt"));
        answer.setAccessibleText(appText.get("exercise.answer"));
        answer.setOnAction(e -> check());
        Label answerLabel = new Label(appText.get("exercise.answer"));
        answerLabel.setLabelFor(answer);
        HBox answerRow = new HBox(8, answerLabel, answer);
        answerRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(answer, javafx.scene.layout.Priority.ALWAYS);

        Button check = button("exercise-check", "exercise.check", this::check);
        check.setDefaultButton(false);
        Button hint = button("exercise-hint", "exercise.hint", this::showHint);
        Button show = button("exercise-solution", "exercise.showSolution", this::showSolution);
        Button again = button("exercise-new", "exercise.new", this::newExercise);
        FlowPane buttons = new FlowPane(8, 8, check, hint, show, again);

        feedback.setId("exercise-feedback");
        feedback.setWrapText(true);
        solution.setId("exercise-solution-text");
        getChildren().addAll(title, kindRow, prompt, answerRow, buttons, feedback, solution);
        newExercise();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(appText.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The exercise on screen now. */
    public Exercise exercise() { return exercise; }

    /** Draws a new exercise of the chosen kind. */
    public void newExercise() {
        seed++;
        exercise = kindChoice.getValue().create(seed, text);
        attempted = false;
        solved = false;
        prompt.getChildren().setAll(rich.apply(exercise.prompt()));
        answer.clear();
        feedback.setText("");
        feedback.getStyleClass().removeAll("good", "bad");
        solution.getChildren().clear();
    }

    /**
     * The panel as a learner sees it after a likely slip in the {@code kind}-th exercise: the slip typed and
     * checked (its hint shown), then the worked solution. Used for the documentation's pictures.
     */
    public void showSlip(int kind) {
        kindChoice.getSelectionModel().select(Math.max(0, Math.min(kinds.size() - 1, kind)));
        newExercise();
        exercise.mistakes().stream().findFirst().ifPresent(m -> answer.setText(
                java.util.Arrays.stream(m.value().values()).mapToObj(NumberText::display)
                        .collect(java.util.stream.Collectors.joining(", "))));
        check();
        showSolution();
    }

    private void check() {
        Verdict v = AnswerChecker.check(exercise, answer.getText());
        feedback.getStyleClass().removeAll("good", "bad");
        if (v instanceof Verdict.Unreadable u) {
            feedback.setText(u.typedCount() >= 0
                    ? appText.format("exercise.count", u.expectedCount(), u.typedCount())
                    : appText.format("exercise.unreadable", u.column(), u.reason()));
            int at = Math.max(0, Math.min(u.column() - 1, answer.getLength()));
            if (u.column() > 0) {
                answer.selectRange(at, Math.min(at + 1, answer.getLength()));
            }
            return; // a typo is not an attempt
        }
        if (!attempted) {
            attempted = true;
            onResult.accept(exercise.kind(), false);
        }
        if (v instanceof Verdict.Correct) {
            feedback.setText(appText.get("exercise.correct"));
            feedback.getStyleClass().add("good");
            if (!solved) {
                solved = true;
                onResult.accept(exercise.kind(), true);
            }
        } else if (v instanceof Verdict.Wrong w) {
            feedback.setText(appText.get("exercise.wrong") + " " + w.hint());
            feedback.getStyleClass().add("bad");
        }
    }

    private void showHint() {
        feedback.getStyleClass().removeAll("good", "bad");
        feedback.setText(exercise.hint());
    }

    private void showSolution() {
        solution.getChildren().setAll(rich.apply(exercise.solution()));
    }
}
