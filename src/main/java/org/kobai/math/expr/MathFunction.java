package org.kobai.math.expr;

import java.util.Locale;
import java.util.Optional;

/**
 * The functions of one argument a learner may type, always with parentheses: {@code sin(x)}. Names are read
 * without regard to case ({@code Sin(x)} is sin). {@code log} is the natural logarithm, the same as
 * {@code ln} (as in machine-learning texts and most programming languages); there is no base-10 logarithm.
 */
public enum MathFunction {
    /** sin u, u in radians. */
    SIN("sin", "\\sin"),
    /** cos u, u in radians. */
    COS("cos", "\\cos"),
    /** tan u = sin u / cos u; not defined where cos u = 0 (there it evaluates to a huge number). */
    TAN("tan", "\\tan"),
    /** e<sup>u</sup>. */
    EXP("exp", null),
    /** The natural logarithm ln u, defined for u &gt; 0; also typed {@code log}. */
    LN("ln", "\\ln"),
    /** √u, defined for u ≥ 0; also typed {@code √u}. */
    SQRT("sqrt", null),
    /** |u|; also typed {@code |u|}. Not differentiable where u = 0. */
    ABS("abs", null),
    /**
     * sign u = u / |u|: 1 for u &gt; 0, −1 for u &lt; 0, not defined at u = 0 (NaN). It is the derivative of
     * |u|, which is why it is undefined at 0; also typed {@code sgn}.
     */
    SIGN("sign", "\\operatorname{sgn}");

    private final String text;
    private final String latex;

    MathFunction(String text, String latex) {
        this.text = text;
        this.latex = latex;
    }

    /** The name printed as text, e.g. {@code ln}. */
    public String text() { return text; }

    /** The LaTeX operator, e.g. {@code \ln}; empty for functions drawn another way (e^u, √u, |u|). */
    Optional<String> latexOperator() { return Optional.ofNullable(latex); }

    /** The function's value at u; NaN or ±∞ outside its domain. */
    public double apply(double u) {
        return switch (this) {
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case TAN -> Math.tan(u);
            case EXP -> Math.exp(u);
            case LN -> Math.log(u);
            case SQRT -> Math.sqrt(u);
            case ABS -> Math.abs(u);
            case SIGN -> sign(u);
        };
    }

    /** 1 for u &gt; 0, −1 for u &lt; 0, NaN at 0 and for NaN. */
    static double sign(double u) {
        return u > 0 ? 1 : u < 0 ? -1 : Double.NaN;
    }

    /** The function with this name as typed ({@code log} and {@code sgn} included), if any. */
    public static Optional<MathFunction> named(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        for (MathFunction f : values()) {
            if (f.text.equals(name)) {
                return Optional.of(f);
            }
        }
        return switch (name) {
            case "log" -> Optional.of(LN);
            case "sgn" -> Optional.of(SIGN);
            default -> Optional.empty();
        };
    }

    /** The names that may be typed, for help texts. */
    public static String typedNames() {
        return "sin, cos, tan, exp, ln (= log, natural), sqrt, abs, sign (= sgn)";
    }
}
