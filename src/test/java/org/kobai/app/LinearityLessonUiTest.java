package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lessons.linearity.LinearityFigure;
import org.kobai.lessons.linearity.LinearityLesson;
import org.kobai.lessons.linearity.LinearityModel;
import org.kobai.math.NumberText;
import org.kobai.ui.ParameterControl;

/**
 * The first lesson driven as a learner drives it: typing in the fields, dragging sliders, stepping to the
 * counterexample. The readout is read back as numbers and compared with a·x + b computed here.
 */
class LinearityLessonUiTest extends AppUiTest {
    /** Readouts show six significant digits (NumberText.SIGNIFICANT_DIGITS). */
    private static final double TOLERANCE = 5e-6;
    private static final Messages APP_EN = new Messages(KobaiApp.APP_BUNDLE, Locale.ENGLISH);
    private static final Messages LESSON_EN = new LinearityLesson().text(Locale.ENGLISH);
    private static final Pattern MAPPING = Pattern.compile("f\\((.+)\\) = (.+)");

    @BeforeEach
    void freshLesson() {
        interact(() -> {
            // Focus first: a number field commits what it shows when it loses focus.
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("linearity").orElseThrow(), 0);
            model().resetParameters();
            model().enterStep(0);
        });
        assertThat(textOf("#lesson-title")).isEqualTo(LESSON_EN.get("title"));
    }

    private static LinearityModel model() {
        return (LinearityModel) app.window().host().model();
    }

    private static LinearityFigure figure() {
        return (LinearityFigure) app.window().host().figure();
    }

    private double a() {
        return fx(() -> model().slope().get());
    }


    /** The line drawn is y = a·x + b for these a and b, exactly (both sides do the same arithmetic). */
    private void assertGraphIs(double a, double b) {
        double[][] data = fx(() -> figure().graphData());
        assertThat(data[0]).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < data[0].length; i++) {
            assertThat(data[1][i]).as("y at x = %s", data[0][i]).isEqualTo(a * data[0][i] + b);
        }
    }

    /** Reads "f(x) = y" from the readout of step 1 as two numbers. */
    private double[] mappingReadout() {
        Matcher m = MAPPING.matcher(textOf("#readout"));
        assertThat(m.matches()).as("readout '%s' has the form f(x) = y", textOf("#readout")).isTrue();
        return new double[] {NumberText.parse(m.group(1)), NumberText.parse(m.group(2))};
    }

    private boolean errorShown(String id) {
        Label error = lookup("#error-" + id).queryAs(Label.class);
        return fx(() -> error.isVisible() && error.isManaged());
    }

    // ---- typing ---------------------------------------------------------------------------------------

    @Test
    void startsWithTwoXAtOnePointFive() {
        // Defaults of LinearityModel: a = 2, x = 1.5, so f(1.5) = 3 (by hand).
        assertThat(textOf("#readout")).isEqualTo("f(1.5) = 3");
        assertGraphIs(2, 0);
    }

    @Test
    void typingASlopeUpdatesTheReadoutAndTheGraph() {
        typeInto("#field-a", "1.5");
        assertThat(a()).isEqualTo(1.5);
        // f(1.5) = 1.5 · 1.5 = 2.25, by hand.
        assertThat(textOf("#readout")).isEqualTo("f(1.5) = 2.25");
        assertGraphIs(1.5, 0);
        assertThat(fx(() -> lookup("#field-a").queryAs(TextField.class).getText())).isEqualTo("1.5");
        assertThat(errorShown("a")).isFalse();
    }

    @Test
    void fieldsAcceptFractionsAndTheTrueMinusSign() {
        typeInto("#field-a", "\u22121/4");
        assertThat(a()).isEqualTo(-0.25);
        // −1/4 · 1.5 = −0.375, by hand; shown with a true minus sign.
        assertThat(textOf("#readout")).isEqualTo("f(1.5) = \u22120.375");
        assertGraphIs(-0.25, 0);
    }

    @Test
    void typingTheInputMovesThePointOnTheLine() {
        typeInto("#field-x", "-3");
        double[] xy = mappingReadout();
        assertThat(xy[0]).isEqualTo(-3.0);
        assertThat(xy[1]).isEqualTo(-6.0); // 2 · (−3), by hand
    }

    @Test
    void textThatIsNotANumberShowsAnErrorAndKeepsTheValue() {
        typeInto("#field-a", "abc");
        assertThat(errorShown("a")).isTrue();
        assertThat(textOf("#error-a")).isEqualTo(APP_EN.format("parameter.notANumber", "abc"))
                .contains("\"abc\" is not a number");
        assertThat(a()).isEqualTo(2.0);
        assertThat(fx(() -> lookup("#field-a").query().getStyleClass().contains("invalid"))).isTrue();
        assertGraphIs(2, 0);

        push(KeyCode.ESCAPE);
        assertThat(errorShown("a")).as("Esc undoes the typing").isFalse();
        assertThat(fx(() -> lookup("#field-a").queryAs(TextField.class).getText())).isEqualTo("2");
    }

    @Test
    void numbersOutsideTheRangeShowTheRangeAndKeepTheValue() {
        typeInto("#field-a", "7");
        assertThat(errorShown("a")).isTrue();
        // parameter.outOfRange=Enter a number between {0} and {1}. with a's range −2 … 2.
        assertThat(textOf("#error-a")).isEqualTo("Enter a number between \u22122 and 2.");
        assertThat(a()).isEqualTo(2.0);

        typeInto("#field-a", "1");
        assertThat(errorShown("a")).as("a good value clears the error").isFalse();
        assertThat(a()).isEqualTo(1.0);
    }

    // ---- sliders ------------------------------------------------------------------------------------

    @Test
    void draggingTheSlopeSliderRedrawsTheLineAndTheReadout() {
        Node thumb = lookup("#slider-a .thumb").query();
        drag(thumb, MouseButton.PRIMARY).moveBy(-90, 0).release(MouseButton.PRIMARY);
        double a = a();
        assertThat(a).as("dragged left from the top of the range").isLessThan(2.0).isGreaterThanOrEqualTo(-2.0);
        assertGraphIs(a, 0);
        double[] xy = mappingReadout();
        assertThat(xy[0]).isEqualTo(1.5);
        assertThat(xy[1]).isCloseTo(a * 1.5, within(TOLERANCE * Math.max(1, Math.abs(a * 1.5))));
        assertThat(fx(() -> NumberText.parse(lookup("#field-a").queryAs(TextField.class).getText())))
                .isCloseTo(a, within(TOLERANCE));
    }

    @Test
    void arrowKeysOnASliderNudgeItAndDoNotChangeTheStep() {
        clickOn(lookup("#slider-x .thumb").queryAs(Node.class));
        double before = fx(() -> model().input().get());
        type(KeyCode.RIGHT);
        assertThat(fx(() -> model().input().get())).isGreaterThan(before);
        assertThat(fx(() -> model().step())).isZero();
    }

    // ---- steps --------------------------------------------------------------------------------------

    @Test
    void eachStepShowsTheControlsItIsAbout() {
        for (int step = 0; step < fx(() -> model().stepCount()); step++) {
            int s = step;
            interact(() -> model().enterStep(s));
            Set<String> shown = new TreeSet<>();
            for (Node n : lookup(".parameter-control").queryAll()) {
                shown.add(fx(() -> ((ParameterControl) n).parameter().id()));
            }
            assertThat(shown).as("step %d", step + 1).isEqualTo(new TreeSet<>(fx(() -> model().parametersShownIn(s))));
        }
    }

    @Test
    void additivityHoldsForTheProportionalFunction() {
        clickOn("#next-step");
        clickOn("#next-step");
        assertThat(fx(() -> model().step())).isEqualTo(LinearityModel.STEP_ADDITIVITY);
        // Defaults a = 2, u = 1, v = 1.5: f(2.5) = 5 and f(1) + f(1.5) = 2 + 3 = 5, by hand.
        assertThat(textOf("#readout")).contains("f(1 + 1.5) = 5").contains("f(1) + f(1.5) = 5")
                .contains(LESSON_EN.get("check.holds"));
        assertThat(textOf("#verdict")).isEqualTo(LESSON_EN.get("verdict.linear"));
    }

    @Test
    void counterexampleStepShowsArticleNumbers() {
        for (int i = 0; i < LinearityModel.STEP_COUNTEREXAMPLE; i++) {
            clickOn("#next-step");
        }
        assertThat(textOf("#step-indicator")).isEqualTo("Step 5 of 5");
        String readout = textOf("#readout");
        // Article 001: f(x) = x + 1, u = 1, v = 2: f(1 + 2) = 4 but f(1) + f(2) = 5.
        assertThat(readout).contains("f(1 + 2) = 4").contains("f(1) + f(2) = 5").contains("not equal");
        // Lesson step 5: f(2 · 1) = 3 but 2 f(1) = 4.
        assertThat(readout).contains("f(2 \u00d7 1) = 3").contains("2 \u00d7 f(1) = 4");
        assertThat(readout).doesNotContain(LESSON_EN.get("check.holds"));
        assertThat(textOf("#verdict")).isEqualTo(LESSON_EN.get("verdict.notLinear"));
        assertGraphIs(1, 1);
    }

    @Test
    void movingTheInterceptToZeroMakesTheCounterexampleLinear() {
        interact(() -> model().enterStep(LinearityModel.STEP_COUNTEREXAMPLE));
        typeInto("#field-b", "0");
        // f(x) = x: f(1 + 2) = 3 = f(1) + f(2).
        assertThat(textOf("#readout")).contains("f(1 + 2) = 3").contains("f(1) + f(2) = 3")
                .doesNotContain(LESSON_EN.get("check.fails"));
        assertThat(textOf("#verdict")).isEqualTo(LESSON_EN.get("verdict.linear"));
        assertGraphIs(1, 0);
    }

    @Test
    void aFocusedFieldShowsValuesSetElsewhereAndDoesNotUndoThemOnLeaving() {
        clickOn("#field-a");
        interact(() -> model().slope().set(-1.5));
        TextField field = lookup("#field-a").queryAs(TextField.class);
        String shown = fx(field::getText);
        assertThat(shown).isEqualTo(NumberText.display(-1.5));
        interact(() -> app.window().navigator().requestFocus());
        assertThat(a()).isEqualTo(-1.5);
    }
}
