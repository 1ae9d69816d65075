package org.kobai.lesson;

import java.util.Locale;

/**
 * One quantity of a lesson moving from one value to another over a number of frames: h shrinking towards
 * 0, a sample growing, a descent run revealed step by step. The quantity is a parameter's id or one the
 * lesson animates itself (see {@link LessonModel#animatedQuantities()}).
 *
 * <p>Frame i of K shows {@code from + (to − from)·i/(K − 1)} with {@link Spacing#LINEAR} spacing and
 * {@code from·(to/from)^(i/(K − 1))} with {@link Spacing#GEOMETRIC} spacing (equal ratios per frame: as
 * many frames on 1 → 0.1 as on 0.1 → 0.01). The first frame shows {@code from}, the last {@code to}.
 *
 * @param quantity what moves: a parameter id or a lesson's own animated quantity
 * @param from     the value of the first frame (finite)
 * @param to       the value of the last frame (finite)
 * @param frames   how many frames, from {@link #MIN_FRAMES} to {@link #MAX_FRAMES}
 * @param spacing  how the values between are spread
 */
public record Animation(String quantity, double from, double to, int frames, Spacing spacing) {
    public static final int MIN_FRAMES = 2;
    public static final int MAX_FRAMES = 500;
    /** Frames when a lesson names none: about three seconds at the usual frame delay. */
    public static final int DEFAULT_FRAMES = 30;

    /** How the values between the first and the last frame are spread. */
    public enum Spacing {
        /** Equal differences between frames. */
        LINEAR,
        /** Equal ratios between frames; needs from and to both positive. */
        GEOMETRIC;

        /** LINEAR or GEOMETRIC from the words "linear" and "geometric" (any case). */
        public static Spacing of(String word) {
            for (Spacing s : values()) {
                if (s.name().equalsIgnoreCase(word.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("spacing must be linear or geometric, got '" + word + "'");
        }
    }

    public Animation {
        if (quantity == null || quantity.isBlank()) {
            throw new IllegalArgumentException("Requires a quantity to animate.");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("Requires finite from and to for '" + quantity + "'.");
        }
        if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "frames must be from %d to %d, got %d", MIN_FRAMES, MAX_FRAMES, frames));
        }
        if (spacing == Spacing.GEOMETRIC && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException("geometric spacing needs from and to both above 0, got "
                    + Parameter.format(from) + " and " + Parameter.format(to));
        }
    }

    /**
     * {@code quantity} from {@code from} to {@code to} over {@link #DEFAULT_FRAMES} frames, spaced as the
     * lessons' Play buttons move a slider: geometrically between two positive values, linearly otherwise.
     */
    public static Animation of(String quantity, double from, double to) {
        return new Animation(quantity, from, to, DEFAULT_FRAMES,
                from > 0 && to > 0 ? Spacing.GEOMETRIC : Spacing.LINEAR);
    }

    public Animation withFrames(int count) {
        return new Animation(quantity, from, to, count, spacing);
    }

    public Animation withSpacing(Spacing s) {
        return new Animation(quantity, from, to, frames, s);
    }

    public Animation between(double newFrom, double newTo) {
        return new Animation(quantity, newFrom, newTo, frames, spacing);
    }

    /** The value frame {@code index} (0 … frames − 1) shows. */
    public double valueAt(int index) {
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frames);
        }
        if (index == frames - 1) {
            return to; // exactly, not to within rounding
        }
        double t = (double) index / (frames - 1);
        return spacing == Spacing.GEOMETRIC
                ? from * Math.pow(to / from, t) // from·(to/from)^t
                : from + (to - from) * t;
    }
}
