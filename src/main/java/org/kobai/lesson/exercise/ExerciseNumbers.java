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

    /**
     * One term {@code k·symbol} of a sum as a student writes it: no coefficient 1, the sign joined to the
     * sum ({@code "3x1^2"}, {@code "-x1"} first; {@code " + 2x2"}, {@code " - x2"} after), nothing when k is 0
     * and not first. A first term with k = 0 is written {@code "0"}.
     */
    public static String term(int k, String symbol, boolean first) {
        if (k == 0) {
            return first ? "0" : "";
        }
        String size = Math.abs(k) == 1 ? "" : Integer.toString(Math.abs(k));
        if (first) {
            return (k < 0 ? "-" : "") + size + symbol;
        }
        return (k < 0 ? " - " : " + ") + size + symbol;
    }

    /** A constant added at the end of a sum: {@code " + 3"}, {@code " - 1"}, nothing for 0. */
    public static String constant(int e) {
        return e == 0 ? "" : (e > 0 ? " + " : " - ") + Math.abs(e);
    }
}
