package org.kobai.math.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/** w = (XᵀX)⁻¹Xᵀy: the example by hand, commons-math3's OLS as an oracle, the line as a special case. */
class NormalEquationsTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void theExampleInMatrixForm() {
        // X rows (1, x_k) for x = 1..5, y = (3, 3, 6, 6, 8). By hand: XᵀX = [[n, Σx], [Σx, Σx²]] = [[5, 15],
        // [15, 55]], Xᵀy = (Σy, Σxy) = (26, 91), det = 5·55 − 15² = 50, (XᵀX)⁻¹ = [[55, −15], [−15, 5]]/50,
        // w = (55·26 − 15·91, −15·26 + 5·91)/50 = (65, 65)/50 = (1.3, 1.3) = (b, a).
        NormalEquations m = NormalEquations.forLine(LeastSquaresTest.EXAMPLE);
        assertThat(m.gram()[0]).containsExactly(new double[] {5, 15}, within(TOLERANCE));
        assertThat(m.gram()[1]).containsExactly(new double[] {15, 55}, within(TOLERANCE));
        assertThat(m.moment()).containsExactly(new double[] {26, 91}, within(TOLERANCE));
        assertThat(m.inverse()[0]).containsExactly(new double[] {1.1, -0.3}, within(TOLERANCE));
        assertThat(m.inverse()[1]).containsExactly(new double[] {-0.3, 0.1}, within(TOLERANCE));
        assertThat(m.weights()).containsExactly(new double[] {1.3, 1.3}, within(TOLERANCE));
        assertThat(m.predictions()).containsExactly(new double[] {2.6, 3.9, 5.2, 6.5, 7.8}, within(TOLERANCE));
        assertThat(m.rows()).isEqualTo(5);
        assertThat(m.features()).isEqualTo(2);
    }

    @Property(tries = 100)
    void theLineFromTheMatrixFormIsTheLeastSquaresLine(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                       @ForAll @IntRange(min = 2, max = 40) int n) {
        DataPoints p = LeastSquaresTest.randomPoints(seed, n, 0);
        LineFit fit = LeastSquares.fit(p);
        double[] w = NormalEquations.forLine(p).weights();
        assertThat(w[0]).isCloseTo(fit.intercept(), within(1e-9 * (1 + Math.abs(fit.intercept()))));
        assertThat(w[1]).isCloseTo(fit.slope(), within(1e-9 * (1 + Math.abs(fit.slope()))));
    }

    @Property(tries = 100)
    void agreesWithCommonsMathOls(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                  @ForAll @IntRange(min = 1, max = 4) int features) {
        Random r = new Random(seed);
        int n = features + 3 + r.nextInt(30); // the oracle wants more rows than columns
        double[][] x = new double[n][features + 1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 1; j <= features; j++) {
                x[i][j] = 10 * r.nextDouble() - 5;
                y[i] += (j - 2.5) * x[i][j];
            }
            y[i] += 3 + r.nextGaussian();
        }
        OLSMultipleLinearRegression oracle = new OLSMultipleLinearRegression();
        oracle.setNoIntercept(true);
        oracle.newSampleData(y, x);
        double[] expected = oracle.estimateRegressionParameters();
        NormalEquations m = NormalEquations.solve(x, y);
        assertThat(m.weights()).containsExactly(expected, within(1e-8));
        // (XᵀX)(XᵀX)⁻¹ = I
        double[][] g = m.gram(), inv = m.inverse();
        for (int i = 0; i <= features; i++) {
            for (int j = 0; j <= features; j++) {
                double s = 0;
                for (int k = 0; k <= features; k++) {
                    s += g[i][k] * inv[k][j];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-8));
            }
        }
    }

    @Test
    void dependentColumnsHaveNoUniqueAnswer() {
        double[][] x = {{1, 2, 4}, {1, 3, 6}, {1, 5, 10}, {1, 7, 14}};
        assertThatThrownBy(() -> NormalEquations.solve(x, new double[] {1, 2, 3, 4}))
                .isInstanceOfSatisfying(NoUniqueFitException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoUniqueFitException.Reason.SINGULAR));
        assertThatThrownBy(() -> NormalEquations.solve(new double[][] {{1, 2}}, new double[] {1}))
                .isInstanceOf(NoUniqueFitException.class);
        assertThatThrownBy(() -> NormalEquations.solve(new double[][] {{1, 2}, {1}}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }
}
