package org.kobai.math.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Arithmetic sequences: article 000's worked examples exactly, and the closed form against running sums. */
class ArithmeticSequenceTest {
    /** Relative tolerance for sums of up to 200 rounded terms. */
    private static final double RELATIVE = 1e-12;

    @Test
    void article000FirstTermsOneSixEleven() {
        // Article 000: 1, 6, 11, 16, 21, 26, … is aₙ = 1 + 5(n − 1)
        ArithmeticSequence s = new ArithmeticSequence(1, 5);
        assertThat(s.terms(6)).containsExactly(1, 6, 11, 16, 21, 26);
        assertThat(s.term(100)).isEqualTo(496.0);
    }

    @Test
    void gaussOneToTenIsFiftyFive() {
        // Article 000: 1 + 2 + … + 10 = 55; written backwards every column adds up to 11, 11 × 10 = 110 = 2 · 55
        ArithmeticSequence s = new ArithmeticSequence(1, 1);
        assertThat(s.sum(10)).isEqualTo(55.0);
        assertThat(s.runningSums(10)[9]).isEqualTo(55.0);
        assertThat(s.pairSum(10)).isEqualTo(11.0);
        assertThat(s.reversedTerms(10)).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        double[] forward = s.terms(10);
        double[] backward = s.reversedTerms(10);
        for (int i = 0; i < 10; i++) {
            assertThat(forward[i] + backward[i]).isEqualTo(11.0);
        }
        assertThat(s.runningSums(10)).containsExactly(1, 3, 6, 10, 15, 21, 28, 36, 45, 55);
    }

    @Test
    void closedFormSumsByHand() {
        // Sₙ = n/2 (2a + (n − 1)d): a = 1, d = 5, n = 6 gives 3 · 27 = 81 = 1 + 6 + 11 + 16 + 21 + 26
        assertThat(new ArithmeticSequence(1, 5).sum(6)).isEqualTo(81.0);
        // a = 3, d = −2, n = 5: 3 + 1 − 1 − 3 − 5 = −5 = 5/2 (6 − 8)
        assertThat(new ArithmeticSequence(3, -2).sum(5)).isEqualTo(-5.0);
        assertThat(new ArithmeticSequence(3, -2).sum(0)).isEqualTo(0.0);
    }

    @Property
    void closedFormEqualsTheRunningSum(@ForAll @DoubleRange(min = -100, max = 100) double a,
                                       @ForAll @DoubleRange(min = -100, max = 100) double d,
                                       @ForAll @IntRange(min = 1, max = 200) int n) {
        ArithmeticSequence s = new ArithmeticSequence(a, d);
        double[] running = s.runningSums(n);
        double[] closed = s.closedFormSums(n);
        for (int k = 0; k < n; k++) {
            double scale = Math.max(1, (k + 1) * (Math.abs(a) + (k + 1) * Math.abs(d)));
            assertThat(closed[k]).isCloseTo(running[k], within(RELATIVE * scale));
        }
    }

    @Property
    void eachPairAddsUpToTheSame(@ForAll @DoubleRange(min = -100, max = 100) double a,
                                 @ForAll @DoubleRange(min = -100, max = 100) double d,
                                 @ForAll @IntRange(min = 1, max = 100) int n) {
        ArithmeticSequence s = new ArithmeticSequence(a, d);
        double[] f = s.terms(n);
        double[] b = s.reversedTerms(n);
        for (int k = 0; k < n; k++) {
            assertThat(f[k] + b[k]).isCloseTo(s.pairSum(n), within(RELATIVE * Math.max(1, Math.abs(a) + n * Math.abs(d))));
        }
    }

    @Test
    void badArgumentsAreNamed() {
        ArithmeticSequence s = new ArithmeticSequence(1, 1);
        assertThatThrownBy(() -> s.term(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("Requires n >= 1, got 0.");
        assertThatThrownBy(() -> s.sum(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("Requires n >= 0, got -1.");
        assertThatThrownBy(() -> new ArithmeticSequence(Double.NaN, 1)).hasMessageContaining("'a'");
        assertThatThrownBy(() -> new ArithmeticSequence(1, Double.POSITIVE_INFINITY)).hasMessageContaining("'d'");
    }
}
