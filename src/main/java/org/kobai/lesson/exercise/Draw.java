package org.kobai.lesson.exercise;

import java.util.Random;

/** Small whole numbers for exercises, drawn from a seeded generator so the same seed gives the same numbers. */
public final class Draw {
    private Draw() {}

    /** A whole number from {@code low} to {@code high}, both included. */
    public static int between(Random r, int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("Requires low <= high, got " + low + " > " + high + ".");
        }
        return low + r.nextInt(high - low + 1);
    }

    /** A whole number from −{@code bound} to {@code bound}, never 0. */
    public static int nonZero(Random r, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("Requires bound >= 1, got " + bound + ".");
        }
        int v = r.nextInt(2 * bound) - bound; // −bound … bound−1
        return v >= 0 ? v + 1 : v;             // −bound … −1, 1 … bound
    }
}
