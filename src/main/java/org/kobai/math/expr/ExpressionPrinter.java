package org.kobai.math.expr;

import java.math.BigDecimal;
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
 * Prints a tree as plain ASCII text in the way a learner writes it ({@code 3x^2}, {@code 2x cos(x^2)},
 * {@code (x^2 + 1)^3}, {@code 1/(2sqrt(x))}) such that {@link ExpressionParser} reads it back as the same
 * tree, or, where the printer drops a redundant sign grouping (−(2x) as -2x), as a tree with the same
 * values. Numbers are printed exactly (the shortest decimal that reads back as the same double).
 */
final class ExpressionPrinter {
    /** Binding strength, loosest first. */
    static final int SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;

    private ExpressionPrinter() {}

    static String text(Expression e) {
        if (e instanceof Num n) {
            return number(n.value());
        } else if (e instanceof Var v) {
            return v.name();
        } else if (e instanceof Const c) {
            return c.constant().text();
        } else if (e instanceof Neg n) {
            String operand = text(n.operand());
            boolean group = precedence(n.operand()) < PRODUCT || operand.startsWith("-");
            return "-" + (group ? "(" + operand + ")" : operand);
        } else if (e instanceof Add a) {
            return text(a.left()) + " + " + rightOfSum(a.right());
        } else if (e instanceof Sub s) {
            return text(s.left()) + " - " + rightOfSum(s.right());
        } else if (e instanceof Mul m) {
            return product(m);
        } else if (e instanceof Div d) {
            return grouped(d.left(), PRODUCT) + "/" + rightOfProduct(d.right());
        } else if (e instanceof Pow p) {
            return grouped(p.base(), ATOM) + "^" + grouped(p.exponent(), ATOM);
        } else {
            Call c = (Call) e;
            return c.function().text() + "(" + text(c.argument()) + ")";
        }
    }

    /** The binding strength of e's outermost operation; a negative number binds like unary minus. */
    static int precedence(Expression e) {
        if (e instanceof Add || e instanceof Sub) {
            return SUM;
        } else if (e instanceof Mul || e instanceof Div) {
            return PRODUCT;
        } else if (e instanceof Neg || (e instanceof Num n && n.value() < 0)) {
            return UNARY;
        } else if (e instanceof Pow) {
            return POWER;
        }
        return ATOM;
    }

    /**
     * The shortest decimal that reads back as exactly {@code v}: plain for everyday sizes (0.001, 2.5,
     * 120000), e-notation beyond (1e-5, 1.5e20).
     */
    static String number(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (v == 0 || (magnitude >= 1e-4 && magnitude < 1e15)) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1; // v = m · 10^exponent with 1 <= |m| < 10
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    private static String product(Mul m) {
        String left = grouped(m.left(), PRODUCT);
        String right = rightOfProduct(m.right());
        return left + separator(m.left(), left, right) + right;
    }

    /** How two factors stand side by side: 2x, 2sin(x), 6x(x + 1)^2, x y, x sin(x), but x*2 and 2*3. */
    private static String separator(Expression left, String leftText, String rightText) {
        char first = rightText.charAt(0);
        if (Character.isDigit(first) || first == '.') {
            return "*";
        }
        if (first == '(') {
            return ""; // 2(x + 1), x(x + 1), (x + 1)(x - 1)
        }
        if (left instanceof Num) {
            // 2E1 would read as the number 20
            boolean readsAsExponent = (first == 'e' || first == 'E') && rightText.length() > 1
                    && (Character.isDigit(rightText.charAt(1)) || rightText.charAt(1) == '-'
                    || rightText.charAt(1) == '+');
            return readsAsExponent ? " " : "";
        }
        return " ";
    }

    /** x - (y - 1), x + (-y), x + (-x y): a right operand that starts with a sign is grouped. */
    private static String rightOfSum(Expression e) {
        String s = text(e);
        return precedence(e) <= SUM || s.startsWith("-") ? "(" + s + ")" : s;
    }

    private static String rightOfProduct(Expression e) {
        String s = text(e);
        return precedence(e) <= PRODUCT || s.startsWith("-") ? "(" + s + ")" : s;
    }

    private static String grouped(Expression e, int atLeast) {
        return precedence(e) < atLeast ? "(" + text(e) + ")" : text(e);
    }
}
