package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.derivative.DerivativeFigure;
import org.kobai.lessons.derivative.DerivativeModel;

/**
 * The derivative lesson driven by hand: typing a function re-plots it, a typo shows where it is and keeps
 * the last good plot, dragging the point moves the tangent.
 */
class DerivativeLessonUiTest extends AppUiTest {
    /** Plotted values are computed from the same doubles; only the drag lands approximately. */
    private static final double TOLERANCE = 1e-9;
    private static final int SECANT_STEP = 0;
    private static final int TANGENT_STEP = 1;

    @BeforeEach
    void tangentStep() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("derivative").orElseThrow(), TANGENT_STEP);
            model().resetParameters();
            model().enterStep(TANGENT_STEP);
        });
    }

    private static DerivativeModel model() {
        return (DerivativeModel) app.window().host().model();
    }

    private static DerivativeFigure figure() {
        return (DerivativeFigure) app.window().host().figure();
    }

    private void typeFunction(String text) {
        clickOn("#function-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        push(KeyCode.ENTER);
    }

    /** Every plotted tangent point lies on y = slope·(x − c) + f(c). */
    private void assertTangent(double c, double fc, double slope) {
        double[][] t = fx(() -> figure().tangentData());
        assertThat(t[0]).isNotEmpty();
        for (int i = 0; i < t[0].length; i++) {
            assertThat(t[1][i]).isCloseTo(slope * (t[0][i] - c) + fc, within(1e-9 * Math.max(1, Math.abs(t[1][i]))));
        }
    }

    @Test
    void typingAFunctionReplotsItAndItsTangent() {
        typeFunction("x^3");
        double[][] curve = fx(() -> figure().curveData());
        for (int i = 0; i < curve[0].length; i++) {
            double x = curve[0][i];
            assertThat(curve[1][i]).isCloseTo(x * x * x, within(TOLERANCE * Math.max(1, Math.abs(x * x * x))));
        }
        double c = fx(() -> model().c().get());
        // d/dx x³ = 3x² (power rule), so at c the tangent has slope 3c².
        assertTangent(c, c * c * c, 3 * c * c);
        assertThat(textOf("#function-error")).isEmpty();
    }

    @Test
    void aTypoShowsWhereItIsAndKeepsTheLastGoodPlot() {
        typeFunction("x^3");
        double[][] before = fx(() -> figure().curveData());
        typeFunction("x^^2");
        Label error = lookup("#function-error").queryAs(Label.class);
        assertThat(fx(error::isVisible)).isTrue();
        assertThat(textOf("#function-error")).containsIgnoringCase("column 3");
        javafx.scene.control.TextField field = lookup("#function-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(fx(() -> field.getSelection().getStart())).as("the spot is marked").isEqualTo(2);
        assertThat(fx(() -> field.getStyleClass().contains("invalid"))).isTrue();
        assertThat(fx(() -> figure().curveData())).isDeepEqualTo(before);
        assertThat(fx(() -> model().function().text())).isEqualTo("x^3");
    }

    @Test
    void draggingThePointMovesTheTangent() {
        typeFunction("x^2");
        double c0 = fx(() -> model().c().get());
        Point2D from = screenPoint(c0, c0 * c0);
        Point2D to = screenPoint(-1.5, 2.25);
        drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        double c = fx(() -> model().c().get());
        assertThat(c).as("the point followed the mouse").isCloseTo(-1.5, within(0.1));
        // d/dx x² = 2x, so the tangent at the new c has slope 2c.
        assertTangent(c, c * c, 2 * c);
    }

    @Test
    void theRuleExplorerShowsTheDerivativeAndNamesTheChainRuleWithItsInside() {
        typeFunction("sin(x^2)");
        // d/dx sin(x²) = 2x cos(x²): chain rule with the inner function x² (worked by hand).
        assertThat(textOf("#rules")).contains("chain rule").contains("u = x^2");
        javafx.scene.Node shown = lookup("#derivative").query();
        String latex = fx(() -> shown.lookupAll(".formula").iterator().next().getAccessibleText());
        assertThat(latex).startsWith("f'(x) = ").contains("\\cos").contains("x^{2}");
        assertThat(fx(() -> lookup("#rules").query().getStyleClass().contains("chain"))).isTrue();

        typeFunction("x^3");
        assertThat(textOf("#rules")).contains("power rule").doesNotContain("chain rule");
        assertThat(fx(() -> lookup("#rules").query().getStyleClass().contains("chain"))).isFalse();
    }

    @Test
    void playShrinksHTowardsZeroAndTheQuotientTowardsTheSlope() {
        interact(() -> model().enterStep(SECANT_STEP));
        clickOn("#play");
        assertThat(textOf("#play")).contains("Pause");
        // The run takes four seconds of wall-clock time; the limit leaves room for a slow machine.
        waitUntil("h has shrunk to its smallest value and the button offers to play again", 30,
                () -> fx(() -> model().h().get() == model().h().min()) && textOf("#play").contains("Play"));
        // x² at c = 1 with h = 0.01: ((1.01)² − 1) / 0.01 = 2.01, next to f'(1) = 2.
        assertThat(textOf("#readout")).contains("h = 0.01").contains("= 2.01").contains("f\u2032(1) = 2");
    }

    @Test
    void touchingTheSliderWhilePlayingHandsControlBack() {
        interact(() -> model().enterStep(SECANT_STEP));
        clickOn("#play");
        interact(() -> model().h().set(1.5));
        sleep(300);
        assertThat(fx(() -> model().h().get())).as("the learner's value stays").isEqualTo(1.5);
        assertThat(textOf("#play")).contains("Play");
    }

    @Test
    void anExampleFromTheMenuIsPlottedAsIfTyped() {
        clickOn("#function-examples");
        clickOn("sin(x)");
        assertThat(fx(() -> model().function().text())).isEqualTo("sin(x)");
        double[][] curve = fx(() -> figure().curveData());
        assertThat(curve[1][curve[0].length / 3]).isCloseTo(Math.sin(curve[0][curve[0].length / 3]), within(TOLERANCE));
    }

    private static Point2D screenPoint(double x, double y) {
        return UiFixture.screenPoint(app, 0, x, y);
    }
}
