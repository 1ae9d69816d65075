package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void countsPerBinAndDensities() {
        Histogram h = Histogram.of(new double[] {0, 0.5, 1, 1.5, 3.99, 4, 5, -1}, 0, 4, 4);
        assertThat(h.counts()).containsExactly(2, 2, 0, 2);
        assertThat(h.outside()).isEqualTo(2);
        assertThat(h.centers()).containsExactly(0.5, 1.5, 2.5, 3.5);
        // 2 of 8 in a bin of width 1: density 0.25.
        assertThat(h.densities()[0]).isEqualTo(0.25);
        assertThatThrownBy(() -> Histogram.of(new double[0], 1, 1, 3)).hasMessageContaining("from < to");
    }

    @Test
    void normalSamplesApproachTheDensityAsNGrows() {
        NormalDistribution n = NormalDistribution.standard();
        double small = distance(n, 100), large = distance(n, 100_000);
        assertThat(large).isLessThan(small);
        assertThat(large).isLessThan(0.02);
        // Same seed, same histogram.
        assertThat(Histogram.of(n.samples(9, 1000), -4, 4, 40).counts())
                .containsExactly(Histogram.of(n.samples(9, 1000), -4, 4, 40).counts());
    }

    /** The largest gap between histogram density and f at the bin centres. */
    private static double distance(NormalDistribution n, int samples) {
        Histogram h = Histogram.of(n.samples(11, samples), -4, 4, 40);
        double worst = 0;
        double[] d = h.densities();
        for (int i = 0; i < d.length; i++) {
            worst = Math.max(worst, Math.abs(d[i] - n.density(h.center(i))));
        }
        return worst;
    }

    @Test
    void runningMean() {
        assertThat(Histogram.runningMean(new double[] {2, 4, 9})).containsExactly(2, 3, 5);
        assertThat(Histogram.runningMean(new double[0])).isEmpty();
        assertThat(Histogram.runningMean(new double[] {0.1, 0.2})[1]).isCloseTo(0.15, within(1e-16));
    }
}
