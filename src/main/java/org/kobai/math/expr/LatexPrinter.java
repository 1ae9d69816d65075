package org.kobai.math.expr;

import static org.kobai.math.expr.ExpressionPrinter.PRODUCT;
import static org.kobai.math.expr.ExpressionPrinter.SUM;
import static org.kobai.math.expr.ExpressionPrinter.UNARY;
import static org.kobai.math.expr.ExpressionPrinter.precedence;

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
 * Typesets a tree as LaTeX for the formula view: {@code \frac{1}{x}}, {@code x^{2}}, {@code x_{1}},
 * {@code \sin x} for a plain argument and {@code \sin\left(x^{2}\right)} otherwise, {@code \sin^{2} x},
 * {@code e^{u}} for exp, {@code \sqrt{u}}, {@code \left|u\right|}. Factors stand side by side (2x,
 * {@code x\,y}); {@code \cdot} separates them where juxtaposition would misread (2 · 3, 2 · ½).
 */
final class LatexPrinter {
    private static final String GREEK_LOWER = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
            + " nu xi o pi rho varsigma sigma tau upsilon phi chi psi omega";
    private static final String GREEK_UPPER = "A B Gamma Delta E Z H Theta I K Lambda M N Xi O Pi P - Sigma T"
            + " Upsilon Phi X Psi Omega";

    private LatexPrinter() {}

    static String latex(Expression e) {
        return latex(e, true);
    }

    /**
     * @param bare whether a function may show its argument without parentheses (\sin x): only where
     *             nothing follows it in the same product, so that \sin x \, y cannot read as sin(xy)
     */
    private static String latex(Expression e, boolean bare) {
        if (e instanceof Num n) {
            return number(n.value());
        } else if (e instanceof Var v) {
            return variable(v.name());
        } else if (e instanceof Const c) {
            return c.constant().latex();
        } else if (e instanceof Neg n) {
            String operand = latex(n.operand(), bare);
            return "-" + (precedence(n.operand()) < PRODUCT || operand.startsWith("-") ? paren(operand) : operand);
        } else if (e instanceof Add a) {
            return latex(a.left(), true) + " + " + rightOfSum(a.right());
        } else if (e instanceof Sub s) {
            return latex(s.left(), true) + " - " + rightOfSum(s.right());
        } else if (e instanceof Mul m) {
            String left = latex(m.left(), false);
            if (precedence(m.left()) < PRODUCT) {
                left = paren(left);
            }
            String right = latex(m.right(), bare);
            if (precedence(m.right()) < PRODUCT || precedence(m.right()) == UNARY) {
                right = paren(right);
            }
            return left + separator(m.left(), right) + right;
        } else if (e instanceof Div d) {
            return "\\frac{" + latex(d.left(), true) + "}{" + latex(d.right(), true) + "}";
        } else if (e instanceof Pow p) {
            return power(p, bare);
        } else {
            return call((Call) e, bare, "");
        }
    }

    private static String separator(Expression left, String right) {
        if (Character.isDigit(right.charAt(0)) || right.startsWith("-") || right.startsWith("\\frac")) {
            return " \\cdot ";
        }
        if (left instanceof Num) {
            return "";
        }
        return right.startsWith("\\") ? " " : "\\,";
    }

    private static String rightOfSum(Expression e) {
        String s = latex(e, true);
        return precedence(e) <= SUM || precedence(e) == UNARY ? paren(s) : s;
    }

    private static String power(Pow p, boolean bare) {
        String exponent = "{" + latex(p.exponent(), true) + "}";
        Expression base = p.base();
        if (base instanceof Call c && c.function().latexOperator().isPresent() && c.function() != MathFunction.SIGN
                && p.exponent() instanceof Num n && n.value() > 0 && n.value() == Math.rint(n.value())) {
            return call(c, bare, "^" + exponent); // \sin^{2} x
        }
        if (base instanceof Call c && c.function() == MathFunction.ABS) {
            return latex(base, true) + "^" + exponent;
        }
        boolean plain = base instanceof Var || base instanceof Const || (base instanceof Num n && n.value() >= 0);
        return (plain ? latex(base, true) : paren(latex(base, true))) + "^" + exponent;
    }

    private static String call(Call c, boolean bare, String power) {
        String argument = latex(c.argument(), true);
        switch (c.function()) {
            case EXP:
                return "e^{" + argument + "}";
            case SQRT:
                return "\\sqrt{" + argument + "}";
            case ABS:
                return "\\left|" + argument + "\\right|";
            default:
                String operator = c.function().latexOperator().orElseThrow() + power;
                Expression u = c.argument();
                boolean simple = u instanceof Var || u instanceof Const || (u instanceof Num n && n.value() >= 0);
                return bare && simple ? operator + " " + argument : operator + paren(argument);
        }
    }

    private static String paren(String s) {
        return "\\left(" + s + "\\right)";
    }

    /** 2.5, −3, 1.5 × 10^{−5}: the same digits as the text form. */
    static String number(double v) {
        String text = ExpressionPrinter.number(v);
        int e = text.indexOf('e');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        String power = "10^{" + text.substring(e + 1) + "}";
        return mantissa.equals("1") ? power : mantissa.equals("-1") ? "-" + power : mantissa + " \\times " + power;
    }

    /** x, x_{1}, \theta, \theta_{2}. */
    static String variable(String name) {
        char letter = name.charAt(0);
        String symbol = String.valueOf(letter);
        if (letter >= '\u03b1' && letter <= '\u03c9') {
            symbol = greek(GREEK_LOWER, letter - '\u03b1');
        } else if (letter >= '\u0391' && letter <= '\u03a9') {
            symbol = greek(GREEK_UPPER, letter - '\u0391');
        }
        return name.length() == 1 ? symbol : symbol + "_{" + name.substring(1) + "}";
    }

    private static String greek(String names, int index) {
        String name = names.split(" ")[index];
        return name.equals("-") ? "?" : name.length() == 1 ? name : "\\" + name;
    }
}
