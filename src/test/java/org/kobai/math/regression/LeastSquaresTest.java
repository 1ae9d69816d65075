package org.kobai.math.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/**
 * Least squares for a line: a hand-worked example, commons-math3's SimpleRegression as an independent
 * oracle on seeded random data, and the defining property that no nearby line has a smaller E.
 */
class LeastSquaresTest {
    /** Sums of a few dozen terms of size ≤ 10³: a few ulps of the largest term. */
    private static final double TOLERANCE = 1e-9;

    /**
     * The lesson's example data, in the style of article 000's figure 4 (a handful of points scattered
     * about a rising line). Worked by hand: x̄ = 3, ȳ = 26/5, Σ(x − x̄)² = 10, Σ(x − x̄)(y − ȳ) = 13, so
     * a = 13/10, b = 26/5 − 3·13/10 = 13/10; residuals 0.4, −0.9, 0.8, −0.5, 0.2 give
     * E = 0.16 + 0.81 + 0.64 + 0.25 + 0.04 = 1.9; Σ(y − ȳ)² = 18.8, R² = 1 − 1.9/18.8 = 169/188.
     */
    static final DataPoints EXAMPLE = new DataPoints(new double[] {1, 2, 3, 4, 5}, new double[] {3, 3, 6, 6, 8});

    @Test
    void theExampleByHand() {
        LineFit fit = LeastSquares.fit(EXAMPLE);
        assertThat(fit.slope()).isCloseTo(1.3, within(TOLERANCE));
        assertThat(fit.intercept()).isCloseTo(1.3, within(TOLERANCE));
        assertThat(fit.sse()).isCloseTo(1.9, within(TOLERANCE));
        assertThat(fit.r2()).isCloseTo(169.0 / 188.0, within(TOLERANCE));
        assertThat(fit.n()).isEqualTo(5);
        assertThat(LeastSquares.residuals(EXAMPLE, 1.3, 1.3))
                .containsExactly(new double[] {0.4, -0.9, 0.8, -0.5, 0.2}, within(TOLERANCE));
    }

    @Test
    void eIsTheSumOfEverySquaredResidualOnce() {
        // Erratum 4: E = (y1 − ŷ1)² + (y2 − ŷ2)² + … + (yn − ŷn)², each term once. For a = 1, b = 0 the
        // residuals are 2, 1, 3, 2, 3, so E = 4 + 1 + 9 + 4 + 9 = 27 (the article's form, repeating the
        // first term, would give 31).
        assertThat(LeastSquares.sumOfSquaredErrors(EXAMPLE, 1, 0)).isEqualTo(27.0);
        assertThat(new SquaredError(EXAMPLE).valueAt(1, 0)).isCloseTo(27.0, within(TOLERANCE));
    }

    @Test
    void bothPartialDerivativesVanishAtTheFit() {
        // ∂E/∂a = −2 Σ x_k e_k = 0 and ∂E/∂b = −2 Σ e_k = 0 (article 000): the normal equations
        LineFit fit = LeastSquares.fit(EXAMPLE);
        double[] g = new SquaredError(EXAMPLE).gradientAt(fit.slope(), fit.intercept());
        assertThat(g[0]).isCloseTo(0, within(TOLERANCE));
        assertThat(g[1]).isCloseTo(0, within(TOLERANCE));
    }

    @Property(tries = 200)
    void agreesWithCommonsMathSimpleRegression(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                               @ForAll @IntRange(min = 2, max = 60) int n) {
        DataPoints p = randomPoints(seed, n, 0);
        LineFit fit = LeastSquares.fit(p);
        SimpleRegression oracle = new SimpleRegression();
        for (int k = 0; k < n; k++) {
            oracle.addData(p.x(k), p.y(k));
        }
        double scale = 1 + Math.abs(oracle.getSlope()) + Math.abs(oracle.getIntercept());
        assertThat(fit.slope()).isCloseTo(oracle.getSlope(), within(1e-9 * scale));
        assertThat(fit.intercept()).isCloseTo(oracle.getIntercept(), within(1e-9 * scale));
        assertThat(fit.sse()).isCloseTo(oracle.getSumSquaredErrors(), within(1e-9 * (1 + oracle.getTotalSumSquares())));
        if (n > 2) {
            assertThat(fit.r2()).isCloseTo(oracle.getRSquare(), within(1e-9));
        }
    }

    @Property(tries = 50)
    void largeXStaysAccurate(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // x around 10⁶ with a spread of 10: the uncentred normal equations would lose about 10 digits.
        DataPoints p = randomPoints(seed, 30, 1e6);
        SimpleRegression oracle = new SimpleRegression();
        for (int k = 0; k < p.size(); k++) {
            oracle.addData(p.x(k), p.y(k));
        }
        LineFit fit = LeastSquares.fit(p);
        assertThat(fit.slope()).isCloseTo(oracle.getSlope(), within(1e-6));
        assertThat(fit.intercept()).isCloseTo(oracle.getIntercept(), within(1e-6 * 1e6));
    }

    @Property(tries = 200)
    void noNearbyLineHasASmallerE(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                  @ForAll double da, @ForAll double db) {
        DataPoints p = randomPoints(seed, 12, 0);
        LineFit fit = LeastSquares.fit(p);
        double a = fit.slope() + (Double.isFinite(da) ? Math.tanh(da) : 0);
        double b = fit.intercept() + (Double.isFinite(db) ? Math.tanh(db) : 0);
        assertThat(LeastSquares.sumOfSquaredErrors(p, a, b)).isGreaterThanOrEqualTo(fit.sse() * (1 - 1e-12));
    }

    @Property(tries = 200)
    void squaredErrorSurfaceMatchesTheDirectSum(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                @ForAll @IntRange(min = -50, max = 50) int ai,
                                                @ForAll @IntRange(min = -50, max = 50) int bi) {
        DataPoints p = randomPoints(seed, 9, 0);
        double a = ai / 10.0, b = bi / 10.0;
        SquaredError e = new SquaredError(p);
        double direct = LeastSquares.sumOfSquaredErrors(p, a, b);
        assertThat(e.valueAt(a, b)).isCloseTo(direct, within(1e-9 * (1 + direct)));
        // gradient: −2 Σ x_k e_k and −2 Σ e_k, summed directly
        double[] r = LeastSquares.residuals(p, a, b);
        double ga = 0, gb = 0;
        for (int k = 0; k < r.length; k++) {
            ga += -2 * p.x(k) * r[k];
            gb += -2 * r[k];
        }
        double[] g = e.gradientAt(a, b);
        assertThat(g[0]).isCloseTo(ga, within(1e-9 * (1 + Math.abs(ga))));
        assertThat(g[1]).isCloseTo(gb, within(1e-9 * (1 + Math.abs(gb))));
    }

    @Test
    void largestCurvatureIsTheHessiansLargestEigenvalue() {
        // Hessian of E for the example: [[2·55, 2·15], [2·15, 2·5]] = [[110, 30], [30, 10]];
        // eigenvalues 60 ± √(50² + 30²) = 60 ± √3400 (by hand)
        assertThat(new SquaredError(EXAMPLE).largestCurvature()).isCloseTo(60 + Math.sqrt(3400), within(TOLERANCE));
    }

    @Test
    void noUniqueLineForOnePointOrEqualX() {
        DataPoints one = new DataPoints(new double[] {1}, new double[] {2});
        assertThatThrownBy(() -> LeastSquares.fit(one)).isInstanceOfSatisfying(NoUniqueFitException.class,
                e -> assertThat(e.reason()).isEqualTo(NoUniqueFitException.Reason.TOO_FEW_POINTS));
        DataPoints vertical = new DataPoints(new double[] {2, 2, 2}, new double[] {1, 2, 3});
        assertThatThrownBy(() -> LeastSquares.fit(vertical)).isInstanceOfSatisfying(NoUniqueFitException.class,
                e -> assertThat(e.reason()).isEqualTo(NoUniqueFitException.Reason.ALL_X_EQUAL));
        assertThat(LeastSquares.fittable(vertical)).isFalse();
        assertThat(LeastSquares.fittable(EXAMPLE)).isTrue();
    }

    @Test
    void rSquaredIsUndefinedWhenEveryYIsTheSame() {
        LineFit flat = LeastSquares.fit(new DataPoints(new double[] {1, 2, 3}, new double[] {4, 4, 4}));
        assertThat(flat.slope()).isCloseTo(0, within(TOLERANCE));
        assertThat(flat.intercept()).isCloseTo(4, within(TOLERANCE));
        assertThat(flat.sse()).isCloseTo(0, within(TOLERANCE));
        assertThat(flat.hasR2()).isFalse();
    }

    @Test
    void twoPointsGiveTheLineThroughThem() {
        // through (1, 1) and (3, 5): slope (5 − 1)/(3 − 1) = 2, intercept 1 − 2 = −1, E = 0, R² = 1
        LineFit fit = LeastSquares.fit(new DataPoints(new double[] {1, 3}, new double[] {1, 5}));
        assertThat(fit.slope()).isCloseTo(2, within(TOLERANCE));
        assertThat(fit.intercept()).isCloseTo(-1, within(TOLERANCE));
        assertThat(fit.sse()).isCloseTo(0, within(TOLERANCE));
        assertThat(fit.r2()).isCloseTo(1, within(TOLERANCE));
    }

    /** n points about a random line, x spread over [offset − 5, offset + 5]. */
    static DataPoints randomPoints(long seed, int n, double offset) {
        java.util.Random r = new java.util.Random(seed);
        double slope = 4 * r.nextDouble() - 2, intercept = 10 * r.nextDouble() - 5, noise = 3 * r.nextDouble();
        return DataPoints.scattered(seed, n, offset - 5, offset + 5, slope, intercept, noise);
    }
}
