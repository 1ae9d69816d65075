package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * y = a·x + b keeps sums and scalings exactly when b = 0 (article 001, with the erratum that the two laws
 * are additivity and homogeneity).
 *
 * <p>The properties draw inputs from classroom-sized ranges: {@link EqualityCheck} compares the two sides
 * relative to their own size, so for huge terms that cancel (a·u ≈ −a·v ≈ 10⁶) rounding in the terms can
 * exceed the tolerance even though the law holds. With |a·u| ≤ 500 the rounding error of a·u + a·v is a few
 * ulps of 512, about 3·10⁻¹³, well inside 10⁻¹².
 */
class AffineFunctionTest {
    /** Slack for comparing computed gaps with their exact values; the inputs are at most about 10³. */
    private static final double TOLERANCE = 1e-9;

    // ---- article 001's worked example: f(x) = x + 1 is a straight line but not linear -------------

    @Test
    void articleCounterexampleBreaksAdditivity() {
        AffineFunction f = new AffineFunction(1, 1);
        EqualityCheck check = f.additivity(1, 2);
        // Article 001: f(1 + 2) = f(3) = 4, but f(1) + f(2) = 2 + 3 = 5.
        assertThat(check.left()).isEqualTo(4.0);
        assertThat(check.right()).isEqualTo(5.0);
        assertThat(check.holds()).isFalse();
        assertThat(f.isLinear()).isFalse();
    }

    @Test
    void articleCounterexampleBreaksHomogeneity() {
        EqualityCheck check = new AffineFunction(1, 1).homogeneity(2, 1);
        // Lesson text, step 5 (worked by hand): f(2·1) = 3 but 2·f(1) = 2·2 = 4.
        assertThat(check.left()).isEqualTo(3.0);
        assertThat(check.right()).isEqualTo(4.0);
        assertThat(check.holds()).isFalse();
    }

    @Test
    void proportionalFunctionHasNoIntercept() {
        AffineFunction f = AffineFunction.proportional(2);
        assertThat(f.intercept()).isZero();
        assertThat(f.isLinear()).isTrue();
        // Lesson step 2: with f(x) = 2x, one step right is two steps up.
        assertThat(f.rise(1)).isEqualTo(2.0);
        assertThat(f.valueAt(1.5)).isEqualTo(3.0); // 2 · 1.5 = 3, by hand
    }

    @Test
    void valueIsSlopeTimesInputPlusIntercept() {
        AffineFunction f = new AffineFunction(-0.5, 3);
        // By hand: −0.5 · 4 + 3 = 1 and −0.5 · (−2) + 3 = 4.
        assertThat(f.valueAt(4)).isEqualTo(1.0);
        assertThat(f.applyAsDouble(-2)).isEqualTo(4.0);
    }

    @Test
    void rejectsNonFiniteCoefficients() {
        assertThatThrownBy(() -> new AffineFunction(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> new AffineFunction(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties ----------------------------------------------------------------------------------

    @Property(seed = "20240501")
    void additivityHoldsWithoutIntercept(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                         @ForAll @DoubleRange(min = -50, max = 50) double u,
                                         @ForAll @DoubleRange(min = -50, max = 50) double v) {
        assertThat(AffineFunction.proportional(a).additivity(u, v).holds())
                .as("a(u + v) = au + av for a=%s u=%s v=%s", a, u, v).isTrue();
    }

    @Property(seed = "20240502")
    void homogeneityHoldsWithoutIntercept(@ForAll @DoubleRange(min = -1e3, max = 1e3) double a,
                                          @ForAll @DoubleRange(min = -1e3, max = 1e3) double c,
                                          @ForAll @DoubleRange(min = -1e3, max = 1e3) double u) {
        // No cancellation here: a(cu) and c(au) differ by a couple of rounding steps relative to their size.
        assertThat(AffineFunction.proportional(a).homogeneity(c, u).holds())
                .as("a(cu) = c(au) for a=%s c=%s u=%s", a, c, u).isTrue();
    }

    @Property(seed = "20240503")
    void additivityFailsByExactlyTheIntercept(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                              @ForAll @DoubleRange(min = 0.01, max = 5) double size,
                                              @ForAll boolean negative,
                                              @ForAll @DoubleRange(min = -50, max = 50) double u,
                                              @ForAll @DoubleRange(min = -50, max = 50) double v) {
        double b = negative ? -size : size;
        EqualityCheck check = new AffineFunction(a, b).additivity(u, v);
        // f(u+v) − (f(u) + f(v)) = a(u+v) + b − (au + b + av + b) = −b
        assertThat(check.gap()).isCloseTo(-b, within(TOLERANCE));
        assertThat(check.holds()).isFalse();
    }

    @Property(seed = "20240504")
    void homogeneityFailsUnlessTheScaleIsOne(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                             @ForAll @DoubleRange(min = 0.01, max = 5) double b,
                                             @ForAll @DoubleRange(min = 1.01, max = 10) double c,
                                             @ForAll @DoubleRange(min = -50, max = 50) double u) {
        EqualityCheck check = new AffineFunction(a, b).homogeneity(c, u);
        // f(cu) − c·f(u) = acu + b − c(au + b) = b(1 − c), not zero when b ≠ 0 and c ≠ 1
        assertThat(check.gap()).isCloseTo(b * (1 - c), within(TOLERANCE));
        assertThat(check.holds()).isFalse();
    }

    @Property(seed = "20240505")
    void riseIsTheSameWhereverTheRunStarts(@ForAll @DoubleRange(min = -10, max = 10) double a,
                                           @ForAll @DoubleRange(min = -10, max = 10) double b,
                                           @ForAll @DoubleRange(min = -50, max = 50) double x,
                                           @ForAll @DoubleRange(min = -5, max = 5) double run) {
        AffineFunction f = new AffineFunction(a, b);
        // Δy = f(x + Δx) − f(x) = aΔx: the closed form against the difference of two values.
        assertThat(f.rise(run)).isCloseTo(f.valueAt(x + run) - f.valueAt(x), within(TOLERANCE));
    }
}
