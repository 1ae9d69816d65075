package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NiceStepsTest {
    @Test
    void roundsUpToOneTwoOrFive() {
        assertThat(NiceSteps.atLeast(0.3)).isEqualTo(0.5);
        assertThat(NiceSteps.atLeast(1)).isEqualTo(1.0);
        assertThat(NiceSteps.atLeast(1.01)).isEqualTo(2.0);
        assertThat(NiceSteps.atLeast(4.2)).isEqualTo(5.0);
        assertThat(NiceSteps.atLeast(7)).isEqualTo(10.0);
        assertThat(NiceSteps.atLeast(0.013)).isEqualTo(0.02);
        assertThat(NiceSteps.atLeast(1800)).isEqualTo(2000.0);
        assertThat(NiceSteps.next(0.2)).isEqualTo(0.5);
        assertThat(NiceSteps.next(5)).isEqualTo(10.0);
    }

    @Test
    void multiplesPrintRound() {
        assertThat(NiceSteps.strictlyBetween(0, 1, 0.1))
                .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
        assertThat(NiceSteps.strictlyBetween(-1, 1, 0.5)).containsExactly(-0.5, 0.0, 0.5);
        assertThat(NiceSteps.strictlyBetween(0.05, 0.06, 0.1)).isEmpty();
    }

    @Test
    void levelsForAHandWorkedRange() {
        // 0..10 with at most 5 levels: step 10/6 rounds up to 2, giving 2, 4, 6, 8
        assertThat(NiceSteps.levels(0, 10, 5)).containsExactly(2.0, 4.0, 6.0, 8.0);
        // 0..18 (x² + y² on [-3, 3]²) with at most 8 levels: step 2
        assertThat(NiceSteps.levels(0, 18, 8)).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
        assertThat(NiceSteps.levels(3, 3, 5)).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> NiceSteps.atLeast(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceSteps.atLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceSteps.levels(1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceSteps.levels(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void stepIsNiceAndNotTooLarge(@ForAll @DoubleRange(min = 1, max = 10) double mantissa,
                                  @ForAll @IntRange(min = -9, max = 9) int exponent) {
        double raw = mantissa * Math.pow(10, exponent);
        double step = NiceSteps.atLeast(raw);
        assertThat(step).isGreaterThanOrEqualTo(raw * (1 - 1e-12)).isLessThanOrEqualTo(raw * 2.5 * (1 + 1e-12));
        double stepMantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        assertThat(Math.round(stepMantissa)).isIn(1L, 2L, 5L);
    }

    @Property
    void levelsAreFewInsideAndEquallySpaced(@ForAll @DoubleRange(min = -1e6, max = 1e6) double lo,
                                            @ForAll @DoubleRange(min = 0.01, max = 1e6) double width,
                                            @ForAll @IntRange(min = 1, max = 20) int count) {
        double hi = lo + width;
        double[] levels = NiceSteps.levels(lo, hi, count);
        assertThat(levels.length).isLessThanOrEqualTo(count);
        if (count >= 3) {
            // the step is at most 2.5·width/(count+1), so at least one multiple fits strictly inside
            assertThat(levels).isNotEmpty();
        }
        for (int k = 0; k < levels.length; k++) {
            assertThat(levels[k]).isGreaterThan(lo).isLessThan(hi);
            if (k > 1) {
                assertThat(levels[k] - levels[k - 1]).isCloseTo(levels[1] - levels[0],
                        org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(levels[k]))));
            }
        }
    }
}
