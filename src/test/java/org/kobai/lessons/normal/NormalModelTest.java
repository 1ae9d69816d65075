package org.kobai.lessons.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class NormalModelTest {
    private static NormalFigure figure(NormalModel model) {
        return new NormalFigure(model, new FigureContext(new NormalLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void threeSigmaStepShowsNinetyNinePointSeven() {
        // erf(3/√2) = 0.99730020393673981095 (mpmath), the article's 99.7%.
        NormalModel model = new NormalModel();
        NormalFigure f = figure(model);
        model.enterStep(NormalModel.STEP_SIGMAS);
        assertThat(model.area().orElseThrow()).isCloseTo(0.99730020393673981095, within(1e-15));
        assertThat(f.noteText()).isEqualTo("P(−3 ≤ X ≤ 3) = 0.9973");
    }

    @Test
    void theShadedAreaFollowsAAndBAndIsTheDensityBetweenThem() {
        NormalModel model = new NormalModel();
        NormalFigure f = figure(model);
        model.b().set(2);
        double[][] area = f.areaData();
        assertThat(area[0][0]).isEqualTo(-1);
        assertThat(area[0][area[0].length - 1]).isEqualTo(2);
        for (int i = 0; i < area[0].length; i++) {
            assertThat(area[1][i]).isEqualTo(model.distribution().density(area[0][i]));
        }
        // Φ(2) − Φ(−1) = 0.81859461412…
        assertThat(f.noteText()).isEqualTo("P(−1 ≤ X ≤ 2) = 0.818595");
        model.a().set(3);
        assertThat(model.area()).isEmpty();
        assertThat(f.areaData()[0]).isEmpty();
        assertThat(f.noteText()).contains("a must be less than b");
    }

    @Test
    void densityIsTheCorrectFormula() {
        NormalModel model = new NormalModel();
        model.mu().set(1);
        model.sigma().set(2);
        NormalFigure f = figure(model);
        double[][] d = f.densityData();
        for (int i = 0; i < d[0].length; i += 50) {
            double x = d[0][i];
            // f(x) = 1/√(2πσ²)·exp(−(x−μ)²/(2σ²)), erratum 1
            assertThat(d[1][i]).isCloseTo(Math.exp(-(x - 1) * (x - 1) / 8) / Math.sqrt(2 * Math.PI * 4),
                    within(1e-15));
        }
    }

    @Test
    void sensorOutliersBeyondTwoAndThreeSigma() {
        // Mean 21.165, σ = 0.92373 (population); z(24.6) = 3.72, z(19.2) = −2.13 (hand, checked in Python).
        NormalModel model = new NormalModel();
        NormalFigure f = figure(model);
        model.enterStep(NormalModel.STEP_OUTLIERS);
        assertThat(model.data().mean()).isCloseTo(21.165, within(1e-12));
        assertThat(model.data().standardDeviation()).isCloseTo(0.9237288563209448, within(1e-12));
        assertThat(model.outliers().orElseThrow().indexes()).containsExactly(11, 18);
        assertThat(f.flaggedData()[1]).containsExactly(24.6, 19.2);
        model.k().set(3);
        assertThat(model.outliers().orElseThrow().indexes()).containsExactly(11);
    }

    @Test
    void typedReadingsAreCheckedItemByItem() {
        NormalModel model = new NormalModel();
        model.setData("1, 2  3;4");
        assertThat(model.data().values()).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> model.setData("1, x, 3")).isInstanceOf(Readings.BadItem.class)
                .hasMessage("item 2 (\"x\") is not a number");
        assertThatThrownBy(() -> model.setData("5")).hasMessageContaining("two readings");
        assertThat(model.data().values()).containsExactly(1, 2, 3, 4);
        model.setData("2, 2, 2");
        assertThat(model.outliers()).isEmpty();
    }

    @Test
    void sameSeedSameHistogramAndTheHistogramApproachesTheDensity() {
        NormalModel a = new NormalModel(), b = new NormalModel();
        a.enterStep(NormalModel.STEP_SAMPLES);
        b.enterStep(NormalModel.STEP_SAMPLES);
        assertThat(a.histogram().counts()).containsExactly(b.histogram().counts());
        NormalFigure f = figure(a);
        double[] before = f.histogramData()[1];
        a.newSample();
        assertThat(f.histogramData()[1]).isNotEqualTo(before);
        a.n().set(100_000);
        double[][] h = f.histogramData();
        for (int i = 0; i < h[0].length; i++) {
            // Bins of width σ/4 hold ≥ 0.1% of 100,000 samples; within 0.01 of f at the bin centre (a
            // bin's mean density differs from f(centre) by at most ~0.003 at this width).
            assertThat(h[1][i]).isCloseTo(a.distribution().density(h[0][i]), within(0.01));
        }
    }

    @Test
    void empiricalCdfCountsSamplesAtOrBelow() {
        NormalModel model = new NormalModel();
        model.n().set(10);
        double[] x = model.samples();
        double[] grid = {-10, x[3], 10};
        double[] f = model.empiricalCdf(grid);
        long below = java.util.Arrays.stream(x).filter(v -> v <= x[3]).count();
        assertThat(f).containsExactly(0, below / 10.0, 1);
    }
}
