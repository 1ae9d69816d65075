package org.kobai.math.linalg;

import java.util.Arrays;
import java.util.StringJoiner;
import org.kobai.math.NumberText;

/**
 * An m×n matrix of real numbers A = (aᵢⱼ), i the row and j the column (both counted from 1). Immutable.
 * As a function it maps n inputs to m outputs: y = Ax (article 001). Products check the shape rule
 * (m×n)(n×p) = m×p and say plainly when shapes do not fit.
 */
public final class Matrix {
    private final int rows;
    private final int columns;
    private final double[] entries; // row by row

    private Matrix(int rows, int columns, double[] entries) {
        this.rows = rows;
        this.columns = columns;
        this.entries = entries;
    }

    /**
     * The matrix with these rows, e.g. {@code Matrix.of(new double[][] {{1, 2}, {3, 4}})}.
     *
     * @throws IllegalArgumentException if there are no rows, rows differ in length, or an entry is not finite
     */
    public static Matrix of(double[][] rowsOfEntries) {
        if (rowsOfEntries.length == 0 || rowsOfEntries[0].length == 0) {
            throw new IllegalArgumentException("A matrix needs at least one row and one column.");
        }
        int m = rowsOfEntries.length;
        int n = rowsOfEntries[0].length;
        double[] e = new double[m * n];
        for (int i = 0; i < m; i++) {
            if (rowsOfEntries[i].length != n) {
                throw new IllegalArgumentException("Every row of a matrix has the same length: row 1 has " + n
                        + " entries, row " + (i + 1) + " has " + rowsOfEntries[i].length + ".");
            }
            for (int j = 0; j < n; j++) {
                double v = rowsOfEntries[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Matrix entries must be finite numbers, got " + v + ".");
                }
                e[i * n + j] = v;
            }
        }
        return new Matrix(m, n, e);
    }

    /** The m×n zero matrix. */
    public static Matrix zero(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("A matrix needs at least one row and one column.");
        }
        return new Matrix(rows, columns, new double[rows * columns]);
    }

    /** The n×n identity matrix I (ones on the diagonal, zeros elsewhere): AI = IA = A. */
    public static Matrix identity(int n) {
        Matrix z = zero(n, n);
        for (int i = 0; i < n; i++) {
            z.entries[i * n + i] = 1;
        }
        return z;
    }

    /** The 1×n row vector (a₁ … aₙ). */
    public static Matrix row(Vector v) {
        return new Matrix(1, v.dimension(), v.components());
    }

    /** The n×1 column vector with v's components stacked. */
    public static Matrix column(Vector v) {
        return new Matrix(v.dimension(), 1, v.components());
    }

    public int rows() { return rows; }
    public int columns() { return columns; }

    /** (rows, columns), e.g. 2×3. */
    public TensorShape shape() { return TensorShape.of(rows, columns); }

    /** aᵢⱼ, row i and column j counted from 1. */
    public double entry(int i, int j) {
        if (i < 1 || i > rows || j < 1 || j > columns) {
            throw new IllegalArgumentException("Entry (" + i + ", " + j + ") is outside this " + shape() + " matrix.");
        }
        return entries[(i - 1) * columns + (j - 1)];
    }

    /** The rows as arrays (a copy). */
    public double[][] toArray() {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries, i * columns, out[i], 0, columns);
        }
        return out;
    }

    /** Row i as a vector. */
    public Vector rowVector(int i) {
        entry(i, 1);
        return Vector.of(Arrays.copyOfRange(entries, (i - 1) * columns, i * columns));
    }

    /** Column j as a vector: where the j-th unit vector eⱼ lands, Aeⱼ. */
    public Vector columnVector(int j) {
        entry(1, j);
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = entries[i * columns + (j - 1)];
        }
        return Vector.of(c);
    }

    /** A + B, entry by entry; both must have the same shape. */
    public Matrix plus(Matrix other) {
        if (rows != other.rows || columns != other.columns) {
            throw new IllegalArgumentException("Only matrices of the same shape can be added: " + shape() + " and "
                    + other.shape() + ".");
        }
        double[] e = new double[entries.length];
        for (int k = 0; k < e.length; k++) {
            e[k] = entries[k] + other.entries[k]; // (A + B)ᵢⱼ = aᵢⱼ + bᵢⱼ
        }
        return new Matrix(rows, columns, e);
    }

    /** cA: every entry times c. */
    public Matrix times(double c) {
        double[] e = new double[entries.length];
        for (int k = 0; k < e.length; k++) {
            e[k] = c * entries[k];
        }
        return new Matrix(rows, columns, e);
    }

    /**
     * The product AB, whose entry (i, j) is row i of A times column j of B:
     * (AB)ᵢⱼ = aᵢ₁b₁ⱼ + aᵢ₂b₂ⱼ + … + aᵢₙbₙⱼ. As functions, AB applies B first, then A.
     *
     * @throws IllegalArgumentException unless A's column count equals B's row count, (m×n)(n×p) = m×p
     */
    public Matrix times(Matrix other) {
        TensorShape.productShape(shape(), other.shape());
        int n = columns;
        int p = other.columns;
        double[] e = new double[rows * p];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += entries[i * n + k] * other.entries[k * p + j];
                }
                e[i * p + j] = sum;
            }
        }
        return new Matrix(rows, p, e);
    }

    /**
     * y = Ax: output i is row i of A times x, yᵢ = aᵢ₁x₁ + … + aᵢₙxₙ.
     *
     * @throws IllegalArgumentException unless x has as many components as A has columns
     */
    public Vector apply(Vector x) {
        if (x.dimension() != columns) {
            throw new IllegalArgumentException("A " + shape() + " matrix takes vectors with " + columns
                    + " components, got " + x.dimension() + ".");
        }
        return times(column(x)).columnVector(1);
    }

    /** Aᵀ: rows become columns, (Aᵀ)ᵢⱼ = aⱼᵢ. */
    public Matrix transpose() {
        double[] e = new double[entries.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                e[j * rows + i] = entries[i * columns + j];
            }
        }
        return new Matrix(columns, rows, e);
    }

    /**
     * The terms of the inner product that gives (AB)ᵢⱼ: "1×5 + 2×7" for A = [[1, 2], [3, 4]],
     * B = [[5, 6], [7, 8]], i = j = 1.
     */
    public String productTerms(Matrix other, int i, int j) {
        TensorShape.productShape(shape(), other.shape());
        Vector a = rowVector(i);
        Vector b = other.columnVector(j);
        StringJoiner s = new StringJoiner(" + ");
        for (int k = 1; k <= columns; k++) {
            s.add(factor(a.component(k)) + "\u00d7" + factor(b.component(k)));
        }
        return s.toString();
    }

    private static String factor(double v) {
        String t = NumberText.display(v);
        return v < 0 ? "(" + t + ")" : t;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Matrix m) || m.rows != rows || m.columns != columns) {
            return false;
        }
        for (int k = 0; k < entries.length; k++) {
            if (entries[k] != m.entries[k]) { // so 0 equals −0
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 31 * rows + columns;
        for (double e : entries) {
            h = 31 * h + Double.hashCode(e + 0.0); // −0 + 0 = +0
        }
        return h;
    }

    /** "[[1, 2], [3, 4]]". */
    @Override
    public String toString() {
        StringJoiner all = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < rows; i++) {
            StringJoiner r = new StringJoiner(", ", "[", "]");
            for (int j = 0; j < columns; j++) {
                r.add(NumberText.display(entries[i * columns + j]));
            }
            all.add(r.toString());
        }
        return all.toString();
    }
}
