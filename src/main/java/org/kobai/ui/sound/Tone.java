package org.kobai.ui.sound;

/**
 * One short tone of the audio trace: its pitch, its timbre, and whether a click comes first (the curve
 * crossed y = 0 on the way here).
 *
 * @param frequency in hertz, positive and finite
 */
public record Tone(double frequency, Timbre timbre, boolean click) {
    /** Plain for an ordinary step; rich (odd overtones, like a clarinet) when the step passed a turning point. */
    public enum Timbre { PLAIN, PAST_EXTREMUM }

    public Tone {
        if (!(frequency > 0 && Double.isFinite(frequency))) {
            throw new IllegalArgumentException("Requires a positive, finite frequency.");
        }
        if (timbre == null) {
            throw new IllegalArgumentException("Requires a timbre.");
        }
    }
}
