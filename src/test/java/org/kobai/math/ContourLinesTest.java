package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ContourLinesTest {
    /** Grid spacing of the circle tests: 6 / 120. */
    private static final double H = 0.05;

    @Test
    void circleOfRadiusR() {
        // x² + y² = r² is the circle of radius r. Linear interpolation of a convex function along an
        // edge errs by at most h²/8 · f'' / |∇f| = h²/(8r) in r; allow h²/r.
        Grid2D g = Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 121, -3, 3, 121);
        for (double r : new double[] {0.5, 1, 2, 2.9}) {
            List<Curve> lines = ContourLines.trace(g, r * r);
            assertThat(lines).hasSize(1);
            Curve c = lines.get(0);
            assertThat(isClosed(c)).isTrue();
            double[] x = c.x(), y = c.y();
            for (int k = 0; k < c.size(); k++) {
                assertThat(Math.hypot(x[k], y[k])).isCloseTo(r, within(H * H / r));
            }
            // the polygon's length approaches the circumference 2πr
            assertThat(length(c)).isCloseTo(2 * Math.PI * r, within(0.01 * r));
        }
    }

    @Test
    void levelOutsideTheDataGivesNothing() {
        Grid2D g = Grid2D.sample((x, y) -> x * x + y * y, -1, 1, 11, -1, 1, 11);
        assertThat(ContourLines.trace(g, -1)).isEmpty();
        assertThat(ContourLines.trace(g, 5)).isEmpty();
    }

    @Test
    void planeGivesItsExactLine() {
        // f = 2x − y is linear, so marching squares is exact: the level 1 line is y = 2x − 1,
        // entering and leaving through the border (open).
        Grid2D g = Grid2D.sample((x, y) -> 2 * x - y, -2, 2, 17, -2, 2, 13);
        List<Curve> lines = ContourLines.trace(g, 1);
        assertThat(lines).hasSize(1);
        Curve c = lines.get(0);
        assertThat(isClosed(c)).isFalse();
        double[] x = c.x(), y = c.y();
        for (int k = 0; k < c.size(); k++) {
            assertThat(y[k]).isCloseTo(2 * x[k] - 1, within(1e-12));
        }
        // it runs from the bottom border (y = −2, x = −0.5) to the top (y = 2, x = 1.5)
        double[] ends = {y[0], y[c.size() - 1]};
        assertThat(ends).containsExactlyInAnyOrder(-2.0, 2.0);
    }

    @Test
    void hyperbolaHasTwoBranches() {
        // xy = 0.5 has one branch in the first quadrant and one in the third.
        Grid2D g = Grid2D.sample((x, y) -> x * y, -2, 2, 81, -2, 2, 81);
        List<Curve> lines = ContourLines.trace(g, 0.5);
        assertThat(lines).hasSize(2);
        for (Curve c : lines) {
            double[] x = c.x(), y = c.y();
            for (int k = 0; k < c.size(); k++) {
                // bilinear xy is exact on grid lines
                assertThat(x[k] * y[k]).isCloseTo(0.5, within(1e-12));
            }
        }
    }

    @Test
    void saddleLevelThroughTheCentreStaysConnected() {
        // x² − y² at level 0.01 near the saddle: two branches, left and right, never crossing x = 0.
        Grid2D g = Grid2D.sample((x, y) -> x * x - y * y, -1, 1, 21, -1, 1, 21);
        List<Curve> lines = ContourLines.trace(g, 0.01);
        assertThat(lines).hasSize(2);
        for (Curve c : lines) {
            double[] x = c.x();
            double sign = Math.signum(x[0]);
            for (double xi : x) {
                assertThat(Math.signum(xi)).isEqualTo(sign);
            }
        }
    }

    @Test
    void missingDataCutsTheLine() {
        // ln(x² + y² − 1) is undefined inside the unit disc; the level 0 set x² + y² = 2 is a full circle,
        // but with the right half of the plane missing it becomes one open arc.
        Grid2D full = Grid2D.sample((x, y) -> Math.log(x * x + y * y - 1), -2, 2, 81, -2, 2, 81);
        Grid2D half = Grid2D.sample((x, y) -> x > 0 ? Double.NaN : Math.log(x * x + y * y - 1), -2, 2, 81, -2, 2, 81);
        assertThat(ContourLines.trace(full, 0)).hasSize(1);
        List<Curve> lines = ContourLines.trace(half, 0);
        assertThat(lines).hasSize(1);
        Curve arc = lines.get(0);
        assertThat(isClosed(arc)).isFalse();
        for (double x : arc.x()) {
            assertThat(x).isLessThanOrEqualTo(0.0);
        }
        for (int k = 0; k < arc.size(); k++) {
            assertThat(Math.hypot(arc.x()[k], arc.y()[k])).isCloseTo(Math.sqrt(2), within(0.01));
        }
    }

    @Test
    void niceLevelsOfAGrid() {
        Grid2D g = Grid2D.sample((x, y) -> x * x + y * y, -3, 3, 61, -3, 3, 61);
        assertThat(ContourLines.niceLevels(g, 8)).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0);
        assertThat(ContourLines.niceLevels(Grid2D.sample((x, y) -> 1, 0, 1, 3, 0, 1, 3), 8)).isEmpty();
        assertThat(ContourLines.niceLevels(Grid2D.sample((x, y) -> Double.NaN, 0, 1, 3, 0, 1, 3), 8)).isEmpty();
    }

    @Test
    void rejectsNonFiniteLevel() {
        Grid2D g = Grid2D.sample((x, y) -> x, 0, 1, 3, 0, 1, 3);
        assertThatThrownBy(() -> ContourLines.trace(g, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every point lies on a grid line where the interpolated surface equals the level, and consecutive
     * points lie in one cell, for random quadratics f = a x² + b xy + c y² + d x + e y.
     */
    @Property(tries = 200)
    void pointsLieOnTheLevelSetOfTheInterpolant(
            @ForAll @DoubleRange(min = -3, max = 3) double a, @ForAll @DoubleRange(min = -3, max = 3) double b,
            @ForAll @DoubleRange(min = -3, max = 3) double c, @ForAll @DoubleRange(min = -3, max = 3) double d,
            @ForAll @DoubleRange(min = -3, max = 3) double e, @ForAll @DoubleRange(min = 0, max = 1) double where,
            @ForAll @IntRange(min = 2, max = 30) int n) {
        Grid2D g = Grid2D.sample((x, y) -> a * x * x + b * x * y + c * y * y + d * x + e * y, -2, 2, n, -1, 1, n + 3);
        double level = g.min() + where * (g.max() - g.min());
        double scale = Math.max(1, Math.abs(g.max()) + Math.abs(g.min()));
        double diagonal = Math.hypot(g.dx(), g.dy());
        for (Curve line : ContourLines.trace(g, level)) {
            assertThat(line.size()).isGreaterThanOrEqualTo(2);
            double[] x = line.x(), y = line.y();
            for (int k = 0; k < line.size(); k++) {
                assertThat(g.valueAt(x[k], y[k])).isCloseTo(level, within(1e-9 * scale));
                if (k > 0) {
                    assertThat(Math.hypot(x[k] - x[k - 1], y[k] - y[k - 1])).isLessThanOrEqualTo(diagonal * (1 + 1e-9));
                }
            }
        }
    }

    private static boolean isClosed(Curve c) {
        return c.size() > 2 && c.x()[0] == c.x()[c.size() - 1] && c.y()[0] == c.y()[c.size() - 1];
    }

    private static double length(Curve c) {
        double[] x = c.x(), y = c.y();
        double sum = 0;
        for (int k = 1; k < c.size(); k++) {
            sum += Math.hypot(x[k] - x[k - 1], y[k] - y[k - 1]);
        }
        return sum;
    }
}
