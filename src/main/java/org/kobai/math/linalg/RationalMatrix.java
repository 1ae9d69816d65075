package org.kobai.math.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * An immutable m×n matrix of exact fractions. Products, inverses and determinants are exact: no entry is
 * ever rounded, so A·A⁻¹ = E holds exactly, not to within a tolerance.
 */
public final class RationalMatrix {
    private final Rational[][] entries;
    private final int rows;
    private final int columns;

    private RationalMatrix(Rational[][] entries) {
        this.entries = entries;
        this.rows = entries.length;
        this.columns = entries[0].length;
    }

    /** A matrix from its rows; every row must have the same, nonzero, length. */
    public static RationalMatrix of(Rational[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("A matrix needs at least one row and one column.");
        }
        Rational[][] copy = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows[i].length
                        + " entries but row 1 has " + rows[0].length + "; every row needs the same number");
            }
            copy[i] = rows[i].clone();
            for (Rational r : copy[i]) {
                if (r == null) {
                    throw new IllegalArgumentException("Requires every entry.");
                }
            }
        }
        return new RationalMatrix(copy);
    }

    /** A matrix of whole numbers, from its rows. */
    public static RationalMatrix of(long[][] rows) {
        Rational[][] r = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            r[i] = new Rational[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                r[i][j] = Rational.of(rows[i][j]);
            }
        }
        return of(r);
    }

    /** The n×1 column vector with these entries. */
    public static RationalMatrix column(List<Rational> entries) {
        Rational[][] r = new Rational[entries.size()][1];
        for (int i = 0; i < r.length; i++) {
            r[i][0] = entries.get(i);
        }
        return of(r);
    }

    /**
     * Reads a matrix as typed on the command line: rows separated by {@code ;}, entries by {@code ,} (or by
     * spaces), each entry as {@link Rational#parse} reads it: {@code "1,2;3,4"}, {@code "1/2, -3; 0.25, 4"}.
     *
     * @throws IllegalArgumentException naming the row and column of a bad entry, or ragged rows
     */
    public static RationalMatrix parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("the matrix is empty");
        }
        String[] rowTexts = typed.strip().split("\\s*;\\s*", -1);
        List<Rational[]> rows = new ArrayList<>();
        for (int i = 0; i < rowTexts.length; i++) {
            String row = rowTexts[i].strip();
            if (row.isEmpty()) {
                throw new IllegalArgumentException("row " + (i + 1) + " is empty");
            }
            String[] cells = row.contains(",") ? row.split(",", -1) : row.split("\\s+");
            Rational[] values = new Rational[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    values[j] = Rational.parse(cells[j]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("row " + (i + 1) + ", column " + (j + 1) + ": "
                            + e.getMessage());
                }
            }
            if (!rows.isEmpty() && values.length != rows.get(0).length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + values.length
                        + " entries but row 1 has " + rows.get(0).length + "; every row needs the same number");
            }
            rows.add(values);
        }
        return new RationalMatrix(rows.toArray(new Rational[0][]));
    }

    /** The n×n identity matrix E (also written I): 1 on the diagonal, 0 elsewhere; AE = EA = A. */
    public static RationalMatrix identity(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Requires n >= 1, got " + n + ".");
        }
        Rational[][] r = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(r[i], Rational.ZERO);
            r[i][i] = Rational.ONE;
        }
        return new RationalMatrix(r);
    }

    public int rows() { return rows; }
    public int columns() { return columns; }
    public boolean isSquare() { return rows == columns; }

    /** The entry in row i, column j (both from 0). */
    public Rational get(int i, int j) { return entries[i][j]; }

    /** Row i (from 0) as a new array. */
    public Rational[] row(int i) { return entries[i].clone(); }

    /** Column j (from 0) as a list. */
    public List<Rational> column(int j) {
        List<Rational> out = new ArrayList<>(rows);
        for (Rational[] row : entries) {
            out.add(row[j]);
        }
        return out;
    }

    /** "mxn" (rows x columns), in plain letters for messages. */
    public String shape() {
        return rows + "x" + columns;
    }

    /** A copy of the entries, row by row. */
    public Rational[][] toArray() {
        Rational[][] copy = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = entries[i].clone();
        }
        return copy;
    }

    /** The entries as doubles, each the nearest double to the exact fraction. */
    public double[][] toDoubles() {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i][j] = entries[i][j].toDouble();
            }
        }
        return out;
    }

    /** The same matrix as an EJML dense matrix of doubles (each entry rounded once). */
    public DMatrixRMaj toEjml() {
        return new DMatrixRMaj(toDoubles());
    }

    /**
     * The product AB, with (AB)ᵢⱼ = Σₖ aᵢₖ bₖⱼ. A (m×n) times B (n×p) needs A's column count to equal B's
     * row count; the result is m×p.
     *
     * @throws IllegalArgumentException when the shapes do not fit, naming both
     */
    public RationalMatrix times(RationalMatrix b) {
        if (columns != b.rows) {
            throw new IllegalArgumentException("cannot multiply a " + shape() + " matrix by a " + b.shape()
                    + " matrix: (m x n)(n x p) needs the first one's columns (" + columns
                    + ") to equal the second one's rows (" + b.rows + ")");
        }
        Rational[][] out = new Rational[rows][b.columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < b.columns; j++) {
                Rational sum = Rational.ZERO;
                for (int k = 0; k < columns; k++) {
                    sum = sum.plus(entries[i][k].times(b.entries[k][j])); // Σ a_ik b_kj
                }
                out[i][j] = sum;
            }
        }
        return new RationalMatrix(out);
    }

    /** [A | B]: this matrix with B's columns appended; both need the same number of rows. */
    public RationalMatrix augment(RationalMatrix b) {
        if (rows != b.rows) {
            throw new IllegalArgumentException("cannot put a " + b.shape() + " matrix beside a " + shape()
                    + " matrix: they need the same number of rows");
        }
        Rational[][] out = new Rational[rows][columns + b.columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries[i], 0, out[i], 0, columns);
            System.arraycopy(b.entries[i], 0, out[i], columns, b.columns);
        }
        return new RationalMatrix(out);
    }

    /** Columns from (inclusive) to to (exclusive), as a new matrix. */
    public RationalMatrix columns(int from, int to) {
        if (from < 0 || to > columns || from >= to) {
            throw new IllegalArgumentException("Requires 0 <= from < to <= " + columns + ".");
        }
        Rational[][] out = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(entries[i], from, to);
        }
        return new RationalMatrix(out);
    }

    /** Whether every entry is 0. */
    public boolean isZero() {
        for (Rational[] row : entries) {
            for (Rational r : row) {
                if (!r.isZero()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The determinant det A, exactly, by elimination: the product of the pivots, with a sign change for
     * every row swap. For a 2×2 matrix this is ad − bc.
     *
     * @throws IllegalArgumentException if the matrix is not square
     */
    public Rational determinant() {
        requireSquare("a determinant");
        Rational[][] a = toArray();
        int n = rows;
        Rational det = Rational.ONE;
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && a[p][k].isZero()) {
                p++;
            }
            if (p == n) {
                return Rational.ZERO;
            }
            if (p != k) {
                Rational[] t = a[p];
                a[p] = a[k];
                a[k] = t;
                det = det.negate(); // a row swap changes the sign
            }
            det = det.times(a[k][k]);
            for (int i = k + 1; i < n; i++) {
                if (a[i][k].isZero()) {
                    continue;
                }
                Rational factor = a[i][k].dividedBy(a[k][k]);
                for (int j = k; j < n; j++) {
                    a[i][j] = a[i][j].minus(factor.times(a[k][j])); // R_i ← R_i − (a_ik / a_kk) R_k
                }
            }
        }
        return det;
    }

    /**
     * The inverse A⁻¹ with A·A⁻¹ = A⁻¹·A = E, found by the sweeping-out method on [A | E]. For a 2×2
     * matrix it equals (1 / (ad − bc)) · [[d, −b], [−c, a]].
     *
     * @throws IllegalArgumentException if the matrix is not square
     * @throws NoInverseException if det A = 0 (the matrix is singular)
     */
    public RationalMatrix inverse() {
        requireSquare("an inverse");
        GaussJordan.Elimination e = GaussJordan.eliminate(augment(identity(rows)), columns);
        if (e.rank() < rows) {
            throw new NoInverseException(this);
        }
        return e.result().columns(columns, 2 * columns);
    }

    private void requireSquare(String what) {
        if (!isSquare()) {
            throw new IllegalArgumentException("only a square matrix has " + what + "; this one is " + shape());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalMatrix m && Arrays.deepEquals(entries, m.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    /** Rows separated by {@code ;}, entries by {@code ,}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                s.append("; ");
            }
            for (int j = 0; j < columns; j++) {
                if (j > 0) {
                    s.append(", ");
                }
                s.append(entries[i][j]);
            }
        }
        return s.toString();
    }
}
