package org.kobai.math.regression;

/**
 * The least-squares line ŷ = slope·x + intercept through n points, with its sum of squared errors
 * E = Σ (y_k − ŷ_k)² and coefficient of determination R² = 1 − E / Σ (y_k − ȳ)².
 *
 * @param slope     a, from ∂E/∂a = 0 and ∂E/∂b = 0
 * @param intercept b
 * @param sse       E at (a, b), the smallest E of any line
 * @param r2        R²; NaN when every y is the same (Σ (y_k − ȳ)² = 0), where it is not defined
 * @param n         the number of points
 */
public record LineFit(double slope, double intercept, double sse, double r2, int n) {
    /** ŷ = a·x + b. */
    public double predict(double x) {
        return slope * x + intercept;
    }

    public boolean hasR2() { return Double.isFinite(r2); }
}
