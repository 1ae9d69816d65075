package org.kobai.math.optimize;

import java.util.Arrays;

/**
 * One point of a descent: x_k, f(x_k), ∇f(x_k), and the rate η of the step that reached it (NaN for the
 * start x₀). Immutable: the arrays are copied in and out.
 *
 * @param index        k, 0 for the start
 * @param point        x_k
 * @param value        f(x_k), finite
 * @param gradient     ∇f(x_k), finite
 * @param learningRate η_{k−1}, the rate of the step x_{k−1} → x_k; NaN for k = 0
 */
public record Iterate(int index, double[] point, double value, double[] gradient, double learningRate) {
    public Iterate {
        point = point.clone();
        gradient = gradient.clone();
    }

    @Override public double[] point() { return point.clone(); }
    @Override public double[] gradient() { return gradient.clone(); }

    /** The i-th coordinate of x_k. */
    public double coordinate(int i) { return point[i]; }

    /** The i-th component of ∇f(x_k). */
    public double partial(int i) { return gradient[i]; }

    /** |∇f(x_k)| = √(Σ (∂f/∂xᵢ)²). */
    public double gradientNorm() { return norm(gradient); }

    static double norm(double[] v) {
        double s = 0;
        for (double c : v) {
            s += c * c;
        }
        return Math.sqrt(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iterate other && index == other.index && Arrays.equals(point, other.point)
                && Double.compare(value, other.value) == 0 && Arrays.equals(gradient, other.gradient)
                && Double.compare(learningRate, other.learningRate) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + Arrays.hashCode(point)) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "x" + index + " = " + Arrays.toString(point) + ", f = " + value + ", |grad f| = " + gradientNorm();
    }
}
