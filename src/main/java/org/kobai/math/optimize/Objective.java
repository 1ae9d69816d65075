package org.kobai.math.optimize;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A function to minimise, f: ℝⁿ → ℝ, with its gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ).
 *
 * <p>Where f or a partial derivative is not defined the value is NaN (or ±∞); a descent stops there.
 * Implementations must not keep or change the arrays they are given.
 */
public interface Objective {
    /** n, the number of variables. */
    int dimension();

    /** f(x); NaN or ±∞ where f is not defined. */
    double valueAt(double[] x);

    /** ∇f(x), a new array of length n; components NaN where a partial derivative is not defined. */
    double[] gradientAt(double[] x);

    /**
     * An objective from two functions.
     *
     * @throws IllegalArgumentException unless dimension ≥ 1
     */
    static Objective of(int dimension, ToDoubleFunction<double[]> value, Function<double[], double[]> gradient) {
        if (dimension < 1) {
            throw new IllegalArgumentException("Requires 'dimension' >= 1.");
        }
        return new Objective() {
            @Override public int dimension() { return dimension; }
            @Override public double valueAt(double[] x) { return value.applyAsDouble(x); }
            @Override public double[] gradientAt(double[] x) { return gradient.apply(x); }
        };
    }
}
