package org.kobai.lessons.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;

/** The lesson's model without a UI: article 000's inverse and system, the stepper, editing and presets. */
class SystemsModelTest {

    private static Rational r(long p, long q) {
        return Rational.of(p, q);
    }

    @Test
    void identityStepStartsAtE() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_IDENTITY);
        assertThat(m.map()).isEqualTo(RationalMatrix.identity(2));
        assertThat(m.mapDeterminant()).isEqualTo(Rational.ONE);
        assertThat(m.mapInverse()).contains(RationalMatrix.identity(2));
        assertThat(m.apply(3, -2)).containsExactly(3, -2);
    }

    @Test
    void inverseStepIsTheArticlesMatrix() {
        // article 000: A = (4 5; −1 3), ad − bc = 12 + 5 = 17, A⁻¹ = 1/17 (3 −5; 1 4)
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_INVERSE);
        assertThat(m.map()).isEqualTo(RationalMatrix.parse("4,5;-1,3"));
        assertThat(m.mapDeterminant()).isEqualTo(Rational.of(17));
        RationalMatrix inverse = m.mapInverse().orElseThrow();
        assertThat(inverse).isEqualTo(RationalMatrix.of(new Rational[][] {{r(3, 17), r(-5, 17)}, {r(1, 17), r(4, 17)}}));
        assertThat(m.map().times(inverse)).isEqualTo(RationalMatrix.identity(2));
    }

    @Test
    void singularStepHasNoInverse() {
        // (2 1; 4 2): ad − bc = 4 − 4 = 0
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SINGULAR);
        assertThat(m.mapDeterminant()).isEqualTo(Rational.ZERO);
        assertThat(m.mapInverse()).isEmpty();
        // every point lands on the line x2 = 2 x1
        double[] p = m.apply(1.5, -0.25);
        assertThat(p[1]).isEqualTo(2 * p[0]);
    }

    @Test
    void sliderValuesAreReadAsSimpleFractions() {
        SystemsModel m = new SystemsModel();
        m.a().set(1.0 / 3);
        m.b().set(0.1 + 0.2);
        assertThat(m.map().get(0, 0)).isEqualTo(r(1, 3));
        assertThat(m.map().get(0, 1)).isEqualTo(r(3, 10));
        // det (1/3 3/10; 0 1) = 1/3
        assertThat(m.mapDeterminant()).isEqualTo(r(1, 3));
    }

    @Test
    void systemStepSolvesTheArticlesSystem() {
        // 4x + 5y = 14, −x + 3y = 5 (erratum 3) → (1, 2)
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SYSTEM);
        assertThat(m.coefficients()).isEqualTo(RationalMatrix.parse("4,5;-1,3"));
        assertThat(m.rightSide()).containsExactly(Rational.of(14), Rational.of(5));
        assertThat(m.solutions()).isEqualTo(new Solutions.Unique(List.of(Rational.of(1), Rational.of(2))));
    }

    @Test
    void stepperWalksForwardAndBack() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SWEEP);
        assertThat(m.sweepIndex()).isZero();
        assertThat(m.sweepCount()).isEqualTo(4);
        assertThat(m.lastOperation()).isEmpty();
        assertThat(m.sweepBack()).isFalse();
        assertThat(m.sweptMatrix()).isEqualTo(RationalMatrix.parse("4,5,14;-1,3,5"));
        assertThat(m.sweepForward()).isTrue();
        // R2 ← R2 + 1/4·R1 (worked by hand in GaussJordanTest)
        assertThat(m.lastOperation().orElseThrow().operation().text()).isEqualTo("R2 <- R2 + 1/4 R1");
        assertThat(m.sweptMatrix()).isEqualTo(RationalMatrix.parse("4,5,14;0,17/4,17/2"));
        while (m.sweepForward()) {
            assertThat(m.sweepIndex()).isLessThanOrEqualTo(m.sweepCount());
        }
        assertThat(m.sweepIndex()).isEqualTo(4);
        assertThat(m.sweptMatrix()).isEqualTo(RationalMatrix.parse("1,0,1;0,1,2"));
        assertThat(m.sweepBack()).isTrue();
        assertThat(m.sweepIndex()).isEqualTo(3);
    }

    @Test
    void editingAnEntryResolvesAndKeepsTheStepperInRange() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SWEEP);
        m.sweepForward();
        m.sweepForward();
        // change b2 from 5 to 22: 4x + 5y = 14, −x + 3y = 22 → y = (4·22 + 14)/17 = 6, x = (14 − 30)/4 = −4
        m.setEntry(1, 2, Rational.of(22));
        assertThat(m.solutions()).isEqualTo(new Solutions.Unique(List.of(Rational.of(-4), Rational.of(6))));
        assertThat(m.sweepIndex()).isEqualTo(2);
        // (1 2; 2 4) needs only R2 ← R2 − 2·R1: the stepper comes back within the one operation
        m.setSystem(RationalMatrix.parse("1,2,3;2,4,7"));
        assertThat(m.sweepCount()).isEqualTo(1);
        assertThat(m.sweepIndex()).isEqualTo(1);
        assertThat(m.solutions()).isEqualTo(new Solutions.None(1, Rational.ONE));
    }

    @Test
    void sizeChangeLoadsAPresetWithAWholeNumberSolution() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SWEEP);
        // each preset's solution, checked by substituting into every equation
        List<List<Integer>> expected = List.of(List.of(1, 2), List.of(5, 3, -2), List.of(1, 2, -1, 3),
                List.of(2, -1, 1, 0, 3));
        for (int n = SystemsModel.MIN_SIZE; n <= SystemsModel.MAX_SIZE; n++) {
            m.setSize(n);
            assertThat(m.size()).isEqualTo(n);
            assertThat(m.sweepIndex()).isZero();
            List<Rational> x = expected.get(n - 2).stream().map(v -> Rational.of(v)).toList();
            assertThat(m.solutions()).as("n = %d", n).isEqualTo(new Solutions.Unique(x));
        }
        assertThatThrownBy(() -> m.setSize(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setSystem(RationalMatrix.parse("1,2;3,4"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noUniqueStepStartsWithParallelLines() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_NO_UNIQUE);
        assertThat(m.solutions()).isEqualTo(new Solutions.None(1, Rational.ONE));
        m.setEntry(1, 2, Rational.of(6)); // 2x + 4y = 6: the first equation doubled
        assertThat(m.solutions()).isEqualTo(new Solutions.Infinite(List.of(1), List.of(Rational.of(3), Rational.ZERO)));
    }

    @Test
    void goingFromTheSystemToTheSweepKeepsAnEditedSystem() {
        SystemsModel m = new SystemsModel();
        m.enterStep(SystemsModel.STEP_SYSTEM);
        m.setEntry(0, 0, Rational.of(3));
        m.enterStep(SystemsModel.STEP_SWEEP);
        assertThat(m.system().get(0, 0)).isEqualTo(Rational.of(3));
        m.enterStep(SystemsModel.STEP_NO_UNIQUE);
        m.enterStep(SystemsModel.STEP_SWEEP);
        assertThat(m.system()).isEqualTo(RationalMatrix.parse(SystemsModel.ARTICLE_SYSTEM));
    }
}
