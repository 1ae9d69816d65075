package org.kobai.math.expr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A function a learner typed, as an immutable tree: numbers, variables, the constants π and e, the operators
 * + − · / ^, unary minus and the functions of {@link MathFunction}.
 *
 * <p>Make one with {@link #parse(String)}; see {@link ExpressionParser} for what may be typed. Every tree
 * prints back to text ({@link #text()}) that parses to the same function, and to LaTeX ({@link #latex()}).
 * Differentiate with {@link Derivative#of(Expression, String)}; evaluate many points fast with
 * {@link #compile(List)}.
 */
public sealed interface Expression
        permits Expression.Num, Expression.Var, Expression.Const, Expression.Neg, Expression.Add,
        Expression.Sub, Expression.Mul, Expression.Div, Expression.Pow, Expression.Call {

    /**
     * Reads a typed function, e.g. {@code "x^2 + 3x - 1"} or {@code "sin(x1) x2"}.
     *
     * @throws ExpressionException naming the column of the first mistake
     */
    static Expression parse(String typed) {
        return ExpressionParser.parse(typed);
    }

    /**
     * Reads a typed function that may use only the given variables (a lesson about f(x) refuses y).
     *
     * @throws ExpressionException naming the column of the first mistake or of the first other variable
     */
    static Expression parse(String typed, List<String> allowed) {
        Expression e = parse(typed);
        for (String v : e.variables()) {
            if (!allowed.contains(v)) {
                int at = typed.indexOf(v);
                String which = allowed.size() == 1 ? "the variable " + allowed.get(0)
                        : "the variables " + String.join(", ", allowed.subList(0, allowed.size() - 1))
                                + " and " + allowed.get(allowed.size() - 1);
                throw new ExpressionException(at >= 0 ? at + 1 : 1, "use only " + which + ", not '" + v + "'");
            }
        }
        return e;
    }

    /**
     * f at the given variable values, computed by walking the tree (for many points use {@link #compile}).
     * Where f is not defined (ln of 0, √ of a negative number, 1/0, sign of 0) the result is NaN or ±∞.
     *
     * @throws IllegalArgumentException if a variable of f has no value
     */
    default double valueAt(Map<String, Double> values) {
        return Evaluator.valueAt(this, values);
    }

    /** Whether f has a finite value at the given point. */
    default boolean isDefinedAt(Map<String, Double> values) {
        return Double.isFinite(valueAt(values));
    }

    /** The variables f uses, in natural order (x before x1 before x2 before x10 before y). */
    default List<String> variables() {
        TreeSet<String> names = new TreeSet<>(Variables.NATURAL_ORDER);
        collectVariables(this, names);
        return List.copyOf(names);
    }

    /** Whether f uses the variable {@code name}, so that d/d{@code name} of f may be nonzero. */
    default boolean uses(String name) {
        return variables().contains(name);
    }

    /** Plain text that {@link #parse} reads back as the same function, e.g. {@code 2x cos(x^2)}. */
    default String text() {
        return ExpressionPrinter.text(this);
    }

    /** LaTeX for display, e.g. {@code 2x\cos\left(x^{2}\right)} or {@code \frac{1}{x}}. */
    default String latex() {
        return LatexPrinter.latex(this);
    }

    /** The same function, simplified as {@link Simplifier} describes. */
    default Expression simplified() {
        return Simplifier.simplify(this);
    }

    /**
     * A fast evaluator with the variables bound to argument positions in the given order.
     *
     * @throws IllegalArgumentException if a variable of f is missing from {@code variableOrder} or a name
     *                                  repeats
     */
    default CompiledExpression compile(List<String> variableOrder) {
        return CompiledExpression.of(this, variableOrder);
    }

    private static void collectVariables(Expression e, TreeSet<String> names) {
        if (e instanceof Var v) {
            names.add(v.name());
        } else if (e instanceof Neg n) {
            collectVariables(n.operand(), names);
        } else if (e instanceof Call c) {
            collectVariables(c.argument(), names);
        } else if (e instanceof Binary b) {
            collectVariables(b.left(), names);
            collectVariables(b.right(), names);
        }
    }

    /** The two-operand nodes, for code that treats them alike. */
    sealed interface Binary permits Add, Sub, Mul, Div, Pow {
        Expression left();
        Expression right();
    }

    /** A number, finite. Negative numbers come from the parser folding "−2" and from the simplifier. */
    record Num(double value) implements Expression {
        public Num {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Requires a finite number, got " + value + ".");
            }
            value = value + 0.0; // −0 and 0 are one number here
        }

        @Override public String toString() { return text(); }
    }

    /** A variable: one Latin or Greek letter, optionally followed by an index (x, y, w, θ, x1, x12). */
    record Var(String name) implements Expression {
        public Var {
            Objects.requireNonNull(name, "name");
            if (!Variables.isValidName(name)) {
                throw new IllegalArgumentException("Not a variable name: '" + name
                        + "' (one letter, optionally followed by digits; e and π are constants).");
            }
        }

        @Override public String toString() { return text(); }
    }

    /** The constant π or e. */
    record Const(Constant constant) implements Expression {
        public Const {
            Objects.requireNonNull(constant, "constant");
        }

        @Override public String toString() { return text(); }
    }

    /** −u. */
    record Neg(Expression operand) implements Expression {
        public Neg {
            Objects.requireNonNull(operand, "operand");
        }

        @Override public String toString() { return text(); }
    }

    /** u + v. */
    record Add(Expression left, Expression right) implements Binary, Expression {
        public Add {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override public String toString() { return text(); }
    }

    /** u − v. */
    record Sub(Expression left, Expression right) implements Binary, Expression {
        public Sub {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override public String toString() { return text(); }
    }

    /** u · v, typed as {@code u*v}, {@code u·v}, {@code u×v} or side by side ({@code 2x}, {@code x y}). */
    record Mul(Expression left, Expression right) implements Binary, Expression {
        public Mul {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override public String toString() { return text(); }
    }

    /** u / v. */
    record Div(Expression left, Expression right) implements Binary, Expression {
        public Div {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override public String toString() { return text(); }
    }

    /**
     * base<sup>exponent</sup>, computed as {@link Math#pow}: a negative base needs a whole-number exponent,
     * so x^(1/3) is not defined for x &lt; 0.
     */
    record Pow(Expression base, Expression exponent) implements Binary, Expression {
        public Pow {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }

        @Override public Expression left() { return base; }
        @Override public Expression right() { return exponent; }
        @Override public String toString() { return text(); }
    }

    /** A function applied to one argument, e.g. sin(u). */
    record Call(MathFunction function, Expression argument) implements Expression {
        public Call {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }

        @Override public String toString() { return text(); }
    }
}
