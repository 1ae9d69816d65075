package org.kobai.math.optimize;

import java.util.List;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;

/**
 * A typed function as an objective: f and its symbolic partial derivatives ∂f/∂vᵢ, compiled for speed.
 * Immutable.
 */
public final class ExpressionObjective implements Objective {
    private final Expression function;
    private final List<String> variables;
    private final CompiledExpression value;
    private final CompiledExpression[] partials;

    private ExpressionObjective(Expression function, List<String> variables) {
        this.function = function;
        this.variables = List.copyOf(variables);
        this.value = function.compile(variables);
        List<Derivative> ds = Gradient.of(function, variables).partials();
        this.partials = new CompiledExpression[ds.size()];
        for (int i = 0; i < partials.length; i++) {
            partials[i] = ds.get(i).expression().compile(variables);
        }
    }

    /**
     * f as a function of the given variables, in that order (a variable f does not use has ∂f/∂v = 0).
     *
     * @throws IllegalArgumentException if f uses a variable not listed, or none is listed
     */
    public static ExpressionObjective of(Expression function, List<String> variables) {
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("Requires at least one variable.");
        }
        return new ExpressionObjective(function, variables);
    }

    /** f as a function of its own variables in natural order (x before y, x1 before x2). */
    public static ExpressionObjective of(Expression function) {
        return of(function, function.variables());
    }

    public Expression function() { return function; }

    public List<String> variables() { return variables; }

    @Override
    public int dimension() { return variables.size(); }

    @Override
    public double valueAt(double[] x) {
        return value.valueAt(x);
    }

    /** ∇f(x); a component is NaN where f or that partial derivative is not defined (|x| at 0). */
    @Override
    public double[] gradientAt(double[] x) {
        double[] g = new double[partials.length];
        boolean defined = Double.isFinite(value.valueAt(x));
        for (int i = 0; i < g.length; i++) {
            double d = partials[i].valueAt(x);
            g[i] = defined && Double.isFinite(d) ? d : Double.NaN;
        }
        return g;
    }
}
