package org.kobai.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Samples drawn with replacement: the same seed gives the same numbers; the sample mean and the 1/(n − 1)
 * variance are unbiased and the 1/n variance is too small by (n − 1)/n, exactly over every possible sample
 * and approximately over many random ones.
 */
class RepeatedSamplingTest {
    private static final DataSet ONE_TO_TEN = DataSet.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final long SEED = 20261123L;
    /**
     * Averages of 20000 samples: the 1/(n − 1) variance of samples of 5 from 1…10 has a standard deviation
     * below 6, so its average's is below 6/√20000 ≈ 0.042; 0.2 is more than four of those.
     */
    private static final double SAMPLING_TOLERANCE = 0.2;

    @Test
    void sameSeedSameNumbers() {
        RepeatedSampling.Run a = RepeatedSampling.run(ONE_TO_TEN, 5, 300, SEED);
        RepeatedSampling.Run b = RepeatedSampling.run(ONE_TO_TEN, 5, 300, SEED);
        assertThat(a.means()).containsExactly(b.means());
        assertThat(a.sampleVariances()).containsExactly(b.sampleVariances());
        RepeatedSampling.Run c = RepeatedSampling.run(ONE_TO_TEN, 5, 300, SEED + 1);
        assertThat(c.means()).isNotEqualTo(a.means());
        assertThat(RepeatedSampling.draw(ONE_TO_TEN, 4, new Random(SEED)))
                .isEqualTo(RepeatedSampling.draw(ONE_TO_TEN, 4, new Random(SEED)));
    }

    @Test
    void eachSampleIsDescribedByItsOwnStatistics() {
        RepeatedSampling.Run run = RepeatedSampling.run(ONE_TO_TEN, 4, 50, SEED);
        Random replay = new Random(SEED);
        for (int s = 0; s < run.samples(); s++) {
            DataSet sample = RepeatedSampling.draw(ONE_TO_TEN, 4, replay);
            assertThat(run.means()[s]).isEqualTo(sample.mean());
            assertThat(run.variances()[s]).isEqualTo(sample.variance());
            assertThat(run.sampleVariances()[s]).isEqualTo(sample.sampleVariance().getAsDouble());
            for (double x : sample.values()) {
                assertThat(x).isBetween(1.0, 10.0);
            }
        }
    }

    @Test
    void overEveryPossibleSampleOfTwoTheUnbiasedVarianceAveragesToSigmaSquared() {
        // All 10 × 10 ordered samples of size 2, each equally likely when drawing with replacement:
        // E[x̄] = μ = 5.5, E[s²] = σ² = 8.25, E[σ²₂] = (1/2) · 8.25 = 4.125 (worked from the definitions)
        double means = 0, variances = 0, unbiased = 0;
        for (int i = 1; i <= 10; i++) {
            for (int j = 1; j <= 10; j++) {
                DataSet s = DataSet.of(i, j);
                means += s.mean();
                variances += s.variance();
                unbiased += s.sampleVariance().getAsDouble();
            }
        }
        assertThat(means / 100).isEqualTo(5.5);
        assertThat(unbiased / 100).isEqualTo(8.25);
        assertThat(variances / 100).isEqualTo(4.125);
        assertThat(RepeatedSampling.expectedVariance(8.25, 2)).isEqualTo(4.125);
    }

    @Test
    void manySamplesScatterAroundThePopulationValues() {
        RepeatedSampling.Run run = RepeatedSampling.run(ONE_TO_TEN, 5, 20_000, SEED);
        assertThat(run.averageMean()).isCloseTo(5.5, within(SAMPLING_TOLERANCE));
        assertThat(run.averageSampleVariance()).isCloseTo(8.25, within(SAMPLING_TOLERANCE));
        // 1/n variance: (4/5) · 8.25 = 6.6, well below 8.25
        assertThat(run.averageVariance()).isCloseTo(6.6, within(SAMPLING_TOLERANCE));
        assertThat(run.averageVariance()).isLessThan(8.25 - 1);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RepeatedSampling.run(ONE_TO_TEN, 1, 10, SEED)).hasMessageContaining("n >= 2");
        assertThatThrownBy(() -> RepeatedSampling.run(ONE_TO_TEN, 5, 0, SEED)).hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> RepeatedSampling.run(ONE_TO_TEN, 1000, 100_000, SEED)).hasMessageContaining("10000000");
        assertThatThrownBy(() -> RepeatedSampling.draw(ONE_TO_TEN, 0, new Random(1))).hasMessageContaining("n >= 1");
    }
}
