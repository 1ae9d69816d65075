package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * What learners type and how it is read. Expected trees and values are worked by hand from the grammar in
 * {@link ExpressionParser}'s Javadoc; error columns are counted by hand in the typed text.
 */
class ExpressionParserTest {
    /** Values below are exact decimals or one rounding away from them. */
    private static final double TOLERANCE = 1e-12;

    private static final Var X = new Var("x");
    private static final Var Y = new Var("y");

    private static Num num(double v) {
        return new Num(v);
    }

    private static double valueAt(String typed, double x) {
        return Expression.parse(typed).valueAt(Map.of("x", x, "y", 2.0));
    }

    // ---- precedence and associativity ----

    @Test
    void productsBindTighterThanSums() {
        assertThat(Expression.parse("1 + 2*x")).isEqualTo(new Add(num(1), new Mul(num(2), X)));
        assertThat(Expression.parse("1 - x/2")).isEqualTo(new Sub(num(1), new Div(X, num(2))));
    }

    @Test
    void powersBindTighterThanProducts() {
        assertThat(Expression.parse("2*x^2")).isEqualTo(new Mul(num(2), new Pow(X, num(2))));
        assertThat(Expression.parse("2x^2")).isEqualTo(new Mul(num(2), new Pow(X, num(2))));
    }

    @Test
    void sumsAndProductsGroupFromTheLeft() {
        assertThat(Expression.parse("x - y - 1")).isEqualTo(new Sub(new Sub(X, Y), num(1)));
        assertThat(Expression.parse("x / y / 2")).isEqualTo(new Div(new Div(X, Y), num(2)));
        assertThat(valueAt("8/4/2", 0)).isEqualTo(1.0); // (8/4)/2, not 8/(4/2) = 4
    }

    @Test
    void powersGroupFromTheRight() {
        assertThat(Expression.parse("2^3^2")).isEqualTo(new Pow(num(2), new Pow(num(3), num(2))));
        assertThat(valueAt("2^3^2", 0)).isEqualTo(512.0); // 2^9, not 8^2 = 64
    }

    @Test
    void unaryMinusIsWeakerThanPower() {
        assertThat(Expression.parse("-x^2")).isEqualTo(new Neg(new Pow(X, num(2))));
        assertThat(valueAt("-x^2", 3)).isEqualTo(-9.0);
        assertThat(valueAt("(-x)^2", 3)).isEqualTo(9.0);
        assertThat(valueAt("-3^2", 0)).isEqualTo(-9.0);
    }

    @Test
    void exponentMayBeNegative() {
        assertThat(Expression.parse("2^-1")).isEqualTo(new Pow(num(2), num(-1)));
        assertThat(valueAt("2^-1", 0)).isEqualTo(0.5);
        assertThat(valueAt("e^-x^2", 1)).isCloseTo(Math.exp(-1), within(TOLERANCE)); // e^(-(x^2))
        assertThat(valueAt("x^-2", 2)).isEqualTo(0.25);
    }

    @Test
    void minusInFrontOfANumberIsANegativeNumber() {
        assertThat(Expression.parse("-2")).isEqualTo(num(-2));
        assertThat(Expression.parse("-2x")).isEqualTo(new Mul(num(-2), X));
        assertThat(Expression.parse("- -x")).isEqualTo(new Neg(new Neg(X)));
        assertThat(Expression.parse("+x")).isEqualTo(X);
        assertThat(valueAt("3 - -2", 0)).isEqualTo(5.0);
        assertThat(valueAt("2*-x", 4)).isEqualTo(-8.0);
    }

    // ---- implicit multiplication ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2x; 2*x",
            "3(x+1); 3*(x+1)",
            "x y; x*y",
            "2sin(x); 2*sin(x)",
            "(x+1)(x-1); (x+1)*(x-1)",
            "x(x+1); x*(x+1)",
            "2 x y; (2*x)*y",
            "2x^2 y; (2*x^2)*y",
            "2pi x; (2*pi)*x",
            "2πx; (2*pi)*x",
            "1/2x; (1/2)*x",
            "2e; 2*e",
            "x1x2; x1*x2",
            "2|x|; 2*abs(x)",
            "x sqrt(x); x*sqrt(x)",
    })
    void factorsSideBySideMultiply(String typed, String explicit) {
        assertThat(Expression.parse(typed)).isEqualTo(Expression.parse(explicit));
    }

    @Test
    void indexedVariableIsNotAProduct() {
        assertThat(Expression.parse("x2")).isEqualTo(new Var("x2"));
        assertThat(Expression.parse("2x")).isEqualTo(new Mul(num(2), X));
        assertThat(Expression.parse("x_12")).isEqualTo(new Var("x12"));
        assertThat(Expression.parse("x\u2081")).isEqualTo(new Var("x1")); // subscript one
        assertThat(Expression.parse("x10 + x2").variables()).containsExactly("x2", "x10");
    }

    // ---- numbers, names, functions ----

    @ParameterizedTest
    @CsvSource({"1, 1", "2.5, 2.5", ".5, 0.5", "1e-3, 0.001", "2.5E2, 250", "3., 3", "1e+2, 100"})
    void numbers(String typed, double expected) {
        assertThat(Expression.parse(typed)).isEqualTo(num(expected));
    }

    @Test
    void constants() {
        assertThat(Expression.parse("pi")).isEqualTo(new Const(Constant.PI));
        assertThat(Expression.parse("Pi")).isEqualTo(new Const(Constant.PI));
        assertThat(Expression.parse("\u03c0")).isEqualTo(new Const(Constant.PI));
        assertThat(Expression.parse("e")).isEqualTo(new Const(Constant.E));
        assertThat(valueAt("e^1", 0)).isEqualTo(Math.E);
        assertThat(Expression.parse("E")).isEqualTo(new Var("E")); // only lower-case e is the constant
    }

    @Test
    void functions() {
        for (MathFunction f : MathFunction.values()) {
            assertThat(Expression.parse(f.text() + "(x)")).isEqualTo(new Call(f, X));
        }
        assertThat(Expression.parse("log(x)")).isEqualTo(new Call(MathFunction.LN, X)); // natural logarithm
        assertThat(Expression.parse("Sin(x)")).isEqualTo(new Call(MathFunction.SIN, X));
        assertThat(Expression.parse("sgn(x)")).isEqualTo(new Call(MathFunction.SIGN, X));
        assertThat(Expression.parse("|x - 1|")).isEqualTo(new Call(MathFunction.ABS, new Sub(X, num(1))));
        assertThat(Expression.parse("ln|x|")).isEqualTo(new Call(MathFunction.LN, new Call(MathFunction.ABS, X)));
        assertThat(Expression.parse("\u221ax")).isEqualTo(new Call(MathFunction.SQRT, X));
        assertThat(Expression.parse("\u221a(x+1)")).isEqualTo(Expression.parse("sqrt(x+1)"));
        assertThat(valueAt("log(e^2)", 0)).isCloseTo(2, within(TOLERANCE));
    }

    @Test
    void nestedAbsoluteValues() {
        assertThat(Expression.parse("||x| - 1|")).isEqualTo(
                new Call(MathFunction.ABS, new Sub(new Call(MathFunction.ABS, X), num(1))));
        assertThat(Expression.parse("|x||y|")).isEqualTo(
                new Mul(new Call(MathFunction.ABS, X), new Call(MathFunction.ABS, Y)));
        assertThat(Expression.parse("|x(|y|)|")).isEqualTo(new Call(MathFunction.ABS,
                new Mul(X, new Call(MathFunction.ABS, Y))));
    }

    // ---- what learners' keyboards produce ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "x \u2212 1; x - 1",              // true minus sign
            "2 \u00d7 x; 2*x",                // ×
            "2 \u00b7 x; 2*x",                // middle dot
            "x \u00f7 2; x/2",                // ÷
            "\uff12\uff58\uff0b\uff11; 2x+1", // full-width ２ｘ＋１ (Japanese IME)
            "\uff08x\uff09\uff3e2; (x)^2",    // full-width parentheses and caret
            "x\u00b2; x^2",                   // superscript two
            "x\u00b2y; x^2*y",
            "x\u207b\u00b9; x^-1",            // superscript minus one
            "2x\u00b3; 2x^3",
            "x**2; x^2",
            "x\u3000+\u30001; x + 1",         // ideographic spaces
    })
    void learnersCharactersReadAsAscii(String typed, String ascii) {
        assertThat(Expression.parse(typed)).isEqualTo(Expression.parse(ascii));
    }

    @Test
    void superscriptIsNotAnIndex() {
        // NFKC alone would turn x² into x2, a different variable
        assertThat(Expression.parse("x\u00b2")).isEqualTo(new Pow(X, num(2)));
    }

    // ---- errors: where and what ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';                 1; empty expression",
            "'   ';              1; empty expression",
            "(x+1;               5; expected ')'",
            "sin(x;              6; expected ')'",
            "2*(x+1 3;           8; expected an operator before the number 3",
            "2*sine(x);          3; unknown function 'sine'",
            "sine(x);            1; unknown function 'sine'",
            "sin x;              5; expected '(' after 'sin'",
            "sin2(x);            4; expected '(' after 'sin'",
            "log10(x);           1; log is the natural logarithm and takes no base: for log10(x) write ln(x)/ln(10)",
            "2 +;                4; expected a number, variable or '(' after '+'",
            "x^;                 3; expected a number, variable or '(' after '^'",
            "2 + * 3;            5; expected a number, variable or '(', found '*'",
            "();                 2; expected a number, variable or '(', found ')'",
            "x + 1);             6; unexpected ')' without a matching '('",
            "|x;                 3; expected '|'",
            "x 2;                3; expected an operator before the number 2",
            "2 $ x;              3; unexpected character '$'",
            "x_;                 2; unexpected character '_'",
            "1.2.3;              4; malformed number '1.2.'",
            "1e999;              1; number too large '1e999'",
            "xy + 1;             1; unknown name 'xy' (for a product write x*y or x y)",
            "2 sinx;             3; unknown name 'sinx' (write sin(x))",
            "e1;                 1; unknown name 'e1'",
            "\u3042 + 1;         1; unknown name '\u3042'",
    })
    void errorsNameTheColumnAndWhatWasExpected(String typed, int column, String reason) {
        assertThatThrownBy(() -> Expression.parse(typed))
                .isInstanceOf(ExpressionException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at column " + column + ": " + reason)
                .satisfies(e -> {
                    assertThat(((ExpressionException) e).column()).isEqualTo(column);
                    assertThat(((ExpressionException) e).reason()).isEqualTo(reason);
                });
    }

    @Test
    void columnsCountTheTypedCharacters() {
        // full-width ＋ and the true minus are one typed character each: six typed, ')' missing at column 7
        assertThatThrownBy(() -> Expression.parse("(x\uff0b1\u22122"))
                .hasMessage("at column 7: expected ')'");
        // x² is one typed character that becomes two ("^2"); the stray ')' is still at column 3
        assertThatThrownBy(() -> Expression.parse("x\u00b2)")).hasMessage("at column 3: unexpected ')' without a matching '('");
    }

    @Test
    void nullReadsAsEmpty() {
        assertThatThrownBy(() -> Expression.parse(null)).hasMessage("at column 1: empty expression");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "(".repeat(200) + "x" + ")".repeat(200);
        assertThatThrownBy(() -> Expression.parse(deep)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("too deeply nested");
        String minuses = "-".repeat(200) + "x";
        assertThatThrownBy(() -> Expression.parse(minuses)).hasMessageContaining("too deeply nested");
        String longSum = "x" + "+x".repeat(1000);
        assertThatThrownBy(() -> Expression.parse(longSum)).hasMessageContaining("expression too long");
    }

    @Test
    void variablesAreListedInNaturalOrder() {
        assertThat(Expression.parse("y + x10 + x2 + x + x1 + a").variables())
                .containsExactly("a", "x", "x1", "x2", "x10", "y");
        assertThat(Expression.parse("2 + pi").variables()).isEmpty();
    }

    @Test
    void evaluationNeedsEveryVariable() {
        assertThatThrownBy(() -> Expression.parse("x + z").valueAt(Map.of("x", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z");
    }

    @Test
    void undefinedPointsEvaluateToNaNOrInfinity() {
        assertThat(valueAt("ln(x)", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(valueAt("sqrt(x)", -1)).isNaN();
        assertThat(valueAt("sign(x)", 0)).isNaN();
        assertThat(Expression.parse("ln(x)").isDefinedAt(Map.of("x", 0.0))).isFalse();
        assertThat(Expression.parse("ln(x)").isDefinedAt(Map.of("x", 1.0))).isTrue();
    }
}
