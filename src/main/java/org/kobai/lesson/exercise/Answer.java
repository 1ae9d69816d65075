package org.kobai.lesson.exercise;

import java.util.Arrays;

/**
 * A right answer: one number or a few (a vector, a point), compared with a relative tolerance so that
 * 0.75 and 3/4 and 0.333 for 1/3 all count, while a different number does not: the error allowed is
 * also capped at {@link #MAX_ERROR}, so 1201 does not pass for 1200.
 *
 * @param values    the numbers, in order
 * @param tolerance the relative tolerance (an absolute one near zero)
 */
public record Answer(double[] values, double tolerance) {
    /** Three significant figures: what a student writes when a decimal does not end. */
    public static final double DEFAULT_TOLERANCE = 1e-3;
    /** However large the answer, a typed number more than this far off is another number (1201 is not 1200). */
    public static final double MAX_ERROR = 0.01;

    public Answer {
        if (values.length == 0) {
            throw new IllegalArgumentException("Requires at least one value.");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Requires finite values.");
            }
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("Requires 0 < tolerance < 1.");
        }
        values = values.clone();
    }

    public static Answer of(double... values) {
        return new Answer(values, DEFAULT_TOLERANCE);
    }

    @Override
    public double[] values() { return values.clone(); }

    public int size() { return values.length; }

    /** True when every typed number is within the tolerance of the answer's number in the same place. */
    public boolean matches(double[] typed) {
        if (typed.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            double scale = Math.max(Math.abs(values[i]), 1e-3);
            if (!(Math.abs(typed[i] - values[i]) <= Math.min(tolerance * scale, MAX_ERROR))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answer a && Arrays.equals(a.values, values) && a.tolerance == tolerance;
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(values) + Double.hashCode(tolerance); }

    @Override
    public String toString() { return Arrays.toString(values); }
}
