package org.kobai.math.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.kobai.math.ContourLines;
import org.kobai.math.Curve;
import org.kobai.math.Grid2D;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;

/**
 * D_u f = ∇f·u: the article's example by hand, the law that it is largest (|∇f|) along ∇f, and the
 * gradient's perpendicularity to level curves checked against contour lines traced independently.
 */
class DirectionalDerivativeTest {
    /** Sums of two or three products of doubles. */
    private static final double ROUNDING = 1e-12;

    @Test
    void article001ExampleAtOneTwo() {
        // ∇f(1, 2) = (2·1 + 2·2, 2·1 − 2·2) = (6, −2) for f = x1² + 2x1x2 − x2² (article 001).
        double[] g = Gradient.of(Expression.parse("x1^2 + 2x1x2 - x2^2")).at(1, 2).vector();
        assertThat(g).containsExactly(6.0, -2.0);
        // |∇f| = √(36 + 4) = √40 = 2√10
        assertThat(DirectionalDerivative.largest(g)).isEqualTo(Math.sqrt(40));
        // at θ = 45°: (6 − 2)/√2 = 2√2
        assertThat(DirectionalDerivative.along(g, Math.PI / 4)).isCloseTo(2 * Math.sqrt(2), offset(ROUNDING));
        // φ = atan2(−2, 6) + 2π, tangent φ + π/2 − 2π
        double phi = DirectionalDerivative.steepestAngle(g);
        assertThat(phi).isCloseTo(2 * Math.PI - Math.atan(1.0 / 3), offset(ROUNDING));
        assertThat(DirectionalDerivative.along(g, phi)).isCloseTo(Math.sqrt(40), offset(ROUNDING));
        assertThat(DirectionalDerivative.along(g, DirectionalDerivative.levelTangentAngle(g))).isCloseTo(0, offset(ROUNDING));
        assertThat(DirectionalDerivative.along(g, phi + Math.PI)).isCloseTo(-Math.sqrt(40), offset(ROUNDING));
    }

    @Test
    void noSteepestDirectionWhereTheGradientIsZero() {
        assertThat(DirectionalDerivative.steepestAngle(new double[] {0, 0})).isNaN();
        assertThat(DirectionalDerivative.levelTangentAngle(new double[] {0, 0})).isNaN();
        assertThat(DirectionalDerivative.largest(new double[] {0, 0})).isZero();
    }

    @Property(tries = 300, seed = "20240517")
    void largestAlongTheGradient(@ForAll @DoubleRange(min = -50, max = 50) double g1,
                                 @ForAll @DoubleRange(min = -50, max = 50) double g2,
                                 @ForAll @DoubleRange(min = 0, max = 6.3) double angle) {
        double[] g = {g1, g2};
        double norm = Math.hypot(g1, g2);
        double tolerance = ROUNDING * Math.max(1, norm);
        assertThat(DirectionalDerivative.along(g, angle)).isLessThanOrEqualTo(norm + tolerance);
        // D_u f = |∇f| cos(θ − φ)
        double phi = DirectionalDerivative.steepestAngle(g);
        if (norm > 0) {
            assertThat(DirectionalDerivative.along(g, angle)).isCloseTo(norm * Math.cos(angle - phi), offset(tolerance));
            assertThat(DirectionalDerivative.along(g, phi)).isCloseTo(norm, offset(tolerance));
            assertThat(phi).isBetween(0.0, 2 * Math.PI);
        }
    }

    /**
     * Traces the level curve through p on a fine grid (marching squares, no derivatives), takes its direction
     * near p and checks that the symbolic gradient is perpendicular to it: D_u f = 0 along the tangent.
     */
    @Test
    void gradientIsPerpendicularToTracedLevelCurves() {
        List<String> x = List.of("x1", "x2");
        String[] functions = {"x1^2 + 2x1x2 - x2^2", "exp(-(x1^2 + x2^2)/2) + x1/3", "sin(x1) cos(x2) + x2^2/4"};
        double[][] points = {{1, 2}, {0.4, -0.7}, {-0.6, 0.9}};
        for (String typed : functions) {
            Expression f = Expression.parse(typed);
            CompiledExpression fc = f.compile(x);
            Gradient grad = Gradient.of(f, x);
            for (double[] p : points) {
                double[] g = grad.at(p[0], p[1]).vector();
                double half = 0.05;
                Grid2D grid = Grid2D.sample(fc.asBinaryOperator(), p[0] - half, p[0] + half, 201, p[1] - half, p[1] + half, 201);
                double[] t = directionNear(ContourLines.trace(grid, fc.valueAt(p[0], p[1])), p);
                double cosine = (g[0] * t[0] + g[1] * t[1]) / Math.hypot(g[0], g[1]);
                // a traced chord of length ~0.01 on a curve of curvature κ turns by ~κ·0.005 rad
                assertThat(Math.abs(cosine)).as("%s at (%s, %s)", typed, p[0], p[1]).isLessThan(0.02);
                double tangent = DirectionalDerivative.levelTangentAngle(g);
                double[] u = DirectionalDerivative.unit(tangent);
                assertThat(Math.abs(u[0] * t[0] + u[1] * t[1])).as("tangent angle along the traced curve").isGreaterThan(0.999);
            }
        }
    }

    /** The unit direction between the traced vertices about 0.005 before and after the one closest to p. */
    private static double[] directionNear(List<Curve> curves, double[] p) {
        Curve best = null;
        int at = -1;
        double closest = Double.POSITIVE_INFINITY;
        for (Curve c : curves) {
            double[] xs = c.x(), ys = c.y();
            for (int i = 0; i < xs.length; i++) {
                double d = Math.hypot(xs[i] - p[0], ys[i] - p[1]);
                if (d < closest) {
                    closest = d;
                    best = c;
                    at = i;
                }
            }
        }
        assertThat(closest).as("the level curve passes through p").isLessThan(1e-3);
        double[] xs = best.x(), ys = best.y();
        int from = at, to = at;
        while (from > 0 && Math.hypot(xs[from] - xs[at], ys[from] - ys[at]) < 0.005) {
            from--;
        }
        while (to < xs.length - 1 && Math.hypot(xs[to] - xs[at], ys[to] - ys[at]) < 0.005) {
            to++;
        }
        double dx = xs[to] - xs[from], dy = ys[to] - ys[from];
        double len = Math.hypot(dx, dy);
        assertThat(len).isGreaterThan(0.004);
        return new double[] {dx / len, dy / len};
    }
}
