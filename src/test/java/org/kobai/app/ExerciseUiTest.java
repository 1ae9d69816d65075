package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kobai.app.progress.Progress;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.ui.ExercisePanel;

/** Practice at the end of the derivative lesson: a typo, a wrong answer with a hint, a right one, progress. */
class ExerciseUiTest extends AppUiTest {
    private void answer(String typed) {
        clickOn("#answer-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write(typed);
        push(KeyCode.ENTER);
    }

    @Test
    void aTypoIsNotAnAttemptAWrongAnswerGetsAHintAndARightOneCounts() {
        interact(() -> {
            app.setLanguage("en");
            app.setProgress(Progress.empty());
            app.window().open(app.registry().find("derivative").orElseThrow(), 4);
        });
        clickOn("#practice");
        assertThat(textOf("#practice")).isEqualTo("Back to the lesson");
        ExercisePanel panel = fx(() -> app.window().host().practice());
        Exercise exercise = fx(panel::exercise);
        assertThat(fx(() -> lookup("#exercise-prompt").query().isVisible())).isTrue();

        answer("3/");
        assertThat(textOf("#exercise-feedback")).startsWith("Column 3");
        assertThat(fx(() -> app.progress().of("derivative").attempted())).as("a typo is not an attempt").isZero();

        double[] right = exercise.answer().values();
        right[right.length - 1] += 1;
        answer(ExerciseAssertions.typed(right));
        assertThat(textOf("#exercise-feedback")).startsWith("Not quite.");
        assertThat(fx(() -> app.progress().of("derivative").attempted())).isEqualTo(1);
        assertThat(fx(() -> app.progress().of("derivative").solved())).isZero();

        answer(ExerciseAssertions.typed(exercise.answer().values()));
        assertThat(textOf("#exercise-feedback")).isEqualTo("Right!");
        assertThat(fx(() -> app.progress().of("derivative").attempted())).as("the same exercise counts once").isEqualTo(1);
        assertThat(fx(() -> app.progress().of("derivative").solved())).isEqualTo(1);

        clickOn("#exercise-solution");
        assertThat(fx(() -> lookup("#exercise-solution-text").queryAs(javafx.scene.layout.VBox.class).getChildren())).isNotEmpty();
        clickOn("#exercise-new");
        assertThat(fx(() -> lookup("#answer-field").queryAs(TextField.class).getText())).isEmpty();
        assertThat(textOf("#exercise-feedback")).isEmpty();

        clickOn("#practice");
        assertThat(fx(() -> lookup("#step-title").query().getScene())).as("the step text is back").isNotNull();
    }

    @Test
    void everySlipGetsItsHintAndEveryWorkedSolutionFitsThePracticePanel() {
        for (org.kobai.lessons.Lesson<?> lesson : fx(() -> app.registry().all())) {
            if (lesson.exercises().isEmpty()) {
                continue;
            }
            for (String lang : new String[] {"en", "ja"}) {
                interact(() -> {
                    app.setLanguage(lang);
                    app.window().open(lesson, 0);
                    app.window().host().togglePractice();
                });
                ExercisePanel panel = fx(() -> app.window().host().practice());
                for (int k = 0; k < lesson.exercises().size(); k++) {
                    int kind = k;
                    // a likely slip typed and checked, then the solution: what the practice pictures show
                    interact(() -> panel.showSlip(kind));
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                    Exercise shown = fx(panel::exercise);
                    assertThat(shown.kind()).isEqualTo(lesson.exercises().get(kind).id());
                    if (!shown.mistakes().isEmpty()) {
                        assertThat(textOf("#exercise-feedback")).as("%s, %s: the slip's hint", lesson.id(), lang)
                                .endsWith(shown.mistakes().get(0).hint());
                    }
                    double room = fx(() -> panel.getWidth());
                    double widest = fx(() -> lookup("#exercise-solution-text").queryAs(javafx.scene.layout.VBox.class)
                            .getChildren().stream().mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElse(0));
                    assertThat(widest).as("%s, %s, exercise %s: the worked solution's width", lesson.id(), lang,
                            lesson.exercises().get(kind).id()).isLessThanOrEqualTo(room + 0.5);
                }
            }
        }
    }
}
