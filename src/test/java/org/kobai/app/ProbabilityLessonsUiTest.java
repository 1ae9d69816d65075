package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.bayes.BayesFigure;
import org.kobai.lessons.bayes.BayesModel;
import org.kobai.lessons.normal.NormalFigure;
import org.kobai.lessons.normal.NormalModel;
import org.kobai.math.probability.Fraction;
import org.kobai.ui.FigurePane;

/**
 * The normal and Bayes lessons driven by hand: dragging b changes the shaded area and its value, bad
 * readings are named, the sample button changes the histogram, clicking a cell edits an event.
 */
class ProbabilityLessonsUiTest extends AppUiTest {
    private void open(String id, int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find(id).orElseThrow(), step);
            app.window().host().model().resetParameters();
            app.window().host().model().enterStep(step);
        });
    }

    private static NormalModel normal() { return (NormalModel) app.window().host().model(); }
    private static NormalFigure normalFigure() { return (NormalFigure) app.window().host().figure(); }

    @Test
    void draggingBChangesTheShadedAreaAndItsValue() {
        open("normal", NormalModel.STEP_AREA);
        double[][] before = fx(() -> normalFigure().areaData());
        assertThat(textOf("#readout")).contains("= 0.682689");
        double top = fx(() -> normalFigure().xy().yMax());
        drag(fx(() -> screenPoint(1, top * 0.3)), MouseButton.PRIMARY).moveTo(fx(() -> screenPoint(2, top * 0.3)))
                .release(MouseButton.PRIMARY);
        double b = fx(() -> normal().b().get());
        assertThat(b).as("b followed the mouse").isCloseTo(2, within(0.1));
        double[][] after = fx(() -> normalFigure().areaData());
        assertThat(after[0][after[0].length - 1]).isEqualTo(b);
        assertThat(after[0].length).isEqualTo(before[0].length);
        double p = fx(() -> normal().distribution().probabilityBetween(-1, b));
        assertThat(fx(() -> normalFigure().noteText())).isEqualTo(fx(() -> "P(−1 ≤ X ≤ "
                + org.kobai.math.NumberText.display(b) + ") = " + org.kobai.math.NumberText.display(p)));
        assertThat(textOf("#readout")).contains(org.kobai.math.NumberText.display(p));
        // Dragging a past b is refused with a reason, not a NaN.
        drag(fx(() -> screenPoint(-1, top * 0.3)), MouseButton.PRIMARY).moveTo(fx(() -> screenPoint(4, top * 0.3)))
                .release(MouseButton.PRIMARY);
        assertThat(textOf("#readout")).contains("needs a < b").doesNotContain("NaN");
        assertThat(fx(() -> normalFigure().areaData()[0])).isEmpty();
    }

    @Test
    void badReadingsAreNamedAndTheSampleButtonChangesTheHistogram() {
        open("normal", NormalModel.STEP_OUTLIERS);
        TextField field = lookup("#data-field").queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        write("20, 21, abc, 22");
        push(KeyCode.ENTER);
        assertThat(textOf("#data-error")).contains("Item 3").contains("abc");
        assertThat(textOf("#readout")).contains("Beyond 2σ: #12 = 24.6");

        open("normal", NormalModel.STEP_SAMPLES);
        double[] before = fx(() -> normalFigure().histogramData()[1]);
        clickOn("#new-sample");
        assertThat(fx(() -> normalFigure().histogramData()[1])).isNotEqualTo(before);
        assertThat(textOf("#readout")).contains("seed " + (NormalModel.FIRST_SEED + 1));
    }

    @Test
    void readingsFromASceneReplaceTheTypedOnesInTheField() {
        open("normal", NormalModel.STEP_OUTLIERS);
        NormalModel scene = new NormalModel();
        scene.enterStep(NormalModel.STEP_OUTLIERS);
        scene.setData("10, 10.5, 9.5, 14");
        interact(() -> assertThat(normal().restoreState(scene.saveState())).isEmpty());
        waitUntil("the field shows the scene's readings",
                () -> "10, 10.5, 9.5, 14".equals(lookup("#data-field").queryAs(TextField.class).getText()));
        // mean 11, σ = √(12.5/4) ≈ 1.768: 14 lies 1.70σ out, inside 2σ
        assertThat(textOf("#readout")).contains("4 readings: mean = 11").contains("No reading lies beyond 2σ.");
        interact(() -> normal().restoreState(new NormalModel().saveState())); // the sensor readings again
    }

    @Test
    void clickingACellAddsItToTheEvent() {
        open("bayes", BayesModel.STEP_JOINT);
        BayesModel model = (BayesModel) app.window().host().model();
        interact(model::articleEvents);
        clickOn(fx(() -> screenPoint(1, 1)));
        assertThat(fx(() -> model.a().contains(1, 1))).isTrue();
        assertThat(fx(() -> model.joint())).isEqualTo(Fraction.of(7, 36));
        assertThat(fx(() -> ((BayesFigure) app.window().host().figure()).bothData()[0])).hasSize(7);
        assertThat(textOf("#readout")).contains("dependent");
        clickOn("#article-events");
        assertThat(fx(() -> model.joint())).isEqualTo(Fraction.of(1, 6));
        assertThat(textOf("#readout")).contains("independent");
    }

    /** Where the data point (x, y) of the left chart is on the screen. */
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
