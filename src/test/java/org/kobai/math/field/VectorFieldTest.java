package org.kobai.math.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kobai.math.expr.Expression;

/** Divergence, curl and Jacobian of fields whose derivatives are worked by hand. */
class VectorFieldTest {
    private static final List<String> X = List.of("x1", "x2");

    private static VectorField field(String first, String second) {
        return VectorField.of(Expression.parse(first), Expression.parse(second), X);
    }

    /**
     * Each row worked by hand from ∇·F = ∂F₁/∂x₁ + ∂F₂/∂x₂ and ∇×F = ∂F₂/∂x₁ − ∂F₁/∂x₂ (the correct 2-D curl
     * of article 001's errata). Rotation (−x₂, x₁): 0 + 0 and 1 − (−1). Source (x₁, x₂): 1 + 1 and 0 − 0.
     * Shear (x₂, 0): 0 + 0 and 0 − 1. Saddle (x₁, −x₂): 1 − 1 and 0. Spiral (x₁ − x₂, x₁ + x₂): 1 + 1 and
     * 1 − (−1).
     */
    @ParameterizedTest(name = "{0}: div {3}, curl {4}")
    @CsvSource(delimiter = ';', value = {
            "rotation; -x2; x1; 0; 2",
            "source; x1; x2; 2; 0",
            "shear; x2; 0; 0; -1",
            "saddle; x1; -x2; 0; 0",
            "spiral; x1 - x2; x1 + x2; 2; 2"})
    void presetsHaveTheirDivergenceAndCurlExactly(String name, String first, String second, String div, String curl) {
        VectorField f = field(first, second);
        assertThat(f.divergence().text()).isEqualTo(div);
        assertThat(f.curl().text()).isEqualTo(curl);
        for (double[] p : new double[][] {{0, 0}, {1, 0.5}, {-2.5, 3}}) {
            assertThat(f.divergenceAt(p[0], p[1])).isEqualTo(Double.parseDouble(div));
            assertThat(f.curlAt(p[0], p[1])).isEqualTo(Double.parseDouble(curl));
        }
    }

    @Test
    void gradientOfArticle001sFunctionAndItsJacobian() {
        // Article 001: f = x1² + 2x1x2 − x2², ∂f/∂x1 = 2x1 + 2x2, ∂f/∂x2 = 2x1 − 2x2 (worked in the article).
        VectorField grad = VectorField.gradientOf(Expression.parse("x1^2 + 2x1x2 - x2^2"), X);
        assertThat(grad.first().text()).isEqualTo("2x1 + 2x2");
        assertThat(grad.second().text()).isEqualTo("2x1 - 2x2");
        assertThat(grad.valueAt(1, 2)).containsExactly(6.0, -2.0);
        // Its Jacobian is the Hessian [[2, 2], [2, −2]]: the curl of a gradient is 0 (mixed partials agree),
        // and the divergence (the Laplacian) is 2 − 2 = 0.
        assertThat(grad.jacobian().toString()).isEqualTo("[[2, 2], [2, -2]]");
        assertThat(grad.curl().text()).isEqualTo("0");
        assertThat(grad.divergence().text()).isEqualTo("0");
    }

    @Test
    void squareMapHasARotationAndScaleAsItsJacobian() {
        // F = (x1² − x2², 2x1x2): J = [[2x1, −2x2], [2x2, 2x1]], det J = 4x1² + 4x2², div 4x1, curl 4x2.
        VectorField square = field("x1^2 - x2^2", "2x1 x2");
        assertThat(square.jacobian().toString()).isEqualTo("[[2x1, -2x2], [2x2, 2x1]]");
        assertThat(square.divergence().text()).isEqualTo("4x1");
        assertThat(square.curl().text()).isEqualTo("4x2");
        JacobianValue j = square.jacobian().at(1, 0.5);
        assertThat(j.matrix()).isDeepEqualTo(new double[][] {{2, -1}, {1, 2}});
        assertThat(j.determinant()).isEqualTo(5.0);
        assertThat(square.jacobian().at(2, -1).determinant())
                .isEqualTo(square.jacobian().determinant().valueAt(java.util.Map.of("x1", 2.0, "x2", -1.0)));
        assertThat(square.jacobian().latex()).isEqualTo("\\begin{pmatrix} 2x_{1} & -2x_{2} \\\\ 2x_{2} & 2x_{1} \\end{pmatrix}");
    }

    @Test
    void linearApproximationOfALinearMapIsExact() {
        // F = (2x1 + x2, x1 + x2) is linear: F(p) + J·(q − p) = F(q) for every q, whatever the step.
        VectorField linear = field("2x1 + x2", "x1 + x2");
        double[] approx = linear.jacobian().linearApproximation(1, 2, 4, -3);
        assertThat(approx).containsExactly(2 * 4 - 3, 4 - 3.0);
    }

    @Test
    void linearApproximationErrorOfTheSquareMapIsTheStepSquared() {
        // F(p + h) − F(p) − J h = (h1² − h2², 2h1h2) exactly for the square map.
        VectorField square = field("x1^2 - x2^2", "2x1 x2");
        double h1 = 0.25, h2 = -0.125;
        double[] exact = square.valueAt(1 + h1, 0.5 + h2);
        double[] approx = square.jacobian().linearApproximation(1, 0.5, 1 + h1, 0.5 + h2);
        assertThat(exact[0] - approx[0]).isEqualTo(h1 * h1 - h2 * h2);
        assertThat(exact[1] - approx[1]).isEqualTo(2 * h1 * h2);
    }

    @Test
    void undefinedPointsGiveNaNAndANote() {
        VectorField f = field("sqrt(x1)", "ln(x2)");
        assertThat(f.divergenceAt(-1, 1)).isNaN();
        assertThat(f.curlAt(1, 0)).isNaN();
        assertThat(f.divergenceAt(4, 1)).isEqualTo(0.25 + 1);
        JacobianValue j = f.jacobian().at(-1, 1);
        assertThat(j.isDefined()).isFalse();
        assertThat(j.note()).contains("not defined");
        assertThat(f.jacobian().linearApproximation(-1, 1, 0, 0)).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void refusesOtherVariables() {
        assertThatThrownBy(() -> VectorField.of(Expression.parse("y"), Expression.parse("x1"), X))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y");
        assertThatThrownBy(() -> VectorField.of(Expression.parse("x1"), Expression.parse("x1"), List.of("x1", "x1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
