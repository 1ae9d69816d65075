package org.kobai.math.optimize;

import java.util.Arrays;

/**
 * The bowl f(x) = Σ cᵢ xᵢ² with every cᵢ &gt; 0 (x² + y², x² + 10y²): its gradient (2cᵢxᵢ), its curvatures
 * λᵢ = 2cᵢ (the Hessian's eigenvalues) and the learning rates at which descent stops converging.
 */
public final class QuadraticBowl implements Objective {
    private final double[] coefficients;

    private QuadraticBowl(double[] coefficients) {
        this.coefficients = coefficients;
    }

    /**
     * f(x) = Σ cᵢ xᵢ².
     *
     * @throws IllegalArgumentException unless there is at least one coefficient and each is finite and &gt; 0
     */
    public static QuadraticBowl of(double... coefficients) {
        if (coefficients.length == 0) {
            throw new IllegalArgumentException("Requires at least one coefficient.");
        }
        for (double c : coefficients) {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("Requires finite coefficients > 0.");
            }
        }
        return new QuadraticBowl(coefficients.clone());
    }

    public double[] coefficients() { return coefficients.clone(); }

    @Override public int dimension() { return coefficients.length; }

    @Override
    public double valueAt(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            f += coefficients[i] * x[i] * x[i];                       // Σ cᵢ xᵢ²
        }
        return f;
    }

    @Override
    public double[] gradientAt(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = 2 * coefficients[i] * x[i];                        // ∂f/∂xᵢ = 2cᵢxᵢ
        }
        return g;
    }

    /** L = max λᵢ = 2 max cᵢ, the largest curvature (the gradient's Lipschitz constant). */
    public double largestCurvature() {
        return 2 * Arrays.stream(coefficients).max().orElseThrow();
    }

    /**
     * The critical learning rate of plain gradient descent, 2/L: each coordinate is multiplied by 1 − ηλᵢ per
     * step, so descent converges for 0 &lt; η &lt; 2/L and diverges for η &gt; 2/L.
     */
    public double criticalLearningRate() {
        return 2 / largestCurvature();
    }

    /**
     * The critical learning rate of heavy-ball momentum, 2(1 + β)/L: the roots of r² − (1 + β − ηλ)r + β = 0
     * lie inside the unit circle exactly when 0 &lt; ηλ &lt; 2(1 + β), for 0 ≤ β &lt; 1.
     */
    public double criticalLearningRate(double beta) {
        return 2 * (1 + beta) / largestCurvature();
    }
}
