package org.kobai.math.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Least squares for simple regression: the line ŷ = a·x + b that makes the sum of squared errors
 * E(a, b) = Σ (y_k − ŷ_k)² smallest.
 */
public final class LeastSquares {
    private LeastSquares() {}

    /**
     * The least-squares line. Setting ∂E/∂a = −2 Σ x_k (y_k − a x_k − b) = 0 and
     * ∂E/∂b = −2 Σ (y_k − a x_k − b) = 0 gives the normal equations
     * <pre>
     *   a Σ x_k² + b Σ x_k = Σ x_k y_k
     *   a Σ x_k  + b n     = Σ y_k
     * </pre>
     * solved here with EJML. They are solved for x measured from its mean x̄ (the same line, written
     * ŷ = a (x − x̄) + c with b = c − a x̄), which keeps the equations well conditioned when x is large.
     *
     * @throws NoUniqueFitException for fewer than two points, or when every x is the same
     */
    public static LineFit fit(DataPoints points) {
        requireFittable(points);
        int n = points.size();
        double xBar = points.meanX();
        DMatrixRMaj normal = new DMatrixRMaj(2, 2);
        DMatrixRMaj right = new DMatrixRMaj(2, 1);
        for (int k = 0; k < n; k++) {
            double u = points.x(k) - xBar;
            double y = points.y(k);
            normal.add(0, 0, u * u);     // Σ u²
            normal.add(0, 1, u);         // Σ u
            right.add(0, 0, u * y);      // Σ u y
            right.add(1, 0, y);          // Σ y
        }
        normal.set(1, 0, normal.get(0, 1));
        normal.set(1, 1, n);
        DMatrixRMaj solution = new DMatrixRMaj(2, 1);
        if (!CommonOps_DDRM.solve(normal, right, solution)) {
            throw new NoUniqueFitException(NoUniqueFitException.Reason.ALL_X_EQUAL,
                    "all x values are (almost) equal, so no line fits uniquely");
        }
        double a = solution.get(0);
        double b = solution.get(1) - a * xBar;   // c − a x̄
        double sse = sumOfSquaredErrors(points, a, b);
        double yBar = points.meanY();
        double total = 0;                        // Σ (y_k − ȳ)²
        for (int k = 0; k < n; k++) {
            double v = points.y(k) - yBar;
            total += v * v;
        }
        double r2 = total > 0 ? 1 - sse / total : Double.NaN;
        return new LineFit(a, b, sse, r2, n);
    }

    /** Throws what {@link #fit} would throw for these points; returns quietly when a fit exists. */
    public static void requireFittable(DataPoints points) {
        if (points.size() < 2) {
            throw new NoUniqueFitException(NoUniqueFitException.Reason.TOO_FEW_POINTS,
                    "a line needs at least 2 points, got " + points.size());
        }
        if (points.allXEqual()) {
            throw new NoUniqueFitException(NoUniqueFitException.Reason.ALL_X_EQUAL,
                    "all x values are equal, so no line y = ax + b fits uniquely");
        }
    }

    /** Whether {@link #fit} has an answer for these points. */
    public static boolean fittable(DataPoints points) {
        return points.size() >= 2 && !points.allXEqual();
    }

    /** The residuals e_k = y_k − (a x_k + b). */
    public static double[] residuals(DataPoints points, double a, double b) {
        double[] e = new double[points.size()];
        for (int k = 0; k < e.length; k++) {
            e[k] = points.y(k) - (a * points.x(k) + b);
        }
        return e;
    }

    /** E(a, b) = (y_1 − ŷ_1)² + (y_2 − ŷ_2)² + … + (y_n − ŷ_n)² with ŷ_k = a x_k + b. */
    public static double sumOfSquaredErrors(DataPoints points, double a, double b) {
        double sum = 0;
        for (double e : residuals(points, a, b)) {
            sum += e * e;
        }
        return sum;
    }
}
