package org.kobai.lessons.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.Vector;

/** The vectors lesson's numbers, on article 000's examples. */
class VectorsModelTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void startsFromTheArticlesOrthogonalPair() {
        VectorsModel m = new VectorsModel();
        m.enterStep(VectorsModel.STEP_INNER_PRODUCT);
        // article 000: α = (2, 1), β = (−1, 2), α·β = 0, |α| = |β| = √5, cos θ = 0, θ = 90°
        assertThat(m.alpha()).isEqualTo(Vector.of(2, 1));
        assertThat(m.beta()).isEqualTo(Vector.of(-1, 2));
        assertThat(m.dot()).isEqualTo(0.0);
        assertThat(m.cosine()).contains(0.0);
        assertThat(Math.toDegrees(m.angle().orElseThrow())).isEqualTo(90.0);
        assertThat(m.dotFromAngle().orElseThrow()).isCloseTo(0.0, within(TOLERANCE));
    }

    @Test
    void innerProductTwoWaysAgree() {
        VectorsModel m = new VectorsModel();
        m.b1().set(3);
        m.b2().set(1);
        // (2, 1)·(3, 1) = 7 = √5·√10·cos θ
        assertThat(m.dot()).isEqualTo(7.0);
        assertThat(m.dotFromAngle().orElseThrow()).isCloseTo(7.0, within(TOLERANCE));
        assertThat(m.cosine().orElseThrow()).isCloseTo(7 / Math.sqrt(50), within(TOLERANCE));
    }

    @Test
    void cosineStepStartsOpposite() {
        VectorsModel m = new VectorsModel();
        m.enterStep(VectorsModel.STEP_COSINE);
        // erratum 8: −1 means opposite directions, θ = 180°
        assertThat(m.cosine()).contains(-1.0);
        assertThat(Math.toDegrees(m.angle().orElseThrow())).isEqualTo(180.0);
    }

    @Test
    void zeroVectorHasNoAngle() {
        VectorsModel m = new VectorsModel();
        m.b1().set(0);
        m.b2().set(0);
        assertThat(m.angle()).isEmpty();
        assertThat(m.cosine()).isEmpty();
        assertThat(m.dotFromAngle()).isEmpty();
        assertThat(m.dot()).isEqualTo(0.0);
    }

    @Test
    void article000DerivativeOfAlphaTransposeX() {
        VectorsModel m = new VectorsModel();
        m.enterStep(VectorsModel.STEP_LINEAR_FORM);
        // article 000: α = (8, 12), αᵀX = 8x1 + 12x2, ∂(αᵀX)/∂X = (8, 12) = α
        assertThat(m.alpha()).isEqualTo(Vector.of(8, 12));
        assertThat(m.linearForm().text()).isEqualTo("8x1 + 12x2");
        assertThat(m.gradientOfLinearForm()).isEqualTo(m.alpha());
        // at X = (1, −6): 8 − 72 = −64
        assertThat(m.dot()).isEqualTo(-64.0);
        m.a1().set(-2.5);
        assertThat(m.gradientOfLinearForm()).isEqualTo(Vector.of(-2.5, 12));
    }

    @Test
    void sentencesBecomeCountVectors() {
        VectorsModel m = new VectorsModel();
        // "i like cats and i like dogs" = (i 2, like 2, cats 1, and 1, dogs 1); "i like dogs" = (1, 1, 0, 0, 1):
        // dot 2 + 2 + 1 = 5, lengths √11 and √3, cos θ = 5/√33
        assertThat(m.wordCounts().terms()).containsExactly("i", "like", "cats", "and", "dogs");
        assertThat(m.textCosine().orElseThrow()).isCloseTo(5 / Math.sqrt(33), within(TOLERANCE));
        m.firstTextProperty().set("猫が好きです");
        m.secondTextProperty().set("犬が好きです");
        // four of five bigrams shared: 4/5
        assertThat(m.textCosine().orElseThrow()).isCloseTo(0.8, within(TOLERANCE));
        m.secondTextProperty().set("   ");
        assertThat(m.textCosine()).isEmpty();
        assertThat(m.textAngle()).isEmpty();
    }
}
