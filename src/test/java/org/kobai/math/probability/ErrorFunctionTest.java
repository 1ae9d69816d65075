package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class ErrorFunctionTest {
    /** The accuracy the lessons need: 1e-12 relative, in the tails too. */
    static final double RELATIVE = 1e-12;

    /**
     * {x, erf(x), erfc(x)} from mpmath at 50 digits (src/test/python/normal_reference.py); the points sit
     * on both sides of Cody's interval boundaries 0.46875 and 4 and far into the tail.
     */
    private static final double[][] REFERENCE = {
            {-5, -0.99999999999846254021, 1.9999999999984625402},
            {-1, -0.84270079294971486934, 1.8427007929497148693},
            {-0.25, -0.27632639016823693299, 1.276326390168236933},
            {0.1, 0.1124629160182848922, 0.8875370839817151078},
            {0.46875, 0.49261347321793799159, 0.50738652678206200841},
            {0.5, 0.52049987781304653768, 0.47950012218695346232},
            {1, 0.84270079294971486934, 0.15729920705028513066},
            {2, 0.99532226501895273416, 0.0046777349810472658379},
            {3.999, 0.999999984455250509, 1.554474949099500563e-8},
            {4, 0.99999998458274209972, 1.5417257900280018852e-8},
            {4.001, 0.99999998470921782675, 1.5290782173248773588e-8},
            {6, 0.99999999999999997848, 2.1519736712498913117e-17},
            {10, 1.0, 2.088487583762544757e-45},
            {20, 1.0, 5.3958656116079009289e-176},
            {26, 1.0, 5.6631924088561428465e-296},
    };

    static void assertRelative(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void matchesHighPrecisionValues() {
        for (double[] row : REFERENCE) {
            assertRelative(ErrorFunction.erf(row[0]), row[1], RELATIVE);
            assertRelative(ErrorFunction.erfc(row[0]), row[2], RELATIVE);
        }
    }

    @Test
    void matchesCommonsMathOverAWideRange() {
        // erf on [−6, 6] and erfc on [−6, 26.5], every 0.001: commons-math3's continued-fraction Erf as oracle.
        for (int i = -6000; i <= 26500; i++) {
            double x = i / 1000.0;
            if (x <= 6) {
                assertRelative(ErrorFunction.erf(x), Erf.erf(x), RELATIVE);
            }
            assertRelative(ErrorFunction.erfc(x), Erf.erfc(x), RELATIVE);
        }
    }

    @Test
    void limitsAndSpecialValues() {
        assertThat(ErrorFunction.erf(0)).isZero();
        assertThat(ErrorFunction.erfc(0)).isEqualTo(1);
        assertThat(ErrorFunction.erf(Double.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(ErrorFunction.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1);
        assertThat(ErrorFunction.erfc(Double.POSITIVE_INFINITY)).isZero();
        assertThat(ErrorFunction.erfc(Double.NEGATIVE_INFINITY)).isEqualTo(2);
        assertThat(ErrorFunction.erfc(30)).isZero();
        assertThat(ErrorFunction.erf(Double.NaN)).isNaN();
        assertThat(ErrorFunction.erfc(Double.NaN)).isNaN();
    }

    @Property
    void erfIsOddAndErfcItsComplement(@ForAll @DoubleRange(min = -8, max = 8) double x) {
        assertThat(ErrorFunction.erf(-x)).isEqualTo(-ErrorFunction.erf(x));
        assertThat(ErrorFunction.erf(x) + ErrorFunction.erfc(x)).isCloseTo(1, within(1e-15));
    }
}
