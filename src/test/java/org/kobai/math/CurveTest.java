package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CurveTest {
    /** Spacing of sampled points may differ from (to − from)/(n − 1) by rounding only. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void samplesEvenlyIncludingBothEnds() {
        Curve c = Curve.sample(x -> x * x, -1, 1, 5);
        // By hand: x = −1, −0.5, 0, 0.5, 1 and y = x² = 1, 0.25, 0, 0.25, 1.
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.x()).containsExactly(-1, -0.5, 0, 0.5, 1);
        assertThat(c.y()).containsExactly(1, 0.25, 0, 0.25, 1);
    }

    @Test
    void endsAreExactAndSpacingIsEvenForAwkwardRanges() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double from = random.nextDouble() * 20 - 10;
            double to = from + 0.001 + random.nextDouble() * 30;
            int n = 2 + random.nextInt(500);
            Curve c = Curve.sample(Math::sin, from, to, n);
            double[] x = c.x();
            double[] y = c.y();
            assertThat(x[0]).isEqualTo(from);
            assertThat(x[n - 1]).isEqualTo(to);
            double h = (to - from) / (n - 1);
            for (int i = 1; i < n; i++) {
                assertThat(x[i] - x[i - 1]).isCloseTo(h, within(TOLERANCE * Math.max(1, Math.abs(to) + Math.abs(from))));
                assertThat(y[i]).isEqualTo(Math.sin(x[i]));
            }
        }
    }

    @Test
    void twoPointsAreTheEnds() {
        Curve c = Curve.sample(x -> 2 * x + 1, -5, 5, 2);
        // The line y = 2x + 1 at x = −5 and 5: −9 and 11, by hand.
        assertThat(c.x()).containsExactly(-5, 5);
        assertThat(c.y()).containsExactly(-9, 11);
    }

    @Test
    void rejectsTooFewPointsAndEmptyRanges() {
        assertThatThrownBy(() -> Curve.sample(x -> x, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n >= 2");
        assertThatThrownBy(() -> Curve.sample(x -> x, 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from < to");
        assertThatThrownBy(() -> Curve.sample(x -> x, 2, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curve.sample(x -> x, Double.NaN, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMismatchedArrays() {
        assertThatThrownBy(() -> new Curve(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many x as y");
    }

    @Test
    void isImmutable() {
        double[] xs = {1, 2};
        double[] ys = {3, 4};
        Curve c = new Curve(xs, ys);
        xs[0] = 99;
        c.y()[1] = 99;
        assertThat(c.x()).containsExactly(1, 2);
        assertThat(c.y()).containsExactly(3, 4);
    }
}
