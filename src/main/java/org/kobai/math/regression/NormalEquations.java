package org.kobai.math.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Least squares in matrix form: for the design matrix X (one row per data point, one column per
 * feature) and the observations y, the weights that minimise E(w) = ‖y − Xw‖² solve the normal
 * equations XᵀX w = Xᵀy, so w = (XᵀX)⁻¹ Xᵀy and the predictions are ŷ = Xw. Simple regression is the
 * case X = [1 x] with w = (b, a). Every matrix of the computation is kept, to be shown.
 */
public final class NormalEquations {
    private final double[][] design;
    private final double[] y;
    private final double[][] gram;
    private final double[] moment;
    private final double[][] inverse;
    private final double[] weights;

    private NormalEquations(double[][] design, double[] y, double[][] gram, double[] moment, double[][] inverse,
                            double[] weights) {
        this.design = design;
        this.y = y;
        this.gram = gram;
        this.moment = moment;
        this.inverse = inverse;
        this.weights = weights;
    }

    /**
     * Solves XᵀX w = Xᵀy.
     *
     * @param design X, n rows of p features each (n &ge; p &ge; 1)
     * @param y      the n observations
     * @throws NoUniqueFitException when XᵀX is singular (the columns of X are linearly dependent)
     * @throws IllegalArgumentException when the shapes do not fit or a value is not finite
     */
    public static NormalEquations solve(double[][] design, double[] y) {
        int n = design.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("Requires one row of X per observation, and at least one.");
        }
        int p = design[0].length;
        if (p == 0 || n < p) {
            throw new NoUniqueFitException(NoUniqueFitException.Reason.TOO_FEW_POINTS,
                    "Requires at least as many rows (" + n + ") as features (" + p + ").");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            if (design[i].length != p) {
                throw new IllegalArgumentException("Requires rows of equal length; row " + (i + 1) + " differs.");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(design[i][j]) || !Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("Requires finite values; row " + (i + 1) + " is not.");
                }
                x.set(i, j, design[i][j]);
            }
        }
        DMatrixRMaj yv = new DMatrixRMaj(n, 1, true, y);
        DMatrixRMaj xtx = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(x, x, xtx);              // XᵀX
        DMatrixRMaj xty = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.multTransA(x, yv, xty);             // Xᵀy
        DMatrixRMaj inv = xtx.copy();
        if (!CommonOps_DDRM.invert(inv) || !finite(inv) || NormOps_DDRM.conditionP2(xtx) > 1e14) {
            throw new NoUniqueFitException(NoUniqueFitException.Reason.SINGULAR,
                    "XᵀX is singular: the columns of X are linearly dependent");
        }
        DMatrixRMaj w = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.solve(xtx, xty, w);                 // XᵀX w = Xᵀy
        return new NormalEquations(copy(design), y.clone(), rows(xtx), xty.getData().clone(), rows(inv),
                w.getData().clone());
    }

    /** Simple regression in matrix form: X has rows (1, x_k), so w = (b, a). */
    public static NormalEquations forLine(DataPoints points) {
        LeastSquares.requireFittable(points);
        double[][] x = new double[points.size()][];
        for (int k = 0; k < x.length; k++) {
            x[k] = new double[] {1, points.x(k)};
        }
        return solve(x, points.ys());
    }

    private static boolean finite(DMatrixRMaj m) {
        for (double v : m.getData()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double[][] rows(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** X. */
    public double[][] design() { return copy(design); }
    /** y. */
    public double[] observations() { return y.clone(); }
    /** XᵀX. */
    public double[][] gram() { return copy(gram); }
    /** Xᵀy. */
    public double[] moment() { return moment.clone(); }
    /** (XᵀX)⁻¹. */
    public double[][] inverse() { return copy(inverse); }
    /** w = (XᵀX)⁻¹ Xᵀy. */
    public double[] weights() { return weights.clone(); }

    /** ŷ = Xw. */
    public double[] predictions() {
        double[] out = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            for (int j = 0; j < weights.length; j++) {
                out[i] += design[i][j] * weights[j];
            }
        }
        return out;
    }

    public int rows() { return design.length; }
    public int features() { return weights.length; }
}
