package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** Squares of residuals are square on the screen even where one x unit and one y unit differ in pixels. */
class SquaresTest {
    private static final int FILL_TOLERANCE = 3;

    /** The fill colour over the white background: alpha blending by hand. */
    private static int blend(Color c, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int r = (c.getRed() * a + 255 * (255 - a) + 127) / 255;
        int g = (c.getGreen() * a + 255 * (255 - a) + 127) / 255;
        int b = (c.getBlue() * a + 255 * (255 - a) + 127) / 255;
        return (r << 16) | (g << 8) | b;
    }

    /** Whether the fill shows at (px, py) or a pixel beside it (one of them may carry a grid line). */
    private static boolean filled(Rendered r, int px, int py, int fill) {
        for (int dy = -2; dy <= 2; dy += 2) {
            for (int dx = -2; dx <= 2; dx += 2) {
                if (Rendered.distance(r.image.getRGB(px + dx, py + dy) & 0xFFFFFF, fill) <= FILL_TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void equalSidesInPixelsWhateverTheAxisScales() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(0, 10, 0, 2); // one y unit is several times as many pixels as one x unit
        Squares squares = xy.squares(null, 3, 0.3);
        squares.set(new double[] {2.03}, new double[] {0.61}, new double[] {1.57});
        Rendered r = Rendered.draw(xy, 900, 500);
        int fill = blend(Theme.LIGHT.color(3), 0.3);
        int left = r.px(2.03), top = r.py(1.57), bottom = r.py(0.61);
        int side = bottom - top;
        assertThat(side).isGreaterThan(100);
        int mid = (top + bottom) / 2;
        // inside, just short of the far side, and just past it
        assertThat(filled(r, left + side / 2, mid, fill)).isTrue();
        assertThat(filled(r, left + side - 6, mid, fill)).isTrue();
        assertThat(filled(r, left + side + 6, mid, fill)).isFalse();
        assertThat(filled(r, left - 6, mid, fill)).isFalse();
        assertThat(filled(r, left + side / 2, top + 6, fill)).isTrue();
        assertThat(filled(r, left + side / 2, top - 6, fill)).isFalse();
    }

    @Test
    void aSquareThatWouldLeaveThePlotOnTheRightTurnsLeft() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(0, 10, 0, 2);
        Squares squares = xy.squares(null, 3, 0.3);
        squares.set(new double[] {9.73}, new double[] {1.57}, new double[] {0.61}); // downward segment
        Rendered r = Rendered.draw(xy, 900, 500);
        int fill = blend(Theme.LIGHT.color(3), 0.3);
        int x = r.px(9.73), mid = (r.py(0.61) + r.py(1.57)) / 2;
        assertThat(filled(r, x - 10, mid, fill)).isTrue();
        assertThat(filled(r, x + 6, mid, fill)).isFalse();
    }

    @Test
    void checksItsArguments() {
        Squares squares = new XYFigure("x", "y", FigureStyle.DEFAULT).squares("E", 1, 0.3);
        assertThatThrownBy(() -> squares.set(new double[1], new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
        squares.set(new double[] {Double.NaN}, new double[] {0}, new double[] {1}); // skipped, no failure
        squares.clear();
    }
}
