package org.kobai.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToneSynthTest {
    /** Counting sign changes over 0.5 s measures the pitch to within a crossing: ±2 Hz. */
    static final double HZ_TOLERANCE = 2;

    @ParameterizedTest
    @ValueSource(doubles = {220, 440, 880})
    void aPlainToneHasItsPitch(double hz) {
        short[] s = ToneSynth.samples(new Tone(hz, Tone.Timbre.PLAIN, false), 0.5);
        assertThat(s).hasSize((int) (0.5 * ToneSynth.SAMPLE_RATE));
        // a sine crosses zero twice per period
        assertThat(signChanges(s) / 2.0 / 0.5).isCloseTo(hz, offset(HZ_TOLERANCE));
    }

    @Test
    void theRichTimbreHasOvertonesThePlainOneLacks() {
        double hz = 440;
        short[] plain = ToneSynth.samples(new Tone(hz, Tone.Timbre.PLAIN, false), 0.5);
        short[] rich = ToneSynth.samples(new Tone(hz, Tone.Timbre.PAST_EXTREMUM, false), 0.5);
        // Goertzel power at the third harmonic relative to the fundamental: 1/9 for the rich tone (amplitude
        // 1/3), next to nothing for the sine.
        assertThat(power(plain, 3 * hz) / power(plain, hz)).isLessThan(1e-4);
        assertThat(power(rich, 3 * hz) / power(rich, hz)).isCloseTo(1.0 / 9, offset(0.01));
        assertThat(power(rich, 5 * hz) / power(rich, hz)).isCloseTo(1.0 / 25, offset(0.01));
        // the rich tone keeps the same pitch
        assertThat(power(rich, hz)).isGreaterThan(power(rich, 2 * hz) * 100);
    }

    @Test
    void aClickComesFirstAndTheToneStaysTheSameLength() {
        Tone quiet = new Tone(300, Tone.Timbre.PLAIN, false);
        Tone click = new Tone(300, Tone.Timbre.PLAIN, true);
        short[] a = ToneSynth.samples(quiet, 0.1);
        short[] b = ToneSynth.samples(click, 0.1);
        assertThat(b).hasSameSizeAs(a);
        int clickSamples = (int) Math.round(ToneSynth.CLICK_SECONDS * ToneSynth.SAMPLE_RATE);
        // the click is a burst at CLICK_HZ in the first few milliseconds, which the plain start lacks
        short[] headA = java.util.Arrays.copyOf(a, clickSamples), headB = java.util.Arrays.copyOf(b, clickSamples);
        assertThat(power(headB, ToneSynth.CLICK_HZ)).isGreaterThan(20 * power(headA, ToneSynth.CLICK_HZ));
        // after it, the tone itself
        assertThat(energy(b, clickSamples, b.length)).isGreaterThan(0.5 * energy(a, clickSamples, a.length));
    }

    @Test
    void neverClipsAndFadesAtBothEnds() {
        for (Tone.Timbre timbre : Tone.Timbre.values()) {
            short[] s = ToneSynth.samples(new Tone(880, timbre, true), 0.2);
            int peak = 0;
            for (short v : s) {
                peak = Math.max(peak, Math.abs(v));
            }
            assertThat(peak).isLessThanOrEqualTo((int) Math.ceil(ToneSynth.LEVEL * Short.MAX_VALUE) + 1);
            assertThat(Math.abs(s[s.length - 1])).isLessThan(Short.MAX_VALUE / 100);
        }
        assertThatThrownBy(() -> ToneSynth.samples(new Tone(440, Tone.Timbre.PLAIN, false), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tone(Double.NaN, Tone.Timbre.PLAIN, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesAreLittleEndian() {
        byte[] b = ToneSynth.bytes(new short[] {0x1234, -2});
        assertThat(b).containsExactly(0x34, 0x12, (byte) 0xFE, (byte) 0xFF);
    }

    private static int signChanges(short[] s) {
        int n = 0;
        for (int i = 1; i < s.length; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                n++;
            }
        }
        return n;
    }

    private static double energy(short[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return e;
    }

    /** Goertzel's algorithm: the power of one frequency in the samples. */
    private static double power(short[] s, double hz) {
        double w = 2 * Math.PI * hz / ToneSynth.SAMPLE_RATE;
        double c = 2 * Math.cos(w), s1 = 0, s2 = 0;
        for (short v : s) {
            double s0 = v + c * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - c * s1 * s2;
    }
}
