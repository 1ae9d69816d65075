package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class BandTest {
    private static final double[] X = {0, 1, 2, 3, 4};

    private static XYFigure figure() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(0, 4, -2, 4);
        return xy;
    }

    /** The fill colour over the white background: alpha blending by hand. */
    private static int blend(Color c, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int r = (c.getRed() * a + 255 * (255 - a) + 127) / 255;
        int g = (c.getGreen() * a + 255 * (255 - a) + 127) / 255;
        int b = (c.getBlue() * a + 255 * (255 - a) + 127) / 255;
        return (r << 16) | (g << 8) | b;
    }

    @Test
    void fillsBetweenTheCurvesOnly() {
        XYFigure xy = figure();
        Band band = xy.band(null, 2, 0.4);
        // between y = 0 and y = x
        band.set(X, new double[5], X.clone());
        Rendered r = Rendered.draw(xy, 800, 600);
        int fill = blend(Theme.LIGHT.color(2), 0.4);
        // (points off the integer grid lines)
        assertThat(Rendered.distance(r.rgb(3.3, 1.6), fill)).isLessThanOrEqualTo(2);
        assertThat(Rendered.distance(r.rgb(1.3, 2.6), fill)).isGreaterThan(40);
        assertThat(Rendered.distance(r.rgb(2, -1), fill)).isGreaterThan(40);
    }

    @Test
    void breaksWhereACurveIsMissing() {
        XYFigure xy = figure();
        Band band = xy.band(null, 2, 0.4);
        double[] upper = {3, 3, Double.NaN, 3, 3};
        band.set(X, new double[] {-1, -1, -1, -1, -1}, upper);
        Rendered r = Rendered.draw(xy, 800, 600);
        int fill = blend(Theme.LIGHT.color(2), 0.4);
        assertThat(Rendered.distance(r.rgb(0.5, 0.5), fill)).isLessThanOrEqualTo(2);
        assertThat(Rendered.distance(r.rgb(3.5, 0.5), fill)).isLessThanOrEqualTo(2);
        // from x = 1 to 3 there is a gap
        assertThat(Rendered.distance(r.rgb(2, 0.5), fill)).isGreaterThan(40);
    }

    @Test
    void shadeBetweenIsTheSamePolygon() {
        XYFigure xy = figure();
        XYFigure.Shade shade = xy.shade(2, 0.4);
        shade.between(X, new double[5], X.clone());
        Rendered r = Rendered.draw(xy, 800, 600);
        assertThat(Rendered.distance(r.rgb(3.3, 1.6), blend(Theme.LIGHT.color(2), 0.4))).isLessThanOrEqualTo(2);
        assertThatThrownBy(() -> shade.between(X, new double[4], X)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMismatchedArraysAndBadOpacity() {
        XYFigure xy = figure();
        Band band = xy.band(null, 2, 0.4);
        assertThatThrownBy(() -> band.set(X, new double[4], X)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> xy.band(null, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
