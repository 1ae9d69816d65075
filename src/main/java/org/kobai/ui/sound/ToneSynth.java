package org.kobai.ui.sound;

/**
 * Turns a {@link Tone} into 16-bit mono samples: a sine for the plain timbre, a sine with its odd overtones
 * (3f at 1/3, 5f at 1/5: the start of a square wave) past a turning point, and before either a click of
 * {@value #CLICK_SECONDS} s (a decaying burst at {@value #CLICK_HZ} Hz). Short fades at both ends keep
 * the speaker from popping.
 */
public final class ToneSynth {
    public static final float SAMPLE_RATE = 22_050;
    public static final double CLICK_SECONDS = 0.006;
    public static final double CLICK_HZ = 3_000;
    /** Peak amplitude as a share of the 16-bit range: loud enough, never clipping. */
    static final double LEVEL = 0.4;
    private static final double FADE_SECONDS = 0.005;

    private ToneSynth() {}

    /** The samples of {@code tone} lasting {@code seconds} (clicks included), at {@link #SAMPLE_RATE}. */
    public static short[] samples(Tone tone, double seconds) {
        if (!(seconds > 0 && seconds <= 5)) {
            throw new IllegalArgumentException("Requires 0 < seconds <= 5.");
        }
        int n = (int) Math.round(seconds * SAMPLE_RATE);
        int clickEnd = tone.click() ? Math.min(n, (int) Math.round(CLICK_SECONDS * SAMPLE_RATE)) : 0;
        int fade = Math.max(1, (int) Math.round(FADE_SECONDS * SAMPLE_RATE));
        short[] out = new short[n];
        double w = 2 * Math.PI * tone.frequency() / SAMPLE_RATE;
        for (int i = 0; i < n; i++) {
            double v;
            if (i < clickEnd) {
                double t = (double) i / clickEnd;
                v = Math.sin(2 * Math.PI * CLICK_HZ * i / SAMPLE_RATE) * (1 - t); // a tick that dies away
            } else {
                int k = i - clickEnd;
                double phase = w * k;
                v = tone.timbre() == Tone.Timbre.PLAIN ? Math.sin(phase)
                        : (Math.sin(phase) + Math.sin(3 * phase) / 3 + Math.sin(5 * phase) / 5) / 1.2;
                int length = n - clickEnd;
                double envelope = Math.min(1, Math.min((double) (k + 1) / fade, (double) (length - k) / fade));
                v *= envelope;
            }
            out[i] = (short) Math.round(v * LEVEL * Short.MAX_VALUE);
        }
        return out;
    }

    /** The samples as little-endian bytes, as {@code javax.sound.sampled} plays them. */
    public static byte[] bytes(short[] samples) {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            b[2 * i] = (byte) samples[i];
            b[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return b;
    }
}
