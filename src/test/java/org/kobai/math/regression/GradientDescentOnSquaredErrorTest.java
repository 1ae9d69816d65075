package org.kobai.math.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.kobai.math.optimize.Descent;
import org.kobai.math.optimize.LearningRateSchedule;
import org.kobai.math.optimize.Optimizer;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.Status;
import org.kobai.math.optimize.StoppingRule;

/** Gradient descent on E(a, b), with the shared optimizer, reaches the closed-form least-squares answer. */
class GradientDescentOnSquaredErrorTest {
    /** |∇E| at which the descent stops. */
    private static final double GRADIENT_ZERO = 1e-10;
    /** How close (a, b) must come: |∇E| = 1e-10 over a smallest curvature of about 1 leaves ~1e-10 in (a, b). */
    private static final double CLOSE = 1e-7;

    private static Run descend(DataPoints p, double a0, double b0, double share) {
        SquaredError e = new SquaredError(p);
        return Descent.run(e, new double[] {a0, b0}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                share * e.largestStableLearningRate(), StoppingRule.of(1_000_000, GRADIENT_ZERO));
    }

    @Test
    void theExampleFromTheFlatLineReachesOnePointThree() {
        // a = b = 1.3 by hand (LeastSquaresTest); start at the flat line through ȳ = 5.2
        Run run = descend(LeastSquaresTest.EXAMPLE, 0, 5.2, 0.5);
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        assertThat(run.last().coordinate(0)).isCloseTo(1.3, within(CLOSE));
        assertThat(run.last().coordinate(1)).isCloseTo(1.3, within(CLOSE));
        assertThat(run.last().value()).isCloseTo(1.9, within(CLOSE));
    }

    @Property(tries = 60)
    void fromAnyStartToTheClosedForm(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                     @ForAll @DoubleRange(min = -20, max = 20) double a0,
                                     @ForAll @DoubleRange(min = -20, max = 20) double b0,
                                     @ForAll @DoubleRange(min = 0.1, max = 0.95) double share) {
        DataPoints p = LeastSquaresTest.randomPoints(seed, 15, 0);
        LineFit fit = LeastSquares.fit(p);
        Run run = descend(p, a0, b0, share);
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        assertThat(run.last().coordinate(0)).isCloseTo(fit.slope(), within(CLOSE));
        assertThat(run.last().coordinate(1)).isCloseTo(fit.intercept(), within(CLOSE));
    }

    @Test
    void aboveTwoOverTheLargestCurvatureItDiverges() {
        Run run = descend(LeastSquaresTest.EXAMPLE, 0, 5.2, 1.05);
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
    }

    @Test
    void eIsAnObjectiveOfTwoVariables() {
        SquaredError e = new SquaredError(LeastSquaresTest.EXAMPLE);
        assertThat(e.dimension()).isEqualTo(2);
        assertThat(e.valueAt(new double[] {1, 0})).isCloseTo(27, within(1e-9)); // by hand in LeastSquaresTest
        assertThat(e.gradientAt(new double[] {1.3, 1.3})).containsExactly(new double[] {0, 0}, within(1e-9));
        // 2 / (60 + √3400), from the Hessian's largest eigenvalue
        assertThat(e.largestStableLearningRate()).isCloseTo(2 / (60 + Math.sqrt(3400)), within(1e-12));
    }
}
