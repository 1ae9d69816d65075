package org.kobai.math.regression;

import org.kobai.math.optimize.Objective;

/**
 * The objective E(a, b) = Σ (y_k − a x_k − b)² of one data set, as a function of the line's slope a and
 * intercept b: a bowl over the (a, b) plane whose lowest point is the least-squares line. Written with
 * u_k = x_k − x̄ and v_k = y_k − ȳ it is
 * <pre>
 *   E(a, b) = Σ v² − 2a Σ uv + a² Σ u² + n (b + a x̄ − ȳ)²
 * </pre>
 * so evaluating it costs the same for 5 points as for 5,000 (a contour map samples it many times). As an
 * {@link Objective} of w = (a, b) it is what gradient descent minimises.
 */
public final class SquaredError implements Objective {
    private final int n;
    private final double xBar, yBar;
    private final double suu, suv, svv;
    private final double sumX, sumXX;

    public SquaredError(DataPoints points) {
        n = points.size();
        xBar = n == 0 ? 0 : points.meanX();
        yBar = n == 0 ? 0 : points.meanY();
        double uu = 0, uv = 0, vv = 0, sx = 0, sxx = 0;
        for (int k = 0; k < n; k++) {
            double u = points.x(k) - xBar, v = points.y(k) - yBar;
            uu += u * u;
            uv += u * v;
            vv += v * v;
            sx += points.x(k);
            sxx += points.x(k) * points.x(k);
        }
        suu = uu;
        suv = uv;
        svv = vv;
        sumX = sx;
        sumXX = sxx;
    }

    /** E(a, b); never negative. */
    public double valueAt(double a, double b) {
        double d = b + a * xBar - yBar;
        return Math.max(0, svv - 2 * a * suv + a * a * suu + n * d * d);
    }

    /**
     * The gradient (∂E/∂a, ∂E/∂b) = (−2 Σ x_k e_k, −2 Σ e_k) with e_k = y_k − a x_k − b.
     *
     * @return a new array {∂E/∂a, ∂E/∂b}
     */
    public double[] gradientAt(double a, double b) {
        double d = b + a * xBar - yBar;
        // −2 Σ e_k = 2n d;  −2 Σ x_k e_k = −2 Σ uv + 2a Σ u² + 2n x̄ d
        return new double[] {-2 * suv + 2 * a * suu + 2 * n * xBar * d, 2 * n * d};
    }

    /**
     * The largest eigenvalue of the (constant) Hessian [[2 Σ x², 2 Σ x], [2 Σ x, 2n]]: gradient descent
     * with a fixed learning rate η converges on E exactly when 0 &lt; η &lt; 2 / λ_max.
     */
    public double largestCurvature() {
        double p = 2 * sumXX, q = 2 * sumX, r = 2.0 * n;
        double mid = (p + r) / 2;
        double half = Math.hypot((p - r) / 2, q);
        return mid + half;
    }

    public int size() { return n; }

    /** 2: the slope a and the intercept b. */
    @Override
    public int dimension() { return 2; }

    /** E(w) for w = (a, b). */
    @Override
    public double valueAt(double[] w) { return valueAt(w[0], w[1]); }

    /** (∂E/∂a, ∂E/∂b) at w = (a, b). */
    @Override
    public double[] gradientAt(double[] w) { return gradientAt(w[0], w[1]); }

    /** The largest learning rate η = 2 / λ_max below which gradient descent on E converges. */
    public double largestStableLearningRate() { return 2 / largestCurvature(); }
}
