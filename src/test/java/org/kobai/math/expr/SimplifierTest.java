package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the simplifier does and does not do; expected forms are worked by hand. */
class SimplifierTest {

    private static String simplified(String typed) {
        return Expression.parse(typed).simplified().text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // zeros and ones vanish
            "x + 0;              x",
            "0*sin(x);           0",
            "1*x;                x",
            "x^1;                x",
            "x^0;                1",
            "x/1;                x",
            // numbers fold exactly
            "2 + 3*4;            14",
            "0.1 + 0.2;          0.3",
            "1/3 + 1/6;          0.5",
            "1/3 + 1/3;          2/3",
            "2^10;               1024",
            "2^-2;               0.25",
            "(1/3)*3x;           x",
            // like terms and like factors
            "2x + 3x;            5x",
            "x + y - x;          y",
            "x*x^2;              x^3",
            "x^3/x;              x^2",
            "(x + 1)(x + 1);     (x + 1)^2",
            "(2x^2 y)^3;         8x^6 y^3",
            "(x^2)^3;            x^6",
            "(e^x)^2;            e^(2x)",
            "x y x;              x^2 y",
            "-(x - y);           -x + y",
            // order in a term: number, pi and e, variables, the rest
            "cos(x^2)*x*2;       2x cos(x^2)",
            "x*pi*3;             3pi x",
            "y*x1*x10*x2;        x1 x2 x10 y",
            // below the fraction bar
            "x^-2;               1/x^2",
            "3/(2x);             3/(2x)",
            "x/2;                x/2",
            "x/4;                0.25x",
            "2x/3;               2x/3",
            "-x/2;               -x/2",
            // exact function values and identities
            "sin(0) + cos(0);    1",
            "exp(0) + ln(1);     1",
            "ln(e);              1",
            "ln(exp(x^2));       x^2",
            "ln(e^x);            x",
            "sqrt(4) + sqrt(0.25); 2.5",
            "sqrt(2);            sqrt(2)",
            "|-3|;               3",
            "||x||;              abs(x)",
            "|x^2|;              x^2",
            "|x|^2;              x^2",
            "x sign(x);          abs(x)",
            "|x| sign(x);        x",
            "sign(-2);           -1",
            // left alone
            "3(x + 1);           3(x + 1)",
            "e^x e^x;            e^x e^x",
            "sin(x)^2 + cos(x)^2; sin(x)^2 + cos(x)^2",
            "(x^0.5)^2;          (x^0.5)^2",
            "(x^2)^0.5;          (x^2)^0.5",
    })
    void simplifies(String typed, String expected) {
        assertThat(simplified(typed)).isEqualTo(expected);
    }

    @Test
    void simplifyingTwiceChangesNothing() {
        for (String typed : new String[] {"6x(x^2 + 1)^2", "(x cos(x) - sin(x))/x^2", "2^x ln(2)", "-x exp(-x^2/2)"}) {
            Expression once = Expression.parse(typed).simplified();
            assertThat(once.simplified()).isEqualTo(once);
        }
    }

    @Test
    void mayBeDefinedWhereTheOriginalIsNot() {
        // documented: x/x is 1 everywhere, though x/x has no value at 0
        Expression e = Expression.parse("x/x");
        assertThat(e.isDefinedAt(Map.of("x", 0.0))).isFalse();
        assertThat(e.simplified().text()).isEqualTo("1");
    }

    @Test
    void hugeNumbersKeepTheirValue() {
        // 1e200 · 1e200 overflows a double; written as m·10^k it evaluates the same as the original
        Expression e = Expression.parse("1e200 * 1e200 * x");
        assertThat(e.simplified().valueAt(Map.of("x", 1.0))).isEqualTo(e.valueAt(Map.of("x", 1.0)));
    }
}
