package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;

class HeatMapTest {
    /** Allowed channel difference where bilinear smoothing and rounding blur a colour. */
    private static final int TOL = 6;

    private static XYFigure figure(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setWindow(-3, 3, -3, 3);
        return xy;
    }

    @Test
    void pixelsShowTheColourOfTheValueThere() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        heat.setContours(0);
        // f = x + y ranges over −6..6 on the window: (0, 0) is mid-scale, (2.5, 2.5) near the top
        heat.set(Grid2D.sample((x, y) -> x + y, -3, 3, 121, -3, 3, 121));
        Rendered r = Rendered.draw(xy, 800, 600);
        for (double[] p : new double[][] {{0, 0}, {2.5, 2.5}, {-2, 1}, {-2.5, -2.5}}) {
            int expected = ColorMap.VIRIDIS.rgb((p[0] + p[1] + 6) / 12);
            assertThat(Rendered.distance(r.rgb(p[0], p[1]), expected)).as("at %s", p).isLessThanOrEqualTo(TOL);
        }
        assertThat(heat.argbOf(6) & 0xFFFFFF).isEqualTo(0xFDE725);
    }

    @Test
    void nonFiniteValuesShowTheBackground() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, "ln(xy)");
        // ln(xy) is NaN where xy < 0 and −∞ on the axes
        heat.set(Grid2D.sample((x, y) -> Math.log(x * y), -3, 3, 120, -3, 3, 120));
        Rendered r = Rendered.draw(xy, 800, 600);
        int background = Rendered.rgbOf(Theme.LIGHT.background());
        int grid = Rendered.rgbOf(Theme.LIGHT.grid());
        int upperLeft = r.rgb(-1.7, 1.7);
        assertThat(upperLeft == background || upperLeft == grid).isTrue();
        assertThat(r.rgb(-1.7, 1.7)).isEqualTo(r.rgb(1.7, -1.7));
        // defined quadrants are coloured
        assertThat(Rendered.distance(r.rgb(2, 2), background)).isGreaterThan(50);
        assertThat(Rendered.distance(r.rgb(-2, -2), background)).isGreaterThan(50);
    }

    @Test
    void allMissingDrawsNothingAndDoesNotFail() {
        XYFigure xy = figure(new FigureStyle(Theme.DARK, 1.0));
        HeatMap heat = xy.heatMap(ColorMap.CIVIDIS, "f");
        heat.set(Grid2D.sample((x, y) -> Double.NaN, -3, 3, 50, -3, 3, 50));
        Rendered r = Rendered.draw(xy, 600, 400);
        assertThat(r.rgb(1.3, 1.3)).isEqualTo(Rendered.rgbOf(Theme.DARK.background()));
        assertThat(heat.contourLevels()).isEmpty();
    }

    @Test
    void contourLinesAreDrawnOnTheirLevel() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        heat.setContourLabels(false);
        heat.setContourLevels(4);
        heat.set(Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121));
        assertThat(heat.contourLevels()).containsExactly(4.0);
        Rendered with = Rendered.draw(xy, 800, 600);
        heat.setContours(0);
        Rendered without = Rendered.draw(xy, 800, 600);
        // The circle of radius 2 crosses (2, 0) and (0, −2): there the pictures differ, away from it they agree.
        assertThat(largestDifference(with, without, 2, 0)).isGreaterThan(100);
        assertThat(largestDifference(with, without, 0, -2)).isGreaterThan(100);
        assertThat(largestDifference(with, without, 1, 0.5)).isZero();
    }

    @Test
    void niceLevelsFollowTheColourRange() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        Grid2D g = Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 61, -3, 3, 61);
        heat.set(g);
        // 0..18 in at most 8 levels: every 2
        assertThat(heat.contourLevels()).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
        // a colour range of 0..20 gives levels every 5; the data stop at 18, so 20 is never drawn
        heat.set(g, 0, 20);
        assertThat(heat.contourLevels()).containsExactly(5.0, 10.0, 15.0);
        assertThatThrownBy(() -> heat.set(g, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAddedLaterAreDrawnAbove() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        XYFigure.Line line = xy.line(null, 1, 6, Dash.SOLID);
        heat.set(Grid2D.sample((x, y) -> x, -3, 3, 50, -3, 3, 50));
        line.set(new double[] {-3, 3}, new double[] {1, 1});
        Rendered r = Rendered.draw(xy, 800, 600);
        assertThat(r.rgb(0.5, 1)).isEqualTo(Rendered.rgbOf(Theme.LIGHT.color(1)));
    }

    @Test
    void guidesStayVisibleOverTheMap() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        XYFigure.Guide guide = xy.guide(true, 1, 4, Dash.SOLID);
        guide.set(1, null);
        xy.heatMap(ColorMap.VIRIDIS, null).set(Grid2D.sample((x, y) -> y, -3, 3, 50, -3, 3, 50));
        Rendered r = Rendered.draw(xy, 800, 600);
        // Guides are 80 % opaque: the pixel is near the guide's colour, far from the map's.
        int guideColour = Rendered.rgbOf(Theme.LIGHT.color(1));
        int mapColour = ColorMap.VIRIDIS.rgb((0.3 + 3) / 6);
        assertThat(Rendered.distance(r.rgb(1, 0.3), guideColour)).isLessThan(60);
        assertThat(Rendered.distance(r.rgb(1, 0.3), mapColour)).isGreaterThan(120);
    }

    @Test
    void colourBarFollowsTheRangeAndTheStyle() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, "f");
        heat.set(Grid2D.sample((x, y) -> x * y, -3, 3, 31, -3, 3, 31));
        assertThat(heat.colourBar().getAxis().getLowerBound()).isEqualTo(-9.0);
        assertThat(heat.colourBar().getAxis().getUpperBound()).isEqualTo(9.0);
        assertThat(heat.colourBar().getScale().getPaint(9)).isEqualTo(new Color(0xFDE725));
        int base = heat.colourBar().getAxis().getTickLabelFont().getSize();
        double strip = heat.colourBar().getStripWidth();
        xy.applyStyle(new FigureStyle(Theme.DARK, 2.0));
        assertThat(heat.colourBar().getAxis().getTickLabelFont().getSize()).isEqualTo(2 * base);
        assertThat(heat.colourBar().getStripWidth()).isEqualTo(2 * strip);
        assertThat(heat.colourBar().getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(heat.colourBar().getAxis().getTickLabelPaint()).isEqualTo(Theme.DARK.foreground());
    }

    @Test
    void hidingTheMapHidesItsColourBarAndTheBarCanBeRenamed() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, "f");
        heat.set(Grid2D.sample((x, y) -> x * y, -3, 3, 31, -3, 3, 31));
        heat.setScaleLabel("div F");
        assertThat(heat.colourBar().getAxis().getLabel()).isEqualTo("div F");
        heat.setVisible(false);
        assertThat(heat.colourBar().isVisible()).isFalse();
        heat.setVisible(true);
        assertThat(heat.colourBar().isVisible()).isTrue();
    }

    @Test
    void contourLinesGetWiderWithTheScale() {
        // Render a lone contour at scale 1 and 2 and count its dark pixels where it crosses x = 0.
        int[] counts = new int[2];
        for (int k = 0; k < 2; k++) {
            XYFigure xy = figure(new FigureStyle(Theme.LIGHT, k + 1.0));
            HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
            heat.setContourLabels(false);
            heat.setContourLevels(4);
            // on the colour range 0..5 the level 4 sits in viridis' light end, so its line is black
            heat.set(Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121), 0, 5);
            counts[k] = darkPixelsAround(Rendered.draw(xy, 800, 600), 0, -2);
        }
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isGreaterThan(counts[0]);
    }

    /** The largest channel difference between two drawings within 2 pixels of (x, y). */
    /** The map with its contours is kept as one picture while only overlays move; it follows the window. */
    @Test
    void keptPictureFollowsOverlaysAndTheWindow() {
        XYFigure xy = figure(FigureStyle.DEFAULT);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, null);
        heat.setContourLabels(false);
        heat.setContourLevels(4);
        heat.set(Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121));
        XYFigure.Line dot = xy.points(null, 2, 12);
        dot.set(new double[] {1}, new double[] {1});
        Rendered first = Rendered.draw(xy, 800, 600);
        dot.set(new double[] {-1}, new double[] {-1});
        Rendered moved = Rendered.draw(xy, 800, 600);
        // where the dot left, the map shows again exactly as before; where it went, it covers the map
        assertThat(largestDifference(first, moved, 1.6, 1.6)).isZero();
        assertThat(largestDifference(first, moved, 2, 0)).isZero(); // on the contour
        assertThat(largestDifference(first, moved, -1, -1)).isGreaterThan(50);
        // a new window: the picture is drawn again for it, the contour stays on its level
        xy.setWindow(-2.5, 2.5, -2.5, 2.5);
        Rendered zoomed = Rendered.draw(xy, 800, 600);
        heat.setContours(0);
        Rendered zoomedWithout = Rendered.draw(xy, 800, 600);
        assertThat(largestDifference(zoomed, zoomedWithout, 2, 0)).isGreaterThan(60);
        assertThat(largestDifference(zoomed, zoomedWithout, 0, 2)).isGreaterThan(60);
        // f(−1.5, 0) = 2.25 on the colour range 0..18 of the grid
        assertThat(Rendered.distance(zoomed.rgb(-1.5, 0), ColorMap.VIRIDIS.rgb(2.25 / 18))).isLessThanOrEqualTo(TOL);
    }

    private static int largestDifference(Rendered a, Rendered b, double x, double y) {
        int largest = 0;
        for (int j = a.py(y) - 2; j <= a.py(y) + 2; j++) {
            for (int i = a.px(x) - 2; i <= a.px(x) + 2; i++) {
                largest = Math.max(largest, Rendered.distance(a.image.getRGB(i, j), b.image.getRGB(i, j)));
            }
        }
        return largest;
    }

    private static int darkPixelsAround(Rendered r, double x, double y) {
        int n = 0;
        int cx = r.px(x), cy = r.py(y);
        for (int j = cy - 10; j <= cy + 10; j++) {
            int rgb = r.image.getRGB(cx, j) & 0xFFFFFF;
            if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                n++;
            }
        }
        return n;
    }
}
