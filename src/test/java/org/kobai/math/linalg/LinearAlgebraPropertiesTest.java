package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Laws of the inner product and the matrix product on random inputs (fixed seeds): cosine similarity stays
 * in [−1, 1] and agrees with commons-math3, the inner product is symmetric and bilinear, det(AB) = det A det B,
 * (AB)ᵀ = BᵀAᵀ, and A(u + v) = Au + Av, A(cu) = cAu.
 *
 * <p>Components are drawn from [−100, 100]; with inner products of at most six terms of size ≤ 10⁴ the
 * rounding error stays below 10⁻¹⁰ relative to the largest term. Integer entries in [−20, 20] keep every
 * product and determinant exact in double precision, so those laws are checked with equality.
 */
class LinearAlgebraPropertiesTest {
    /** Relative slack for laws that reorder sums of up to six products of size ≤ 10⁴. */
    private static final double RELATIVE = 1e-10;

    @Provide
    Arbitrary<List<double[]>> threeVectors() {
        return Arbitraries.integers().between(1, 6).flatMap(n ->
                Arbitraries.doubles().between(-100, 100).array(double[].class).ofSize(n).list().ofSize(3));
    }

    @Provide
    Arbitrary<LinearMap2> integerMaps() {
        Arbitrary<Integer> e = Arbitraries.integers().between(-20, 20);
        return Combinators.combine(e, e, e, e).as(LinearMap2::new);
    }

    @Provide
    Arbitrary<LinearMap2> realMaps() {
        Arbitrary<Double> e = Arbitraries.doubles().between(-10, 10);
        return Combinators.combine(e, e, e, e).as(LinearMap2::new);
    }

    private static double scale(double... terms) {
        double s = 1;
        for (double t : terms) {
            s = Math.max(s, Math.abs(t));
        }
        return s;
    }

    @Property(seed = "20241101")
    void cosineLiesBetweenMinusOneAndOneAndMatchesCommonsMath(@ForAll("threeVectors") List<double[]> v) {
        Vector a = Vector.of(v.get(0));
        Vector b = Vector.of(v.get(1));
        if (a.isZero() || b.isZero()) {
            return;
        }
        double cos = a.cosineSimilarity(b);
        assertThat(cos).isBetween(-1.0, 1.0);
        assertThat(cos).isCloseTo(new ArrayRealVector(v.get(0)).cosine(new ArrayRealVector(v.get(1))), within(1e-12));
        // the angle and the cosine describe the same direction
        assertThat(Math.cos(a.angleTo(b))).isCloseTo(cos, within(1e-12));
        assertThat(a.angleDegreesTo(b)).isBetween(0.0, 180.0);
    }

    @Property(seed = "20241102")
    void innerProductIsSymmetric(@ForAll("threeVectors") List<double[]> v) {
        Vector a = Vector.of(v.get(0));
        Vector b = Vector.of(v.get(1));
        // each term aᵢbᵢ = bᵢaᵢ exactly, summed in the same order
        assertThat(a.dot(b)).isEqualTo(b.dot(a));
    }

    @Property(seed = "20241103")
    void innerProductIsBilinear(@ForAll("threeVectors") List<double[]> v,
                                @ForAll @DoubleRange(min = -10, max = 10) double c) {
        Vector a = Vector.of(v.get(0));
        Vector b = Vector.of(v.get(1));
        Vector w = Vector.of(v.get(2));
        double ab = a.dot(b), aw = a.dot(w);
        // (α + γ)·β = α·β + γ·β and (cα)·β = c(α·β)
        assertThat(a.plus(w).dot(b)).isCloseTo(ab + w.dot(b), within(RELATIVE * 6e4 * 4));
        assertThat(b.dot(a.plus(w))).isCloseTo(ab + b.dot(w), within(RELATIVE * 6e4 * 4));
        assertThat(a.times(c).dot(b)).isCloseTo(c * ab, within(RELATIVE * 6e5 * 4));
        assertThat(a.dot(w.times(c))).isCloseTo(c * aw, within(RELATIVE * 6e5 * 4));
    }

    @Property(seed = "20241104")
    void innerProductBothWays(@ForAll("threeVectors") List<double[]> v) {
        Vector a = Vector.of(v.get(0));
        Vector b = Vector.of(v.get(1));
        if (a.isZero() || b.isZero()) {
            return;
        }
        // a₁b₁ + … + aₙbₙ = |α||β|cos θ
        assertThat(a.length() * b.length() * a.cosineSimilarity(b))
                .isCloseTo(a.dot(b), within(RELATIVE * scale(a.length() * b.length())));
    }

    @Property(seed = "20241105")
    void determinantOfAProductIsTheProductOfDeterminants(@ForAll("integerMaps") LinearMap2 a,
                                                         @ForAll("integerMaps") LinearMap2 b) {
        assertThat(a.times(b).determinant()).isEqualTo(a.determinant() * b.determinant());
    }

    @Property(seed = "20241106")
    void determinantMatchesCommonsMathAndTheSignedArea(@ForAll("realMaps") LinearMap2 a) {
        double oracle = new LUDecomposition(new Array2DRowRealMatrix(a.toMatrix().toArray())).getDeterminant();
        assertThat(a.determinant()).isCloseTo(oracle, within(1e-12 * 200));
        double[][] square = a.applyAll(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1});
        assertThat(LinearMap2.signedArea(square[0], square[1])).isCloseTo(a.determinant(), within(1e-12 * 200));
    }

    @Property(seed = "20241107")
    void transposeOfAProductIsTheReversedProductOfTransposes(
            @ForAll @IntRange(min = 1, max = 4) int m, @ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 1, max = 4) int p, @ForAll @IntRange(min = -20, max = 20) int seed) {
        Matrix a = integerMatrix(m, n, seed);
        Matrix b = integerMatrix(n, p, seed + 101);
        // integers: exact, so equality
        assertThat(a.times(b).transpose()).isEqualTo(b.transpose().times(a.transpose()));
        assertThat(a.times(b).shape()).isEqualTo(TensorShape.of(m, p));
        assertThat(a.times(b).toArray()).isDeepEqualTo(
                new Array2DRowRealMatrix(a.toArray()).multiply(new Array2DRowRealMatrix(b.toArray())).getData());
    }

    /** Entries from a fixed-seed generator in [−20, 20]. */
    private static Matrix integerMatrix(int rows, int columns, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[][] e = new double[rows][columns];
        for (double[] row : e) {
            for (int j = 0; j < columns; j++) {
                row[j] = r.nextInt(41) - 20;
            }
        }
        return Matrix.of(e);
    }

    @Property(seed = "20241108")
    void matricesAreLinear(@ForAll("integerMaps") LinearMap2 a,
                           @ForAll @IntRange(min = -20, max = 20) int u1, @ForAll @IntRange(min = -20, max = 20) int u2,
                           @ForAll @IntRange(min = -20, max = 20) int v1, @ForAll @IntRange(min = -20, max = 20) int v2,
                           @ForAll @IntRange(min = -9, max = 9) int c) {
        Vector u = Vector.of(u1, u2);
        Vector v = Vector.of(v1, v2);
        // additivity and homogeneity (article 001, erratum 2), exact on integers
        assertThat(a.apply(u.plus(v))).isEqualTo(a.apply(u).plus(a.apply(v)));
        assertThat(a.apply(u.times(c))).isEqualTo(a.apply(u).times(c));
    }
}
