package org.kobai.math.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.RandomExpressions;

/**
 * The symbolic Jacobian of random fields F = (F₁, F₂) in x and y against an independent oracle: commons-math3's
 * five-point central finite differences, at random points of [−3, 3]². Points where F or an entry is not
 * finite or huge, or where halving the difference step changes the estimate (a corner of |u|, a jump of
 * sign(u), a pole), are skipped. Also: the curl of a gradient field is 0 (mixed partials agree) and
 * divergence and curl are the trace and the antisymmetric part of J.
 */
class JacobianPropertiesTest {
    private static final long SEED = 20240517L;
    private static final List<String> XY = List.of("x", "y");
    private static final int POINTS = 8;
    private static final double LARGE = 1e5;
    /** Five-point stencil with step h: error about h⁴·f⁽⁵⁾ plus rounding ε·|f|/h. */
    private static final double STEP = 1e-3;
    private static final double FD_TOLERANCE = 1e-6;
    /** Two estimates this far apart mean the function is not smooth at the step's scale. */
    private static final double SMOOTHNESS = 1e-5;
    /** The same derivatives combined in a different order. */
    private static final double ROUNDING = 1e-9;

    @Provide
    Arbitrary<Expression> trees() {
        return RandomExpressions.trees(3);
    }

    @Property(tries = 300, seed = "20240517")
    void jacobianAgreesWithCentralDifferences(@ForAll("trees") Expression f1, @ForAll("trees") Expression f2) {
        VectorField field = VectorField.of(f1, f2, XY);
        CompiledExpression[] components = {f1.compile(XY), f2.compile(XY)};
        Random random = new Random(SEED);
        int checked = 0;
        for (int k = 0; k < POINTS; k++) {
            double x = point(random), y = point(random);
            JacobianValue j = field.jacobian().at(x, y);
            for (int row = 0; row < 2; row++) {
                for (int column = 0; column < 2; column++) {
                    DerivativeValue symbolic = j.entry(row, column);
                    CompiledExpression c = components[row];
                    DoubleUnaryOperator slice = column == 0 ? t -> c.valueAt(t, y) : t -> c.valueAt(x, t);
                    double at = column == 0 ? x : y;
                    double coarse = centralDifference(slice, at, STEP);
                    double fine = centralDifference(slice, at, STEP / 2);
                    if (!symbolic.isDefined() || !usable(symbolic.value()) || !usable(coarse) || !usable(fine)
                            || !usable(slice.applyAsDouble(at))
                            || Math.abs(coarse - fine) > SMOOTHNESS * Math.max(1, Math.abs(fine))) {
                        continue;
                    }
                    checked++;
                    assertThat(Math.abs(symbolic.value() - fine))
                            .as("∂F%d/∂%s of (%s, %s) at (%s, %s)", row + 1, XY.get(column), f1.text(), f2.text(), x, y)
                            .isLessThanOrEqualTo(FD_TOLERANCE * Math.max(1, Math.abs(fine)));
                }
            }
        }
        Statistics.label("some entry checked").collect(checked > 0);
    }

    @Property(tries = 200, seed = "20240517")
    void divergenceIsTheTraceAndCurlTheAntisymmetricPart(@ForAll("trees") Expression f1, @ForAll("trees") Expression f2) {
        VectorField field = VectorField.of(f1, f2, XY);
        Random random = new Random(SEED);
        for (int k = 0; k < POINTS; k++) {
            double x = point(random), y = point(random);
            JacobianValue j = field.jacobian().at(x, y);
            double div = field.divergenceAt(x, y), curl = field.curlAt(x, y);
            if (!j.isDefined() || !usable(div) || !usable(curl)) {
                continue;
            }
            double[][] m = j.matrix();
            assertThat(div).isCloseTo(m[0][0] + m[1][1], org.assertj.core.api.Assertions.offset(ROUNDING * Math.max(1, Math.abs(div))));
            assertThat(curl).isCloseTo(m[1][0] - m[0][1], org.assertj.core.api.Assertions.offset(ROUNDING * Math.max(1, Math.abs(curl))));
        }
    }

    @Property(tries = 200, seed = "20240517")
    void curlOfAGradientIsZero(@ForAll("trees") Expression f) {
        VectorField grad = VectorField.gradientOf(f, XY);
        Random random = new Random(SEED);
        for (int k = 0; k < POINTS; k++) {
            double x = point(random), y = point(random);
            double[][] m = grad.jacobian().at(x, y).isDefined() ? grad.jacobian().at(x, y).matrix() : null;
            double curl = grad.curlAt(x, y);
            if (m == null || !usable(curl)) {
                continue;
            }
            // ∂²f/∂x∂y = ∂²f/∂y∂x (Schwarz), so ∂F₂/∂x − ∂F₁/∂y = 0 up to rounding of the larger mixed partial
            assertThat(Math.abs(curl)).as("curl of grad %s at (%s, %s)", f.text(), x, y)
                    .isLessThanOrEqualTo(ROUNDING * Math.max(1, Math.abs(m[1][0])));
        }
    }

    /** commons-math3's five-point symmetric stencil: the derivative of g at t. */
    private static double centralDifference(DoubleUnaryOperator g, double t, double h) {
        UnivariateDifferentiableFunction d = new FiniteDifferencesDifferentiator(5, h).differentiate(g::applyAsDouble);
        return d.value(new DerivativeStructure(1, 1, 0, t)).getPartialDerivative(1);
    }

    private static double point(Random random) {
        return -3 + 6 * random.nextDouble();
    }

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) < LARGE;
    }
}
