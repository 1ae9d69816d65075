package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.descent.DescentFigure;
import org.kobai.lessons.descent.DescentModel;
import org.kobai.lessons.descent.Method;
import org.kobai.ui.FigurePane;

/**
 * The gradient-descent lesson driven by hand: a click sets the start, Play runs and stops by itself, moving
 * η re-runs the path, and a diverging run says why.
 */
class DescentLessonUiTest extends AppUiTest {
    /** A click lands within a few pixels of its target. */
    private static final double CLICK = 0.1;
    private static final double EXACT = 1e-12;

    @BeforeEach
    void surfaceStep() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("descent").orElseThrow(), DescentModel.STEP_SURFACE);
            model().resetParameters();
            model().enterStep(DescentModel.STEP_SURFACE);
        });
    }

    private static DescentModel model() {
        return (DescentModel) app.window().host().model();
    }

    private static DescentFigure figure() {
        return (DescentFigure) app.window().host().figure();
    }

    @Test
    void clickOnTheMapSetsTheStart() {
        Point2D target = fx(() -> screenPoint(1, -2));
        clickOn(target);
        double[][] start = fx(() -> figure().startData());
        assertThat(start[0][0]).isCloseTo(1, within(CLICK));
        assertThat(start[1][0]).isCloseTo(-2, within(CLICK));
        double[][] path = fx(() -> figure().pathData(Method.GRADIENT_DESCENT));
        assertThat(path[0][0]).isEqualTo(start[0][0]);
        // the first step from (x₀, y₀) on x² + y² with η = 0.1 is to 0.8·(x₀, y₀)
        assertThat(path[0][1]).isCloseTo(0.8 * start[0][0], within(EXACT));
        assertThat(path[1][1]).isCloseTo(0.8 * start[1][0], within(EXACT));
    }

    @Test
    void playRunsTheDescentAndStopsAtTheEnd() {
        interact(() -> model().speed().set(20));
        clickOn("#reset-button");
        assertThat(fx(() -> figure().pathData(Method.GRADIENT_DESCENT)[0].length)).isEqualTo(1);
        clickOn("#play-button");
        assertThat(textOf("#play-button")).isEqualTo("Pause");
        waitUntil("a few steps drawn", () -> fx(() -> figure().pathData(Method.GRADIENT_DESCENT)[0].length) > 3);
        waitUntil("the run ends", () -> !fx(() -> model().isPlaying()));
        int steps = fx(() -> model().run().iterations());
        // article bowl from (3, 4), η = 0.1, |∇f| = 10·0.8^k ≤ 1e−6 first at k = 73
        assertThat(steps).isEqualTo(73);
        assertThat(fx(() -> figure().pathData(Method.GRADIENT_DESCENT)[0].length)).isEqualTo(steps + 1);
        assertThat(textOf("#play-button")).isEqualTo("Play");
        assertThat(textOf("#run-status")).contains("converged after 73 steps");
    }

    @Test
    void movingEtaRerunsThePath() {
        double[][] before = fx(() -> figure().pathData(Method.GRADIENT_DESCENT));
        Slider slider = lookup("#eta-slider").queryAs(Slider.class);
        interact(() -> slider.setValue(Math.log10(0.25)));
        assertThat(fx(() -> model().eta().get())).isEqualTo(0.25);
        double[][] after = fx(() -> figure().pathData(Method.GRADIENT_DESCENT));
        assertThat(after[0]).isNotEqualTo(before[0]);
        // η = 0.25: each step halves (x, y): x₁ = 1.5
        assertThat(after[0][1]).isCloseTo(1.5, within(EXACT));
        javafx.scene.control.TextField field = lookup("#eta-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(fx(() -> field.getText())).isEqualTo("0.25");
    }

    @Test
    void divergingRunSaysWhy() {
        interact(() -> model().enterStep(DescentModel.STEP_TOO_LARGE));
        assertThat(textOf("#divergence")).contains("0.105").contains("2/L = 0.1").contains("overshoots");
        assertThat(fx(() -> figure().mapNote())).isEqualTo("diverged");
        assertThat(textOf("#run-status")).contains("diverged").doesNotContain("NaN").doesNotContain("Infinity");
        interact(() -> model().eta().set(0.05));
        assertThat(textOf("#divergence")).isEmpty();
    }

    @Test
    void exportWritesTheRowsOfTheRun() throws Exception {
        Path csv = configDir.resolve("path.csv");
        interact(() -> ((org.kobai.lessons.descent.PathCsv) app.window().host().view()).setFileChoice(w -> csv.toFile()));
        clickOn("#export-csv");
        waitUntil("the file is written", () -> textOf("#export-status").equals("Saved path.csv."));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        org.kobai.math.optimize.Run run = fx(() -> model().run());
        assertThat(lines.get(0)).isEqualTo("iteration,x,y,f,grad_norm");
        // article bowl from (3, 4) with η = 0.1: 73 steps, so 74 rows after the header
        assertThat(lines).hasSize(run.path().size() + 1).hasSize(75);
        for (int k = 0; k <= run.iterations(); k++) {
            String[] cells = lines.get(k + 1).split(",");
            assertThat(Integer.parseInt(cells[0])).isEqualTo(k);
            assertThat(Double.parseDouble(cells[1])).isEqualTo(run.at(k).coordinate(0));
            assertThat(Double.parseDouble(cells[2])).isEqualTo(run.at(k).coordinate(1));
            assertThat(Double.parseDouble(cells[3])).isEqualTo(run.at(k).value());
        }
        // x₁ = 0.8·(3, 4) = (2.4, 3.2), f = 16
        assertThat(Double.parseDouble(lines.get(2).split(",")[1])).isCloseTo(2.4, within(EXACT));
        assertThat(Double.parseDouble(lines.get(2).split(",")[3])).isCloseTo(16, within(EXACT));
    }

    @Test
    void clickOnTheRegimeMapSetsEtaAndBetaToThatCell() {
        interact(() -> model().enterStep(DescentModel.STEP_REGIMES));
        org.kobai.math.optimize.RegimeMap map = fx(() -> figure().regimeMap());
        // a click a third of a cell off the centre of the cell holding η = 0.3, β = 0.55 (cells are ~8 px wide)
        int i = map.column(0.3), j = map.row(0.55);
        double logStep = Math.log10(map.learningRate(1)) - Math.log10(map.learningRate(0));
        double betaStep = map.momentum(1) - map.momentum(0);
        clickOn(fx(() -> screenPoint(1, Math.log10(map.learningRate(i)) + logStep / 3, map.momentum(j) - betaStep / 3)));
        assertThat(fx(() -> model().eta().get())).isEqualTo(map.learningRate(i));
        assertThat(fx(() -> model().beta().get())).isEqualTo(map.momentum(j));
        Slider etaSlider = lookup("#eta-slider").queryAs(Slider.class);
        Slider betaSlider = lookup("#slider-beta").queryAs(Slider.class);
        assertThat(fx(() -> etaSlider.getValue())).isCloseTo(Math.log10(map.learningRate(i)), within(1e-9));
        assertThat(fx(() -> betaSlider.getValue())).isEqualTo(map.momentum(j));
        double[][] mark = fx(() -> figure().regimeMarkData());
        assertThat(mark[0][0]).isCloseTo(Math.log10(map.learningRate(i)), within(EXACT));
        assertThat(mark[1][0]).isEqualTo(map.momentum(j));
    }

    @Test
    void theSurfaceViewShowsThePathAndFollowsTheRun() {
        clickOn("#surface-toggle");
        try {
            FigurePane pane = (FigurePane) app.window().lookup("#figure");
            assertThat(fx(() -> pane.surfaceViewers())).hasSize(1);
            assertThat(fx(() -> pane.surfaceViewers().get(0).getParent().getParent())).isSameAs(pane);
            assertThat(fx(() -> figure().panels().get(1))).isInstanceOf(org.kobai.plot.FigurePanel.Surface.class);
            clickOn("#reset-button");
            clickOn("#step-button");
            clickOn("#step-button");
            java.util.List<org.kobai.plot.SurfaceFigure.Trace> traces = fx(() -> figure().surface().traces());
            // the path x₀, x₁, x₂ on the bowl from (3, 4) with η = 0.1, at the heights f = 25, 16, 10.24
            org.kobai.plot.SurfaceFigure.Trace path = traces.get(0);
            assertThat(path.x()).containsExactly(new double[] {3, 2.4, 1.92}, within(EXACT));
            assertThat(path.f()).containsExactly(new double[] {25, 16, 10.24}, within(1e-9));
            org.kobai.plot.SurfaceFigure.Trace current = traces.get(1);
            assertThat(current.x()).containsExactly(new double[] {1.92}, within(EXACT));
            clickOn("#step-button");
            assertThat(fx(() -> figure().surface().traces().get(0).x())).hasSize(4);
        } finally {
            clickOn("#surface-toggle");
        }
        assertThat(fx(() -> figure().panels().get(1))).isInstanceOf(org.kobai.plot.FigurePanel.Flat.class);
    }

    /** Where the data point (x, y) is on the screen, through the chart's own axes. */
    private static Point2D screenPoint(double x, double y) {
        return screenPoint(0, x, y);
    }

    /** Where the data point (x, y) of the {@code chart}-th chart is on the screen. */
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
