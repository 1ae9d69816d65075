package org.kobai.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class AudioTraceTest {
    static final double HZ_TOLERANCE = 1e-9;

    @Test
    void pitchRunsTwoOctavesOverThePlottedRange() {
        AudioTrace trace = new AudioTrace(-2, 6);
        assertThat(trace.frequency(-2)).isCloseTo(220, offset(HZ_TOLERANCE));
        // the middle of the range is one octave up: 220 · 4^(1/2)
        assertThat(trace.frequency(2)).isCloseTo(440, offset(HZ_TOLERANCE));
        assertThat(trace.frequency(6)).isCloseTo(880, offset(HZ_TOLERANCE));
        // a quarter of the way: 220 · 4^(1/4) = 220 √2
        assertThat(trace.frequency(0)).isCloseTo(220 * Math.sqrt(2), offset(HZ_TOLERANCE));
    }

    @Test
    void pitchStaysInRangeOutsideTheWindowAndIsSilentForGaps() {
        AudioTrace trace = new AudioTrace(0, 1);
        assertThat(trace.frequency(-50)).isEqualTo(AudioTrace.LOW_HZ);
        assertThat(trace.frequency(1e300)).isEqualTo(AudioTrace.HIGH_HZ);
        assertThat(trace.frequency(Double.NaN)).isNull();
        assertThat(trace.frequency(Double.POSITIVE_INFINITY)).isNull();
        assertThatThrownBy(() -> new AudioTrace(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AudioTrace(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void equalStepsInYAreEqualIntervals(@ForAll @DoubleRange(min = 0, max = 0.5) double y) {
        AudioTrace trace = new AudioTrace(0, 1);
        double ratio = trace.frequency(y + 0.5) / trace.frequency(y);
        // half the range is one octave
        assertThat(ratio).isCloseTo(2, offset(1e-12));
    }

    @Test
    void zeroCrossingsInEitherDirection() {
        double[] y = {-2, -1, 0.5, 1, 0, -1, Double.NaN, 3};
        assertThat(AudioTrace.crossesZero(y, 0, 1)).isFalse();
        assertThat(AudioTrace.crossesZero(y, 1, 2)).isTrue();
        assertThat(AudioTrace.crossesZero(y, 2, 1)).isTrue();
        assertThat(AudioTrace.crossesZero(y, 0, 3)).isTrue();
        assertThat(AudioTrace.crossesZero(y, 2, 3)).isFalse();
        // arriving on zero is the crossing; leaving it on the other side is not a second one
        assertThat(AudioTrace.crossesZero(y, 3, 4)).isTrue();
        assertThat(AudioTrace.crossesZero(y, 4, 5)).isFalse();
        // across a gap from −1 to 3
        assertThat(AudioTrace.crossesZero(y, 5, 7)).isTrue();
        assertThat(AudioTrace.crossesZero(y, 3, 3)).isFalse();
    }

    @Test
    void extremaOfAParabolaAndACubic() {
        // x² on −3..3: the minimum is sample 3
        double[] parabola = {9, 4, 1, 0, 1, 4, 9};
        assertThat(AudioTrace.isExtremum(parabola, 3)).isTrue();
        for (int k : new int[] {0, 1, 2, 4, 5, 6}) {
            assertThat(AudioTrace.isExtremum(parabola, k)).as("sample %d", k).isFalse();
        }
        assertThat(AudioTrace.passesExtremum(parabola, 1, 2)).isFalse();
        assertThat(AudioTrace.passesExtremum(parabola, 2, 3)).as("reaching it").isTrue();
        assertThat(AudioTrace.passesExtremum(parabola, 3, 4)).as("leaving it").isFalse();
        assertThat(AudioTrace.passesExtremum(parabola, 0, 6)).isTrue();
        assertThat(AudioTrace.passesExtremum(parabola, 5, 2)).isTrue();
        // x³ − 3x at x = −2..2 step 1: max at −1 (2), min at 1 (−2)
        double[] cubic = {-2, 2, 0, -2, 2};
        assertThat(AudioTrace.isExtremum(cubic, 1)).isTrue();
        assertThat(AudioTrace.isExtremum(cubic, 3)).isTrue();
        assertThat(AudioTrace.isExtremum(cubic, 2)).isFalse();
        // x³ has a flat point, not an extremum
        assertThat(AudioTrace.isExtremum(new double[] {-8, -1, 0, 1, 8}, 2)).isFalse();
    }

    @Test
    void flatTopsCountAndGapsDoNot() {
        double[] plateau = {0, 1, 1, 1, 0};
        assertThat(AudioTrace.isExtremum(plateau, 2)).isTrue();
        double[] step = {0, 1, 1, 1, 2};
        assertThat(AudioTrace.isExtremum(step, 2)).isFalse();
        double[] gap = {0, 1, Double.NaN, 1, 0};
        assertThat(AudioTrace.isExtremum(gap, 1)).isFalse();
        assertThat(AudioTrace.isExtremum(gap, 2)).isFalse();
    }

    @Test
    void aStepsToneCombinesPitchClickAndTimbre() {
        AudioTrace trace = new AudioTrace(-1, 9);
        double[] y = {4, 1, -1, 0.5, 4};
        Tone down = trace.step(y, 0, 1);
        assertThat(down.frequency()).isCloseTo(trace.frequency(1), offset(HZ_TOLERANCE));
        assertThat(down.click()).isFalse();
        assertThat(down.timbre()).isEqualTo(Tone.Timbre.PLAIN);
        Tone bottom = trace.step(y, 1, 2);
        assertThat(bottom.click()).isTrue();
        assertThat(bottom.timbre()).isEqualTo(Tone.Timbre.PAST_EXTREMUM);
        Tone up = trace.step(y, 2, 3);
        assertThat(up.click()).isTrue();
        assertThat(up.timbre()).isEqualTo(Tone.Timbre.PLAIN);
        assertThat(trace.step(new double[] {1, Double.NaN}, 0, 1)).isNull();
    }
}
