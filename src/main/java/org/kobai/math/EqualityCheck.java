package org.kobai.math;

/**
 * Two sides of an equation evaluated at numbers, and whether they agree up to rounding
 * (relative tolerance {@value #RELATIVE_TOLERANCE}, absolute near zero).
 */
public record EqualityCheck(double left, double right) {
    public static final double RELATIVE_TOLERANCE = 1e-12;

    public boolean holds() {
        double scale = Math.max(1.0, Math.max(Math.abs(left), Math.abs(right)));
        return Math.abs(left - right) <= RELATIVE_TOLERANCE * scale;
    }

    /** left − right. */
    public double gap() {
        return left - right;
    }
}
