package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.series.SeriesFigure;
import org.kobai.lessons.series.SeriesModel;

/** The sequences lesson driven by hand: n and r move the bars and the sums shown beneath. */
class SeriesLessonUiTest extends AppUiTest {
    @BeforeEach
    void gaussStep() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("series").orElseThrow(), SeriesModel.STEP_GAUSS);
            model().resetParameters();
            model().enterStep(SeriesModel.STEP_GAUSS);
        });
    }

    private static SeriesModel model() {
        return (SeriesModel) app.window().host().model();
    }

    private static SeriesFigure figure() {
        return (SeriesFigure) app.window().host().figure();
    }

    /** Types into a parameter's field as a learner does after tabbing to it (it may be scrolled out of view). */
    private void type(String field, String value) {
        javafx.scene.control.TextField f = lookup("#field-" + field).queryAs(javafx.scene.control.TextField.class);
        interact(() -> {
            f.requestFocus();
            f.selectAll();
        });
        write(value);
        push(KeyCode.ENTER);
    }

    @Test
    void gaussStepShowsFiftyFiveAndTheSumInWords() {
        assertThat(textOf("#sums")).contains("S_10 = 55").contains("closed form 10/2 · (2·1 + (10 − 1)·1) = 55");
        assertThat(textOf("#sigma-words")).isEqualTo(
                "In words: S sub 10 is the sum, as k runs from 1 to 10, of 1 plus (k minus 1) times 1.");
        assertThat(fx(() -> figure().pairData()[1])).hasSize(10).containsOnly(11.0);
    }

    @Test
    void typingNChangesTheBarsAndTheSum() {
        type("n", "4");
        assertThat(fx(() -> figure().termData()[1])).containsExactly(1, 2, 3, 4);
        // 1 + 2 + 3 + 4 = 10; each Gauss column 1 + 4 = 5
        assertThat(textOf("#sums")).contains("S_4 = 10").contains("= 10");
        assertThat(fx(() -> figure().pairData()[1])).containsOnly(5.0);
        assertThat(textOf("#sigma-words")).contains("from 1 to 4");
    }

    @Test
    void movingTheSliderOfNChangesTheBars() {
        Slider slider = lookup("#slider-n").queryAs(Slider.class);
        double[][] before = fx(() -> figure().termData());
        interact(slider::requestFocus);
        push(KeyCode.HOME);
        assertThat(fx(() -> model().count())).isEqualTo(1);
        assertThat(fx(() -> figure().termData())).isNotEqualTo(before);
        assertThat(fx(() -> figure().termData()[1])).containsExactly(1);
        assertThat(textOf("#sums")).contains("S_1 = 1");
    }

    @Test
    void ratioDecidesConvergence() {
        interact(() -> model().enterStep(SeriesModel.STEP_CONVERGENCE));
        // a = 1, r = 1/2, n = 20: S_20 = 2 − 2⁻¹⁹ = 1.999998093 (10 digits), limit 2
        assertThat(textOf("#sums")).contains("S_20 = 1.999998093");
        assertThat(textOf("#verdict")).contains("a/(1 − r) = 2");
        assertThat(fx(() -> figure().limitShown())).isEqualTo(2.0);
        type("r", "1");
        assertThat(textOf("#sums")).contains("S_20 = 20");
        assertThat(textOf("#verdict")).contains("r = 1").contains("No limit");
        assertThat(fx(() -> figure().limitShown())).isNaN();
        type("r", "-1");
        assertThat(textOf("#sums")).contains("S_20 = 0");
        assertThat(textOf("#verdict")).contains("r = −1");
        type("r", "3");
        assertThat(lookup("#error-r").queryLabeled().getText()).contains("−2").contains("2");
        assertThat(fx(() -> model().r().get())).isEqualTo(-1.0);
    }

    @Test
    void japaneseReadsTheSumAloudInJapanese() {
        interact(() -> app.setLanguage("ja"));
        assertThat(textOf("#sigma-words")).contains("k を 1 から 10 まで").contains("足し合わせた和");
    }
}
