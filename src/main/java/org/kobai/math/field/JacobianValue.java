package org.kobai.math.field;

import org.kobai.math.expr.DerivativeValue;

/** The Jacobian at one point: its four entries, each a number or the reason it has none. */
public final class JacobianValue {
    private final DerivativeValue[][] entries;

    JacobianValue(DerivativeValue[][] entries) {
        this.entries = new DerivativeValue[][] {entries[0].clone(), entries[1].clone()};
    }

    /** ∂F_{row+1}/∂x_{column+1} at the point. */
    public DerivativeValue entry(int row, int column) {
        return entries[row][column];
    }

    /** Whether all four entries have values. */
    public boolean isDefined() {
        for (DerivativeValue[] row : entries) {
            for (DerivativeValue v : row) {
                if (!v.isDefined()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The matrix {{J₁₁, J₁₂}, {J₂₁, J₂₂}}.
     *
     * @throws IllegalStateException with the first entry's note if an entry has no value
     */
    public double[][] matrix() {
        return new double[][] {
                {entries[0][0].value(), entries[0][1].value()},
                {entries[1][0].value(), entries[1][1].value()}};
    }

    /**
     * J·(d₁, d₂) = (J₁₁d₁ + J₁₂d₂, J₂₁d₁ + J₂₂d₂).
     *
     * @throws IllegalStateException if an entry has no value
     */
    public double[] times(double d1, double d2) {
        double[][] j = matrix();
        return new double[] {j[0][0] * d1 + j[0][1] * d2, j[1][0] * d1 + j[1][1] * d2};
    }

    /**
     * det J = J₁₁J₂₂ − J₁₂J₂₁.
     *
     * @throws IllegalStateException if an entry has no value
     */
    public double determinant() {
        double[][] j = matrix();
        return j[0][0] * j[1][1] - j[0][1] * j[1][0];
    }

    /** The first entry's reason for having no value; empty when all are defined. */
    public String note() {
        for (DerivativeValue[] row : entries) {
            for (DerivativeValue v : row) {
                if (!v.isDefined()) {
                    return v.note();
                }
            }
        }
        return "";
    }
}
