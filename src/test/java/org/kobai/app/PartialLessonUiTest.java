package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jfree.chart3d.fx.Chart3DViewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.partial.PartialFigure;
import org.kobai.lessons.partial.PartialModel;
import org.kobai.math.NumberText;
import org.kobai.ui.FigurePane;

/**
 * The partial-derivatives lesson driven by hand: the surface beside the map on the first step, a click on
 * the map moving (c, d), a typed function re-plotting map and slice, a typo keeping the last good plot.
 */
class PartialLessonUiTest extends AppUiTest {
    private static final double TOLERANCE = 1e-9;
    private static final String ARTICLE_001 = "x1^2 + 2x1 x2 - x2^2";

    @BeforeEach
    void sliceStep() {
        open(PartialModel.STEP_X1);
    }

    private void open(int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("partial").orElseThrow(), step);
            model().resetParameters();
            model().enterStep(step);
            model().setFunction(ARTICLE_001); // a function typed by an earlier test outlives step changes
        });
    }

    private static PartialModel model() {
        return (PartialModel) app.window().host().model();
    }

    private static PartialFigure figure() {
        return (PartialFigure) app.window().host().figure();
    }

    private static FigurePane pane() {
        return (FigurePane) app.window().lookup("#figure");
    }

    private void typeFunction(String text) {
        clickOn("#function-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        push(KeyCode.ENTER);
    }

    @Test
    void theFirstStepShowsTheSurfaceBesideTheMapAndTheNextTheSlice() {
        open(PartialModel.STEP_MAP);
        assertThat(fx(() -> pane().getChildren().size())).isEqualTo(2);
        Chart3DViewer surface = fx(() -> pane().surfaceViewers().get(0));
        assertThat(fx(() -> surface.getScene() != null && surface.getWidth() > 100)).as("surface on screen").isTrue();
        // The surface is drawn from the same grid as the map: its colour bar spans the grid's values.
        assertThat(fx(() -> figure().surface().cellsDrawn())).isPositive();

        clickOn("#next-step");
        assertThat(fx(() -> model().step())).isEqualTo(PartialModel.STEP_X1);
        assertThat(fx(() -> surface.getScene())).as("the surface makes way for the slice").isNull();
        assertThat(fx(() -> pane().canvases().get(1).getScene())).isNotNull();
    }

    @Test
    void clickingTheMapMovesThePointAndTheNumbers() {
        Point2D target = screenPoint(app, 0, -1.5, 0.5);
        clickOn(target);
        double c = fx(() -> model().c().get());
        double d = fx(() -> model().d().get());
        assertThat(c).isCloseTo(-1.5, within(0.1));
        assertThat(d).isCloseTo(0.5, within(0.1));
        assertThat(fx(() -> figure().pointData())).isDeepEqualTo(new double[][] {{c}, {d}});
        // f = x1² + 2x1x2 − x2² (article 001): ∂f/∂x1 = 2x1 + 2x2 at the clicked point.
        double f = c * c + 2 * c * d - d * d;
        assertThat(textOf("#readout")).contains("= " + NumberText.display(f) + ",")
                .contains("\u2202f/\u2202x1(" + NumberText.display(c) + ", " + NumberText.display(d) + ") = "
                        + NumberText.display(2 * c + 2 * d));
    }

    @Test
    void typingAFunctionReplotsTheSlice() {
        typeFunction("x1^2 + x2^2");
        double d = fx(() -> model().d().get());
        double[][] slice = fx(() -> figure().sliceData());
        for (int i = 0; i < slice[0].length; i++) {
            double x1 = slice[0][i];
            assertThat(slice[1][i]).isCloseTo(x1 * x1 + d * d, within(TOLERANCE * (1 + x1 * x1 + d * d)));
        }
        // At (1, 2): f = 1 + 4 = 5 and ∂f/∂x1 = 2x1 = 2.
        assertThat(textOf("#readout")).contains("f(1, 2) = 5").contains("\u2202f/\u2202x1(1, 2) = 2 ");
    }

    @Test
    void aTypoShowsWhereItIsAndKeepsTheLastGoodPlot() {
        typeFunction("x1^2 + x2^2");
        double[][] before = fx(() -> figure().sliceData());
        typeFunction("x1^2 + x3");
        Label error = lookup("#function-error").queryAs(Label.class);
        assertThat(fx(error::getText)).isNotEmpty();
        TextField field = lookup("#function-field").queryAs(TextField.class);
        assertThat(fx(() -> field.getStyleClass().contains("invalid"))).isTrue();
        assertThat(fx(() -> figure().sliceData())).isDeepEqualTo(before);
        assertThat(fx(() -> model().function().text())).isEqualTo("x1^2 + x2^2");
    }

    @Test
    void anExampleFromTheMenuReplacesTheFunction() {
        clickOn("#function-examples");
        clickOn("4x1^2 + 3x2");
        assertThat(fx(() -> model().function().text())).isEqualTo("4x1^2 + 3x2");
        // Article 000: ∂/∂x1 (4x1² + 3x2) = 8x1, so 8 at x1 = 1.
        assertThat(textOf("#readout")).contains("\u2202f/\u2202x1(1, 2) = 8 ");
    }

    @Test
    void theDifferentialStepNamesItsCurvesForWhatTheyAre() {
        open(PartialModel.STEP_PLANE);
        org.jfree.chart.LegendItemCollection items = fx(() -> figure().slice().chart().getXYPlot().getLegendItems());
        assertThat(items.get(0).getLabel()).startsWith("\u0394y");
        assertThat(items.get(1).getLabel()).startsWith("dy =");

        open(PartialModel.STEP_X1);
        items = fx(() -> figure().slice().chart().getXYPlot().getLegendItems());
        assertThat(items.get(0).getLabel()).isEqualTo("slice of f");
    }
}
