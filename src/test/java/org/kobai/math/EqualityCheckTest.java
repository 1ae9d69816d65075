package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two sides agree up to a relative 10⁻¹² of the larger side, and absolutely 10⁻¹² near zero. */
class EqualityCheckTest {
    private static final double TOLERANCE = EqualityCheck.RELATIVE_TOLERANCE;

    @Test
    void toleranceIsDocumentedValue() {
        // The class Javadoc promises a relative tolerance of 1e-12.
        assertThat(TOLERANCE).isEqualTo(1e-12);
    }

    @Test
    void roundingNoiseCountsAsEqual() {
        // 0.1 + 0.2 = 0.30000000000000004 in binary floating point: off by one ulp of 0.3 (IEEE 754).
        assertThat(new EqualityCheck(0.1 + 0.2, 0.3).holds()).isTrue();
    }

    @Test
    void realDifferencesDoNotCountAsEqual() {
        EqualityCheck check = new EqualityCheck(4, 5); // article 001: f(1 + 2) = 4 against f(1) + f(2) = 5
        assertThat(check.holds()).isFalse();
        assertThat(check.gap()).isEqualTo(-1.0);
    }

    @Test
    void toleranceIsAbsoluteNearZero() {
        assertThat(new EqualityCheck(0, TOLERANCE / 2).holds()).isTrue();
        assertThat(new EqualityCheck(0, TOLERANCE * 10).holds()).isFalse();
        assertThat(new EqualityCheck(-TOLERANCE / 2, TOLERANCE / 4).holds()).isTrue();
    }

    @Test
    void toleranceIsRelativeForLargeValues() {
        double big = 1e20;
        assertThat(new EqualityCheck(big, big * (1 + TOLERANCE / 10)).holds()).isTrue();
        assertThat(new EqualityCheck(big, big * (1 + TOLERANCE * 10)).holds()).isFalse();
        // A gap of 10⁷ is rounding noise next to 10²⁰ (less than 10⁻¹² · 10²⁰ = 10⁸); 10⁻¹⁰ is real next to 1.
        assertThat(new EqualityCheck(big, big + 1e7).holds()).isTrue();
        assertThat(new EqualityCheck(1, 1 + 1e-10).holds()).isFalse();
    }

    @Test
    void checkIsSymmetric() {
        assertThat(new EqualityCheck(3, 3 + 1e-13).holds()).isEqualTo(new EqualityCheck(3 + 1e-13, 3).holds());
        assertThat(new EqualityCheck(2, 7).gap()).isEqualTo(-new EqualityCheck(7, 2).gap());
    }

    @Test
    void notANumberNeverEqualsAnything() {
        assertThat(new EqualityCheck(Double.NaN, Double.NaN).holds()).isFalse();
        assertThat(new EqualityCheck(Double.NaN, 1).holds()).isFalse();
    }
}
