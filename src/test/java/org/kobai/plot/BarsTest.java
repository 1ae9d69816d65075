package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class BarsTest {
    @Test
    void barsAreCentredWithTheirWidthAndRiseFromZero() {
        XYFigure xy = new XYFigure("k", "P", FigureStyle.DEFAULT);
        Bars bars = xy.bars("P(k)", 0, 0.8);
        bars.set(new double[] {1, 2, 3}, new double[] {0.5, -0.25, 1});
        IntervalXYDataset d = bars.dataset();
        assertThat(d.getStartXValue(0, 1)).isEqualTo(1.6);
        assertThat(d.getEndXValue(0, 1)).isEqualTo(2.4);
        assertThat(d.getStartYValue(0, 1)).isZero();
        assertThat(d.getEndYValue(0, 1)).isEqualTo(-0.25);
        bars.setWidth(1);
        assertThat(bars.dataset().getStartXValue(0, 0)).isEqualTo(0.5);
        assertThat(bars.data()[1]).containsExactly(0.5, -0.25, 1);
        assertThatThrownBy(() -> bars.setWidth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bars.set(new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawnInTheThemeColourBelowLaterLines() {
        XYFigure xy = new XYFigure("k", "P", FigureStyle.DEFAULT);
        xy.setWindow(0, 4, -1, 2);
        Bars bars = xy.bars(null, 2, 0.8);
        XYFigure.Line line = xy.line(null, 1, 6, Dash.SOLID);
        bars.set(new double[] {1, 2, 3}, new double[] {0.5, -0.5, 1.5});
        line.set(new double[] {0, 4}, new double[] {1, 1});
        Rendered r = Rendered.draw(xy, 800, 600);
        int bar = Rendered.rgbOf(Theme.LIGHT.color(2));
        assertThat(r.rgb(1, 0.25)).isEqualTo(bar);
        assertThat(r.rgb(2, -0.25)).isEqualTo(bar);
        // between bars and above the short one: background
        assertThat(r.rgb(1.5, 0.25)).isNotEqualTo(bar);
        assertThat(r.rgb(1, 0.75)).isNotEqualTo(bar);
        // the line crosses the tall bar on top of it
        assertThat(r.rgb(3, 1)).isEqualTo(Rendered.rgbOf(Theme.LIGHT.color(1)));
    }

    @Test
    void followsTheTheme() {
        XYFigure xy = new XYFigure("k", "P", FigureStyle.DEFAULT);
        xy.setWindow(0, 2, 0, 2);
        Bars bars = xy.bars(null, 0, 0.8);
        bars.set(new double[] {1}, new double[] {1.5});
        xy.applyStyle(new FigureStyle(Theme.DARK, 1.0));
        assertThat(Rendered.draw(xy, 600, 400).rgb(1, 0.5)).isEqualTo(Rendered.rgbOf(Theme.DARK.color(0)));
    }
}
