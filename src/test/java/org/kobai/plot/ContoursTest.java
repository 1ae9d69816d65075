package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;

class ContoursTest {
    @Test
    void linesInThePaletteColourOnTheirLevels() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-3, 3, -3, 3);
        Contours contours = xy.contours(0, 2);
        contours.setLabels(false);
        contours.set(Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121), 1, 4);
        assertThat(contours.levels()).containsExactly(1.0, 4.0);
        Rendered r = Rendered.draw(xy, 800, 600);
        int colour = Rendered.rgbOf(Theme.LIGHT.color(0));
        // circles of radius 1 and 2
        assertThat(r.count(0, 1, 2, colour, 40)).isPositive();
        assertThat(r.count(-2, 0, 2, colour, 40)).isPositive();
        assertThat(r.count(0, 1.5, 3, colour, 40)).isZero();
    }

    @Test
    void labelsCarryTheLevel() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-3, 3, -3, 3);
        Contours contours = xy.contours(0, 1);
        Grid2D g = Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121);
        contours.set(g, 4);
        Rendered with = Rendered.draw(xy, 800, 600);
        contours.setLabels(false);
        Rendered without = Rendered.draw(xy, 800, 600);
        int differing = 0;
        for (int j = 0; j < with.image.getHeight(); j++) {
            for (int i = 0; i < with.image.getWidth(); i++) {
                if (with.image.getRGB(i, j) != without.image.getRGB(i, j)) {
                    differing++;
                }
            }
        }
        // one label ("4") and the gap cut for it: a few dozen pixels, not the whole line
        assertThat(differing).isBetween(20, 600);
    }

    @Test
    void roundLevelsByDefault() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        Contours contours = xy.contours(-1, 1);
        contours.setCount(4);
        contours.set(Grid2D.sample((x, y) -> x + y, 0, 5, 11, 0, 5, 11));
        // 0..10 in at most 4 levels: a step of 10 / 5 = 2 is already round
        assertThat(contours.levels()).containsExactly(2.0, 4.0, 6.0, 8.0);
    }
}
