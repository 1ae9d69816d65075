package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class NiceAxisTest {
    private static final FontMetrics METRICS;

    static {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        METRICS = g.getFontMetrics(new Font("SansSerif", Font.PLAIN, 13));
        g.dispose();
    }

    @Test
    void wholeStepsOnWholeWindows() {
        // The linearity lesson's window: x −5..5 at 800 px gets every integer, y −8..8 at 500 px every other.
        assertThat(NiceAxis.chooseStep(-5, 5, 800, true, METRICS)).isEqualTo(1.0);
        assertThat(NiceAxis.chooseStep(-8, 8, 500, false, METRICS)).isEqualTo(2.0);
        // Whole ends keep whole steps even when there would be room for halves.
        assertThat(NiceAxis.chooseStep(0, 3, 1200, true, METRICS)).isEqualTo(1.0);
        assertThat(NiceAxis.chooseStep(0, 1, 800, true, METRICS)).isEqualTo(0.1);
    }

    @Test
    void fewerTicksWhenSmall() {
        // labels at least 2.5 label heights apart: 25 px per unit is too tight, 50 px per 2 units is not
        assertThat(NiceAxis.chooseStep(-5, 5, 250, true, METRICS)).isEqualTo(2.0);
        // at most 12 intervals: 200 / 12 rounds up to 20
        assertThat(NiceAxis.chooseStep(-100, 100, 400, false, METRICS)).isEqualTo(20.0);
        assertThat(NiceAxis.chooseStep(0, 0.22, 400, false, METRICS)).isEqualTo(0.02);
        assertThat(NiceAxis.chooseStep(0, 0.22, 120, false, METRICS)).isEqualTo(0.1);
    }

    @Test
    void bigFontsStillGetSeveralTicks() {
        // presentation scale 2 on a narrow chart: −4..4 in 370 px keeps every other integer
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics big = g.getFontMetrics(new Font("SansSerif", Font.PLAIN, 26));
        g.dispose();
        assertThat(NiceAxis.chooseStep(-4, 4, 370, true, big)).isEqualTo(2.0);
    }

    @Test
    void labelsNeverTouch() {
        // Seven-character labels on a narrow axis: the step widens until they fit.
        double step = NiceAxis.chooseStep(1_000_000, 1_000_100, 200, true, METRICS);
        double spacing = 200 * step / 100;
        assertThat(spacing).isGreaterThan(METRICS.stringWidth("1000100"));
    }

    @Test
    void labelsAreRoundWithATrueMinus() {
        assertThat(NiceAxis.format(1).format(-3.0)).isEqualTo("\u22123");
        assertThat(NiceAxis.format(0.5).format(1.5)).isEqualTo("1.5");
        assertThat(NiceAxis.format(0.05).format(0.1)).isEqualTo("0.10");
        // −0.3 + 3·0.1 is −5.6e−17: a tick at zero must not read "−0.0"
        assertThat(NiceAxis.format(0.1).format(-0.3 + 3 * 0.1)).isEqualTo("0.0");
        assertThat(NiceAxis.format(1000).format(12000)).isEqualTo("12000");
    }

    @Test
    void figureAxesUseTheRoundSteps() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-5, 5, -8, 8);
        xy.line(null, 0, 2, Dash.SOLID).set(new double[] {-5, 5}, new double[] {-8, 8});
        Rendered.draw(xy, 900, 600);
        XYPlot plot = (XYPlot) xy.chart().getPlot();
        assertThat(((NumberAxis) plot.getDomainAxis()).getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(((NumberAxis) plot.getRangeAxis()).getTickUnit().getSize()).isEqualTo(2.0);
    }
}
