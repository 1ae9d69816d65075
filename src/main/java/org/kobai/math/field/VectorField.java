package org.kobai.math.field;

import java.util.List;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;

/**
 * A vector field on the plane, F(x₁, x₂) = (F₁(x₁, x₂), F₂(x₁, x₂)), which is also a map R² → R², with the
 * derivatives the operator ∇ = (∂/∂x₁, ∂/∂x₂) gives it, symbolic and simplified:
 *
 * <ul>
 *   <li>the Jacobian J = [[∂F₁/∂x₁, ∂F₁/∂x₂], [∂F₂/∂x₁, ∂F₂/∂x₂]] ({@link #jacobian()});</li>
 *   <li>the divergence ∇·F = ∂F₁/∂x₁ + ∂F₂/∂x₂ ({@link #divergence()});</li>
 *   <li>the curl, a scalar in two dimensions: ∇×F = ∂F₂/∂x₁ − ∂F₁/∂x₂ ({@link #curl()}).</li>
 * </ul>
 *
 * <pre>
 * VectorField rotation = VectorField.of(Expression.parse("-x2"), Expression.parse("x1"), List.of("x1", "x2"));
 * rotation.divergence().text();   // 0
 * rotation.curl().text();         // 2
 * </pre>
 */
public final class VectorField {
    private final Expression first;
    private final Expression second;
    private final List<String> variables;
    private final Jacobian jacobian;
    private final Expression divergence;
    private final Expression curl;
    private final CompiledExpression firstCompiled;
    private final CompiledExpression secondCompiled;
    private final CompiledExpression divergenceCompiled;
    private final CompiledExpression curlCompiled;

    private VectorField(Expression first, Expression second, List<String> variables) {
        this.first = first;
        this.second = second;
        this.variables = List.copyOf(variables);
        this.jacobian = new Jacobian(this);
        // ∇·F = ∂F₁/∂x₁ + ∂F₂/∂x₂
        this.divergence = new Expression.Add(jacobian.entry(0, 0).expression(), jacobian.entry(1, 1).expression())
                .simplified();
        // ∇×F = ∂F₂/∂x₁ − ∂F₁/∂x₂
        this.curl = new Expression.Sub(jacobian.entry(1, 0).expression(), jacobian.entry(0, 1).expression())
                .simplified();
        this.firstCompiled = first.compile(this.variables);
        this.secondCompiled = second.compile(this.variables);
        this.divergenceCompiled = divergence.compile(this.variables);
        this.curlCompiled = curl.compile(this.variables);
    }

    /**
     * The field (F₁, F₂) in the variables (x₁, x₂), named in that order.
     *
     * @throws IllegalArgumentException unless there are two distinct variables and F₁ and F₂ use no others
     */
    public static VectorField of(Expression first, Expression second, List<String> variables) {
        if (variables.size() != 2 || variables.get(0).equals(variables.get(1))) {
            throw new IllegalArgumentException("Requires two different variables, got " + variables + ".");
        }
        for (Expression e : List.of(first, second)) {
            for (String v : e.variables()) {
                if (!variables.contains(v)) {
                    throw new IllegalArgumentException("The field uses " + v + ", not one of " + variables + ".");
                }
            }
        }
        return new VectorField(first, second, variables);
    }

    /**
     * The gradient field ∇f = (∂f/∂x₁, ∂f/∂x₂) of a function of the two variables.
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static VectorField gradientOf(Expression f, List<String> variables) {
        Gradient g = Gradient.of(f, variables);
        return of(g.partials().get(0).expression(), g.partials().get(1).expression(), variables);
    }

    /** F₁. */
    public Expression first() { return first; }

    /** F₂. */
    public Expression second() { return second; }

    /** (x₁, x₂): the order points are given in. */
    public List<String> variables() { return variables; }

    /** The matrix of partial derivatives, row i = ∇Fᵢ. */
    public Jacobian jacobian() { return jacobian; }

    /** ∇·F = ∂F₁/∂x₁ + ∂F₂/∂x₂, simplified. */
    public Expression divergence() { return divergence; }

    /** ∇×F = ∂F₂/∂x₁ − ∂F₁/∂x₂ (the two-dimensional curl, a scalar), simplified. */
    public Expression curl() { return curl; }

    /** (F₁, F₂) at (x₁, x₂); a component is NaN (or ±∞) where it is not defined. */
    public double[] valueAt(double x1, double x2) {
        return new double[] {firstCompiled.valueAt(x1, x2), secondCompiled.valueAt(x1, x2)};
    }

    /** F₁ at (x₁, x₂), for sampling arrows. */
    public double firstAt(double x1, double x2) { return firstCompiled.valueAt(x1, x2); }

    /** F₂ at (x₁, x₂), for sampling arrows. */
    public double secondAt(double x1, double x2) { return secondCompiled.valueAt(x1, x2); }

    /** Whether F₁ and F₂ both have finite values at (x₁, x₂). */
    public boolean isDefinedAt(double x1, double x2) {
        return Double.isFinite(firstAt(x1, x2)) && Double.isFinite(secondAt(x1, x2));
    }

    /** ∇·F at (x₁, x₂); NaN where F or a derivative in it has no finite value. */
    public double divergenceAt(double x1, double x2) {
        return definedOrNaN(x1, x2, divergenceCompiled.valueAt(x1, x2));
    }

    /** ∇×F at (x₁, x₂); NaN where F or a derivative in it has no finite value. */
    public double curlAt(double x1, double x2) {
        return definedOrNaN(x1, x2, curlCompiled.valueAt(x1, x2));
    }

    private double definedOrNaN(double x1, double x2, double value) {
        return isDefinedAt(x1, x2) && Double.isFinite(value) ? value : Double.NaN;
    }

    @Override
    public String toString() {
        return "F = (" + first.text() + ", " + second.text() + ")";
    }
}
