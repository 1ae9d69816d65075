package org.kobai.lesson.exercise;

import java.util.Random;
import org.kobai.math.NumberText;

/** Small numbers for exercises and their LaTeX as a student writes them in a calculation. */
public final class ExerciseNumbers {
    private ExerciseNumbers() {}

    /** A whole number from {@code min} to {@code max}, both included. */
    public static int between(Random random, int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("Requires min ≤ max, got " + min + " and " + max + ".");
        }
        return min + random.nextInt(max - min + 1);
    }

    /** A whole number from −bound to bound other than 0. */
    public static int nonZero(Random random, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("Requires bound ≥ 1, got " + bound + ".");
        }
        int v = random.nextInt(2 * bound) - bound; // −bound … bound−1
        return v >= 0 ? v + 1 : v;                  // −bound … −1, 1 … bound
    }

    /** "3", and "(-3)" for a negative number that follows an operator: 2 · (−3). */
    public static String paren(double v) {
        return v < 0 ? "(" + NumberText.plain(v) + ")" : NumberText.plain(v);
    }

    /** "+ 3" or "- 3": a number added to what comes before it. */
    public static String signed(double v) {
        return (v < 0 ? "- " : "+ ") + NumberText.plain(Math.abs(v));
    }
}
