package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kobai.math.expr.Expression.Mul;
import org.kobai.math.expr.Expression.Neg;
import org.kobai.math.expr.Expression.Num;
import org.kobai.math.expr.Expression.Pow;
import org.kobai.math.expr.Expression.Var;
import org.scilab.forge.jlatexmath.TeXFormula;

/** Text and LaTeX forms; expected strings are written by hand in the notation of the articles. */
class ExpressionPrinterTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "x^2+3*x-1;        x^2 + 3x - 1",
            "2 * x * y;        2x y",
            "x*2;              x*2",
            "2*3;              2*3",
            "(x+1)*(x-1);      (x + 1)(x - 1)",
            "x*(x+1);          x(x + 1)",
            "2^3^2;            2^(3^2)",
            "(2^3)^2;          (2^3)^2",
            "x-(y-1);          x - (y - 1)",
            "x-(-y);           x - (-y)",
            "x/(2*y);          x/(2y)",
            "(x/2)/y;          x/2/y",
            "x/(y/2);          x/(y/2)",
            "-x^2;             -x^2",
            "(-x)^2;           (-x)^2",
            "(-2)^2;           (-2)^2",
            "2^-1;             2^(-1)",
            "e^(2x);           e^(2x)",
            "log(x);           ln(x)",
            "|x|;              abs(x)",
            "\u221a(x);        sqrt(x)",
            "\u03c0 x;         pi x",
            "0.000012;         1.2e-5",
            "1e20;             1e20",
            "123456;           123456",
            "0.1;              0.1",
            "x_3 x12;          x3 x12",
            "2 E;              2E",
    })
    void textReadsLikeALearnerWritesIt(String typed, String text) {
        assertThat(Expression.parse(typed).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x^2 + 3x - 1", "2x y", "(x + 1)(x - 1)", "2^3^2", "(2^3)^2", "x - (y - 1)", "x/(2y)", "x/2/y",
            "-x^2", "(-x)^2", "2^(-1)", "sin(x)^2", "-(x + 1)", "-(-x)", "x - (-2)", "x*(-2)", "x (1/2)",
            "abs(x - 1) sign(x)", "2 E1", "1e-5x", "3*2^x", "sqrt(x)^(1/3)", "pi e x", "-2x/3",
    })
    void printedTextReadsBackAsTheSameTree(String typed) {
        Expression e = Expression.parse(typed);
        assertThat(Expression.parse(e.text())).isEqualTo(e);
        assertThat(Expression.parse(e.text()).text()).isEqualTo(e.text());
    }

    @Test
    void numbersPrintExactly() {
        // the shortest decimals that read back as the same doubles (IEEE 754: 0.1 + 0.2 ≠ 0.3)
        assertThat(new Num(0.1 + 0.2).text()).isEqualTo("0.30000000000000004");
        assertThat(new Num(1.0 / 3).text()).isEqualTo("0.3333333333333333");
        assertThat(Expression.parse(new Num(1.0 / 3).text())).isEqualTo(new Num(1.0 / 3));
        assertThat(new Num(-0.0).text()).isEqualTo("0");
    }

    @Test
    void negationsThatPrintAlikeHaveTheSameValue() {
        // −(2x) prints as -2x, which reads back as (−2)·x: a different tree with the same values
        Expression negated = new Neg(new Mul(new Num(2), new Var("x")));
        assertThat(negated.text()).isEqualTo("-2x");
        assertThat(Expression.parse("-2x")).isEqualTo(new Mul(new Num(-2), new Var("x")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1/x;                \\frac{1}{x}",
            "x^2;                x^{2}",
            "x1^2 + x2;          x_{1}^{2} + x_{2}",
            "sin(x);             \\sin x",
            "sin(x^2);           \\sin\\left(x^{2}\\right)",
            "sin(x) y;           \\sin\\left(x\\right)\\,y",
            "y sin(x);           y \\sin x",
            "sin(x)^2;           \\sin^{2} x",
            "cos(2x)^2;          \\cos^{2}\\left(2x\\right)",
            "ln(x);              \\ln x",
            "exp(-x);            e^{-x}",
            "e^x;                e^{x}",
            "sqrt(x^2 + 1);      \\sqrt{x^{2} + 1}",
            "|x|;                \\left|x\\right|",
            "|x|^3;              \\left|x\\right|^{3}",
            "sign(x);            \\operatorname{sgn} x",
            "2x;                 2x",
            "x y;                x\\,y",
            "2*3;                2 \\cdot 3",
            "x*2;                x \\cdot 2",
            "2*(x/3);            2 \\cdot \\frac{x}{3}",
            "(x + 1)(x - 1);     \\left(x + 1\\right) \\left(x - 1\\right)",
            "x - (-y);           x - \\left(-y\\right)",
            "-(x + 1);           -\\left(x + 1\\right)",
            "(x^2)^3;            \\left(x^{2}\\right)^{3}",
            "(-2)^x;             \\left(-2\\right)^{x}",
            "pi \u03b8;          \\pi \\theta",
            "\u03a9 + \u03bc2;   \\Omega + \\mu_{2}",
            "0.0000015;          1.5 \\times 10^{-6}",
            "1e-7;               10^{-7}",
            "2x cos(x^2);        2x \\cos\\left(x^{2}\\right)",
    })
    void latexTypesetsTheFormula(String typed, String latex) {
        assertThat(Expression.parse(typed).latex()).isEqualTo(latex);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x^3", "sin(x^2)", "(x^2 + 1)^3", "x1^2 + 2x1x2 - x2^2", "exp(-x^2/2)/sqrt(2pi)", "|x| sign(x)",
            "x^x", "ln(1 + e^x)", "tan(x)^2", "1/(1 + exp(-x))", "sqrt(x)^(1/3)",
    })
    void everyFormAndItsDerivativeTypesetsInJLaTeXMath(String typed) {
        Expression e = Expression.parse(typed);
        for (String v : e.variables()) {
            new TeXFormula(Derivative.of(e, v).expression().latex()); // throws ParseException if malformed
        }
        new TeXFormula(e.latex());
    }

    @Test
    void toStringIsTheText() {
        assertThat(new Pow(new Var("x"), new Num(2))).hasToString("x^2");
    }
}
