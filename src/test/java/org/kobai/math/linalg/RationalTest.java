package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fractions: reading what a learner types, arithmetic worked by hand, printing. */
class RationalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/4      | 3/4",
            "-2       | -2",
            "\u22122  | -2",
            "0.5      | 1/2",
            "0.1      | 1/10",
            ".25      | 1/4",
            "6/8      | 3/4",
            "1.5/2    | 3/4",
            "-1/-2    | 1/2",
            "1e-3     | 1/1000",
            "2.5E2    | 250",
            "+7       | 7",
            "\uff13/\uff14 | 3/4",
            "' 1 / 17 ' | 1/17",
            "0        | 0",
            "-0       | 0",
    })
    void readsWhatALearnerTypes(String typed, String expected) {
        assertThat(Rational.parse(typed).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''       | empty",
            "abc      | not a number: abc",
            "1/0      | division by zero: 1/0",
            "1/2/3    | not a number: 1/2/3 (one / at most)",
            "1e99999  | too large: 1e99999",
            "1e1001   | too large: 1e1001",
            "pi       | not a number: pi",
            "--1      | not a number: --1",
            "1.2.3    | not a number: 1.2.3",
    })
    void refusesWithAShortReason(String typed, String reason) {
        assertThatThrownBy(() -> Rational.parse(typed)).isInstanceOf(NumberFormatException.class)
                .hasMessage(reason);
    }

    @Test
    void arithmeticIsExact() {
        // 1/3 + 1/6 = 1/2, 2/3 · 9/4 = 3/2, (1/4) / (1/17) = 17/4, all by hand
        assertThat(Rational.of(1, 3).plus(Rational.of(1, 6))).isEqualTo(Rational.of(1, 2));
        assertThat(Rational.of(2, 3).times(Rational.of(9, 4))).isEqualTo(Rational.of(3, 2));
        assertThat(Rational.of(1, 4).dividedBy(Rational.of(1, 17))).isEqualTo(Rational.of(17, 4));
        assertThat(Rational.of(1, 2).minus(Rational.of(3, 4))).isEqualTo(Rational.of(-1, 4));
        assertThat(Rational.parse("0.1").plus(Rational.parse("0.2"))).isEqualTo(Rational.parse("0.3"));
        assertThat(Rational.of(-5, 17).reciprocal()).isEqualTo(Rational.of(-17, 5));
        assertThatThrownBy(() -> Rational.ZERO.reciprocal()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void lowestTermsWithAPositiveDenominator() {
        Rational r = Rational.of(10, -4);
        assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(-5));
        assertThat(r.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(Rational.of(0, -7)).isEqualTo(Rational.ZERO);
        assertThat(Rational.of(0, -7).denominator()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void largeNumbersDoNotOverflow() {
        // (2^62 + 1)/3 squared is far beyond long; the numerator is (2^62 + 1)^2 exactly
        Rational big = Rational.of(BigInteger.TWO.pow(62).add(BigInteger.ONE), BigInteger.valueOf(3));
        Rational square = big.times(big);
        assertThat(square.numerator()).isEqualTo(BigInteger.TWO.pow(62).add(BigInteger.ONE).pow(2));
        assertThat(square.denominator()).isEqualTo(BigInteger.valueOf(9));
    }

    @Test
    void printsFractionsAndDecimals() {
        assertThat(Rational.of(1, 17).toString()).isEqualTo("1/17");
        assertThat(Rational.of(-5, 17).display()).isEqualTo("\u22125/17");
        assertThat(Rational.of(-5, 17).latex()).isEqualTo("-\\frac{5}{17}");
        assertThat(Rational.of(3).latex()).isEqualTo("3");
        // 1/17 = 0.0588235294117647058823529... (long division); the nearest double
        assertThat(Rational.of(1, 17).toDouble()).isEqualTo(1.0 / 17);
        assertThat(Rational.parse("0.1").toDouble()).isEqualTo(0.1);
    }

    @Test
    void exactlyKeepsTheBinaryValueOfADouble() {
        assertThat(Rational.exactly(0.5)).isEqualTo(Rational.of(1, 2));
        assertThat(Rational.exactly(0.1)).isNotEqualTo(Rational.of(1, 10));
        assertThat(Rational.exactly(0.1).toDouble()).isEqualTo(0.1);
        assertThatThrownBy(() -> Rational.exactly(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByValue() {
        assertThat(Rational.of(1, 3)).isLessThan(Rational.of(1, 2));
        assertThat(Rational.of(-1, 2)).isLessThan(Rational.of(-1, 3));
        assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    }

    @Test
    void parseErrorsSayWhatWasWrong() {
        assertThatThrownBy(() -> Rational.parse("3/0")).isInstanceOfSatisfying(Rational.FormatException.class,
                e -> assertThat(e.problem()).isEqualTo(Rational.Problem.DIVISION_BY_ZERO));
        assertThatThrownBy(() -> Rational.parse("x")).isInstanceOfSatisfying(Rational.FormatException.class,
                e -> assertThat(e.problem()).isEqualTo(Rational.Problem.NOT_A_NUMBER));
        assertThatThrownBy(() -> Rational.parse(" ")).isInstanceOfSatisfying(Rational.FormatException.class,
                e -> assertThat(e.problem()).isEqualTo(Rational.Problem.EMPTY));
        assertThatThrownBy(() -> Rational.parse("1e5000")).isInstanceOfSatisfying(Rational.FormatException.class,
                e -> assertThat(e.problem()).isEqualTo(Rational.Problem.TOO_LARGE));
    }

    @Test
    void simplestFractionNearADouble() {
        // 1/3 and 0.1 + 0.2 as doubles, recovered; 3.14159 within 0.001 is 201/64 (continued fraction of π's
        // decimal: 3, 7, 15, ... gives 22/7 within 0.0013, 201/64 within 0.0004 by hand: 201/64 = 3.140625)
        assertThat(Rational.simplest(1.0 / 3, 1e-12)).isEqualTo(Rational.of(1, 3));
        assertThat(Rational.simplest(0.1 + 0.2, 1e-12)).isEqualTo(Rational.of(3, 10));
        assertThat(Rational.simplest(-2.25, 1e-12)).isEqualTo(Rational.of(-9, 4));
        assertThat(Rational.simplest(3.14159, 0.0013)).isEqualTo(Rational.of(22, 7));
        assertThat(Rational.simplest(0.1, 0)).isEqualTo(Rational.exactly(0.1));
        assertThat(Rational.simplest(-0.0, 1e-12)).isEqualTo(Rational.ZERO);
        assertThat(Rational.simplest(5, 1e-12)).isEqualTo(Rational.of(5));
    }
}
