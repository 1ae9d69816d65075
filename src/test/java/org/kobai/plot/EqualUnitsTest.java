package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** A window with equal units: one x unit as many pixels long as one y unit, whatever the image's shape. */
class EqualUnitsTest {
    /** Pixels per unit computed from doubles; only rounding differs. */
    private static final double TOL = 1e-9;

    private static double[] pixelsPerUnit(XYFigure xy, Rendered r) {
        return new double[] {r.area.getWidth() / (xy.xMax() - xy.xMin()), r.area.getHeight() / (xy.yMax() - xy.yMin())};
    }

    @Test
    void aWideImageWidensTheXRangeAroundTheSameMiddle() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindowEqualUnits(-3, 3, -3, 3);
        Rendered r = Rendered.draw(xy, 1000, 500);
        double[] ppu = pixelsPerUnit(xy, r);
        assertThat(ppu[0]).isCloseTo(ppu[1], offset(TOL * ppu[1]));
        assertThat(xy.yMin()).isEqualTo(-3.0);
        assertThat(xy.yMax()).isEqualTo(3.0);
        assertThat(xy.xMin()).isLessThan(-3.0);
        assertThat(xy.xMin() + xy.xMax()).isCloseTo(0, offset(TOL));
    }

    @Test
    void aTallImageWidensTheYRange() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindowEqualUnits(0, 4, 1, 3);
        Rendered r = Rendered.draw(xy, 400, 900);
        double[] ppu = pixelsPerUnit(xy, r);
        assertThat(ppu[0]).isCloseTo(ppu[1], offset(TOL * ppu[1]));
        assertThat(xy.xMin()).isEqualTo(0.0);
        assertThat(xy.xMax()).isEqualTo(4.0);
        assertThat(xy.yMin()).isLessThan(1.0);
        assertThat((xy.yMin() + xy.yMax()) / 2).isCloseTo(2, offset(TOL));
    }

    @Test
    void aPlainWindowAfterwardsIsShownAsGiven() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindowEqualUnits(-3, 3, -3, 3);
        xy.setWindow(-1, 1, -5, 5);
        Rendered.draw(xy, 1000, 500);
        assertThat(new double[] {xy.xMin(), xy.xMax(), xy.yMin(), xy.yMax()}).containsExactly(-1, 1, -5, 5);
        assertThatThrownBy(() -> xy.setWindowEqualUnits(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
