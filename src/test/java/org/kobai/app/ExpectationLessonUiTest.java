package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.expectation.ExpectationFigure;
import org.kobai.lessons.expectation.ExpectationModel;

/**
 * The expected-value lesson driven by hand: a probability typed so the table no longer sums to 1 is
 * flagged and Normalise repairs it; a negative probability is refused; New sample rolls again.
 */
class ExpectationLessonUiTest extends AppUiTest {
    @BeforeEach
    void open() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("expectation").orElseThrow(), 0);
            model().resetParameters();
            model().enterStep(ExpectationModel.STEP_DISTRIBUTION);
        });
    }

    private static ExpectationModel model() {
        return (ExpectationModel) app.window().host().model();
    }

    private static ExpectationFigure figure() {
        return (ExpectationFigure) app.window().host().figure();
    }

    /** Types into a parameter field; the field may be scrolled out of sight, so it is focused directly. */
    private void type(String fieldId, String value) {
        TextField field = lookup(fieldId).queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        write(value);
        push(KeyCode.ENTER);
    }

    private boolean visible(String query) {
        Node n = lookup(query).query();
        return fx(n::isVisible);
    }

    @Test
    void theArticlesDieShowsThreePointSix() {
        assertThat(textOf("#readout")).contains("= 3.6");
        assertThat(textOf("#sum")).isEqualTo("Σ P(x) = 1");
        assertThat(visible("#warning")).isFalse();
    }

    @Test
    void aTableThatDoesNotSumToOneIsFlaggedAndNormaliseRepairsIt() {
        type("#field-p6", "0.2");
        assertThat(visible("#warning")).isTrue();
        assertThat(textOf("#warning")).contains("sum to 1.1, not 1");
        assertThat(textOf("#readout")).contains("make the probabilities sum to 1");
        assertThat(fx(() -> figure().noteText())).contains("1.1");
        Button normalise = lookup("#normalise").queryAs(Button.class);
        assertThat(fx(normalise::isDisabled)).isFalse();
        clickOn("#normalise");
        assertThat(visible("#warning")).isFalse();
        assertThat(textOf("#sum")).isEqualTo("Σ P(x) = 1");
        // (0.1, 0.1, 0.3, 0.2, 0.2, 0.2)/1.1: P(X = 3) = 3/11.
        assertThat(fx(() -> model().probability(3).get())).isCloseTo(3 / 11.0, within(1e-12));
        assertThat(fx(() -> figure().probabilityData()[1][2])).isCloseTo(3 / 11.0, within(1e-12));
        assertThat(fx(normalise::isDisabled)).isTrue();
    }

    @Test
    void aNegativeProbabilityIsRefusedWithTheRange() {
        type("#field-p1", "-0.1");
        assertThat(visible("#error-p1")).isTrue();
        assertThat(textOf("#error-p1")).contains("0").contains("1");
        assertThat(fx(() -> model().probability(1).get())).isEqualTo(0.1);
    }

    @Test
    void newSampleRollsAgain() {
        interact(() -> model().enterStep(ExpectationModel.STEP_ROLLS));
        double[] before = fx(() -> figure().frequencyData()[1]);
        String readoutBefore = textOf("#readout");
        assertThat(readoutBefore).contains("seed " + ExpectationModel.FIRST_SEED);
        clickOn("#new-sample");
        assertThat(fx(() -> figure().frequencyData()[1])).isNotEqualTo(before);
        assertThat(textOf("#readout")).contains("seed " + (ExpectationModel.FIRST_SEED + 1));
    }
}
