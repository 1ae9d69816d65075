package org.kobai.math.expr;

/** The named constants a learner may type: {@code pi} (or {@code π}) and {@code e}. */
public enum Constant {
    /** π = 3.14159…, typed {@code pi}, {@code Pi} or {@code π}. */
    PI("pi", "\\pi", Math.PI),
    /** e = 2.71828…, the base of the natural logarithm, typed {@code e}. */
    E("e", "e", Math.E);

    private final String text;
    private final String latex;
    private final double value;

    Constant(String text, String latex, double value) {
        this.text = text;
        this.latex = latex;
        this.value = value;
    }

    /** How it is printed as text. */
    public String text() { return text; }

    public String latex() { return latex; }

    public double value() { return value; }
}
