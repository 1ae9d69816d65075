package org.kobai.math.linalg;

/** Thrown for the inverse of a singular matrix (det A = 0): no matrix X gives AX = E. */
public final class NoInverseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoInverseException(RationalMatrix a) {
        super("the matrix is singular (det = 0), so it has no inverse" + (a.rows() == 2
                ? ": ad - bc = " + factor(a.get(0, 0)) + "*" + factor(a.get(1, 1)) + " - "
                        + factor(a.get(0, 1)) + "*" + factor(a.get(1, 0)) + " = 0"
                : ""));
    }

    private static String factor(Rational r) {
        return r.signum() < 0 || !r.isInteger() ? "(" + r + ")" : r.toString();
    }
}
