package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kobai.math.probability.ErrorFunctionTest.RELATIVE;
import static org.kobai.math.probability.ErrorFunctionTest.assertRelative;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NormalDistributionTest {
    /** A density integrated numerically by Simpson's rule agrees with F this closely. */
    private static final double SIMPSON = 1e-10;

    @Test
    void theThreeSigmaRuleOfTheArticle() {
        // Article 000: 99.7% of the data lie within μ ± 3σ. mpmath: erf(3/√2) = 0.99730020393673981095,
        // erf(2/√2) = 0.9544997361036415856, erf(1/√2) = 0.68268949213708589717.
        NormalDistribution heights = new NormalDistribution(170, 6);
        double within3 = heights.probabilityBetween(170 - 18, 170 + 18);
        assertRelative(within3, 0.99730020393673981095, RELATIVE);
        assertThat(Math.round(within3 * 1000) / 10.0).isEqualTo(99.7);
        assertRelative(NormalDistribution.withinSigmas(3), 0.99730020393673981095, RELATIVE);
        assertRelative(NormalDistribution.withinSigmas(2), 0.9544997361036415856, RELATIVE);
        assertRelative(NormalDistribution.withinSigmas(1), 0.68268949213708589717, RELATIVE);
    }

    @Test
    void cdfMatchesHighPrecisionValuesIntoTheFarTail() {
        // {z, Φ(z)} from mpmath ncdf at 50 digits (src/test/python/normal_reference.py).
        double[][] reference = {
                {-37, 5.7255712225245768227e-300}, {-30, 4.9067139271481870595e-198},
                {-20, 2.7536241186062336951e-89}, {-10, 7.619853024160526066e-24},
                {-5, 2.8665157187919391167e-7}, {-3, 0.0013498980316300945267},
                {-1, 0.15865525393145705141}, {0, 0.5}, {1, 0.84134474606854294859}, {3, 0.99865010196836990547},
        };
        NormalDistribution n = NormalDistribution.standard();
        for (double[] row : reference) {
            assertRelative(n.cdf(row[0]), row[1], RELATIVE);
            assertRelative(n.survival(-row[0]), row[1], RELATIVE);
        }
    }

    @Test
    void densityIsTheCorrectFormula() {
        // Erratum 1: f(x) = 1/√(2πσ²)·exp(−(x−μ)²/(2σ²)), with the minus sign and σ² under the root.
        // {x, f(x)} for N(2, 0.5²) from mpmath npdf.
        NormalDistribution n = new NormalDistribution(2, 0.5);
        assertRelative(n.density(2), 0.79788456080286535588, RELATIVE);
        assertRelative(n.density(3), 0.1079819330263761039, RELATIVE);
        assertRelative(n.density(-4), 4.2927674713261206901e-32, RELATIVE);
    }

    @Test
    void pdfAndCdfMatchCommonsMathOverAWideRange() {
        double[][] parameters = {{0, 1}, {170, 6}, {-3, 0.2}, {1e3, 50}};
        for (double[] p : parameters) {
            NormalDistribution mine = new NormalDistribution(p[0], p[1]);
            org.apache.commons.math3.distribution.NormalDistribution oracle =
                    new org.apache.commons.math3.distribution.NormalDistribution(null, p[0], p[1]);
            // z from −37 (Φ ≈ 6e-300) to 37, every 0.01.
            for (int i = -3700; i <= 3700; i++) {
                double x = p[0] + i / 100.0 * p[1];
                assertRelative(mine.density(x), oracle.density(x), RELATIVE);
                assertRelative(mine.cdf(x), oracle.cumulativeProbability(x), RELATIVE);
            }
        }
    }

    @Test
    void areaBetweenIsTheIntegralOfTheDensity() {
        NormalDistribution n = new NormalDistribution(1, 2);
        double a = -0.5, b = 4;
        int steps = 2000;
        double h = (b - a) / steps;
        double sum = n.density(a) + n.density(b);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * n.density(a + i * h);
        }
        assertThat(n.probabilityBetween(a, b)).isCloseTo(sum * h / 3, within(SIMPSON));
    }

    @Test
    void upperTailAreasKeepTheirDigits() {
        // P(10 ≤ Z ≤ 11) = Φ(−10) − Φ(−11); Φ(−11) = 1.9106595744986e-28 is negligible at 1e-12.
        NormalDistribution n = NormalDistribution.standard();
        assertRelative(n.probabilityBetween(10, 11), 7.619853024160526066e-24 - 1.9106595744986e-28, 1e-11);
        assertThat(n.probabilityBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isEqualTo(1);
    }

    @Property
    void zScoresStandardise(@ForAll @DoubleRange(min = -50, max = 50) double mean,
                            @ForAll @DoubleRange(min = 0.01, max = 20) double sd,
                            @ForAll @DoubleRange(min = -5, max = 5) double z) {
        NormalDistribution n = new NormalDistribution(mean, sd);
        double x = mean + z * sd;
        assertThat(n.zScore(x)).isCloseTo(z, within(1e-9));
        assertThat(n.cdf(x)).isCloseTo(NormalDistribution.standard().cdf(z), within(1e-12));
        assertThat(n.cdf(x) + n.survival(x)).isCloseTo(1, within(1e-15));
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new NormalDistribution(0, 0)).hasMessage("the standard deviation must be > 0, got 0");
        assertThatThrownBy(() -> new NormalDistribution(0, -1.5))
                .hasMessage("the standard deviation must be > 0, got -1.5");
        assertThatThrownBy(() -> new NormalDistribution(Double.NaN, 1)).hasMessageContaining("mean");
        assertThatThrownBy(() -> NormalDistribution.standard().probabilityBetween(1, 1))
                .hasMessage("the interval needs a < b, got a = 1 and b = 1");
        assertThatThrownBy(() -> NormalDistribution.standard().probabilityBetween(2, -1))
                .hasMessage("the interval needs a < b, got a = 2 and b = -1");
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        NormalDistribution n = new NormalDistribution(3, 2);
        assertThat(n.samples(42, 500)).containsExactly(n.samples(42, 500));
        assertThat(n.samples(42, 500)).isNotEqualTo(n.samples(43, 500));
        double[] many = n.samples(7, 200_000);
        double mean = 0;
        for (double x : many) {
            mean += x / many.length;
        }
        // The standard error of the mean is σ/√n = 0.0045; five of them.
        assertThat(mean).isCloseTo(3, within(5 * 2 / Math.sqrt(many.length)));
    }
}
