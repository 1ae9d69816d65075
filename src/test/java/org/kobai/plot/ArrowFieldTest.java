package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrowFieldTest {
    private static XYFigure figure() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-2, 2, -2, 2);
        return xy;
    }

    @Test
    void autoScaleFitsTheLongestArrowIntoACell() {
        // grid spacing 0.5 along x and 1 along y; the longest vector in cells is (2/0.5, 0) = 4 cells,
        // so s = 0.9 / 4
        double[] x = {0, 0.5, 1, 0, 0.5, 1};
        double[] y = {0, 0, 0, 1, 1, 1};
        double[] u = {2, 1, 0, 0, 0, 0};
        double[] v = {0, 0, 1, 1, 0, Double.NaN};
        assertThat(ArrowField.autoScale(x, y, u, v)).isCloseTo(0.9 / 4, within(1e-12));
        // all zero: nothing to scale
        assertThat(ArrowField.autoScale(x, y, new double[6], new double[6])).isNaN();
    }

    @Test
    void neighboursNeverOverlap() {
        XYFigure xy = figure();
        ArrowField field = xy.arrowField(null, 0, 1);
        // the gradient of x² + y² on a 9 × 9 grid: the longest arrows sit in the corners
        field.setField((x, y) -> 2 * x, (x, y) -> 2 * y, 9, 9);
        double cell = 4.0 / 9;
        double longest = field.scale() * Math.hypot(2 * (2 - cell / 2), 2 * (2 - cell / 2));
        // the corner arrow spans 0.9 of a cell: its tip stops short of the next arrow's tail
        assertThat(longest).isCloseTo(0.9 * cell, within(1e-9));
    }

    @Test
    void fixedScaleIsKept() {
        XYFigure xy = figure();
        ArrowField field = xy.arrowField(null, 0, 1);
        field.setScale(0.25);
        field.set(new double[] {0}, new double[] {0}, new double[] {4}, new double[] {0});
        assertThat(field.scale()).isEqualTo(0.25);
        assertThatThrownBy(() -> field.setScale(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> field.set(new double[1], new double[1], new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsEachArrowAndSkipsMissingOnes() {
        XYFigure xy = figure();
        ArrowField field = xy.arrowField(null, 1, 2);
        field.setScale(1);
        // one arrow from (−1, 0) to (1, 0); one with NaN that must not break drawing
        field.set(new double[] {-1, 0.5}, new double[] {0, 1}, new double[] {2, Double.NaN}, new double[] {0, 1});
        Rendered r = Rendered.draw(xy, 800, 600);
        int colour = Rendered.rgbOf(Theme.LIGHT.color(1));
        assertThat(r.count(0, 0, 1, colour, 10)).isPositive();
        // the head at (1, 0) is filled: wider than the shaft
        assertThat(r.count(0.97, 0, 4, colour, 10)).isGreaterThan(r.count(0, 0, 4, colour, 10));
        assertThat(r.count(0.5, 1.5, 6, colour, 60)).isZero();
    }
}
