package org.kobai.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Grid2DTest {
    private static final double TOL = 1e-12;

    @Test
    void samplesRowsByYAndColumnsByX() {
        Grid2D g = Grid2D.sample((x, y) -> 10 * x + y, 0, 2, 3, -1, 1, 5);
        assertThat(g.nx()).isEqualTo(3);
        assertThat(g.ny()).isEqualTo(5);
        assertThat(g.x(2)).isEqualTo(2.0);
        assertThat(g.y(0)).isEqualTo(-1.0);
        assertThat(g.y(4)).isEqualTo(1.0);
        assertThat(g.dy()).isEqualTo(0.5);
        // values[j][i] = f(x(i), y(j)): column 2 is x = 2, row 1 is y = -0.5
        assertThat(g.value(2, 1)).isEqualTo(19.5);
        assertThat(g.values()[1][2]).isEqualTo(19.5);
    }

    @Test
    void minAndMaxIgnoreNonFiniteValues() {
        Grid2D g = Grid2D.sample((x, y) -> Math.log(x), -1, 3, 5, 0, 1, 2);
        // x = -1 and 0 give NaN and -Infinity; ln 1 = 0 is the smallest finite value, ln 3 the largest
        assertThat(g.min()).isEqualTo(0.0);
        assertThat(g.max()).isCloseTo(Math.log(3), within(TOL));
    }

    @Test
    void allNonFiniteGridHasNoRange() {
        Grid2D g = Grid2D.sample((x, y) -> Double.NaN, 0, 1, 2, 0, 1, 2);
        assertThat(g.min()).isNaN();
        assertThat(g.max()).isNaN();
    }

    @Test
    void bilinearInterpolationIsExactForBilinearFunctions() {
        // f = 1 + 2x − 3y + xy lies in the bilinear family, so interpolation reproduces it everywhere.
        Grid2D g = Grid2D.sample((x, y) -> 1 + 2 * x - 3 * y + x * y, -2, 2, 5, -1, 3, 9);
        Random random = new Random(7);
        for (int k = 0; k < 200; k++) {
            double x = -2 + 4 * random.nextDouble();
            double y = -1 + 4 * random.nextDouble();
            assertThat(g.valueAt(x, y)).isCloseTo(1 + 2 * x - 3 * y + x * y, within(1e-9));
        }
        assertThat(g.valueAt(2, 3)).isCloseTo(1 + 4 - 9 + 6, within(TOL));
    }

    @Test
    void interpolationIsNaNOutsideOrBesideMissingData() {
        Grid2D g = Grid2D.sample((x, y) -> x < 0.5 ? Double.NaN : x, 0, 2, 3, 0, 1, 2);
        assertThat(g.valueAt(2.5, 0.5)).isNaN();
        assertThat(g.valueAt(0.5, 0.5)).isNaN();
        // on the grid line x = 1 the missing column has weight zero
        assertThat(g.valueAt(1, 0.3)).isEqualTo(1.0);
        assertThat(g.valueAt(1.5, 0.3)).isCloseTo(1.5, within(TOL));
    }

    @Test
    void copiesInAndOut() {
        double[][] v = {{1, 2}, {3, 4}};
        Grid2D g = new Grid2D(0, 1, 0, 1, v);
        v[0][0] = 99;
        g.values()[0][1] = 99;
        assertThat(g.value(0, 0)).isEqualTo(1.0);
        assertThat(g.value(1, 0)).isEqualTo(2.0);
    }

    @Test
    void rejectsBadShapesAndRanges() {
        assertThatThrownBy(() -> new Grid2D(0, 1, 0, 1, new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grid2D(0, 1, 0, 1, new double[][] {{1, 2}, {3}}))
                .hasMessageContaining("equal length");
        assertThatThrownBy(() -> Grid2D.sample((x, y) -> 0, 1, 1, 3, 0, 1, 3))
                .hasMessageContaining("xMin < xMax");
        assertThatThrownBy(() -> Grid2D.sample((x, y) -> 0, 0, 1, 1, 0, 1, 3))
                .hasMessageContaining("nx >= 2");
    }
}
