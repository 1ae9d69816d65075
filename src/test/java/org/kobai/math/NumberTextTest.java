package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values are worked by hand from the rule "at most six significant digits, no trailing zeros". */
class NumberTextTest {
    /** Parsed decimals are compared to the nearest double of the exact value. */
    private static final double TOLERANCE = 1e-15;
    private static final String MINUS = "\u2212";

    @ParameterizedTest
    @CsvSource({
            "2.0, 2",
            "-2.0, -2",
            "0.25, 0.25",
            "1.5, 1.5",
            "0.0, 0",
            "-0.0, 0",
            "100.0, 100",
            "0.333333333333, 0.333333",
            "2.718281828, 2.71828",
            "1234567.0, 1234570",
            "0.00025, 0.00025",
            "0.00001, 1e-5",
            "0.0000015, 1.5e-6",
            "-0.000000123456789, -1.23457e-7",
            "1.0e9, 1e9",
            "-1.5e12, -1.5e12",
    })
    void plainShowsAtMostSixSignificantDigits(double value, String expected) {
        assertThat(NumberText.plain(value)).isEqualTo(expected);
    }

    @Test
    void plainHidesBinaryRoundingNoise() {
        // 0.1 + 0.2 is 0.30000000000000004 in IEEE 754; a learner expects 0.3.
        assertThat(NumberText.plain(0.1 + 0.2)).isEqualTo("0.3");
        // 3 × 0.1 = 0.30000000000000004 too; 1 − 0.9 = 0.09999999999999998.
        assertThat(NumberText.plain(3 * 0.1)).isEqualTo("0.3");
        assertThat(NumberText.plain(1 - 0.9)).isEqualTo("0.1");
    }

    @Test
    void plainNamesNonFiniteValues() {
        assertThat(NumberText.plain(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberText.plain(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(NumberText.plain(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void displayUsesTheTrueMinusSign() {
        assertThat(NumberText.display(-2)).isEqualTo(MINUS + "2");
        assertThat(NumberText.display(-0.5)).isEqualTo(MINUS + "0.5");
        assertThat(NumberText.display(1e-5)).isEqualTo("1e-5".replace("-", MINUS));
        assertThat(NumberText.display(2)).isEqualTo("2").doesNotContain("-");
        assertThat(NumberText.display(-0.0)).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({
            "1.5, 1.5",
            "-2, -2",
            "'\u22122', -2",         // true minus sign
            "'\uff0d\uff12', -2",    // full-width minus and digit (Japanese IME)
            "'\uff11\uff0e\uff15', 1.5", // full-width １．５
            "1/4, 0.25",
            "-1/4, -0.25",
            "' 3 / 4 ', 0.75",
            "1e-3, 0.001",
            "2.5E2, 250",
            ".5, 0.5",
            "+7, 7",
            "'1 000', 1000",
    })
    void parseReadsWhatLearnersType(String typed, double expected) {
        assertThat(NumberText.parse(typed)).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void parseKnowsPi() {
        assertThat(NumberText.parse("pi")).isEqualTo(Math.PI);
        assertThat(NumberText.parse("PI")).isEqualTo(Math.PI);
        assertThat(NumberText.parse("\u03c0")).isEqualTo(Math.PI);
        assertThat(NumberText.parse("-pi")).isEqualTo(-Math.PI);
        assertThat(NumberText.parse("pi/2")).isEqualTo(Math.PI / 2);
    }

    @Test
    void repeatedDivisionGoesLeftToRight() {
        // Written convention: 1/2/4 = (1/2)/4 = 0.125, not 1/(2/4) = 2.
        assertThat(NumberText.parse("1/2/4")).isCloseTo(0.125, within(TOLERANCE));
    }

    @Test
    void parseExplainsBadInput() {
        assertThatThrownBy(() -> NumberText.parse("abc"))
                .isInstanceOf(NumberFormatException.class).hasMessage("not a number: abc");
        assertThatThrownBy(() -> NumberText.parse(" 1,5 "))
                .isInstanceOf(NumberFormatException.class).hasMessage("not a number: 1,5");
        assertThatThrownBy(() -> NumberText.parse("--2"))
                .isInstanceOf(NumberFormatException.class).hasMessageStartingWith("not a number");
        assertThatThrownBy(() -> NumberText.parse("2pi"))
                .isInstanceOf(NumberFormatException.class).hasMessageStartingWith("not a number");
        assertThatThrownBy(() -> NumberText.parse(""))
                .isInstanceOf(NumberFormatException.class).hasMessage("empty");
        assertThatThrownBy(() -> NumberText.parse("   "))
                .isInstanceOf(NumberFormatException.class).hasMessage("empty");
        assertThatThrownBy(() -> NumberText.parse(null))
                .isInstanceOf(NumberFormatException.class).hasMessage("empty");
        assertThatThrownBy(() -> NumberText.parse("1/0"))
                .isInstanceOf(NumberFormatException.class).hasMessage("division by zero");
        assertThatThrownBy(() -> NumberText.parse("1e999"))
                .isInstanceOf(NumberFormatException.class).hasMessage("too large: 1e999");
    }

    @Test
    void displayedNumbersParseBack() {
        // What the screen shows can be typed back in: display and parse agree to six significant digits.
        for (double v : new double[] {-2, -0.5, 0, 0.25, 1.5, 3.14159, -1234.5, 1e-5}) {
            double back = NumberText.parse(NumberText.display(v));
            assertThat(back).isCloseTo(v, within(Math.abs(v) * 5e-6 + TOLERANCE));
        }
    }

    @Test
    void moreDigitsWhenALessonAsksForThem() {
        // 2 − 2⁻¹⁹ = 1.9999980926513671875: six digits round it to 2, ten show it is not 2 yet
        double almostTwo = 2 - Math.pow(2, -19);
        assertThat(NumberText.plain(almostTwo)).isEqualTo("2");
        assertThat(NumberText.plain(almostTwo, 10)).isEqualTo("1.999998093");
        assertThat(NumberText.display(-0.1 - 0.2, 10)).isEqualTo("\u22120.3");
        assertThat(NumberText.plain(1e-20, 10)).isEqualTo("1e-20");
        assertThatThrownBy(() -> NumberText.plain(1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
