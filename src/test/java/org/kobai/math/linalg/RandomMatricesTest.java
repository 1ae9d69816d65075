package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Exact inverse and sweeping-out solutions of random, well-conditioned systems from 1×1 to 10×10, checked
 * exactly (A·A⁻¹ = E in fractions, A x = b) and against two independent double-precision solvers:
 * EJML and commons-math3's LU decomposition.
 */
class RandomMatricesTest {
    /** Fixed, so every run checks the same matrices. */
    private static final long SEED = 20261123L;
    private static final int MAX_N = 10;
    private static final int TRIALS_PER_SIZE = 3;
    /**
     * Diagonally dominant matrices with entries of a few units have condition numbers below ~10, so double
     * solvers agree with the exact answer to far better than this.
     */
    private static final double TOLERANCE = 1e-10;

    private record Case(RationalMatrix a, List<Rational> b) {}

    /** Entries k/4 with |k| ≤ 20 (typed-looking fractions), the diagonal made dominant. */
    private static List<Case> cases() {
        Random random = new Random(SEED);
        List<Case> out = new ArrayList<>();
        for (int n = 1; n <= MAX_N; n++) {
            for (int t = 0; t < TRIALS_PER_SIZE; t++) {
                Rational[][] a = new Rational[n][n];
                List<Rational> b = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long rowSum = 0;
                    for (int j = 0; j < n; j++) {
                        long k = random.nextInt(41) - 20;
                        a[i][j] = Rational.of(k, 4);
                        rowSum += Math.abs(k);
                    }
                    a[i][i] = Rational.of(rowSum + 4 + random.nextInt(8), random.nextBoolean() ? 4 : -4);
                    b.add(Rational.of(random.nextInt(201) - 100, 1 + random.nextInt(9)));
                }
                out.add(new Case(RationalMatrix.of(a), b));
            }
        }
        return out;
    }

    @Test
    void inverseTimesMatrixIsExactlyTheIdentity() {
        for (Case c : cases()) {
            RationalMatrix inverse = c.a().inverse();
            RationalMatrix e = RationalMatrix.identity(c.a().rows());
            assertThat(c.a().times(inverse)).as("A·A⁻¹, n = %d", c.a().rows()).isEqualTo(e);
            assertThat(inverse.times(c.a())).as("A⁻¹·A, n = %d", c.a().rows()).isEqualTo(e);
        }
    }

    @Test
    void inverseAgreesWithEjml() {
        for (Case c : cases()) {
            DMatrixRMaj expected = c.a().toEjml();
            assertThat(CommonOps_DDRM.invert(expected)).isTrue();
            double[][] exact = c.a().inverse().toDoubles();
            int n = exact.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(exact[i][j]).as("n = %d, (%d, %d)", n, i, j)
                            .isCloseTo(expected.get(i, j), org.assertj.core.api.Assertions.within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void solutionIsExactAndAgreesWithEjmlAndCommonsMath() {
        for (Case c : cases()) {
            int n = c.a().rows();
            GaussJordan.Elimination e = GaussJordan.solve(c.a(), c.b());
            assertThat(e.solutions()).isInstanceOf(Solutions.Unique.class);
            List<Rational> x = ((Solutions.Unique) e.solutions()).x();

            // exact: A x = b in fractions, and x = A⁻¹ b
            assertThat(c.a().times(RationalMatrix.column(x))).isEqualTo(RationalMatrix.column(c.b()));
            assertThat(c.a().inverse().times(RationalMatrix.column(c.b()))).isEqualTo(RationalMatrix.column(x));

            // the final swept-out matrix is [E | x]
            assertThat(e.result()).isEqualTo(RationalMatrix.identity(n).augment(RationalMatrix.column(x)));
            assertThat(e.after(e.steps().size())).isEqualTo(e.result());

            DMatrixRMaj ejmlX = new DMatrixRMaj(n, 1);
            assertThat(CommonOps_DDRM.solve(c.a().toEjml(), RationalMatrix.column(c.b()).toEjml(), ejmlX)).isTrue();
            RealMatrix m = new Array2DRowRealMatrix(c.a().toDoubles());
            RealVector rhs = new ArrayRealVector(c.b().stream().mapToDouble(Rational::toDouble).toArray());
            RealVector oracle = new LUDecomposition(m).getSolver().solve(rhs);
            for (int i = 0; i < n; i++) {
                double xi = x.get(i).toDouble();
                assertThat(xi).as("EJML, n = %d, x%d", n, i + 1)
                        .isCloseTo(ejmlX.get(i, 0), org.assertj.core.api.Assertions.within(TOLERANCE));
                assertThat(xi).as("commons-math3, n = %d, x%d", n, i + 1)
                        .isCloseTo(oracle.getEntry(i), org.assertj.core.api.Assertions.within(TOLERANCE));
            }
        }
    }

    @Test
    void determinantAgreesWithCommonsMath() {
        for (Case c : cases()) {
            double expected = new LUDecomposition(new Array2DRowRealMatrix(c.a().toDoubles())).getDeterminant();
            assertThat(c.a().determinant().toDouble()).as("n = %d", c.a().rows())
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(TOLERANCE * Math.abs(expected)));
        }
    }

    @Test
    void everyStepKeepsTheSolution() {
        // Row operations never change the solution set: x solves every intermediate [A' | b'].
        for (Case c : cases().subList(0, 12)) {
            GaussJordan.Elimination e = GaussJordan.solve(c.a(), c.b());
            List<Rational> x = ((Solutions.Unique) e.solutions()).x();
            int n = x.size();
            for (GaussJordan.Step s : e.steps()) {
                RationalMatrix m = s.matrix();
                RationalMatrix lhs = m.columns(0, n).times(RationalMatrix.column(x));
                assertThat(lhs).isEqualTo(m.columns(n, n + 1));
            }
        }
    }
}
