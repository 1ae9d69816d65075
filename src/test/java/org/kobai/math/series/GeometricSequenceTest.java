package org.kobai.math.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kobai.math.series.GeometricSequence.Behaviour;

/**
 * Geometric sequences and series, in the corrected form of article 000 (errata 6): the finite sum
 * a(1 − rⁿ)/(1 − r) for r ≠ 1 and n·a for r = 1; the infinite sum a/(1 − r) only for |r| &lt; 1.
 */
class GeometricSequenceTest {
    /** Relative tolerance for up to 60 terms with |r| ≤ 2. */
    private static final double RELATIVE = 1e-11;

    @Test
    void halvesAddUpTowardsTwo() {
        // 1 + 1/2 + 1/4 + … : Sₙ = 2(1 − 2⁻ⁿ), all exact in binary; the limit is 1/(1 − 1/2) = 2
        GeometricSequence s = new GeometricSequence(1, 0.5);
        assertThat(s.terms(5)).containsExactly(1, 0.5, 0.25, 0.125, 0.0625);
        assertThat(s.sum(5)).isEqualTo(1.9375);
        assertThat(s.runningSums(5)).containsExactly(1, 1.5, 1.75, 1.875, 1.9375);
        assertThat(s.sum(10)).isEqualTo(2 - 1.0 / 512);
        assertThat(s.behaviour()).isEqualTo(Behaviour.CONVERGES);
        assertThat(s.limit()).hasValue(2.0);
    }

    @Test
    void doublingByHand() {
        // 3 + 6 + 12 + 24 = 45 = 3(1 − 2⁴)/(1 − 2)
        GeometricSequence s = new GeometricSequence(3, 2);
        assertThat(s.sum(4)).isEqualTo(45.0);
        assertThat(s.term(4)).isEqualTo(24.0);
        assertThat(s.behaviour()).isEqualTo(Behaviour.DIVERGES);
        assertThat(s.limit()).isEmpty();
    }

    @Test
    void ratioOneIsNTimesA() {
        // r = 1: every term is a, Sₙ = n·a (the formula a(1 − rⁿ)/(1 − r) would be 0/0)
        GeometricSequence s = new GeometricSequence(2.5, 1);
        assertThat(s.sum(8)).isEqualTo(20.0);
        assertThat(s.runningSums(8)[7]).isEqualTo(20.0);
        assertThat(s.behaviour()).isEqualTo(Behaviour.GROWS_LINEARLY);
        assertThat(s.limit()).isEmpty();
    }

    @Test
    void ratioMinusOneOscillates() {
        // r = −1: a, −a, a, … sums to a, 0, a, 0, …: bounded, but no limit
        GeometricSequence s = new GeometricSequence(3, -1);
        assertThat(s.runningSums(6)).containsExactly(3, 0, 3, 0, 3, 0);
        assertThat(s.closedFormSums(6)).containsExactly(3, 0, 3, 0, 3, 0);
        assertThat(s.behaviour()).isEqualTo(Behaviour.OSCILLATES);
        assertThat(s.limit()).isEmpty();
    }

    @Test
    void negativeRatioConvergesToo() {
        // 1 − 1/2 + 1/4 − … = 1/(1 + 1/2) = 2/3
        GeometricSequence s = new GeometricSequence(1, -0.5);
        assertThat(s.limit().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(new GeometricSequence(1, -1.5).behaviour()).isEqualTo(Behaviour.DIVERGES);
        assertThat(new GeometricSequence(0, 5).limit()).hasValue(0.0);
    }

    @Property
    void closedFormEqualsTheRunningSum(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                       @ForAll @DoubleRange(min = -2, max = 2) double r,
                                       @ForAll @IntRange(min = 1, max = 60) int n) {
        GeometricSequence s = new GeometricSequence(a, r);
        double[] running = s.runningSums(n);
        double[] closed = s.closedFormSums(n);
        for (int k = 0; k < n; k++) {
            // the sum of |terms| bounds the rounding error of both ways of adding
            double scale = Math.max(1, Math.abs(a) * (k + 1) * Math.max(1, Math.pow(Math.abs(r), k)));
            // near r = 1 the closed form divides by a small 1 − r: its error grows like 1/|1 − r|
            double nearOne = Math.max(1, 1e-3 / Math.max(Math.abs(1 - r), 1e-16));
            Assume.that(nearOne < 1e3);
            assertThat(closed[k]).isCloseTo(running[k], within(RELATIVE * scale * nearOne));
        }
    }

    @Property
    void convergentSumsApproachTheLimit(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                        @ForAll @DoubleRange(min = -0.9, max = 0.9) double r) {
        GeometricSequence s = new GeometricSequence(a, r);
        // |S − Sₙ| = |a rⁿ/(1 − r)| ≤ |a| 0.9ⁿ / 0.1, below 1e-9·|a| by n = 240
        assertThat(s.sum(240)).isCloseTo(s.limit().getAsDouble(), within(1e-9 * Math.max(1, Math.abs(a))));
        assertThat(s.converges()).isTrue();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new GeometricSequence(1, Double.NaN)).hasMessageContaining("'r'");
        assertThatThrownBy(() -> new GeometricSequence(1, 2).term(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
