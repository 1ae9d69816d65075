package org.kobai.math.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The three optimizers on article 000's bowl z = x² + y², against closed forms and hand computation. */
class OptimizerTest {
    /** Rounding of a few dozen multiply-adds on numbers of size 5. */
    private static final double EXACT = 1e-12;
    private static final QuadraticBowl BOWL = QuadraticBowl.of(1, 1);
    private static final double[] START = {3, 4};

    private static Run run(Optimizer o, double eta, int steps) {
        return Descent.run(BOWL, START, o, LearningRateSchedule.constant(), eta, StoppingRule.of(steps, 0));
    }

    @Test
    void gradientDescentMatchesTheClosedFormAtEveryStep() {
        // ∇f = (2x, 2y), so x_{k+1} = x_k − η·2x_k = (1 − 2η) x_k and x_k = (1 − 2η)^k (3, 4)
        double eta = 0.1;
        Run r = run(Optimizer.gradientDescent(), eta, 100);
        assertThat(r.iterations()).isEqualTo(100);
        for (Iterate it : r.path()) {
            double factor = Math.pow(1 - 2 * eta, it.index());
            assertThat(it.coordinate(0)).as("x_%d", it.index()).isCloseTo(3 * factor, within(EXACT * 3));
            assertThat(it.coordinate(1)).as("y_%d", it.index()).isCloseTo(4 * factor, within(EXACT * 4));
            // f(x_k) = (1 − 2η)^{2k} · 25, |∇f(x_k)| = 2·|x_k| = 10 (1 − 2η)^k
            assertThat(it.value()).isCloseTo(25 * factor * factor, within(EXACT * 25));
            assertThat(it.gradientNorm()).isCloseTo(10 * factor, within(EXACT * 10));
        }
    }

    @Test
    void firstStepIsArticleFormulaFour() {
        // article 000 ④: (Δx, Δy) = −η (∂f/∂x, ∂f/∂y) = −0.1 · (6, 8) = (−0.6, −0.8), so x₁ = (2.4, 3.2)
        Iterate x1 = run(Optimizer.gradientDescent(), 0.1, 1).at(1);
        assertThat(x1.point()).containsExactly(new double[] {2.4, 3.2}, within(EXACT));
        assertThat(x1.learningRate()).isEqualTo(0.1);
    }

    @Property(tries = 60)
    void learningRateAboveOneDivergesOnTheBowl(@ForAll @DoubleRange(min = 1.0001, max = 50) @Scale(6) double eta) {
        // |1 − 2η| > 1 for η > 1 = 2/L (L = 2): every step overshoots further
        assertThat(run(Optimizer.gradientDescent(), eta, 100).status()).isEqualTo(Status.DIVERGED);
    }

    @Property(tries = 60)
    void learningRateBelowOneNeverDiverges(@ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double eta) {
        assertThat(run(Optimizer.gradientDescent(), eta, 100).status()).isIn(Status.CONVERGED, Status.MAX_STEPS);
    }

    @Test
    void learningRateOneOscillatesForeverWithoutDiverging() {
        // η = 1: x_{k+1} = −x_k exactly, f stays 25
        Run r = run(Optimizer.gradientDescent(), 1, 100);
        assertThat(r.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(r.last().point()).containsExactly(3, 4);
    }

    @Test
    void momentumFirstStepsByHand() {
        // β = 0.9, η = 0.1, v₀ = 0, from (3, 4), ∇f = (2x, 2y):
        // v₁ = 0.9·0 − 0.1·(6, 8) = (−0.6, −0.8);                       x₁ = (2.4, 3.2)
        // v₂ = 0.9·(−0.6, −0.8) − 0.1·(4.8, 6.4) = (−1.02, −1.36);        x₂ = (1.38, 1.84)
        // v₃ = 0.9·(−1.02, −1.36) − 0.1·(2.76, 3.68) = (−1.194, −1.592);  x₃ = (0.186, 0.248)
        Run r = run(new Optimizer.Momentum(0.9), 0.1, 3);
        assertThat(r.at(1).point()).containsExactly(new double[] {2.4, 3.2}, within(EXACT));
        assertThat(r.at(2).point()).containsExactly(new double[] {1.38, 1.84}, within(EXACT));
        assertThat(r.at(3).point()).containsExactly(new double[] {0.186, 0.248}, within(EXACT));
    }

    @Test
    void momentumMatchesTheCompanionMatrixPower() {
        // Oracle: on f = x², (x_{k+1}, x_k) = [[1 + β − 2η, −β], [1, 0]] (x_k, x_{k−1}), with x_{−1} = x₀
        // (v₀ = 0); commons-math3 raises the matrix to the k-th power.
        double eta = 0.05, beta = 0.8;
        Run r = run(new Optimizer.Momentum(beta), eta, 60);
        RealMatrix a = MatrixUtils.createRealMatrix(new double[][] {{1 + beta - 2 * eta, -beta}, {1, 0}});
        for (int k : List.of(1, 2, 7, 30, 60)) {
            double[] state = a.power(k).operate(new double[] {3, 3});
            assertThat(r.at(k).coordinate(0)).as("x_%d", k).isCloseTo(state[0], within(1e-10));
        }
    }

    @Test
    void momentumWithBetaZeroIsGradientDescent() {
        Run gd = run(Optimizer.gradientDescent(), 0.3, 20);
        Run m = run(new Optimizer.Momentum(0), 0.3, 20);
        for (int k = 0; k <= 20; k++) {
            assertThat(m.at(k).point()).containsExactly(gd.at(k).point());
        }
    }

    @Test
    void adamFirstStepsByHand() {
        // β₁ = 0.9, β₂ = 0.999, ε = 1e−8, η = 0.1, from (3, 4), g = ∇f = (2x, 2y).
        // t = 1: g = (6, 8); m = 0.1g = (0.6, 0.8); v = 0.001g² = (0.036, 0.064);
        //        m̂ = m/0.1 = (6, 8); v̂ = v/0.001 = (36, 64); step = 0.1·m̂/(√v̂ + ε) = 0.1·6/(6 + 1e−8), …
        //        x₁ = (3 − 0.6/(6 + 1e−8), 4 − 0.8/(8 + 1e−8)) ≈ (2.9, 3.9): the first step is η·sign(g)
        // t = 2: g = (5.8, 7.8); m = 0.9(0.6, 0.8) + 0.1(5.8, 7.8) = (1.12, 1.5);
        //        v = 0.999(0.036, 0.064) + 0.001(33.64, 60.84) = (0.069604, 0.124776);
        //        m̂ = m/(1 − 0.81) = (5.894737, 7.894737); v̂ = v/(1 − 0.998001) = (34.819410, 62.419210);
        //        x₂ = x₁ − 0.1 m̂/√v̂ = (2.9 − 0.0998973, 3.9 − 0.0999260) = (2.8001027, 3.8000740)
        Run r = run(Optimizer.adam(), 0.1, 2);
        assertThat(r.at(1).coordinate(0)).isCloseTo(3 - 0.6 / (6 + 1e-8), within(EXACT));
        assertThat(r.at(1).coordinate(1)).isCloseTo(4 - 0.8 / (8 + 1e-8), within(EXACT));
        assertThat(r.at(2).coordinate(0)).isCloseTo(2.8001027, within(1e-7));
        assertThat(r.at(2).coordinate(1)).isCloseTo(3.8000740, within(1e-7));
    }

    @Test
    void namedOptimizers() {
        assertThat(Optimizer.named("gd")).isEqualTo(new Optimizer.GradientDescent());
        assertThat(Optimizer.named("Momentum")).isEqualTo(new Optimizer.Momentum(0.9));
        assertThat(Optimizer.named("adam")).isEqualTo(new Optimizer.Adam(0.9, 0.999, 1e-8));
        assertThatThrownBy(() -> Optimizer.named("sgd")).hasMessageContaining("use gd, momentum or adam");
        assertThatThrownBy(() -> new Optimizer.Momentum(1)).hasMessage("Requires 0 <= 'beta' < 1.");
        assertThatThrownBy(() -> new Optimizer.Adam(0.9, 0.999, 0)).hasMessage("Requires 'epsilon' > 0.");
    }
}
