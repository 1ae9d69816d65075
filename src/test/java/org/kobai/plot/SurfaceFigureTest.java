package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;

class SurfaceFigureTest {
    private static final Grid2D BOWL = Grid2D.sample((x, y) -> x * x + y * y, -2, 2, 41, -2, 2, 41);

    private static Figure alone(SurfaceFigure s) {
        return new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(); }
            @Override public void applyStyle(FigureStyle style) { s.applyStyle(style); }
            @Override public List<FigurePanel> panels() { return List.of(s.panel()); }
        };
    }

    /** Pixels that differ from the corner (background) colour. */
    private static int drawn(BufferedImage img) {
        int background = img.getRGB(0, 0), n = 0;
        for (int j = 0; j < img.getHeight(); j++) {
            for (int i = 0; i < img.getWidth(); i++) {
                if (img.getRGB(i, j) != background) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void drawsTheSurfaceOnTheThemeBackground() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, new FigureStyle(Theme.DARK, 1.0));
        s.set(BOWL);
        BufferedImage img = FigureRenderer.toImage(alone(s), 600, 500);
        assertThat(img.getRGB(0, 0) & 0xFFFFFF).isEqualTo(Rendered.rgbOf(Theme.DARK.background()));
        // the box, the surface and the labels cover a good part of the picture
        assertThat(drawn(img)).isGreaterThan(600 * 500 / 10);
    }

    @Test
    void tracesAreDrawnInTheirColourOverTheSurface() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(BOWL);
        BufferedImage bare = FigureRenderer.toImage(alone(s), 600, 500);
        double[] t = {-1.5, -1, -0.5, 0, 0.5, 1, 1.5};
        double[] f = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            f[k] = 2 * t[k] * t[k]; // on the bowl along the diagonal x = y
        }
        s.setTraces(List.of(new SurfaceFigure.Trace(t, t, f, 3, 0.02)));
        BufferedImage traced = FigureRenderer.toImage(alone(s), 600, 500);
        int colour = FigureStyle.DEFAULT.theme().color(3).getRGB() & 0xFFFFFF, hits = 0;
        for (int j = 0; j < traced.getHeight(); j++) {
            for (int i = 0; i < traced.getWidth(); i++) {
                // near the trace's colour (markers are shaded by the light) where the bare surface was not
                if (Rendered.distance(traced.getRGB(i, j), colour) < 60 && Rendered.distance(bare.getRGB(i, j), colour) >= 60) {
                    hits++;
                }
            }
        }
        assertThat(hits).as("pixels in the trace's colour").isGreaterThan(100);
        s.setTraces(List.of());
        assertThat(s.traces()).isEmpty();
        assertThat(FigureRenderer.toImage(alone(s), 600, 500).getRGB(300, 250)).isEqualTo(bare.getRGB(300, 250));
        assertThatThrownBy(() -> new SurfaceFigure.Trace(t, new double[1], f, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurfaceFigure.Trace(t, t, f, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coloursByHeight() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(BOWL);
        assertThat(s.rgbOf(0)).isEqualTo(0x440154);
        assertThat(s.rgbOf(8)).isEqualTo(0xFDE725);
        s.set(BOWL, 0, 16);
        assertThat(s.rgbOf(8)).isEqualTo(ColorMap.VIRIDIS.rgb(0.5));
        assertThatThrownBy(() -> s.set(BOWL, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingValuesLeaveHolesNotErrors() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "ln x", ColorMap.CIVIDIS, FigureStyle.DEFAULT);
        s.set(Grid2D.sample((x, y) -> Math.log(x), -1, 1, 30, -1, 1, 30));
        int half = drawn(FigureRenderer.toImage(alone(s), 500, 400));
        s.set(Grid2D.sample((x, y) -> Math.log(x + 2), -1, 1, 30, -1, 1, 30));
        int full = drawn(FigureRenderer.toImage(alone(s), 500, 400));
        assertThat(half).isPositive().isLessThan(full);
        s.set(Grid2D.sample((x, y) -> Double.NaN, -1, 1, 30, -1, 1, 30));
        assertThat(drawn(FigureRenderer.toImage(alone(s), 500, 400))).isPositive();
    }

    @Test
    void fineGridsAreThinned() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(BOWL);
        assertThat(s.cellsDrawn()).isEqualTo(40);
        // 199 cells a side: every 4th point, 50 cells
        s.set(Grid2D.sample((x, y) -> x * y, -2, 2, 200, -2, 2, 200));
        assertThat(s.cellsDrawn()).isEqualTo(50).isLessThanOrEqualTo(SurfaceFigure.MAX_CELLS);
    }

    @Test
    void styleScalesFontsAndExportLeavesTheView() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.setTitle("bowl");
        s.set(BOWL);
        int size = s.chart().getStyle().getAxisLabelFont().getSize();
        s.applyStyle(new FigureStyle(Theme.HIGH_CONTRAST, 2.0));
        assertThat(s.chart().getStyle().getAxisLabelFont().getSize()).isEqualTo(2 * size);
        double rho = s.chart().getViewPoint().getRho();
        FigureRenderer.toImage(alone(s), 400, 300);
        assertThat(s.chart().getViewPoint().getRho()).isEqualTo(rho);
    }

    @Test
    void flatChartsAndSurfacesShareTheWidth() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-2, 2, -2, 2);
        xy.heatMap(ColorMap.VIRIDIS, null).set(BOWL);
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(BOWL);
        Figure both = new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { }
            @Override public List<FigurePanel> panels() { return List.of(new FigurePanel.Flat(xy.chart()), s.panel()); }
        };
        BufferedImage img = FigureRenderer.toImage(both, 1000, 400);
        // the heat map's centre (minimum of the bowl) is viridis' first colour, in the left half
        int centre = img.getRGB(250, 200) & 0xFFFFFF;
        assertThat(Rendered.distance(centre, 0x440154)).isLessThan(30);
        assertThat(drawn(img.getSubimage(500, 0, 500, 400))).isGreaterThan(500 * 400 / 10);
        assertThat(FigureRenderer.toSvg(both, 1000, 400)).contains("<svg");
    }
}
