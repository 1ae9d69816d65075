package org.kobai.math.field;

import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;

/**
 * The derivative of a map F: R² → R², a matrix: J(x) = [[∂F₁/∂x₁, ∂F₁/∂x₂], [∂F₂/∂x₁, ∂F₂/∂x₂]]. Near a
 * point p the map is almost linear: F(p + dx) ≈ F(p) + J(p)·dx, the two-output form of dy = f'(x)dx.
 */
public final class Jacobian {
    private final VectorField field;
    private final Derivative[][] entries = new Derivative[2][2];

    Jacobian(VectorField field) {
        this.field = field;
        Expression[] rows = {field.first(), field.second()};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                entries[i][j] = Derivative.of(rows[i], field.variables().get(j));
            }
        }
    }

    /**
     * ∂F_{row+1}/∂x_{column+1}: row 0 is F₁, column 0 is x₁.
     *
     * @throws IndexOutOfBoundsException unless row and column are 0 or 1
     */
    public Derivative entry(int row, int column) {
        return entries[row][column];
    }

    /** J at (x₁, x₂): each entry's value, or why it has none. */
    public JacobianValue at(double x1, double x2) {
        DerivativeValue[][] values = new DerivativeValue[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                values[i][j] = valueOf(entries[i][j], x1, x2);
            }
        }
        return new JacobianValue(values);
    }

    private DerivativeValue valueOf(Derivative d, double x1, double x2) {
        return d.at(java.util.Map.of(field.variables().get(0), x1, field.variables().get(1), x2));
    }

    /**
     * The linear approximation of F at p, evaluated at q: F(p) + J(p)·(q − p). NaN components where F or J
     * has no value at p.
     */
    public double[] linearApproximation(double p1, double p2, double q1, double q2) {
        double[] fp = field.valueAt(p1, p2);
        JacobianValue j = at(p1, p2);
        if (!j.isDefined() || !Double.isFinite(fp[0]) || !Double.isFinite(fp[1])) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] step = j.times(q1 - p1, q2 - p2);
        return new double[] {fp[0] + step[0], fp[1] + step[1]};
    }

    /** det J = ∂F₁/∂x₁·∂F₂/∂x₂ − ∂F₁/∂x₂·∂F₂/∂x₁, simplified: how much F scales areas near a point. */
    public Expression determinant() {
        return new Expression.Sub(
                new Expression.Mul(entries[0][0].expression(), entries[1][1].expression()),
                new Expression.Mul(entries[0][1].expression(), entries[1][0].expression())).simplified();
    }

    /** The matrix in LaTeX: {@code \begin{pmatrix} a & b \\ c & d \end{pmatrix}}. */
    public String latex() {
        return "\\begin{pmatrix} " + entries[0][0].expression().latex() + " & " + entries[0][1].expression().latex()
                + " \\\\ " + entries[1][0].expression().latex() + " & " + entries[1][1].expression().latex()
                + " \\end{pmatrix}";
    }

    @Override
    public String toString() {
        return "[[" + entries[0][0].expression().text() + ", " + entries[0][1].expression().text() + "], ["
                + entries[1][0].expression().text() + ", " + entries[1][1].expression().text() + "]]";
    }
}
