package org.kobai.math;

import java.util.function.DoubleUnaryOperator;

/**
 * The line y = a·x + b. It is a linear function (a map that keeps sums and scalings) only when b = 0:
 * y = x + 1 is a straight line, but not linear.
 */
public record AffineFunction(double slope, double intercept) implements DoubleUnaryOperator {

    public AffineFunction {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("Requires a finite slope and intercept.");
        }
    }

    /** y = a·x, the proportional (linear) function. */
    public static AffineFunction proportional(double slope) {
        return new AffineFunction(slope, 0);
    }

    public double valueAt(double x) {
        return slope * x + intercept; // y = a x + b
    }

    @Override
    public double applyAsDouble(double x) {
        return valueAt(x);
    }

    /** Δy = a·Δx: the rise over a run, the same wherever the run starts. */
    public double rise(double run) {
        return slope * run;
    }

    /** Additivity: f(u + v) against f(u) + f(v). */
    public EqualityCheck additivity(double u, double v) {
        return new EqualityCheck(valueAt(u + v), valueAt(u) + valueAt(v));
    }

    /** Homogeneity: f(c·u) against c·f(u). */
    public EqualityCheck homogeneity(double c, double u) {
        return new EqualityCheck(valueAt(c * u), c * valueAt(u));
    }

    /** Both laws hold for every input exactly when the intercept is zero. */
    public boolean isLinear() {
        return intercept == 0;
    }
}
