package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.app.settings.Settings;
import org.kobai.lessons.derivative.DerivativeFigure;
import org.kobai.math.NumberText;
import org.kobai.plot.TraceCursor;
import org.kobai.ui.FigurePane;
import org.kobai.ui.FigureTrace;

/**
 * A focused figure traced with the keyboard: the arrows move a cursor along the curve and say its values
 * to the screen reader, ↑/↓ pick another curve, the lesson does not change step meanwhile, and the figure
 * is described in words. Headless there is no sound device: the trace works silently.
 */
class AudioTraceUiTest extends AppUiTest {
    private static final int TANGENT_STEP = 1;

    @BeforeEach
    void derivativeLesson() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("derivative").orElseThrow(), TANGENT_STEP);
            app.window().host().model().resetParameters();
            app.window().host().model().enterStep(TANGENT_STEP);
        });
        // a new lesson host is in the scene after a layout pass
        interact(() -> {
            app.stage().requestFocus();
            pane().requestFocus();
        });
        waitUntil("the figure has the focus", () -> fx(() -> pane().isFocused() && app.stage().isFocused()));
    }

    private static FigurePane pane() {
        return (FigurePane) app.window().host().view().figure();
    }

    private static FigureTrace trace() {
        return app.window().host().trace();
    }

    @Test
    void arrowsMoveACursorAlongTheCurveAndSayItsValues() {
        double[][] curve = fx(() -> ((DerivativeFigure) app.window().host().figure()).curveData());
        assertThat(fx(() -> pane().isFocused())).isTrue();
        assertThat(fx(() -> pane().getAccessibleText())).startsWith("Figure:");
        push(KeyCode.HOME);
        assertThat(fx(() -> trace().cursorIndex())).isZero();
        String first = fx(() -> pane().getAccessibleText());
        assertThat(first).contains("x = " + NumberText.display(curve[0][0], 4));
        push(KeyCode.RIGHT);
        int after = fx(() -> trace().cursorIndex());
        assertThat(after).isPositive();
        String spoken = fx(() -> pane().getAccessibleText());
        assertThat(spoken).startsWith("x = " + NumberText.display(curve[0][after], 4) + ", y = "
                + NumberText.display(curve[1][after], 4));
        // the figure keeps the arrows: the lesson stays on its step
        assertThat(fx(() -> app.window().host().model().step())).isEqualTo(TANGENT_STEP);
        push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(fx(() -> trace().cursorIndex())).isEqualTo(after - 1);
        push(KeyCode.END);
        assertThat(fx(() -> trace().cursorIndex())).isEqualTo(curve[0].length - 1);
        // the cursor is drawn on the chart at the traced point
        TraceCursor cursor = fx(() -> cursorOnChart());
        assertThat(fx(() -> cursor.isShown())).isTrue();
    }

    @Test
    void upAndDownChooseAnotherCurveAndEscapeHidesTheCursor() {
        push(KeyCode.RIGHT);
        String firstSeries = fx(() -> trace().tracedSeriesName());
        push(KeyCode.DOWN);
        String second = fx(() -> trace().tracedSeriesName());
        assertThat(second).isNotEqualTo(firstSeries);
        assertThat(fx(() -> pane().getAccessibleText())).startsWith(second);
        push(KeyCode.UP);
        assertThat(fx(() -> trace().tracedSeriesName())).isEqualTo(firstSeries);
        push(KeyCode.ESCAPE);
        assertThat(fx(() -> trace().cursorIndex())).isEqualTo(-1);
        assertThat(fx(() -> cursorOnChart().isShown())).isFalse();
    }

    @Test
    void theCursorFollowsTheCurveWhenTheFunctionChanges() {
        push(KeyCode.END);
        interact(() -> ((org.kobai.lessons.derivative.DerivativeModel) app.window().host().model())
                .setFunction("x^3"));
        double[][] curve = fx(() -> ((DerivativeFigure) app.window().host().figure()).curveData());
        int k = fx(() -> trace().cursorIndex());
        assertThat(k).isEqualTo(curve[0].length - 1);
    }

    @Test
    void theDescriptionNamesTheAxesTheCurveAndItsLowestPoint() {
        String d = fx(() -> trace().description());
        assertThat(d).contains("Horizontal axis").contains("Vertical axis").contains("Curve").contains("lowest y");
        assertThat(fx(() -> pane().getAccessibleHelp())).isNotBlank();
        push(KeyCode.D);
        waitUntil("the description dialog", () -> lookup("#figure-description").tryQuery().isPresent());
        TextArea area = lookup("#figure-description").queryAs(TextArea.class);
        assertThat(fx(() -> area.getText())).isEqualTo(d);
        push(KeyCode.ESCAPE);
        waitUntil("the dialog closes", () -> lookup("#figure-description").tryQuery().isEmpty());
    }

    @Test
    void soundIsASettingThatIsRemembered() throws Exception {
        interact(() -> app.setSound(false));
        assertThat(fx(() -> app.settings().sound())).isFalse();
        push(KeyCode.RIGHT); // still traces and speaks: the curve's name first, then the value
        assertThat(fx(() -> pane().getAccessibleText())).contains("x = ");
        interact(() -> app.setSound(true));
        Settings saved = null;
        for (int i = 0; i < 50 && (saved == null || !saved.sound()); i++) {
            Thread.sleep(50);
            saved = storeIn(configDir).load().settings();
        }
        assertThat(saved.sound()).isTrue();
        interact(() -> app.setSound(false));
        waitUntil("sound off saved", () -> !storeIn(configDir).load().settings().sound());
    }

    private static TraceCursor cursorOnChart() {
        var plot = (org.jfree.chart.plot.XYPlot) pane().figure().charts().get(0).getPlot();
        return plot.getAnnotations().stream().filter(a -> a instanceof TraceCursor).map(a -> (TraceCursor) a)
                .findFirst().orElseThrow();
    }

}
