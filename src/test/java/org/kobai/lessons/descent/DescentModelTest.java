package org.kobai.lessons.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.Status;

/** The lesson's model without a toolkit: the article's example, revealing steps, bending η, the steps. */
class DescentModelTest {
    private static final double EXACT = 1e-12;
    private DescentModel model;

    @BeforeEach
    void surfaceStep() {
        model = new DescentModel();
        model.enterStep(DescentModel.STEP_SURFACE);
    }

    @Test
    void articleBowlFromThreeFourFollowsTheClosedForm() {
        // article 000: z = x² + y², (Δx, Δy) = −η(2x, 2y); from (3, 4) with η = 0.1: x_k = 0.8^k (3, 4)
        Run r = model.run();
        assertThat(r.at(1).point()).containsExactly(new double[] {2.4, 3.2}, within(EXACT));
        for (Iterate it : r.path()) {
            assertThat(it.coordinate(0)).isCloseTo(3 * Math.pow(0.8, it.index()), within(EXACT));
            assertThat(it.coordinate(1)).isCloseTo(4 * Math.pow(0.8, it.index()), within(EXACT));
        }
        // |∇f| = 10·0.8^k ≤ 1e−6 first at k = ⌈ln(1e−7)/ln(0.8)⌉ = 73
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.iterations()).isEqualTo(73);
        assertThat(model.criticalRate()).isEqualTo(1);
    }

    @Test
    void oneVariableStepUsesXSquared() {
        model.enterStep(DescentModel.STEP_ONE_VARIABLE);
        // f = x², x₁ = 3 − 0.1·6 = 2.4
        assertThat(model.function().text()).isEqualTo("x^2");
        assertThat(model.run().at(1).point()).containsExactly(new double[] {2.4}, within(EXACT));
        assertThat(model.bowl()).isNull();
    }

    @Test
    void stepResetPlayRevealTheRun() {
        model.reset();
        assertThat(model.revealed()).isZero();
        assertThat(model.current().point()).containsExactly(3, 4);
        model.stepOnce();
        model.stepOnce();
        assertThat(model.current().index()).isEqualTo(2);
        model.play();
        assertThat(model.isPlaying()).isTrue();
        while (model.advance()) {
            assertThat(model.revealed()).isLessThanOrEqualTo(model.longest());
        }
        assertThat(model.isFinished()).isTrue();
        assertThat(model.isPlaying()).isFalse();
        // Play again from the end starts over
        model.play();
        assertThat(model.revealed()).isZero();
    }

    @Test
    void changingEtaPartWayBendsThePathFromThatStep() {
        model.reset();
        for (int i = 0; i < 3; i++) {
            model.stepOnce();
        }
        List<Iterate> before = model.run().path().subList(0, 4);
        model.eta().set(0.25);
        Run bent = model.run();
        assertThat(bent.path().subList(0, 4)).isEqualTo(before);
        // from x₃ = 0.8³(3, 4) the steps now multiply by 1 − 2·0.25 = 0.5
        assertThat(bent.at(4).coordinate(0)).isCloseTo(3 * Math.pow(0.8, 3) * 0.5, within(EXACT));
        assertThat(bent.at(4).learningRate()).isEqualTo(0.25);
    }

    @Test
    void changingEtaAfterTheRunRerunsItFromTheStart() {
        model.eta().set(0.25);
        // x₁ = (1 − 0.5)(3, 4)
        assertThat(model.run().at(1).point()).containsExactly(new double[] {1.5, 2}, within(EXACT));
    }

    @Test
    void tooLargeStepDivergesOnTheElongatedBowl() {
        model.enterStep(DescentModel.STEP_TOO_LARGE);
        // x² + 10y²: L = 20, 2/L = 0.1 < η = 0.105: y is multiplied by 1 − 2.1 = −1.1 each step
        assertThat(model.criticalRate()).isCloseTo(0.1, within(1e-15));
        assertThat(model.run().status()).isEqualTo(Status.DIVERGED);
        assertThat(model.showsDivergence()).isTrue();
        assertThat(model.run().at(1).coordinate(1)).isCloseTo(-1.1, within(EXACT));
        model.eta().set(0.09);
        assertThat(model.run().status()).isNotEqualTo(Status.DIVERGED);
        assertThat(model.showsDivergence()).isFalse();
    }

    @Test
    void compareStepRunsAllThreeFromOneStart() {
        model.enterStep(DescentModel.STEP_COMPARE);
        assertThat(model.runs().keySet()).containsExactly(Method.GRADIENT_DESCENT, Method.MOMENTUM, Method.ADAM);
        for (Run r : model.runs().values()) {
            assertThat(r.start().point()).containsExactly(-4, 2);
        }
        // momentum, hand computed: v₁ = −0.05·(−8, 40) = (0.4, −2), x₁ = (−3.6, 0)
        assertThat(model.runs().get(Method.MOMENTUM).at(1).point()).containsExactly(new double[] {-3.6, 0}, within(EXACT));
    }

    @Test
    void clickSetsTheStartAndTypedFunctionsReplaceThePreset() {
        model.setStart(1, -2);
        assertThat(model.run().start().point()).containsExactly(1, -2);
        model.setFunction("x^2 + 2y^2");
        assertThat(model.preset()).isEqualTo(Preset.TYPED);
        assertThat(model.bowl()).isNull();
        // ∇f = (2x, 4y) at (1, −2): (2, −8); x₁ = (1, −2) − 0.1(2, −8) = (0.8, −1.2)
        assertThat(model.run().at(1).point()).containsExactly(new double[] {0.8, -1.2}, within(EXACT));
    }

    @Test
    void undefinedStartLeavesNoRun() {
        model.setFunction("ln(x) + y^2");
        model.setStart(-1, 1);
        assertThat(model.run()).isNull();
        assertThat(model.current()).isNull();
        assertThat(model.longest()).isZero();
    }
}
