package org.kobai.math.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweeping-out method (Gauss–Jordan elimination, 掃き出し法), one named row operation at a time. For
 * each column in turn: find a row with a nonzero entry there (swapping it up if needed), that entry is the
 * pivot; clear every other entry of the column with Rᵢ ← Rᵢ − (aᵢₖ / pivot)·R_pivot; then make the pivot 1
 * with R_pivot ← (1 / pivot)·R_pivot. A column with no nonzero entry left has no pivot: its variable is free.
 * All arithmetic is exact, so the end result is the reduced row echelon form itself.
 */
public final class GaussJordan {
    private GaussJordan() {}

    /**
     * Sweeps out the first {@code variables} columns of {@code matrix} (for [A | b], the columns of A).
     *
     * @param variables how many columns to find pivots in, from 1 to the column count
     */
    public static Elimination eliminate(RationalMatrix matrix, int variables) {
        if (variables < 1 || variables > matrix.columns()) {
            throw new IllegalArgumentException("Requires 1 <= variables <= " + matrix.columns() + ", got "
                    + variables + ".");
        }
        Rational[][] a = matrix.toArray();
        List<Step> steps = new ArrayList<>();
        List<Pivot> pivots = new ArrayList<>();
        int row = 0;
        for (int col = 0; col < variables && row < a.length; col++) {
            int p = row;
            while (p < a.length && a[p][col].isZero()) {
                p++;
            }
            if (p == a.length) {
                continue; // no pivot in this column: a free variable
            }
            Pivot pivot = new Pivot(row, col);
            if (p != row) {
                a = record(steps, a, new RowOperation.Swap(row, p), pivot);
            }
            for (int i = 0; i < a.length; i++) {
                if (i != row && !a[i][col].isZero()) {
                    Rational factor = a[i][col].dividedBy(a[row][col]).negate(); // −a_ik / pivot
                    a = record(steps, a, new RowOperation.AddMultiple(i, factor, row), pivot);
                }
            }
            if (!a[row][col].isOne()) {
                a = record(steps, a, new RowOperation.Scale(row, a[row][col].reciprocal()), pivot);
            }
            pivots.add(pivot);
            row++;
        }
        return new Elimination(matrix, variables, List.copyOf(steps), List.copyOf(pivots),
                RationalMatrix.of(a));
    }

    /**
     * Sets up Ax = b as the augmented matrix [A | b] and sweeps it out.
     *
     * @throws IllegalArgumentException if A is not square or b does not have one entry per row of A
     */
    public static Elimination solve(RationalMatrix a, List<Rational> b) {
        if (!a.isSquare()) {
            throw new IllegalArgumentException("A must be square (n x n) to solve Ax = b; this one is " + a.shape());
        }
        if (b.size() != a.rows()) {
            throw new IllegalArgumentException("b needs one entry per row of A: A is " + a.shape() + " but b has "
                    + b.size() + (b.size() == 1 ? " entry" : " entries"));
        }
        return eliminate(a.augment(RationalMatrix.column(b)), a.columns());
    }

    private static Rational[][] record(List<Step> steps, Rational[][] a, RowOperation op, Pivot pivot) {
        Rational[][] after = op.apply(a);
        steps.add(new Step(op, RationalMatrix.of(after), pivot));
        return after;
    }

    /** A pivot position, both indexes from 0. */
    public record Pivot(int row, int column) {}

    /** One row operation, the matrix after it, and the pivot it works with. */
    public record Step(RowOperation operation, RationalMatrix matrix, Pivot pivot) {}

    /**
     * The whole elimination: the starting matrix, every step, the pivots and the final (reduced row echelon)
     * matrix.
     */
    public record Elimination(RationalMatrix start, int variables, List<Step> steps, List<Pivot> pivots,
                              RationalMatrix result) {

        /** The number of pivots: the rank of the swept-out columns. */
        public int rank() {
            return pivots.size();
        }

        /** The matrix after {@code count} steps: the start for 0, the result for {@code steps().size()}. */
        public RationalMatrix after(int count) {
            if (count < 0 || count > steps.size()) {
                throw new IllegalArgumentException("Requires 0 <= count <= " + steps.size() + ", got " + count + ".");
            }
            return count == 0 ? start : steps.get(count - 1).matrix();
        }

        /**
         * What the swept-out [A | b] says about Ax = b (b is the last column): one solution, none (a row reads
         * 0 = c with c ≠ 0), or infinitely many (a variable without a pivot is free).
         */
        public Solutions solutions() {
            if (result.columns() != variables + 1) {
                throw new IllegalStateException("Solutions need [A | b] with exactly one column after A.");
            }
            for (int i = rank(); i < result.rows(); i++) {
                Rational rhs = result.get(i, variables);
                if (!rhs.isZero()) {
                    return new Solutions.None(i, rhs);
                }
            }
            if (rank() == variables) {
                List<Rational> x = new ArrayList<>();
                for (int i = 0; i < variables; i++) {
                    x.add(result.get(i, variables));
                }
                return new Solutions.Unique(List.copyOf(x));
            }
            List<Integer> free = new ArrayList<>();
            boolean[] pivotColumn = new boolean[variables];
            pivots.forEach(p -> pivotColumn[p.column()] = true);
            for (int j = 0; j < variables; j++) {
                if (!pivotColumn[j]) {
                    free.add(j);
                }
            }
            Rational[] particular = new Rational[variables];
            java.util.Arrays.fill(particular, Rational.ZERO);
            for (Pivot p : pivots) {
                particular[p.column()] = result.get(p.row(), variables); // free variables set to 0
            }
            return new Solutions.Infinite(List.copyOf(free), List.of(particular));
        }

        /**
         * Each pivot variable in terms of the free ones, read off the final matrix of [A | b]:
         * {@code x1 = 3 - 2 x2}. Variables are named x1, x2, ...; numbers are written by {@code number}.
         */
        public List<String> pivotEquations(java.util.function.Function<Rational, String> number) {
            List<String> out = new ArrayList<>();
            for (Pivot p : pivots) {
                StringBuilder s = new StringBuilder("x").append(p.column() + 1).append(" = ");
                Rational constant = result.get(p.row(), variables);
                boolean empty = true;
                if (!constant.isZero()) {
                    s.append(number.apply(constant));
                    empty = false;
                }
                for (int j = p.column() + 1; j < variables; j++) {
                    Rational c = result.get(p.row(), j).negate(); // x_p = b_p − Σ a_pj x_j
                    if (c.isZero()) {
                        continue;
                    }
                    String magnitude = c.abs().isOne() ? "" : number.apply(c.abs()) + " ";
                    if (empty) {
                        s.append(c.signum() < 0 ? "-" : "").append(magnitude);
                    } else {
                        s.append(c.signum() < 0 ? " - " : " + ").append(magnitude);
                    }
                    s.append('x').append(j + 1);
                    empty = false;
                }
                if (empty) {
                    s.append('0');
                }
                out.add(s.toString());
            }
            return out;
        }
    }
}
