package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.gradient.FieldPreset;
import org.kobai.lessons.gradient.GradientFigure;
import org.kobai.lessons.gradient.GradientModel;
import org.kobai.math.NumberText;
import org.kobai.ui.FigurePane;

/**
 * The gradient lesson driven by hand: typing a field and clicking a point shows its divergence and curl
 * there; turning the direction (slider or a click on the D_u f chart) updates the directional derivative.
 */
class GradientLessonUiTest extends AppUiTest {
    /** A click lands within a pixel or so of where it was aimed. */
    private static final double CLICK = 0.1;

    @BeforeEach
    void english() {
        interact(() -> app.setLanguage("en"));
    }

    private void open(int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.window().open(app.registry().find("gradient").orElseThrow(), step);
            model().resetParameters();
            model().enterStep(step);
        });
    }

    private static GradientModel model() {
        return (GradientModel) app.window().host().model();
    }

    private static GradientFigure figure() {
        return (GradientFigure) app.window().host().figure();
    }

    /** Types into the function field inside the box {@code fieldBox} finds. */
    private void typeFunction(String fieldBox, String text) {
        typeInto((Node) from(lookup(fieldBox).queryAs(Node.class)).lookup("#function-field").query(), text);
    }

    @Test
    void typedFieldShowsDivergenceAndCurlAtTheClickedPoint() {
        open(GradientModel.STEP_FIELD);
        typeFunction("#first-component", "x1 x2");
        typeFunction("#second-component", "x2^2");
        assertThat(fx(() -> model().field().first().text())).isEqualTo("x1 x2");
        assertThat(fx(() -> model().field().second().text())).isEqualTo("x2^2");
        // ∇·F = ∂(x1 x2)/∂x1 + ∂(x2²)/∂x2 = x2 + 2x2 = 3x2;  ∇×F = ∂(x2²)/∂x1 − ∂(x1 x2)/∂x2 = 0 − x1
        assertThat(fx(() -> model().field().divergence().text())).isEqualTo("3x2");
        assertThat(fx(() -> model().field().curl().text())).isEqualTo("-x1");
        clickOn(fx(() -> screenPoint(0, -2, 1)), MouseButton.PRIMARY);
        double c = fx(() -> model().c().get()), d = fx(() -> model().d().get());
        assertThat(c).as("the point followed the click").isCloseTo(-2, within(CLICK));
        assertThat(d).isCloseTo(1, within(CLICK));
        String shown = textOf("#readout");
        assertThat(shown).contains("∇·F = " + NumberText.display(3 * d))
                .contains("∇×F = " + NumberText.display(-c))
                .contains("F = (" + NumberText.display(c * d) + ", " + NumberText.display(d * d) + ")");
        // a click on the curl map (right) moves the same point
        clickOn(fx(() -> screenPoint(1, 1.5, -0.5)), MouseButton.PRIMARY);
        double c2 = fx(() -> model().c().get());
        assertThat(c2).isCloseTo(1.5, within(CLICK));
        assertThat(textOf("#readout")).contains("∇×F = " + NumberText.display(-c2));
    }

    @Test
    void aPresetSetsBothComponents() {
        open(GradientModel.STEP_FIELD);
        ChoiceBox<?> presets = lookup("#presets").queryAs(ChoiceBox.class);
        interact(() -> presets.getSelectionModel().select(FieldPreset.SOURCE.ordinal()));
        assertThat(fx(() -> model().field().first().text())).isEqualTo("x1");
        // source (x1, x2): ∇·F = 1 + 1 = 2, ∇×F = 0
        assertThat(textOf("#readout")).contains("∇·F = 2").contains("∇×F = 0");
        Node first = from(lookup("#first-component").queryAs(Node.class)).lookup("#function-field").query();
        assertThat(fx(() -> ((javafx.scene.control.TextField) first).getText())).isEqualTo("x1");
    }

    @Test
    void turningTheDirectionUpdatesTheDirectionalDerivative() {
        open(GradientModel.STEP_DIRECTION);
        // ∇f(1, 2) = (6, −2) for the article's f; at θ = 45°, D_u f = 4/√2 = 2.82843
        assertThat(textOf("#readout")).contains("D_u f = ∇f·u = " + NumberText.display(4 / Math.sqrt(2)))
                .contains("|∇f| = " + NumberText.display(Math.sqrt(40)));
        // turn u by clicking on the D_u f chart at θ = 120°
        clickOn(fx(() -> screenPoint(1, 120, 0)), MouseButton.PRIMARY);
        double theta = fx(() -> model().angle().get());
        assertThat(theta).isCloseTo(120, within(2.0));
        double rad = Math.toRadians(theta);
        assertThat(textOf("#readout")).contains("D_u f = ∇f·u = " + NumberText.display(6 * Math.cos(rad) - 2 * Math.sin(rad)));
        assertThat(fx(() -> figure().side().nowData()[0][0])).isEqualTo(theta);
        // and with the slider's own field (focused directly: it may sit below the visible part of the controls)
        Node angleField = lookup("#field-angle").query();
        interact(angleField::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        write("270");
        push(KeyCode.ENTER);
        assertThat(fx(() -> model().angle().get())).isEqualTo(270.0);
        // (6, −2)·(0, −1) = 2
        assertThat(textOf("#readout")).contains("D_u f = ∇f·u = 2");
    }

    /** Where the data point (x, y) is on the screen, through the index-th chart's own axes. */
    private static Point2D screenPoint(int index, double x, double y) {
        FigurePane pane = (FigurePane) app.window().lookup("#figure");
        ChartCanvas canvas = pane.canvases().get(index);
        XYPlot plot = (XYPlot) canvas.getChart().getPlot();
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        double sx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double sy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return canvas.localToScreen(sx, sy);
    }
}
