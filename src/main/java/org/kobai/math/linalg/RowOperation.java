package org.kobai.math.linalg;

import java.util.function.Function;

/**
 * One elementary row operation of the sweeping-out method. None changes the solutions of the system the
 * rows stand for. Rows are numbered from 0 here and shown from 1 (R1, R2, ...).
 */
public sealed interface RowOperation {

    /** The rows after the operation (a new array; the given one is untouched). */
    Rational[][] apply(Rational[][] rows);

    /** For the command line: {@code R2 <- R2 + 1/4 R1}, {@code R1 <-> R2}, {@code R2 <- 4/17 R2}. */
    default String text() {
        return describe(Rational::toString, " <- ", " <-> ", " ");
    }

    /** For the screen, numbers written by {@code number}: {@code R2 ← R2 + 1/4·R1}. */
    default String display(Function<Rational, String> number) {
        return describe(number, " \u2190 ", " \u2194 ", "\u00b7").replace(" - ", " \u2212 ");
    }

    String describe(Function<Rational, String> number, String becomes, String swaps, String times);

    /** The row an operation writes to (the first of a swap). */
    int target();

    /** Rᵢ ↔ Rⱼ: the two rows change places (used when the pivot position holds 0). */
    record Swap(int target, int other) implements RowOperation {
        @Override
        public Rational[][] apply(Rational[][] rows) {
            Rational[][] out = copy(rows);
            out[target] = rows[other].clone();
            out[other] = rows[target].clone();
            return out;
        }

        @Override
        public String describe(Function<Rational, String> number, String becomes, String swaps, String times) {
            return "R" + (target + 1) + swaps + "R" + (other + 1);
        }
    }

    /** Rᵢ ← c·Rᵢ with c ≠ 0: makes the pivot 1. */
    record Scale(int target, Rational factor) implements RowOperation {
        public Scale {
            if (factor.isZero()) {
                throw new IllegalArgumentException("Requires a nonzero factor: 0 would wipe out the row.");
            }
        }

        @Override
        public Rational[][] apply(Rational[][] rows) {
            Rational[][] out = copy(rows);
            for (int j = 0; j < out[target].length; j++) {
                out[target][j] = factor.times(rows[target][j]);
            }
            return out;
        }

        @Override
        public String describe(Function<Rational, String> number, String becomes, String swaps, String times) {
            String r = "R" + (target + 1);
            String c = number.apply(factor);
            boolean group = factor.signum() < 0 || c.contains("/");
            return r + becomes + (group ? "(" + c + ")" : c) + times + r;
        }
    }

    /** Rᵢ ← Rᵢ + c·Rⱼ: adds a multiple of the pivot row to clear an entry above or below the pivot. */
    record AddMultiple(int target, Rational factor, int source) implements RowOperation {
        public AddMultiple {
            if (target == source) {
                throw new IllegalArgumentException("Requires two different rows.");
            }
        }

        @Override
        public Rational[][] apply(Rational[][] rows) {
            Rational[][] out = copy(rows);
            for (int j = 0; j < out[target].length; j++) {
                out[target][j] = rows[target][j].plus(factor.times(rows[source][j])); // R_i + c R_j
            }
            return out;
        }

        @Override
        public String describe(Function<Rational, String> number, String becomes, String swaps, String times) {
            String r = "R" + (target + 1);
            String c = number.apply(factor.abs());
            return r + becomes + r + (factor.signum() < 0 ? " - " : " + ") + (factor.abs().isOne() ? "" : c + times)
                    + "R" + (source + 1);
        }
    }

    private static Rational[][] copy(Rational[][] rows) {
        Rational[][] out = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
