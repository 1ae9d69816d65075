package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.LessonModel;
import org.kobai.lessons.derivative.DerivativeFigure;
import org.kobai.lessons.matrices.MatricesModel;
import org.kobai.lessons.regression.RegressionModel;
import org.kobai.lessons.systems.SystemsModel;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;

/**
 * Ctrl+Z takes back and Ctrl+Y (or Ctrl+Shift+Z) does again the learner's edits in every lesson alike: a
 * typed function, a matrix entry, an equation's coefficient, a data point; the Edit menu has both.
 */
class UndoRedoUiTest extends AppUiTest {
    private static final double TOLERANCE = 1e-12;

    private LessonModel open(String id, int step) {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find(id).orElseThrow(), step);
            app.window().host().model().resetParameters();
            app.window().host().model().enterStep(step);
            app.window().host().model().history().clear();
        });
        interact(() -> app.stage().requestFocus());
        return fx(() -> app.window().host().model());
    }


    private void undoKey() { push(KeyCode.CONTROL, KeyCode.Z); }

    private void redoKey() { push(KeyCode.CONTROL, KeyCode.Y); }

    /** The last plotted point of the derivative lesson's curve, for telling functions apart. */
    private double[] lastCurvePoint() {
        double[][] c = fx(() -> ((DerivativeFigure) app.window().host().figure()).curveData());
        int k = c[0].length - 1;
        return new double[] {c[0][k], c[1][k]};
    }

    @Test
    void typedFunctionsStepBackAndForthEvenFromTheField() {
        open("derivative", 1);
        typeInto("#function-field", "x^3");
        typeInto("#function-field", "x^2");
        double[] p = lastCurvePoint();
        assertThat(p[1]).isCloseTo(p[0] * p[0], within(TOLERANCE));
        undoKey(); // the field is untouched since Enter: the lesson's edit is undone, not the typing
        p = lastCurvePoint();
        assertThat(p[1]).isCloseTo(p[0] * p[0] * p[0], within(TOLERANCE));
        assertThat(fx(() -> lookup("#function-field").queryAs(TextField.class).getText())).isEqualTo("x^3");
        redoKey();
        p = lastCurvePoint();
        assertThat(p[1]).isCloseTo(p[0] * p[0], within(TOLERANCE));
        undoKey();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(fx(() -> lookup("#function-field").queryAs(TextField.class).getText())).isEqualTo("x^2");
        // with typing under way, Ctrl+Z undoes the typing and the plotted function stays
        clickOn("#function-field");
        push(KeyCode.END);
        write("+1");
        undoKey();
        p = lastCurvePoint();
        assertThat(p[1]).isCloseTo(p[0] * p[0], within(TOLERANCE));
    }

    @Test
    void matrixEntriesTypedAreUndoneAndRedone() {
        MatricesModel m = (MatricesModel) open("matrices", 0);
        double before = fx(() -> m.a12().get());
        typeInto("#field-a12", "-1.5");
        assertThat(fx(() -> m.a12().get())).isEqualTo(-1.5);
        interact(() -> app.window().host().view().figure().requestFocus());
        undoKey();
        assertThat(fx(() -> m.a12().get())).isEqualTo(before);
        assertThat(textOf("#status")).isEqualTo("Undone.");
        redoKey();
        assertThat(fx(() -> m.a12().get())).isEqualTo(-1.5);
        redoKey();
        assertThat(textOf("#status")).isEqualTo("Nothing to redo.");
    }

    @Test
    void coefficientsOfASystemAreUndone() {
        SystemsModel m = (SystemsModel) open("systems", SystemsModel.STEP_SYSTEM);
        RationalMatrix start = fx(m::system);
        typeInto("#entry-0-0", "7/2");
        assertThat(fx(() -> m.system().get(0, 0))).isEqualTo(Rational.parse("7/2"));
        interact(() -> app.window().host().view().figure().requestFocus());
        undoKey();
        assertThat(fx(m::system)).isEqualTo(start);
        redoKey();
        assertThat(fx(() -> m.system().get(0, 0))).isEqualTo(Rational.parse("7/2"));
        assertThat(fx(() -> lookup("#entry-0-0").queryAs(TextField.class).getText())).isEqualTo("7/2");
    }

    @Test
    void dataPointsUseTheSameKeysAndMenu() {
        RegressionModel m = (RegressionModel) open("regression", RegressionModel.STEP_SQUARES);
        int n = fx(() -> m.points().size());
        interact(() -> m.addPoint(3, 9));
        interact(() -> app.window().host().view().figure().requestFocus());
        undoKey();
        assertThat(fx(() -> m.points().size())).isEqualTo(n);
        redoKey();
        assertThat(fx(() -> m.points().size())).isEqualTo(n + 1);
        // the Edit menu does the same
        MenuItemClicker.click(this, "#menu-undo", app);
        assertThat(fx(() -> m.points().size())).isEqualTo(n);
    }
}
