package org.kobai.math.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.kobai.math.expr.Expression.Add;
import org.kobai.math.expr.Expression.Call;
import org.kobai.math.expr.Expression.Const;
import org.kobai.math.expr.Expression.Div;
import org.kobai.math.expr.Expression.Mul;
import org.kobai.math.expr.Expression.Neg;
import org.kobai.math.expr.Expression.Num;
import org.kobai.math.expr.Expression.Pow;
import org.kobai.math.expr.Expression.Sub;
import org.kobai.math.expr.Expression.Var;

/**
 * An expression turned into a tree of small closures with each variable bound to an argument position, for
 * redrawing curves and grids: parts without variables are computed once, small whole powers become
 * multiplications. Immutable and safe to share between threads.
 *
 * <p>Values agree with {@link Expression#valueAt} up to rounding (x·x·x for x^3 may differ from
 * {@link Math#pow} in the last bit). See {@code docs/benchmarks-expressions.md} for its speed.
 */
public final class CompiledExpression {
    /** One compiled node: its value given the variables' values by position. */
    @FunctionalInterface
    private interface Node {
        double at(double[] v);
    }

    private final Expression expression;
    private final List<String> variables;
    private final Node root;

    private CompiledExpression(Expression expression, List<String> variables, Node root) {
        this.expression = expression;
        this.variables = variables;
        this.root = root;
    }

    /** Compiles e with its own variables in natural order (x, y; x1, x2, x10). */
    public static CompiledExpression of(Expression e) {
        return of(e, e.variables());
    }

    /**
     * Compiles e with {@code variableOrder[i]} read from argument i. The order may name variables e does not
     * use (f(x) compiled with x, y ignores y).
     *
     * @throws IllegalArgumentException if a variable of e is missing from the order or a name repeats
     */
    public static CompiledExpression of(Expression e, List<String> variableOrder) {
        Map<String, Integer> slots = new HashMap<>();
        for (String name : variableOrder) {
            if (slots.put(name, slots.size()) != null) {
                throw new IllegalArgumentException("The variable " + name + " is listed twice.");
            }
        }
        for (String name : e.variables()) {
            if (!slots.containsKey(name)) {
                throw new IllegalArgumentException("No position given for the variable " + name
                        + " (variables: " + String.join(", ", variableOrder) + ").");
            }
        }
        return new CompiledExpression(e, List.copyOf(variableOrder), compile(e, slots));
    }

    public Expression expression() { return expression; }

    /** The variables in argument order. */
    public List<String> variables() { return variables; }

    /**
     * f at the given values, in the order of {@link #variables()}; NaN or ±∞ where f is not defined.
     *
     * @throws IllegalArgumentException unless there is one value per variable
     */
    public double valueAt(double... values) {
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("Requires " + variables.size() + " values (" + String.join(", ", variables)
                    + "), got " + values.length + ".");
        }
        return root.at(values);
    }

    /** Whether f has a finite value at the given point (same arguments as {@link #valueAt}). */
    public boolean isDefinedAt(double... values) {
        return Double.isFinite(valueAt(values));
    }

    /**
     * x ↦ f(x), for {@link org.kobai.math.Curve#sample}.
     *
     * @throws IllegalStateException unless compiled with exactly one variable
     */
    public DoubleUnaryOperator asUnaryOperator() {
        requireVariables(1);
        Node r = root;
        return x -> r.at(new double[] {x});
    }

    /**
     * (x, y) ↦ f(x, y), for {@link org.kobai.math.Grid2D#sample}.
     *
     * @throws IllegalStateException unless compiled with exactly two variables
     */
    public DoubleBinaryOperator asBinaryOperator() {
        requireVariables(2);
        Node r = root;
        return (x, y) -> r.at(new double[] {x, y});
    }

    private void requireVariables(int n) {
        if (variables.size() != n) {
            throw new IllegalStateException("Requires exactly " + n + " variable(s), compiled with "
                    + variables.size() + " (" + String.join(", ", variables) + ").");
        }
    }

    @Override
    public String toString() {
        return "(" + String.join(", ", variables) + ") -> " + expression.text();
    }

    // ---- compiling ----

    private static Node compile(Expression e, Map<String, Integer> slots) {
        if (e.variables().isEmpty()) {
            double c = e.valueAt(Map.of()); // computed once
            return v -> c;
        }
        if (e instanceof Var x) {
            int i = slots.get(x.name());
            return v -> v[i];
        } else if (e instanceof Neg n) {
            Node a = compile(n.operand(), slots);
            return v -> -a.at(v);
        } else if (e instanceof Add s) {
            Node a = compile(s.left(), slots), b = compile(s.right(), slots);
            return v -> a.at(v) + b.at(v);
        } else if (e instanceof Sub s) {
            Node a = compile(s.left(), slots), b = compile(s.right(), slots);
            return v -> a.at(v) - b.at(v);
        } else if (e instanceof Mul m) {
            if (m.left() instanceof Num c) { // 3x: one call fewer
                double k = c.value();
                Node b = compile(m.right(), slots);
                return v -> k * b.at(v);
            }
            Node a = compile(m.left(), slots), b = compile(m.right(), slots);
            return v -> a.at(v) * b.at(v);
        } else if (e instanceof Div d) {
            Node a = compile(d.left(), slots), b = compile(d.right(), slots);
            return v -> a.at(v) / b.at(v);
        } else if (e instanceof Pow p) {
            return power(p, slots);
        } else {
            return call((Call) e, slots);
        }
    }

    private static Node power(Pow p, Map<String, Integer> slots) {
        if (p.base() instanceof Const c && c.constant() == Constant.E) {
            Node w = compile(p.exponent(), slots);
            return v -> Math.exp(w.at(v));
        }
        Node a = compile(p.base(), slots);
        if (p.exponent().variables().isEmpty()) {
            double k = p.exponent().valueAt(Map.of());
            if (k == 1) {
                return a;
            } else if (k == 2) {
                return v -> {
                    double t = a.at(v);
                    return t * t;
                };
            } else if (k == 3) {
                return v -> {
                    double t = a.at(v);
                    return t * t * t;
                };
            } else if (k == -1) {
                return v -> 1 / a.at(v);
            }
            return v -> Math.pow(a.at(v), k);
        }
        Node w = compile(p.exponent(), slots);
        return v -> Math.pow(a.at(v), w.at(v));
    }

    private static Node call(Call c, Map<String, Integer> slots) {
        Node a = compile(c.argument(), slots);
        return switch (c.function()) {
            case SIN -> v -> Math.sin(a.at(v));
            case COS -> v -> Math.cos(a.at(v));
            case TAN -> v -> Math.tan(a.at(v));
            case EXP -> v -> Math.exp(a.at(v));
            case LN -> v -> Math.log(a.at(v));
            case SQRT -> v -> Math.sqrt(a.at(v));
            case ABS -> v -> Math.abs(a.at(v));
            case SIGN -> v -> MathFunction.sign(a.at(v));
        };
    }
}
