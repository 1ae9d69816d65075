package org.kobai.math.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.junit.jupiter.api.Test;
import org.kobai.math.expr.Expression;

class ExpressionObjectiveTest {
    /** Eight-point finite differences with step 1e−3 on functions of size ~10. */
    private static final double FINITE_DIFFERENCE = 1e-7;

    @Test
    void bowlFromTextAgreesWithTheBowl() {
        // article 000: z = x² + y², ∇z = (2x, 2y); at (3, 4): f = 25, ∇f = (6, 8)
        ExpressionObjective f = ExpressionObjective.of(Expression.parse("x^2 + y^2"));
        assertThat(f.valueAt(new double[] {3, 4})).isEqualTo(25);
        assertThat(f.gradientAt(new double[] {3, 4})).containsExactly(6, 8);
        assertThat(f.variables()).containsExactly("x", "y");
    }

    @Test
    void gradientAgreesWithFiniteDifferences() {
        // oracle: commons-math3's finite-difference differentiator along each coordinate
        ExpressionObjective f = ExpressionObjective.of(Expression.parse("(1 - x)^2 + 100(y - x^2)^2 + sin(x y)"));
        Random random = new Random(20240601);
        for (int n = 0; n < 20; n++) {
            double[] p = {random.nextDouble() * 4 - 2, random.nextDouble() * 4 - 2};
            double[] g = f.gradientAt(p);
            for (int i = 0; i < 2; i++) {
                int axis = i;
                UnivariateDifferentiableFunction along = new FiniteDifferencesDifferentiator(8, 1e-3).differentiate(
                        (double t) -> {
                            double[] q = p.clone();
                            q[axis] = t;
                            return f.valueAt(q);
                        });
                double expected = along.value(new DerivativeStructure(1, 1, 0, p[i])).getPartialDerivative(1);
                assertThat(g[i]).isCloseTo(expected, within(FINITE_DIFFERENCE * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Test
    void unusedVariableHasZeroPartialAndKinksAreNaN() {
        ExpressionObjective f = ExpressionObjective.of(Expression.parse("abs(x)"), List.of("x", "y"));
        assertThat(f.dimension()).isEqualTo(2);
        assertThat(f.gradientAt(new double[] {-2, 5})).containsExactly(-1, 0);
        assertThat(f.gradientAt(new double[] {0, 5})[0]).isNaN();
    }
}
