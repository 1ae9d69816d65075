package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DiscreteDistributionTest {
    private static final double[] FACES = {1, 2, 3, 4, 5, 6};

    @Test
    void theArticlesLoadedDie() {
        // Article 000: E[X] = 1·0.1 + 2·0.1 + 3·0.3 + 4·0.2 + 5·0.2 + 6·0.1 = 3.6.
        // Var(X) = E[X²] − E[X]² = 15 − 12.96 = 2.04, by hand.
        DiscreteDistribution die = DiscreteDistribution.articleDie();
        assertThat(die.mean()).isEqualTo(3.6);
        assertThat(die.variance()).isEqualTo(2.04);
        assertThat(die.standardDeviation()).isEqualTo(Math.sqrt(2.04));
    }

    @Test
    void aFairDie() {
        // E[X] = 21/6 = 3.5, Var(X) = 35/12, the textbook values.
        DiscreteDistribution fair = new DiscreteDistribution(FACES, new double[] {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0});
        assertThat(fair.mean()).isCloseTo(3.5, within(1e-15));
        assertThat(fair.variance()).isCloseTo(35 / 12.0, within(1e-15));
    }

    @Test
    void everyInvalidTableIsNamed() {
        assertThat(problem(new double[0], new double[0])).contains("a distribution needs at least one value");
        assertThat(problem(FACES, new double[] {0.5, 0.5}))
                .contains("values and probabilities differ in length: 6 values, 2 probabilities");
        assertThat(problem(new double[] {1, Double.NaN}, new double[] {0.5, 0.5})).contains("value 2 is not a finite number");
        assertThat(problem(new double[] {1, 2}, new double[] {0.5, Double.POSITIVE_INFINITY}))
                .contains("probability 2 is not a finite number");
        assertThat(problem(new double[] {1, 2, 3}, new double[] {0.6, -0.1, 0.5}))
                .contains("probability 2 is -0.1, below 0: every probability must be >= 0");
        assertThat(problem(FACES, new double[] {0.1, 0.1, 0.3, 0.2, 0.2, 0.2}))
                .contains("the probabilities sum to 1.1, not 1");
        assertThatThrownBy(() -> new DiscreteDistribution(FACES, new double[] {0.1, 0.1, 0.3, 0.2, 0.2, 0.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the probabilities sum to 1.1, not 1");
        assertThatThrownBy(() -> DiscreteDistribution.normalise(new double[] {0, 0}))
                .hasMessage("every probability is 0, so they cannot be scaled to sum to 1");
        assertThatThrownBy(() -> DiscreteDistribution.normalise(new double[] {1, -1}))
                .hasMessageContaining("below 0");
    }

    private static Optional<String> problem(double[] values, double[] probabilities) {
        return DiscreteDistribution.check(values, probabilities).map(DistributionProblem::message);
    }

    @Test
    void thirdsTypedAsDecimalsStillSumToOne() {
        assertThat(DiscreteDistribution.check(new double[] {0, 1, 2}, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0})).isEmpty();
    }

    @Test
    void normaliseKeepsTheProportions() {
        // (1, 1, 3, 2, 2, 1) / 10 is the article's die.
        assertThat(DiscreteDistribution.normalise(new double[] {1, 1, 3, 2, 2, 1}))
                .containsExactly(0.1, 0.1, 0.3, 0.2, 0.2, 0.1);
        double[] already = {0.1, 0.1, 0.3, 0.2, 0.2, 0.1};
        assertThat(DiscreteDistribution.normalise(already)).containsExactly(already);
    }

    @Property
    void normalisedTablesAreDistributions(@ForAll @Size(min = 1, max = 12) double[] weights) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.abs(weights[i]) % 100 + 0.5;
        }
        double[] p = DiscreteDistribution.normalise(w);
        double[] values = new double[p.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        assertThat(DiscreteDistribution.check(values, p)).isEmpty();
        for (int i = 1; i < p.length; i++) {
            assertThat(p[i] / p[0]).isCloseTo(w[i] / w[0], within(1e-12 * w[i] / w[0]));
        }
    }

    @Property
    void varianceIsMeanOfSquaresMinusSquareOfMean(@ForAll @DoubleRange(min = 0.01, max = 0.98) double p) {
        // E[X²] − E[X]² = Var(X), the article's shortcut, for a two-point variable on {−1, 3}.
        DiscreteDistribution d = new DiscreteDistribution(new double[] {-1, 3}, new double[] {p, 1 - p});
        double meanOfSquares = p * 1 + (1 - p) * 9;
        assertThat(d.variance()).isCloseTo(meanOfSquares - d.mean() * d.mean(), within(1e-12));
    }

    @Test
    void seededRollsRepeatAndFollowTheDistribution() {
        DiscreteDistribution die = DiscreteDistribution.articleDie();
        assertThat(die.sampleIndexes(1, 1000)).containsExactly(die.sampleIndexes(1, 1000));
        assertThat(die.sampleIndexes(1, 1000)).isNotEqualTo(die.sampleIndexes(2, 1000));
        int n = 100_000;
        long[] counts = die.counts(die.sampleIndexes(5, n), n);
        for (int k = 0; k < 6; k++) {
            double p = die.probability(k);
            // Five binomial standard deviations √(p(1−p)/n).
            assertThat(counts[k] / (double) n).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / n)));
        }
        double[] running = Histogram.runningMean(die.valuesOf(die.sampleIndexes(5, n)));
        // The law of large numbers: the running mean ends near E[X] = 3.6 (five standard errors √(2.04/n)).
        assertThat(running[n - 1]).isCloseTo(3.6, within(5 * Math.sqrt(2.04 / n)));
    }

    @Test
    void outcomesOfProbabilityZeroNeverComeUp() {
        DiscreteDistribution d = new DiscreteDistribution(new double[] {1, 2, 3}, new double[] {0, 1, 0});
        assertThat(d.sampleIndexes(3, 1000)).containsOnly(1);
    }
}
