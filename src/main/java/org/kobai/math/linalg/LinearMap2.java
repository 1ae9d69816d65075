package org.kobai.math.linalg;

import org.kobai.math.NumberText;

/**
 * A 2×2 matrix A = [[a₁₁, a₁₂], [a₂₁, a₂₂]] seen as a linear map of the plane, x ↦ Ax. Its columns are
 * where the unit vectors land: Ae₁ = (a₁₁, a₂₁), Ae₂ = (a₁₂, a₂₂). Immutable and allocation-light, for
 * figures that map whole grids on every frame; {@link #toMatrix()} gives the general {@link Matrix}.
 *
 * @param a11 row 1, column 1
 * @param a12 row 1, column 2
 * @param a21 row 2, column 1
 * @param a22 row 2, column 2
 */
public record LinearMap2(double a11, double a12, double a21, double a22) {
    public static final LinearMap2 IDENTITY = new LinearMap2(1, 0, 0, 1);

    public LinearMap2 {
        if (!Double.isFinite(a11) || !Double.isFinite(a12) || !Double.isFinite(a21) || !Double.isFinite(a22)) {
            throw new IllegalArgumentException("Matrix entries must be finite numbers.");
        }
    }

    /** The 2×2 matrix as a map; {@code m} must be 2×2. */
    public static LinearMap2 of(Matrix m) {
        if (m.rows() != 2 || m.columns() != 2) {
            throw new IllegalArgumentException("Requires a 2×2 matrix, got " + m.shape() + ".");
        }
        return new LinearMap2(m.entry(1, 1), m.entry(1, 2), m.entry(2, 1), m.entry(2, 2));
    }

    public Matrix toMatrix() {
        return Matrix.of(new double[][] {{a11, a12}, {a21, a22}});
    }

    /** First output y₁ = a₁₁x₁ + a₁₂x₂. */
    public double y1(double x1, double x2) { return a11 * x1 + a12 * x2; }

    /** Second output y₂ = a₂₁x₁ + a₂₂x₂. */
    public double y2(double x1, double x2) { return a21 * x1 + a22 * x2; }

    /** Ax = (a₁₁x₁ + a₁₂x₂, a₂₁x₁ + a₂₂x₂). */
    public Vector apply(Vector x) {
        if (x.dimension() != 2) {
            throw new IllegalArgumentException("A 2×2 matrix takes vectors with 2 components, got " + x.dimension() + ".");
        }
        return Vector.of(y1(x.component(1), x.component(2)), y2(x.component(1), x.component(2)));
    }

    /**
     * Maps many points at once: returns {y₁[], y₂[]}. NaN entries (breaks between polylines) stay NaN.
     */
    public double[][] applyAll(double[] x1, double[] x2) {
        if (x1.length != x2.length) {
            throw new IllegalArgumentException("Requires as many x1 as x2 values.");
        }
        double[][] out = new double[2][x1.length];
        for (int i = 0; i < x1.length; i++) {
            out[0][i] = y1(x1[i], x2[i]);
            out[1][i] = y2(x1[i], x2[i]);
        }
        return out;
    }

    /** Ae₁ = (a₁₁, a₂₁), the first column. */
    public Vector column1() { return Vector.of(a11, a21); }

    /** Ae₂ = (a₁₂, a₂₂), the second column. */
    public Vector column2() { return Vector.of(a12, a22); }

    /**
     * det A = a₁₁a₂₂ − a₁₂a₂₁: the signed area of the image of the unit square. Negative when the map
     * flips the orientation (a mirror image), 0 when it squashes the plane onto a line or a point.
     */
    public double determinant() {
        return a11 * a22 - a12 * a21;
    }

    /** A + B, entry by entry. */
    public LinearMap2 plus(LinearMap2 b) {
        return new LinearMap2(a11 + b.a11, a12 + b.a12, a21 + b.a21, a22 + b.a22);
    }

    /** cA. */
    public LinearMap2 times(double c) {
        return new LinearMap2(c * a11, c * a12, c * a21, c * a22);
    }

    /** AB: row i of A times column j of B; as maps, apply B first, then A: (AB)x = A(Bx). */
    public LinearMap2 times(LinearMap2 b) {
        return new LinearMap2(
                a11 * b.a11 + a12 * b.a21, a11 * b.a12 + a12 * b.a22,
                a21 * b.a11 + a22 * b.a21, a21 * b.a12 + a22 * b.a22);
    }

    /** Aᵀ = [[a₁₁, a₂₁], [a₁₂, a₂₂]]. */
    public LinearMap2 transpose() {
        return new LinearMap2(a11, a21, a12, a22);
    }

    /** Entry (i, j), counted from 1. */
    public double entry(int i, int j) {
        if (i == 1 && j == 1) {
            return a11;
        } else if (i == 1 && j == 2) {
            return a12;
        } else if (i == 2 && j == 1) {
            return a21;
        } else if (i == 2 && j == 2) {
            return a22;
        }
        throw new IllegalArgumentException("Entry (" + i + ", " + j + ") is outside a 2×2 matrix.");
    }

    /**
     * The signed area of a polygon by the shoelace formula, ½ Σ (xᵢyᵢ₊₁ − xᵢ₊₁yᵢ): positive when its corners
     * go counter-clockwise, negative when clockwise.
     */
    public static double signedArea(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        double twice = 0;
        for (int i = 0; i < x.length; i++) {
            int k = (i + 1) % x.length;
            twice += x[i] * y[k] - x[k] * y[i];
        }
        return twice / 2;
    }

    /** "[[1, 2], [3, 4]]". */
    @Override
    public String toString() {
        return "[[" + NumberText.display(a11) + ", " + NumberText.display(a12) + "], ["
                + NumberText.display(a21) + ", " + NumberText.display(a22) + "]]";
    }
}
