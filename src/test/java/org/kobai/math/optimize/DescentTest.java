package org.kobai.math.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kobai.math.expr.Expression;

/** How a descent stops, and a rate changed while it runs. */
class DescentTest {
    private static final double EXACT = 1e-12;
    private static final QuadraticBowl BOWL = QuadraticBowl.of(1, 1);

    @Test
    void convergesWhenTheGradientIsSmall() {
        // |∇f(x_k)| = 10·0.8^k ≤ 1e−8 first at k = ⌈ln(1e−9)/ln(0.8)⌉ = 93
        Run r = Descent.run(BOWL, new double[] {3, 4}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                0.1, StoppingRule.of(1000, 1e-8));
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.iterations()).isEqualTo((int) Math.ceil(Math.log(1e-9) / Math.log(0.8)));
        assertThat(r.last().gradientNorm()).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void startAtTheMinimumIsAlreadyConverged() {
        Descent d = new Descent(BOWL, new double[] {0, 0}, Optimizer.gradientDescent(), StoppingRule.of(10, 1e-8));
        assertThat(d.status()).isEqualTo(Status.CONVERGED);
        assertThat(d.step(0.1)).isEqualTo(Status.CONVERGED);
        assertThat(d.steps()).isZero();
    }

    @Test
    void maxStepsWhenTheLimitComesFirst() {
        Run r = Descent.run(BOWL, new double[] {3, 4}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                0.01, StoppingRule.of(5, 1e-8));
        assertThat(r.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(r.iterations()).isEqualTo(5);
    }

    @Test
    void divergedRunKeepsTheOvershootAndOnlyFiniteValues() {
        // η = 3: factor 1 − 6 = −5 per step; f = 25·25^k passes 1e6·25 after 5 steps
        Run r = Descent.run(BOWL, new double[] {3, 4}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                3, StoppingRule.of(100, 1e-8));
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.iterations()).isEqualTo(5);
        assertThat(r.at(1).point()).containsExactly(new double[] {-15, -20}, within(EXACT));
        for (Iterate it : r.path()) {
            assertThat(Double.isFinite(it.value())).isTrue();
        }
        // an absurd rate lands at ∞ in one step: that point is not in the path
        Run huge = Descent.run(BOWL, new double[] {3, 4}, Optimizer.gradientDescent(),
                LearningRateSchedule.constant(), 1e308, StoppingRule.of(100, 1e-8));
        assertThat(huge.status()).isEqualTo(Status.DIVERGED);
        assertThat(huge.iterations()).isZero();
    }

    @Test
    void saddleRunsAwayAlongTheFallingDirection() {
        // f = x² − y²: y_{k+1} = (1 + 2η) y_k grows without bound
        Objective saddle = ExpressionObjective.of(Expression.parse("x^2 - y^2"));
        Run r = Descent.run(saddle, new double[] {1, 0.01}, Optimizer.gradientDescent(),
                LearningRateSchedule.constant(), 0.1, StoppingRule.of(1000, 1e-8));
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.last().value()).isLessThan(0);
    }

    @Test
    void stepIntoWhereFIsNotDefinedStops() {
        // f = x − ln x has its minimum at x = 1; from 0.5, f'(0.5) = 1 − 2 = −1, with η = 2: x₁ = 2.5,
        // f'(2.5) = 0.6, x₂ = 2.5 − 1.2 = 1.3, f'(1.3) = 0.2308, x₃ = 0.8385, … stays positive; with η = 10
        // x₁ = 10.5, f'(10.5) = 0.905, x₂ = 1.45, f'(1.45) = 0.3103, x₃ = −1.65: ln of a negative number
        Objective f = ExpressionObjective.of(Expression.parse("x - ln(x)"));
        Run r = Descent.run(f, new double[] {0.5}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                10, StoppingRule.of(100, 1e-8));
        assertThat(r.status()).isEqualTo(Status.UNDEFINED);
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.last().coordinate(0)).isCloseTo(10.5 - 10 * (1 - 1 / 10.5), within(EXACT));
    }

    @Test
    void changingTheRateMidRunBendsThePathFromThatStepOn() {
        Descent d = new Descent(BOWL, new double[] {3, 4}, Optimizer.gradientDescent(), StoppingRule.of(100, 0));
        d.step(0.1);
        d.step(0.1);                          // (3, 4)·0.8² = (1.92, 2.56)
        d.step(0.25);                         // ·(1 − 0.5) = (0.96, 1.28)
        assertThat(d.path().get(2).point()).containsExactly(new double[] {1.92, 2.56}, within(EXACT));
        assertThat(d.current().point()).containsExactly(new double[] {0.96, 1.28}, within(EXACT));
        assertThat(d.current().learningRate()).isEqualTo(0.25);
        assertThat(d.isRunning()).isTrue();
    }

    @Test
    void scheduleSetsEachStepsRate() {
        // step decay 0.5 every 2 steps: η_0 = η_1 = 0.2, η_2 = η_3 = 0.1
        Run r = Descent.run(BOWL, new double[] {1, 0}, Optimizer.gradientDescent(),
                new LearningRateSchedule.StepDecay(0.5, 2), 0.2, StoppingRule.of(4, 0));
        assertThat(r.path().stream().skip(1).mapToDouble(Iterate::learningRate)).containsExactly(0.2, 0.2, 0.1, 0.1);
        // x₄ = (1 − 0.4)²(1 − 0.2)² = 0.2304
        assertThat(r.last().coordinate(0)).isCloseTo(0.2304, within(EXACT));
    }

    @Test
    void rosenbrockReachesItsMinimumAtOneOne() {
        // f = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1); Adam with η = 0.02 gets there in a few thousand steps
        Objective rosenbrock = ExpressionObjective.of(Expression.parse("(1 - x)^2 + 100(y - x^2)^2"));
        Run r = Descent.run(rosenbrock, new double[] {-1.5, 2}, Optimizer.adam(), LearningRateSchedule.constant(),
                0.02, StoppingRule.of(20000, 1e-6));
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.last().point()).containsExactly(new double[] {1, 1}, within(1e-4));
    }

    @Test
    void badStarts() {
        assertThatThrownBy(() -> new Descent(BOWL, new double[] {1}, Optimizer.gradientDescent(), StoppingRule.of(1, 0)))
                .hasMessage("Requires a start point with 2 coordinate(s), got 1.");
        assertThatThrownBy(() -> Descent.run(ExpressionObjective.of(Expression.parse("ln(x)")), new double[] {-1},
                Optimizer.gradientDescent(), LearningRateSchedule.constant(), 0.1, StoppingRule.of(1, 0)))
                .hasMessageContaining("not defined at the start point");
        assertThatThrownBy(() -> new Descent(BOWL, new double[] {1, 1}, Optimizer.gradientDescent(),
                StoppingRule.of(1, 0)).step(Double.NaN)).hasMessage("Requires a finite learning rate >= 0.");
    }
}
