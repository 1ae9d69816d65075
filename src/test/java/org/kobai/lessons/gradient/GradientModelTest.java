package org.kobai.lessons.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.kobai.math.expr.ExpressionException;

class GradientModelTest {
    /** A few roundings of sums of products. */
    private static final double ROUNDING = 1e-12;

    @Test
    void article001GradientAtOneTwo() {
        GradientModel model = new GradientModel();
        // f = x1² + 2x1x2 − x2²: ∇f = (2x1 + 2x2, 2x1 − 2x2) = (6, −2) at (1, 2) (article 001)
        assertThat(model.function().text()).isEqualTo("x1^2 + 2x1 x2 - x2^2");
        assertThat(model.gradientHere().vector()).containsExactly(6.0, -2.0);
        assertThat(model.steepestRate()).isEqualTo(Math.sqrt(40));
        // direction of (6, −2): 360° − atan(1/3) = 341.565…°
        assertThat(model.steepestDegrees()).isCloseTo(360 - Math.toDegrees(Math.atan(1.0 / 3)), offset(ROUNDING));
    }

    @Test
    void directionalDerivativeFollowsTheAngle() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_DIRECTION);
        assertThat(model.angle().get()).isEqualTo(45.0);
        // (6, −2)·(1/√2, 1/√2) = 4/√2 = 2√2
        assertThat(model.directionalDerivative()).isCloseTo(2 * Math.sqrt(2), offset(ROUNDING));
        model.angle().set(90);
        assertThat(model.directionalDerivative()).isCloseTo(-2, offset(ROUNDING));
        model.angle().set(model.steepestDegrees());
        assertThat(model.directionalDerivative()).isCloseTo(Math.sqrt(40), offset(ROUNDING));
        model.angle().set(model.steepestDegrees() - 270);
        assertThat(model.directionalDerivative()).as("along the level curve").isCloseTo(0, offset(ROUNDING));
    }

    @Test
    void fieldStepStartsWithTheRotation() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_FIELD);
        assertThat(model.showsField()).isTrue();
        assertThat(model.field().first().text()).isEqualTo("-x2");
        // F = (−x2, x1) at (1, 0.5) is (−0.5, 1); ∇·F = 0, ∇×F = 1 − (−1) = 2
        assertThat(model.fieldHere()).containsExactly(-0.5, 1.0);
        assertThat(model.divergence()).isEqualTo(0.0);
        assertThat(model.curl()).isEqualTo(2.0);
        assertThat(model.presetShown()).contains(FieldPreset.ROTATION);
        model.usePreset(FieldPreset.SOURCE);
        assertThat(model.presetShown()).contains(FieldPreset.SOURCE);
        assertThat(model.divergence()).isEqualTo(2.0);
        assertThat(model.curl()).isEqualTo(0.0);
    }

    @Test
    void typingOneComponentKeepsTheOther() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_FIELD);
        model.setComponent(1, "x1 x2");
        assertThat(model.field().first().text()).isEqualTo("-x2");
        assertThat(model.field().second().text()).isEqualTo("x1 x2");
        assertThat(model.presetShown()).isEmpty();
        // ∇·F = 0 + x1 = 1, ∇×F = x2 − (−1) = 1.5 at (1, 0.5)
        assertThat(model.divergence()).isEqualTo(1.0);
        assertThat(model.curl()).isEqualTo(1.5);
        var before = model.field();
        assertThatThrownBy(() -> model.setComponent(0, "x1 + y")).isInstanceOf(ExpressionException.class);
        assertThatThrownBy(() -> model.setComponent(0, "x1 +")).isInstanceOf(ExpressionException.class);
        assertThat(model.field()).isSameAs(before);
    }

    @Test
    void fieldAndMapAreKeptApart() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_FIELD);
        model.usePreset(FieldPreset.SHEAR);
        model.enterStep(GradientModel.STEP_JACOBIAN);
        assertThat(model.field().first().text()).isEqualTo("x1^2 - x2^2");
        model.enterStep(GradientModel.STEP_FIELD);
        assertThat(model.field().first().text()).isEqualTo("x2");
    }

    @Test
    void squareMapAgreesWithItsLinearApproximationUpToHalfHSquared() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_JACOBIAN);
        // J of (x1² − x2², 2x1x2) at (1, 0.5) = [[2, −1], [1, 2]], det J = 5
        assertThat(model.jacobian().matrix()).isDeepEqualTo(new double[][] {{2, -1}, {1, 2}});
        assertThat(model.jacobian().determinant()).isEqualTo(5.0);
        // F(p + δ) − F(p) − Jδ = (δ1² − δ2², 2δ1δ2), of length |δ|²: largest at a corner, |δ|² = 2(h/2)² = h²/2
        for (double h : new double[] {1, 0.5, 0.1, 0.02}) {
            model.size().set(h);
            assertThat(model.linearizationGap()).as("h = %s", h).isCloseTo(h * h / 2, offset(ROUNDING));
        }
    }

    @Test
    void squareIsClosedAndCentredOnThePoint() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_JACOBIAN);
        double[][] s = model.square();
        int n = s[0].length;
        assertThat(n).isEqualTo(4 * GradientModel.SIDE_SAMPLES + 1);
        assertThat(s[0][0]).isEqualTo(s[0][n - 1]);
        assertThat(s[1][0]).isEqualTo(s[1][n - 1]);
        assertThat(java.util.Arrays.stream(s[0]).min().orElseThrow()).isEqualTo(0.75);
        assertThat(java.util.Arrays.stream(s[0]).max().orElseThrow()).isEqualTo(1.25);
        assertThat(java.util.Arrays.stream(s[1]).max().orElseThrow()).isEqualTo(0.75);
    }

    @Test
    void linearMapIsItsOwnApproximation() {
        GradientModel model = new GradientModel();
        model.enterStep(GradientModel.STEP_JACOBIAN);
        model.usePreset(FieldPreset.LINEAR);
        model.size().set(1.5);
        assertThat(model.linearizationGap()).isCloseTo(0, offset(ROUNDING));
    }

    @Test
    void undefinedPointsGiveNaN() {
        GradientModel model = new GradientModel();
        model.setFunction("sqrt(x1) + x2");
        model.c().set(-1);
        assertThat(model.directionalDerivative()).isNaN();
        assertThat(model.steepestRate()).isNaN();
        model.enterStep(GradientModel.STEP_FIELD);
        model.usePreset(FieldPreset.VORTEX);
        model.c().set(0);
        model.d().set(0);
        assertThat(model.curl()).isNaN();
        model.d().set(1);
        // (−x2, x1)/(x1² + x2²) has curl 0 away from the origin
        assertThat(model.curl()).isCloseTo(0, offset(ROUNDING));
    }
}
