package org.kobai.math.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kobai.math.NumberText;
import org.kobai.math.expr.DerivativeValue.Problem;

/**
 * The derivative df/dv of a function by one of its variables (a partial derivative when f has several),
 * simplified so a student recognises it, with the rules that produced it.
 *
 * <pre>
 * Derivative d = Derivative.of(Expression.parse("sin(x^2)"), "x");
 * d.expression().text();   // 2x cos(x^2)
 * d.rules();               // [TRIGONOMETRIC, CHAIN, POWER, VARIABLE]
 * d.at(1.5).value();       // 2 · 1.5 · cos(2.25)
 * </pre>
 */
public final class Derivative {
    private final Expression function;
    private final String variable;
    private final Expression unsimplified;
    private final Expression expression;
    private final List<RuleUse> steps;
    private final List<String> variables;
    private final CompiledExpression compiledFunction;
    private final CompiledExpression compiled;

    private Derivative(Expression function, String variable) {
        this.function = function;
        this.variable = variable;
        Differentiator.Result result = Differentiator.differentiate(function, variable);
        this.unsimplified = result.raw();
        this.expression = Simplifier.simplify(result.raw());
        this.steps = result.uses();
        TreeSet<String> names = new TreeSet<>(Variables.NATURAL_ORDER);
        names.addAll(function.variables());
        names.add(variable);
        this.variables = List.copyOf(names);
        this.compiledFunction = CompiledExpression.of(function, variables);
        this.compiled = CompiledExpression.of(expression, variables);
    }

    /**
     * d f / d {@code variable}; other variables are held constant.
     *
     * @throws IllegalArgumentException if {@code variable} is not a variable name (see {@link Variables})
     */
    public static Derivative of(Expression f, String variable) {
        if (!Variables.isValidName(variable)) {
            throw new IllegalArgumentException("Not a variable name: '" + variable + "'.");
        }
        return new Derivative(f, variable);
    }

    /** The function that was differentiated, as given. */
    public Expression function() { return function; }

    public String variable() { return variable; }

    /** The derivative, simplified: {@code 3x^2} for x³. */
    public Expression expression() { return expression; }

    /** The derivative exactly as the rules produce it, before simplifying: {@code 3x^(3 - 1)*1}. */
    public Expression unsimplified() { return unsimplified; }

    /** Every rule use, once each, in the order first used. */
    public List<RuleUse> steps() { return steps; }

    /** The rules used, each once, in the order first used, e.g. [POWER, CHAIN, SUM, VARIABLE, CONSTANT]. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RuleUse use : steps) {
            if (!rules.contains(use.rule())) {
                rules.add(use.rule());
            }
        }
        return List.copyOf(rules);
    }

    public boolean uses(Rule rule) {
        return steps.stream().anyMatch(s -> s.rule() == rule);
    }

    /** The variables of f and the one differentiated by, in natural order: the order {@link #at} takes. */
    public List<String> variables() { return variables; }

    /** The derivative compiled with {@link #variables()}, for sampling many points. */
    public CompiledExpression compiled() { return compiled; }

    /**
     * The derivative at a point given in the order of {@link #variables()} ({@code at(1.5)} for f(x)).
     * Undefined where f has no value ({@link Problem#NOT_DEFINED}) or the derivative has none
     * ({@link Problem#NOT_DIFFERENTIABLE}: |x| and √x at 0).
     *
     * <p>The answer comes from the formula: where it is 0/0 but a limit exists (√(x⁴) at 0) it is reported
     * as not differentiable.
     *
     * @throws IllegalArgumentException unless there is one value per variable
     */
    public DerivativeValue at(double... point) {
        double f = compiledFunction.valueAt(point);
        if (!Double.isFinite(f)) {
            return DerivativeValue.undefined(Problem.NOT_DEFINED, "not defined at " + describe(point));
        }
        double slope = compiled.valueAt(point);
        if (!Double.isFinite(slope)) {
            String by = variables.size() == 1 ? "" : " with respect to " + variable;
            return DerivativeValue.undefined(Problem.NOT_DIFFERENTIABLE,
                    "not differentiable" + by + " at " + describe(point));
        }
        return DerivativeValue.of(slope);
    }

    /**
     * The derivative at a point given by name; names beyond {@link #variables()} are ignored.
     *
     * @throws IllegalArgumentException if a variable has no value
     */
    public DerivativeValue at(Map<String, Double> point) {
        double[] values = new double[variables.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = point.get(variables.get(i));
            if (v == null) {
                throw new IllegalArgumentException("No value for the variable " + variables.get(i) + ".");
            }
            values[i] = v;
        }
        return at(values);
    }

    /** x = 0, or (x, y) = (0, 1). */
    String describe(double[] point) {
        if (point.length == 1) {
            return variables.get(0) + " = " + NumberText.plain(point[0]);
        }
        List<String> values = new ArrayList<>();
        for (double v : point) {
            values.add(NumberText.plain(v));
        }
        return "(" + String.join(", ", variables) + ") = (" + String.join(", ", values) + ")";
    }

    @Override
    public String toString() {
        return "d/d" + variable + " " + function.text() + " = " + expression.text();
    }
}
