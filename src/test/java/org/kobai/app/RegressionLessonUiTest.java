package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.regression.RegressionFigure;
import org.kobai.lessons.regression.RegressionModel;
import org.kobai.math.NumberText;
import org.kobai.math.regression.LeastSquares;
import org.kobai.math.regression.LineFit;
import org.kobai.ui.FigurePane;

/**
 * The least-squares lesson driven by hand: dragging a point moves the fitted line, clicking adds a point
 * and right-clicking removes one, Ctrl+Z undoes, the line's handles and the E map move the line, and the
 * numbers on screen are the example's.
 */
class RegressionLessonUiTest extends AppUiTest {
    /** Plotted values come from the same doubles; only where the mouse lands is approximate. */
    private static final double TOLERANCE = 1e-9;

    @BeforeEach
    void minimumStepOnTheExample() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("regression").orElseThrow(), RegressionModel.STEP_MINIMUM);
            if (!model().points().equals(RegressionModel.EXAMPLE)) {
                model().useExample();
            }
            while (model().undo()) {
                // start every test with nothing to undo
            }
            model().enterStep(RegressionModel.STEP_MINIMUM);
        });
        settle();
    }

    /** Lets layout and the canvases' redraws finish, so screen positions are read from the final charts. */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static RegressionModel model() {
        return (RegressionModel) app.window().host().model();
    }

    private static RegressionFigure figure() {
        return (RegressionFigure) app.window().host().figure();
    }

    /** The dashed least-squares line lies on the fit of the points the model holds now. */
    private static void assertBestLineFitsTheData() {
        LineFit fit = LeastSquares.fit(fx(() -> model().points()));
        double[][] best = fx(() -> figure().bestLineData());
        assertThat(best[0]).isNotEmpty();
        for (int i = 0; i < best[0].length; i++) {
            assertThat(best[1][i]).isCloseTo(fit.slope() * best[0][i] + fit.intercept(), within(TOLERANCE));
        }
    }

    @Test
    void theExamplesNumbersOnScreen() {
        interact(() -> model().useBestLine());
        // a = b = 1.3, E = 1.9, R² = 169/188 = 0.898936… (worked by hand in LeastSquaresTest)
        assertThat(textOf("#readout"))
                .contains("Line y = 1.3x + 1.3:  E = Σ (y_k − ŷ_k)² = 1.9  (5 points)")
                .contains("Least squares:  y = 1.3x + 1.3,  E = 1.9,  R² = 0.898936")
                .contains("∂E/∂a = 0,  ∂E/∂b = 0");
        interact(() -> model().enterStep(RegressionModel.STEP_LINE));
        // the flat line through ȳ = 5.2: residuals y_k − 5.2
        assertThat(textOf("#readout")).contains("Line y = 0x + 5.2:  E = Σ (y_k − ŷ_k)² = 18.8  (5 points)")
                .contains("Residuals e_k = y_k − ŷ_k:  −2.2, −2.2, 0.8, 0.8, 2.8");
    }

    @Test
    void draggingAPointMovesTheFittedLine() {
        double[][] before = fx(() -> figure().bestLineData());
        Point2D from = fx(() -> screenPoint(0, 5, 8));
        Point2D to = fx(() -> screenPoint(0, 5, 2));
        drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        settle();
        Point2D landed = fx(() -> screenPoint(0, model().points().x(4), model().points().y(4)));
        assertThat(landed.distance(to)).as("the point is under the mouse").isLessThan(2.0);
        assertThat(fx(() -> model().points().y(4))).as("the point moved down").isLessThan(4);
        assertThat(java.util.Arrays.deepEquals(fx(() -> figure().bestLineData()), before)).as("the best line moved").isFalse();
        assertBestLineFitsTheData();
        LineFit fit = LeastSquares.fit(fx(() -> model().points()));
        assertThat(textOf("#readout")).contains("E = " + NumberText.display(fit.sse()) + ",");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(fx(() -> model().points())).as("one drag, one undo").isEqualTo(RegressionModel.EXAMPLE);
        assertBestLineFitsTheData();
    }

    @Test
    void clickingAddsAPointAndRightClickingRemovesIt() {
        clickOn(fx(() -> screenPoint(0, 0.5, 8.5)));
        assertThat(fx(() -> model().points().size())).isEqualTo(6);
        assertThat(fx(() -> model().points().x(5))).isCloseTo(0.5, within(0.1));
        assertThat(fx(() -> figure().pointsData()[0])).hasSize(6);
        assertBestLineFitsTheData();
        assertThat(textOf("#readout")).contains("(6 points)");

        moveTo(fx(() -> screenPoint(0, model().points().x(5), model().points().y(5))));
        clickOn(MouseButton.SECONDARY);
        assertThat(fx(() -> model().points())).isEqualTo(RegressionModel.EXAMPLE);
        assertThat(textOf("#readout")).contains("(5 points)");
        assertBestLineFitsTheData();

        clickOn("#undo");
        assertThat(fx(() -> model().points().size())).as("the removal is undone").isEqualTo(6);
    }

    @Test
    void theHandlesAndTheMapMoveTheLine() {
        double[][] handles = fx(() -> model().lineHandles());
        Point2D from = fx(() -> screenPoint(0, handles[0][1], handles[1][1]));
        Point2D to = fx(() -> screenPoint(0, handles[0][1], handles[1][1] + 2));
        drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        double[][] after = fx(() -> model().lineHandles());
        assertThat(after[1][0]).as("the left handle stays").isCloseTo(handles[1][0], within(TOLERANCE));
        assertThat(after[1][1]).isCloseTo(handles[1][1] + 2, within(0.15));
        assertThat(fx(() -> model().points())).as("no point was added").isEqualTo(RegressionModel.EXAMPLE);

        clickOn(fx(() -> screenPoint(1, 2.5, -3.5)));
        assertThat(fx(() -> model().a().get())).isCloseTo(2.5, within(0.1));
        assertThat(fx(() -> model().b().get())).isCloseTo(-3.5, within(0.3));
        double a = fx(() -> model().a().get()), b = fx(() -> model().b().get());
        double[][] line = fx(() -> figure().lineData());
        assertThat(line[1][0]).isCloseTo(a * line[0][0] + b, within(TOLERANCE));
        assertThat(fx(() -> figure().currentData()[0][0])).isEqualTo(a);
    }

    @Test
    void newRandomDataRefitsAndTheSlidersFollow() {
        clickOn("#data-random");
        assertThat(fx(() -> model().points().size())).isEqualTo(RegressionModel.RANDOM_POINTS);
        assertThat(textOf("#data-message")).startsWith("New random data (seed ");
        assertBestLineFitsTheData();
        javafx.scene.control.Slider slider = lookup("#slider-a").queryAs(javafx.scene.control.Slider.class);
        assertThat(fx(slider::getMin)).isEqualTo(fx(() -> model().a().min()));
        assertThat(fx(slider::getMax)).isEqualTo(fx(() -> model().a().max()));
        clickOn("#best-line");
        LineFit fit = LeastSquares.fit(fx(() -> model().points()));
        assertThat(fx(() -> model().a().get())).isCloseTo(fit.slope(), within(TOLERANCE));
        assertThat(fx(slider::getValue)).isCloseTo(fit.slope(), within(TOLERANCE));
        clickOn("#data-example");
        assertThat(fx(() -> model().points())).isEqualTo(RegressionModel.EXAMPLE);
        Button undo = lookup("#undo").queryAs(Button.class);
        assertThat(fx(undo::isDisabled)).isFalse();
    }

    @Test
    void theMatrixStepTypesetsTheMatrices() {
        interact(() -> model().enterStep(RegressionModel.STEP_MATRIX));
        javafx.scene.Node shown = lookup("#matrices").query();
        java.util.List<String> latex = fx(() -> shown.lookupAll(".formula").stream()
                .map(javafx.scene.Node::getAccessibleText).toList());
        assertThat(latex).hasSize(3);
        assertThat(latex.get(0)).startsWith("X = \\begin{pmatrix}1 & 1");
        assertThat(latex.get(2)).endsWith("\\begin{pmatrix}1.3\\\\1.3\\end{pmatrix}");
    }

    @Test
    void descentStartsWhereTheMapIsClickedAndEndsAtTheMinimum() {
        interact(() -> {
            model().enterStep(RegressionModel.STEP_DESCENT);
            model().steps().set(2000);
            model().rate().set(0.9);
        });
        settle();
        clickOn(fx(() -> screenPoint(1, -1, 8)));
        double[][] path = fx(() -> figure().pathData());
        assertThat(path[0][0]).isCloseTo(fx(() -> model().a().get()), within(TOLERANCE));
        assertThat(path[0][0]).isCloseTo(-1, within(0.1));
        int last = path[0].length - 1;
        // the least-squares answer a = b = 1.3 (by hand)
        assertThat(path[0][last]).isCloseTo(1.3, within(1e-6));
        assertThat(path[1][last]).isCloseTo(1.3, within(1e-6));
        assertThat(textOf("#readout")).contains("converged").contains("a = 1.3, b = 1.3, E = 1.9");
    }

    /** Where the data point (x, y) is on the screen, through the chart's own axes. */
    private static Point2D screenPoint(int chart, double x, double y) {
        FigurePane pane = (FigurePane) app.window().lookup("#figure");
        ChartCanvas canvas = pane.canvases().get(chart);
        XYPlot plot = (XYPlot) canvas.getChart().getPlot();
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        double sx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double sy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return canvas.localToScreen(sx, sy);
    }
}
