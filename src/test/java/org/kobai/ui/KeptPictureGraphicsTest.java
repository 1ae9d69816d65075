package org.kobai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.HeatMap;
import org.kobai.plot.XYFigure;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** On screen a heat map's picture is converted to a JavaFX image once, and drawn again while it is unchanged. */
class KeptPictureGraphicsTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theMapIsConvertedOnceWhileOnlyThePointMovesAndAgainWhenTheMapChanges() throws Exception {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-2, 2, -2, 2);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        heat.set(Grid2D.sample((x, y) -> x * x + y * y, -2, 2, 60, -2, 2, 60));
        XYFigure.Line point = xy.points(null, 0, 10);
        point.set(new double[] {0}, new double[] {0});
        Figure figure = new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { xy.applyStyle(style); }
        };
        FigurePane pane = fx(() -> {
            FigurePane p = new FigurePane(figure);
            new Scene(p, 600, 500);
            p.applyCss();
            p.layout();
            return p;
        });
        ChartCanvas canvas = pane.canvases().get(0);
        KeptPictureGraphics g2 = KeptPictureGraphics.of(canvas).orElseThrow(
                () -> new AssertionError("the chart canvas draws through its own graphics: has jfreechart-fx changed?"));
        fx(() -> { canvas.draw(); return null; });
        int first = g2.conversions();
        assertThat(first).as("the map converted when first drawn").isPositive();

        for (double x = -1.5; x <= 1.5; x += 0.5) {
            double at = x;
            fx(() -> { point.set(new double[] {at}, new double[] {0}); canvas.draw(); return null; });
        }
        assertThat(g2.conversions()).as("only the point moved").isEqualTo(first);

        fx(() -> { heat.set(Grid2D.sample((x, y) -> x - y, -2, 2, 60, -2, 2, 60)); canvas.draw(); return null; });
        assertThat(g2.conversions()).as("a new map").isEqualTo(first + 1);

        // and the map is on the canvas: away from the point, the plot shows the map's colours, not the background
        WritableImage shot = fx(() -> canvas.snapshot(null, null));
        double[] xy0 = {canvas.getWidth() * 0.3, canvas.getHeight() * 0.3};
        Color seen = shot.getPixelReader().getColor((int) xy0[0], (int) xy0[1]);
        java.awt.Color background = FigureStyle.DEFAULT.theme().background();
        assertThat(Math.abs(seen.getRed() * 255 - background.getRed()) + Math.abs(seen.getGreen() * 255 - background.getGreen())
                + Math.abs(seen.getBlue() * 255 - background.getBlue())).as("a map colour").isGreaterThan(60);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
