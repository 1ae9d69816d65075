package org.kobai.lessons.partial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.kobai.math.expr.ExpressionException;

class PartialModelTest {
    @Test
    void partialDerivativesOfArticle001AtOneTwo() {
        PartialModel model = new PartialModel();
        // f = x1² + 2x1x2 − x2²: ∂f/∂x1 = 2x1 + 2x2 = 6, ∂f/∂x2 = 2x1 − 2x2 = −2 at (1, 2)
        assertThat(model.c().get()).isEqualTo(1.0);
        assertThat(model.d().get()).isEqualTo(2.0);
        assertThat(model.gradient().partial("x1").expression().text()).isEqualTo("2x1 + 2x2");
        assertThat(model.gradient().partial("x2").expression().text()).isEqualTo("2x1 - 2x2");
        assertThat(model.partialX1().value()).isEqualTo(6.0);
        assertThat(model.partialX2().value()).isEqualTo(-2.0);
        assertThat(model.value()).isEqualTo(1.0);
    }

    @Test
    void article000ExampleIsEightAtOne() {
        PartialModel model = new PartialModel();
        model.enterStep(PartialModel.STEP_MINIMUM);
        assertThat(model.function().text()).isEqualTo("4x1^2 + 3x2");
        assertThat(model.gradient().partial("x1").expression().text()).isEqualTo("8x1");
        assertThat(model.c().get()).isEqualTo(1.0);
        assertThat(model.partialX1().value()).isEqualTo(8.0);
        assertThat(model.partialX2().value()).isEqualTo(3.0);
    }

    @Test
    void wineGlassIsFlatAtTheOrigin() {
        PartialModel model = new PartialModel();
        model.setFunction("x1^2 + x2^2");
        model.c().set(0);
        model.d().set(0);
        assertThat(model.partialX1().value()).isZero();
        assertThat(model.partialX2().value()).isZero();
    }

    @Test
    void tangentPlaneTouchesFAtThePointWithThePartialsAtThePoint() {
        PartialModel model = new PartialModel();
        for (double[] p : new double[][] {{1, 2}, {-0.5, 1.5}, {2.25, -1}}) {
            model.c().set(p[0]);
            model.d().set(p[1]);
            double c = p[0], d = p[1];
            assertThat(model.tangentPlaneAt(c, d)).isEqualTo(model.valueAt(c, d), offset(1e-12));
            // slopes of the plane are the partials at (c, d), not at (x1, x2)
            assertThat(model.tangentPlaneAt(c + 1, d) - model.tangentPlaneAt(c, d))
                    .isEqualTo(2 * c + 2 * d, offset(1e-12));
            assertThat(model.tangentPlaneAt(c, d + 1) - model.tangentPlaneAt(c, d))
                    .isEqualTo(2 * c - 2 * d, offset(1e-12));
        }
    }

    @Test
    void totalDifferentialErrorShrinksLikeSSquared() {
        PartialModel model = new PartialModel();
        model.setFunction("sin(x1) x2 + exp(x2/3)");
        model.c().set(0.3);
        model.d().set(-0.4);
        double previous = Double.NaN;
        for (double s = 0.4; s > 0.01; s /= 2) {
            double error = Math.abs(model.differentialError(s));
            if (!Double.isNaN(previous)) {
                assertThat(previous / error).as("halving s at s = %s", s).isBetween(3.0, 5.0);
            }
            previous = error;
        }
        // for article 001's quadratic Δy − dy = (1 + 2 − 1) s² exactly
        PartialModel article = new PartialModel();
        assertThat(article.differentialError(0.5)).isEqualTo(2 * 0.25, offset(1e-12));
        assertThat(article.totalDifferential(0.5)).isEqualTo((6 - 2) * 0.5, offset(1e-12));
    }

    @Test
    void aBadFunctionKeepsTheOldOne() {
        PartialModel model = new PartialModel();
        var before = model.function();
        assertThatThrownBy(() -> model.setFunction("x1 + y")).isInstanceOf(ExpressionException.class);
        assertThatThrownBy(() -> model.setFunction("x1 + (")).isInstanceOf(ExpressionException.class);
        assertThat(model.function()).isSameAs(before);
        assertThat(model.partialX1().value()).isEqualTo(6.0);
    }

    @Test
    void undefinedPartialsGiveNoPlane() {
        PartialModel model = new PartialModel();
        model.setFunction("sqrt(x1) + x2");
        model.c().set(-1);
        assertThat(model.partialX1().isDefined()).isFalse();
        assertThat(model.tangentPlaneAt(0, 0)).isNaN();
        assertThat(model.totalDifferential(0.1)).isNaN();
    }
}
