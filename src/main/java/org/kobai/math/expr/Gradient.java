package org.kobai.math.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ) of a function of several variables: its partial derivatives,
 * each taken with the other variables held constant, and their values at a point.
 *
 * <pre>
 * Gradient g = Gradient.of(Expression.parse("x1^2 + 2x1 x2 - x2^2"));
 * g.partial("x1").expression().text();   // 2x1 + 2x2
 * g.at(1, 2).vector();                   // {6, -2}
 * </pre>
 */
public final class Gradient {
    private final Expression function;
    private final List<String> variables;
    private final List<Derivative> partials;

    private Gradient(Expression function, List<String> variables) {
        this.function = function;
        this.variables = List.copyOf(variables);
        List<Derivative> ds = new ArrayList<>();
        for (String v : variables) {
            ds.add(Derivative.of(function, v));
        }
        this.partials = List.copyOf(ds);
    }

    /** The gradient with respect to f's own variables, in natural order (x1, x2, …, x10; x, y). */
    public static Gradient of(Expression f) {
        return new Gradient(f, f.variables());
    }

    /**
     * The gradient with respect to the given variables, in that order; a variable f does not use gives 0.
     *
     * @throws IllegalArgumentException if f uses a variable not listed, or a name repeats or is invalid
     */
    public static Gradient of(Expression f, List<String> variables) {
        for (String v : f.variables()) {
            if (!variables.contains(v)) {
                throw new IllegalArgumentException("The gradient needs the variable " + v + " of " + f.text() + ".");
            }
        }
        if (variables.stream().distinct().count() != variables.size()) {
            throw new IllegalArgumentException("A variable is listed twice: " + variables + ".");
        }
        return new Gradient(f, variables);
    }

    public Expression function() { return function; }

    public List<String> variables() { return variables; }

    /** ∂f/∂v for each variable, in the order of {@link #variables()}. */
    public List<Derivative> partials() { return partials; }

    /**
     * ∂f/∂{@code variable}.
     *
     * @throws IllegalArgumentException if it is not one of {@link #variables()}
     */
    public Derivative partial(String variable) {
        int i = variables.indexOf(variable);
        if (i < 0) {
            throw new IllegalArgumentException("No variable " + variable + " in " + variables + ".");
        }
        return partials.get(i);
    }

    /**
     * ∇f at a point given in the order of {@link #variables()}.
     *
     * @throws IllegalArgumentException unless there is one value per variable
     */
    public GradientValue at(double... point) {
        if (point.length != variables.size()) {
            throw new IllegalArgumentException("Requires " + variables.size() + " values (" + String.join(", ", variables)
                    + "), got " + point.length + ".");
        }
        Map<String, Double> named = new java.util.HashMap<>();
        for (int i = 0; i < point.length; i++) {
            named.put(variables.get(i), point[i]);
        }
        List<DerivativeValue> values = new ArrayList<>();
        for (Derivative d : partials) {
            DerivativeValue v = d.at(named);
            values.add(v.isDefined() || variables.size() == 1 ? v
                    : DerivativeValue.undefined(v.problem().orElseThrow(), retell(v, d, point)));
        }
        return new GradientValue(variables, values);
    }

    /** The note told with all the gradient's variables, not only those the partial derivative sees. */
    private String retell(DerivativeValue v, Derivative d, double[] point) {
        List<String> shown = new ArrayList<>();
        for (double x : point) {
            shown.add(org.kobai.math.NumberText.plain(x));
        }
        String at = "(" + String.join(", ", variables) + ") = (" + String.join(", ", shown) + ")";
        return v.problem().orElseThrow() == DerivativeValue.Problem.NOT_DEFINED
                ? "not defined at " + at
                : "not differentiable with respect to " + d.variable() + " at " + at;
    }

    @Override
    public String toString() {
        return "grad " + function.text() + " = (" + String.join(", ",
                partials.stream().map(p -> p.expression().text()).toList()) + ")";
    }
}
