package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.systems.SystemsFigure;
import org.kobai.lessons.systems.SystemsModel;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;

/**
 * The inverse and linear-systems lesson driven by hand: the sweeping-out stepper walks forward and back
 * with the pivot highlighted, editing an entry re-solves, a bad entry is explained, a singular matrix says
 * there is no inverse.
 */
class SystemsLessonUiTest extends AppUiTest {
    private void open(int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("systems").orElseThrow(), step);
            model().resetParameters();
            model().enterStep(step);
            model().setSystem(RationalMatrix.parse(step == SystemsModel.STEP_NO_UNIQUE
                    ? "1,2,3; 2,4,7" : "4,5,14; -1,3,5"));
            model().exactProperty().set(true);
            while (model().sweepBack()) {
                // to the start
            }
        });
    }

    private static SystemsModel model() {
        return (SystemsModel) app.window().host().model();
    }

    private static SystemsFigure figure() {
        return (SystemsFigure) app.window().host().figure();
    }


    private boolean isPivot(String cell) {
        Node node = lookup(cell).query();
        return fx(() -> node.getStyleClass().contains("pivot"));
    }

    @Test
    void stepperWalksForwardAndBackWithThePivotHighlighted() {
        open(SystemsModel.STEP_SWEEP);
        assertThat(textOf("#operation")).startsWith("Start");
        assertThat(textOf("#cell-1-0")).isEqualTo("\u22121");
        assertThat(textOf("#sweep-position")).isEqualTo("0 of 4 row operations");
        double[][] before = fx(() -> figure().equationData(1));

        clickOn("#sweep-next");
        // R2 ← R2 + 1/4·R1 turns row 2 into (0, 17/4 | 17/2), by hand
        assertThat(textOf("#operation")).contains("R2 \u2190 R2 + 1/4\u00b7R1").contains("pivot in row 1, column 1");
        assertThat(textOf("#cell-1-0")).isEqualTo("0");
        assertThat(textOf("#cell-1-1")).isEqualTo("17/4");
        assertThat(textOf("#cell-1-2")).isEqualTo("17/2");
        assertThat(isPivot("#cell-0-0")).isTrue();
        assertThat(isPivot("#cell-1-1")).isFalse();
        assertThat(fx(() -> figure().equationData(1))).as("the second line turned").isNotEqualTo(before);

        clickOn("#sweep-next");
        clickOn("#sweep-next");
        assertThat(textOf("#operation")).contains("R1 \u2190 R1 \u2212 5/17\u00b7R2");
        assertThat(isPivot("#cell-1-1")).isTrue();
        clickOn("#sweep-next");
        assertThat(textOf("#cell-0-2")).isEqualTo("1");
        assertThat(textOf("#cell-1-2")).isEqualTo("2");
        assertThat(fx(() -> lookup("#sweep-next").query().isDisabled())).isTrue();
        assertThat(textOf("#outcome")).contains("x1 = 1").contains("x2 = 2");

        for (int i = 0; i < 4; i++) {
            clickOn("#sweep-back");
        }
        assertThat(textOf("#operation")).startsWith("Start");
        assertThat(textOf("#cell-1-0")).isEqualTo("\u22121");
        assertThat(fx(() -> figure().equationData(1))).isDeepEqualTo(before);
        assertThat(fx(() -> lookup("#sweep-back").query().isDisabled())).isTrue();
    }

    @Test
    void decimalsOnTheSwitch() {
        open(SystemsModel.STEP_SWEEP);
        clickOn("#sweep-next");
        clickOn("#exact");
        assertThat(fx(() -> model().exact())).isFalse();
        assertThat(textOf("#cell-1-1")).isEqualTo("4.25");
        assertThat(textOf("#operation")).contains("R2 \u2190 R2 + 0.25\u00b7R1");
        clickOn("#exact");
        assertThat(textOf("#cell-1-1")).isEqualTo("17/4");
    }

    @Test
    void editingAnEntryResolves() {
        open(SystemsModel.STEP_SYSTEM);
        assertThat(textOf("#outcome")).contains("x1 = 1").contains("x2 = 2");
        // b2 = 22: 4x + 5y = 14, −x + 3y = 22 gives (x, y) = (−4, 6), by hand
        typeInto("#entry-1-2", "22");
        assertThat(fx(() -> model().system().get(1, 2))).isEqualTo(Rational.of(22));
        assertThat(textOf("#outcome")).contains("x1 = \u22124").contains("x2 = 6");
        assertThat(fx(() -> figure().solutionData()[0][0])).isEqualTo(-4.0);
        assertThat(fx(() -> figure().solutionData()[1][0])).isEqualTo(6.0);
        // a fraction is read exactly: a11 = 1/2 → x = (14 − 5·y)... checked against the exact solver
        typeInto("#entry-0-0", "1/2");
        assertThat(fx(() -> model().system().get(0, 0))).isEqualTo(Rational.of(1, 2));
    }

    @Test
    void aBadEntryIsExplainedAndTheLastSystemStays() {
        open(SystemsModel.STEP_SYSTEM);
        RationalMatrix before = fx(() -> model().system());
        typeInto("#entry-0-1", "3/0");
        assertThat(textOf("#entry-error")).contains("Row 1, x2").contains("division by zero");
        TextField field = lookup("#entry-0-1").queryAs(TextField.class);
        assertThat(fx(() -> field.getStyleClass().contains("invalid"))).isTrue();
        assertThat(fx(() -> model().system())).isEqualTo(before);
        typeInto("#entry-0-1", "abc");
        assertThat(textOf("#entry-error")).contains("\u201cabc\u201d is not a number");
        typeInto("#entry-0-1", "5");
        assertThat(textOf("#entry-error")).isEmpty();
        assertThat(fx(() -> field.getStyleClass().contains("invalid"))).isFalse();
    }

    @Test
    void aSingularSystemSaysThereIsNoInverse() {
        open(SystemsModel.STEP_SYSTEM);
        // (4 5; 8 10): det = 40 − 40 = 0; 8x + 10y = 5 contradicts 2·(4x + 5y) = 28
        typeInto("#entry-1-0", "8");
        typeInto("#entry-1-1", "10");
        assertThat(textOf("#verdict")).contains("det A = 0").contains("no inverse");
        assertThat(textOf("#outcome")).contains("No solution").contains("0 = ");
        assertThat(fx(() -> figure().solutionData()[0])).isEmpty();
        assertThat(fx(() -> figure().message())).contains("never meet");
        // b2 = 28: the same line twice
        typeInto("#entry-1-2", "28");
        assertThat(textOf("#outcome")).contains("Infinitely many").contains("x2").contains("x1 = 7/2 \u2212 5/4 x2");
    }

    @Test
    void aSingularMapShowsTheCollapseAndNoInverse() {
        open(SystemsModel.STEP_INVERSE);
        assertThat(textOf("#verdict")).isEmpty();
        double[][] before = fx(() -> figure().imageData());
        // A = (4 5; 2.4 3): ad − bc = 12 − 12 = 0
        typeInto("#field-c", "2.4");
        typeInto("#field-d", "3");
        assertThat(fx(() -> model().mapDeterminant())).isEqualTo(Rational.ZERO);
        assertThat(textOf("#verdict")).contains("ad \u2212 bc = 0").contains("no inverse");
        assertThat(fx(() -> figure().message())).contains("collapses onto a line");
        assertThat(fx(() -> figure().imageData())).isNotEqualTo(before);
        Label verdict = lookup("#verdict").queryAs(Label.class);
        assertThat(fx(verdict::getText)).doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void sizeChangesToFiveEquations() {
        open(SystemsModel.STEP_SWEEP);
        interact(() -> lookup("#size").queryComboBox().getSelectionModel().select(Integer.valueOf(5)));
        assertThat(fx(() -> model().size())).isEqualTo(5);
        assertThat(lookup("#entry-4-5").tryQuery()).isPresent();
        // the 5×5 preset's solution (2, −1, 1, 0, 3), checked by substitution in SystemsModelTest
        assertThat(textOf("#outcome")).contains("x1 = 2").contains("x5 = 3");
        interact(() -> lookup("#size").queryComboBox().getSelectionModel().select(Integer.valueOf(2)));
        assertThat(lookup("#entry-4-5").tryQuery()).isEmpty();
    }

    private void answer(String typed) {
        clickOn("#answer-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write(typed);
        push(KeyCode.ENTER);
    }

    /** The answer as a student writes it on paper: exact fractions such as 3/17, -5/17. */
    private static String asFractions(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(Rational.simplest(v, 1e-9));
        }
        return b.toString();
    }

    @Test
    void anInverseTypedAsFractionsIsRightAndCountsAfterTheForgottenDeterminantGetsItsHint() {
        open(SystemsModel.STEP_INVERSE);
        interact(() -> app.setProgress(org.kobai.app.progress.Progress.empty()));
        clickOn("#practice");
        org.kobai.ui.ExercisePanel panel = fx(() -> app.window().host().practice());
        org.kobai.lesson.exercise.Exercise exercise = fx(panel::exercise);
        assertThat(exercise.kind()).isEqualTo("inverse");

        // (d −b; −c a) without dividing by ad − bc: recognised, with the hint about the factor.
        double[] inverse = exercise.answer().values();
        double det = RationalMatrix.parse(asFractions(new double[] {inverse[0], inverse[1]}) + "; "
                + asFractions(new double[] {inverse[2], inverse[3]})).inverse().determinant().toDouble();
        answer(asFractions(new double[] {det * inverse[0], det * inverse[1], det * inverse[2], det * inverse[3]}));
        assertThat(textOf("#exercise-feedback")).startsWith("Not quite. The matrix (d −b; −c a) is right");
        assertThat(fx(() -> app.progress().of("systems").attempted())).isEqualTo(1);

        answer(asFractions(exercise.answer().values()));
        assertThat(textOf("#exercise-feedback")).isEqualTo("Right!");
        assertThat(fx(() -> app.progress().of("systems").solved())).isEqualTo(1);
        clickOn("#exercise-solution");
        assertThat(fx(() -> lookup("#exercise-solution-text").queryAs(javafx.scene.layout.VBox.class).getChildren()))
                .isNotEmpty();
        clickOn("#practice");
        assertThat(fx(() -> lookup("#step-title").query().getScene())).as("the step text is back").isNotNull();
    }
}
