package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;

class FigureDescriptionTest {
    static final double TOLERANCE = 1e-12;
    private static final Messages EN = new Messages("org.kobai.app.messages", Locale.ENGLISH);
    private static final Messages JA = new Messages("org.kobai.app.messages", Locale.JAPANESE);

    /** x² − 1 on −2..2 (41 samples, so x = 0 and x = ±1 are samples) and the article-style data points. */
    private static Figure parabolaWithPoints(double[] px, double[] py) {
        XYFigure xy = new XYFigure("x", "f(x)", FigureStyle.DEFAULT);
        xy.setWindow(-2, 2, -2, 4);
        double[] x = new double[41], y = new double[41];
        for (int i = 0; i < 41; i++) {
            x[i] = -2 + i * 0.1;
            y[i] = x[i] * x[i] - 1;
        }
        x[20] = 0; // exactly, not 1e-16
        y[20] = -1;
        xy.line("f(x) = x² − 1", 0, 2, Dash.SOLID).set(x, y);
        xy.points("data", 1, 8).set(px, py);
        xy.line(null, 2, 1, Dash.SOLID).set(new double[0], new double[0]); // empty: not told
        return new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { xy.applyStyle(style); }
            @Override public List<String> keyPoints() { return List.of("the minimum is −1 at x = 0"); }
        };
    }

    @Test
    void tellsAxesTheLowestAndHighestPointAndTheZeros() {
        String d = FigureDescription.of(parabolaWithPoints(new double[] {1, 2}, new double[] {3, 5}), EN);
        assertThat(d).contains("Horizontal axis x, from −2 to 2.")
                .contains("Vertical axis f(x), from −2 to 4.")
                .contains("Curve f(x) = x² − 1: from x = −2 to 2; lowest y = −1 at x = 0, highest y = 3 at x = −2.")
                .contains("It crosses y = 0 at x = −1, 1.")
                .contains("Points data: 2 of them, at (1, 3), (2, 5).")
                .contains("Key points: the minimum is −1 at x = 0.")
                .doesNotContain("line 1");
    }

    @Test
    void manyPointsAreToldAsTheirSpread() {
        double[] px = {0, 1, 2, 3, 4, 5, 6, 7}, py = {5, 4, 3, 2, 1, 0, -1, -2};
        String d = FigureDescription.of(parabolaWithPoints(px, py), EN);
        assertThat(d).contains("Points data: 8 of them, x from 0 to 7, y from −2 to 5.");
    }

    @Test
    void japaneseToo() {
        String d = FigureDescription.of(parabolaWithPoints(new double[] {1}, new double[] {3}), JA);
        assertThat(d).contains("横軸は x、−2 から 2 まで。").contains("最小は x = 0 で y = −1")
                .contains("要点：the minimum is −1 at x = 0。");
    }

    @Test
    void zeroCrossingsAreInterpolatedAndTouchingZeroCountsOnce() {
        // y = 2x − 1 sampled at 0 and 1 crosses at 0.5; 0, 0 is one touch; a gap breaks the line
        assertThat(FigureDescription.zeroCrossings(new double[] {0, 1}, new double[] {-1, 1}))
                .singleElement().satisfies(v -> assertThat(v).isCloseTo(0.5, offset(TOLERANCE)));
        assertThat(FigureDescription.zeroCrossings(new double[] {0, 1, 2, 3}, new double[] {1, 0, 0, 1}))
                .containsExactly(1.0);
        assertThat(FigureDescription.zeroCrossings(new double[] {0, 1, 2}, new double[] {-1, Double.NaN, 1}))
                .isEmpty();
    }

    @Test
    void readsBackOnlyVisibleLinesPointsAndBars() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        XYFigure.Line hidden = xy.line("hidden", 0, 1, Dash.SOLID);
        hidden.set(new double[] {0, 1}, new double[] {0, 1});
        hidden.setVisible(false);
        xy.bars("counts", 1, 0.8).set(new double[] {1, 2, 3}, new double[] {2, 7, 4});
        List<PlottedSeries> s = PlottedSeries.of(xy.chart());
        assertThat(s).extracting(PlottedSeries::name).containsExactly("counts");
        assertThat(s.get(0).kind()).isEqualTo(PlottedSeries.Kind.BARS);
        assertThat(FigureDescription.ofChart(xy.chart(), EN)).contains("Bars counts: 3 of them, the tallest 7 at x = 2.");
    }
}
