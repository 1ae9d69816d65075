package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/** Vectors, the inner product and cosine similarity, on article 000's worked examples and hand-worked ones. */
class VectorTest {
    /** Values computed through square roots: a few roundings. */
    private static final double TOLERANCE = 1e-12;

    private static final Vector ALPHA = Vector.of(2, 1);
    private static final Vector BETA = Vector.of(-1, 2);

    @Test
    void article000InnerProductOfAlphaAndBetaIsZero() {
        // article 000: α·β = a₁b₁ + a₂b₂ = 2·(−1) + 1·2 = 0
        assertThat(ALPHA.dot(BETA)).isEqualTo(0.0);
        // α·α = a₁² + a₂² = 4 + 1 = 5
        assertThat(ALPHA.dot(ALPHA)).isEqualTo(5.0);
    }

    @Test
    void article000LengthsAreRootFive() {
        // article 000: |α| = |β| = √5 (Pythagoras)
        assertThat(ALPHA.length()).isEqualTo(Math.sqrt(5));
        assertThat(BETA.length()).isEqualTo(Math.sqrt(5));
    }

    @Test
    void article000CosineIsZeroAndTheAngleNinetyDegrees() {
        // article 000: cos θ = 0 / (√5·√5) = 0, so θ = 90°: α and β are orthogonal
        assertThat(ALPHA.cosineSimilarity(BETA)).isEqualTo(0.0);
        assertThat(ALPHA.angleDegreesTo(BETA)).isEqualTo(90.0);
    }

    @Test
    void sameDirectionIsOneAndOppositeIsMinusOne() {
        // erratum 8: −1 means opposite directions, θ = 180°
        assertThat(ALPHA.cosineSimilarity(ALPHA.times(3))).isEqualTo(1.0);
        assertThat(ALPHA.angleDegreesTo(ALPHA.times(3))).isEqualTo(0.0);
        assertThat(ALPHA.cosineSimilarity(ALPHA.times(-2))).isEqualTo(-1.0);
        assertThat(ALPHA.angleDegreesTo(ALPHA.times(-2))).isEqualTo(180.0);
    }

    @Test
    void fortyFiveDegrees() {
        // (1, 0)·(1, 1) = 1, |(1, 1)| = √2, so cos θ = 1/√2 and θ = 45°
        Vector a = Vector.of(1, 0);
        Vector b = Vector.of(1, 1);
        assertThat(a.cosineSimilarity(b)).isCloseTo(1 / Math.sqrt(2), within(TOLERANCE));
        assertThat(a.angleDegreesTo(b)).isCloseTo(45.0, within(TOLERANCE));
    }

    @Test
    void innerProductBothWaysAgree() {
        // a₁b₁ + a₂b₂ = |α||β|cos θ for (3, 4) and (4, 3): 24 = 5·5·(24/25)
        Vector a = Vector.of(3, 4);
        Vector b = Vector.of(4, 3);
        assertThat(a.dot(b)).isEqualTo(24.0);
        assertThat(a.length() * b.length() * Math.cos(a.angleTo(b))).isCloseTo(24.0, within(TOLERANCE));
    }

    @Test
    void tinyAnglesKeepTheirDigits() {
        // (1, 0) and (1, 1e-9): θ = atan(1e-9) = 1e-9 rad to 18 digits; acos(cos θ) would give 0
        assertThat(Vector.of(1, 0).angleTo(Vector.of(1, 1e-9))).isCloseTo(1e-9, within(1e-22));
    }

    @Test
    void article000VectorSumAndDifference() {
        // article 000: (1, 2, 3) + (1, 2, 3) = (2, 4, 6) = 2·(1, 2, 3); (1, 2, 3) − (1, 2, 3) = 0
        Vector v = Vector.of(1, 2, 3);
        assertThat(v.plus(v)).isEqualTo(Vector.of(2, 4, 6)).isEqualTo(v.times(2));
        assertThat(v.minus(v)).isEqualTo(Vector.zero(3));
        assertThat(v.minus(v).isZero()).isTrue();
    }

    @Test
    void agreesWithCommonsMath() {
        // commons-math3 ArrayRealVector as an independent implementation
        Vector a = Vector.of(1.5, -2, 3.25, 0.5);
        Vector b = Vector.of(-0.5, 4, 1, 2);
        ArrayRealVector ra = new ArrayRealVector(a.components());
        ArrayRealVector rb = new ArrayRealVector(b.components());
        assertThat(a.dot(b)).isCloseTo(ra.dotProduct(rb), within(TOLERANCE));
        assertThat(a.length()).isCloseTo(ra.getNorm(), within(TOLERANCE));
        assertThat(a.cosineSimilarity(b)).isCloseTo(ra.cosine(rb), within(TOLERANCE));
    }

    @Test
    void hugeComponentsDoNotOverflow() {
        Vector big = Vector.of(3e200, 4e200);
        assertThat(big.length()).isCloseTo(5e200, within(1e188));
        assertThat(big.cosineSimilarity(Vector.of(4e200, 3e200))).isCloseTo(24.0 / 25, within(TOLERANCE));
    }

    @Test
    void zeroVectorHasNoDirection() {
        assertThatThrownBy(() -> ALPHA.cosineSimilarity(Vector.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero vector (0, 0)");
        assertThatThrownBy(() -> Vector.zero(2).angleTo(ALPHA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentLengthsCannotBePaired() {
        assertThatThrownBy(() -> ALPHA.dot(Vector.of(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3 components");
    }

    @Test
    void badComponentsAreRefused() {
        assertThatThrownBy(() -> Vector.of()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vector.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ALPHA.component(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void componentsCountFromOneAndPrintWithATrueMinus() {
        assertThat(BETA.component(1)).isEqualTo(-1.0);
        assertThat(BETA.component(2)).isEqualTo(2.0);
        assertThat(BETA).hasToString("(\u22121, 2)");
    }
}
