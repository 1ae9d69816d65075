package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.vectors.VectorsFigure;
import org.kobai.lessons.vectors.VectorsModel;
import org.kobai.ui.FigurePane;

/**
 * The vectors lesson driven by hand: dragging β's tip changes θ, the cosine and the gauge; typing two
 * sentences fills the count table and the cosine; a sentence without words says so.
 */
class VectorsLessonUiTest extends AppUiTest {
    private void open(int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("vectors").orElseThrow(), step);
            model().resetParameters();
            model().enterStep(step);
        });
    }

    private static VectorsModel model() {
        return (VectorsModel) app.window().host().model();
    }

    private static VectorsFigure figure() {
        return (VectorsFigure) app.window().host().figure();
    }

    @Test
    void draggingBetaChangesTheAngleTheCosineAndTheGauge() {
        open(VectorsModel.STEP_COSINE);
        // starts opposite: β = −α = (−2, −1), cos θ = −1
        assertThat(fx(() -> model().cosine().orElseThrow())).isEqualTo(-1.0);
        assertThat(textOf("#verdict")).contains("Opposite directions");
        double[][] gaugeBefore = fx(() -> figure().gaugeData());

        Point2D from = fx(() -> screenPoint(-2, -1));
        Point2D to = fx(() -> screenPoint(-1, 2));
        drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        // β follows the mouse (to within a few pixels, snapped to tenths) to near (−1, 2)
        assertThat(fx(() -> model().b1().get())).isCloseTo(-1, within(0.35));
        assertThat(fx(() -> model().b2().get())).isCloseTo(2, within(0.35));
        double b1 = fx(() -> model().b1().get());
        double b2 = fx(() -> model().b2().get());
        // cos θ = (2·b1 + 1·b2) / (√5·|β|)
        double expected = (2 * b1 + b2) / (Math.sqrt(5) * Math.hypot(b1, b2));
        assertThat(fx(() -> model().cosine().orElseThrow())).isCloseTo(expected, within(1e-12));
        double[][] gaugeAfter = fx(() -> figure().gaugeData());
        assertThat(gaugeAfter[0][1]).isCloseTo(expected, within(1e-12)).isNotEqualTo(gaugeBefore[0][1]);
        assertThat(textOf("#readout")).contains("cos θ = α · β / (|α| |β|)");
    }

    @Test
    void theArticlesPairReadsZeroBothWays() {
        open(VectorsModel.STEP_INNER_PRODUCT);
        // article 000: 2·(−1) + 1·2 = 0; |α||β|cos θ = √5·√5·cos 90° = 0
        assertThat(textOf("#readout")).contains("a₁b₁ + a₂b₂ = 2 · (\u22121) + 1 · 2 = 0")
                .contains("2.23607 × 2.23607 × cos 90° = 0");
        assertThat(textOf("#verdict")).contains("orthogonal");
    }


    @Test
    void betaAtTheOriginSaysThereIsNoAngle() {
        open(VectorsModel.STEP_INNER_PRODUCT);
        typeInto("#field-b1", "0");
        typeInto("#field-b2", "0");
        assertThat(fx(() -> model().beta().isZero())).isTrue();
        assertThat(textOf("#verdict")).contains("β is the zero vector").doesNotContain("NaN");
        assertThat(textOf("#readout")).doesNotContain("NaN").doesNotContain("∞");
    }

    @Test
    void typedSentencesFillTheTableAndTheCosine() {
        open(VectorsModel.STEP_TEXT);
        typeInto("#first-sentence", "the cat sat");
        typeInto("#second-sentence", "the dog sat");
        // (1, 1, 1, 0)·(1, 0, 1, 1) = 2, lengths √3: cos θ = 2/3
        assertThat(fx(() -> model().textCosine().orElseThrow())).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(textOf("#readout")).contains("cos θ = 0.666667");
        GridPane table = lookup("#counts-table").queryAs(GridPane.class);
        assertThat(fx(() -> table.getChildren().stream().map(n -> ((Label) n).getText()).toList()))
                .contains("the", "cat", "sat", "dog");
        assertThat(fx(() -> figure().firstBars()[1])).containsExactly(1, 1, 1, 0);

        typeInto("#second-sentence", "");
        assertThat(textOf("#verdict")).contains("at least one word");
        assertThat(fx(() -> model().textCosine())).isEmpty();
    }

    @Test
    void sentencesFromAnOpenedSceneAppearInTheFields() {
        open(VectorsModel.STEP_TEXT);
        interact(() -> model().restoreState(java.util.Map.of(
                "sentence.first", "dogs like cats", "sentence.second", "cats like dogs")));
        assertThat(fx(() -> lookup("#first-sentence").queryAs(javafx.scene.control.TextField.class).getText()))
                .isEqualTo("dogs like cats");
        assertThat(fx(() -> lookup("#second-sentence").queryAs(javafx.scene.control.TextField.class).getText()))
                .isEqualTo("cats like dogs");
        assertThat(textOf("#verdict")).contains("cosine similarity 1");
    }

    /** Where the data point (x, y) of the plane is on the screen, through the chart's own axes. */
    private static Point2D screenPoint(double x, double y) {
        FigurePane pane = (FigurePane) app.window().lookup("#figure");
        ChartCanvas canvas = pane.canvases().get(0);
        XYPlot plot = (XYPlot) canvas.getChart().getPlot();
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        double sx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double sy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return canvas.localToScreen(sx, sy);
    }
}
