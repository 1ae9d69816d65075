package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.GaussJordan.Elimination;
import org.kobai.math.linalg.GaussJordan.Pivot;

/** The sweeping-out method step by step, worked by hand, and the three kinds of answer. */
class GaussJordanTest {

    private static List<Rational> vector(String typed) {
        return RationalMatrix.parse(typed).column(0);
    }

    @Test
    void article000SystemStepByStep() {
        // 4x + 5y = 14, −x + 3y = 5 (article 000, erratum 3). By hand:
        //   R2 ← R2 + 1/4·R1:  (0, 3 + 5/4, 5 + 14/4) = (0, 17/4, 17/2)
        //   R1 ← (1/4)·R1:     (1, 5/4, 7/2)
        //   R1 ← R1 − 5/17·R2: (1, 0, 7/2 − 5/2) = (1, 0, 1)
        //   R2 ← (4/17)·R2:    (0, 1, 2)
        Elimination e = GaussJordan.solve(RationalMatrix.parse("4,5;-1,3"), vector("14;5"));
        assertThat(e.steps()).extracting(s -> s.operation().text()).containsExactly(
                "R2 <- R2 + 1/4 R1", "R1 <- (1/4) R1", "R1 <- R1 - 5/17 R2", "R2 <- (4/17) R2");
        assertThat(e.steps()).extracting(s -> s.matrix().toString()).containsExactly(
                "4, 5, 14; 0, 17/4, 17/2",
                "1, 5/4, 7/2; 0, 17/4, 17/2",
                "1, 0, 1; 0, 17/4, 17/2",
                "1, 0, 1; 0, 1, 2");
        assertThat(e.steps()).extracting(GaussJordan.Step::pivot).containsExactly(
                new Pivot(0, 0), new Pivot(0, 0), new Pivot(1, 1), new Pivot(1, 1));
        assertThat(e.steps().get(0).operation().display(Rational::display)).isEqualTo("R2 \u2190 R2 + 1/4\u00b7R1");
        assertThat(e.steps().get(2).operation().display(Rational::display)).isEqualTo("R1 \u2190 R1 \u2212 5/17\u00b7R2");
        assertThat(e.solutions()).isEqualTo(new Solutions.Unique(List.of(Rational.of(1), Rational.of(2))));
        assertThat(e.after(0)).isEqualTo(RationalMatrix.parse("4,5,14;-1,3,5"));
        assertThat(e.after(4)).isEqualTo(e.result());
    }

    @Test
    void aZeroPivotIsSwappedAway() {
        // y = 3, 2x + y = 5: column 1 has 0 in row 1, so R1 ↔ R2 first; x = 1, y = 3 by hand
        Elimination e = GaussJordan.solve(RationalMatrix.parse("0,1;2,1"), vector("3;5"));
        assertThat(e.steps().get(0).operation()).isEqualTo(new RowOperation.Swap(0, 1));
        assertThat(e.steps().get(0).operation().text()).isEqualTo("R1 <-> R2");
        assertThat(e.steps().get(0).matrix()).isEqualTo(RationalMatrix.parse("2,1,5;0,1,3"));
        assertThat(e.solutions()).isEqualTo(new Solutions.Unique(List.of(Rational.of(1), Rational.of(3))));
    }

    @Test
    void threeByThreeEndsInTheIdentity() {
        // x + y + z = 6, 2y + 5z = −4, 2x + 5y − z = 27: x = 5, y = 3, z = −2 (checked by substitution)
        Elimination e = GaussJordan.solve(RationalMatrix.parse("1,1,1;0,2,5;2,5,-1"), vector("6;-4;27"));
        assertThat(e.result()).isEqualTo(RationalMatrix.parse("1,0,0,5;0,1,0,3;0,0,1,-2"));
        assertThat(e.solutions()).isEqualTo(new Solutions.Unique(List.of(Rational.of(5), Rational.of(3), Rational.of(-2))));
        assertThat(e.rank()).isEqualTo(3);
    }

    @Test
    void parallelLinesHaveNoSolution() {
        // x + 2y = 3, 2x + 4y = 7: R2 ← R2 − 2·R1 leaves 0 = 1
        Elimination e = GaussJordan.solve(RationalMatrix.parse("1,2;2,4"), vector("3;7"));
        assertThat(e.steps().get(0).operation().text()).isEqualTo("R2 <- R2 - 2 R1");
        assertThat(e.rank()).isEqualTo(1);
        assertThat(e.solutions()).isEqualTo(new Solutions.None(1, Rational.of(1)));
    }

    @Test
    void oneLineTwiceHasInfinitelyManySolutions() {
        // x + 2y = 3, 2x + 4y = 6: the second equation is the first doubled; y is free, x = 3 − 2y
        Elimination e = GaussJordan.solve(RationalMatrix.parse("1,2;2,4"), vector("3;6"));
        assertThat(e.result()).isEqualTo(RationalMatrix.parse("1,2,3;0,0,0"));
        assertThat(e.solutions()).isEqualTo(new Solutions.Infinite(List.of(1), List.of(Rational.of(3), Rational.ZERO)));
        assertThat(e.pivotEquations(Rational::toString)).containsExactly("x1 = 3 - 2 x2");
    }

    @Test
    void aMissingPivotInTheMiddleLeavesThatVariableFree() {
        // x + y + z = 2, 2x + 2y + 3z = 5, x + y + 2z = 3: R2 − 2R1 = (0, 0, 1 | 1), so column 2 has no pivot;
        // z = 1, x + y = 1 with y free
        Elimination e = GaussJordan.solve(RationalMatrix.parse("1,1,1;2,2,3;1,1,2"), vector("2;5;3"));
        assertThat(e.pivots()).containsExactly(new Pivot(0, 0), new Pivot(1, 2));
        assertThat(e.result()).isEqualTo(RationalMatrix.parse("1,1,0,1;0,0,1,1;0,0,0,0"));
        assertThat(e.solutions()).isEqualTo(new Solutions.Infinite(List.of(1),
                List.of(Rational.of(1), Rational.ZERO, Rational.of(1))));
        assertThat(e.pivotEquations(Rational::toString)).containsExactly("x1 = 1 - x2", "x3 = 1");
        // x + y = 0 twice: x = −y
        assertThat(GaussJordan.solve(RationalMatrix.parse("1,1;2,2"), vector("0;0")).pivotEquations(Rational::toString))
                .containsExactly("x1 = -x2");
    }

    @Test
    void allZeroMatrixWithZeroRightSideHasEveryVariableFree() {
        Elimination e = GaussJordan.solve(RationalMatrix.parse("0,0;0,0"), vector("0;0"));
        assertThat(e.steps()).isEmpty();
        assertThat(e.solutions()).isEqualTo(new Solutions.Infinite(List.of(0, 1), List.of(Rational.ZERO, Rational.ZERO)));
        assertThat(GaussJordan.solve(RationalMatrix.parse("0,0;0,0"), vector("0;1")).solutions())
                .isEqualTo(new Solutions.None(1, Rational.ONE));
    }

    @Test
    void refusesShapesThatAreNotASystem() {
        assertThatThrownBy(() -> GaussJordan.solve(RationalMatrix.parse("1,2,3;4,5,6"), vector("1;2")))
                .hasMessage("A must be square (n x n) to solve Ax = b; this one is 2x3");
        assertThatThrownBy(() -> GaussJordan.solve(RationalMatrix.parse("1,2;3,4"), vector("1;2;3")))
                .hasMessage("b needs one entry per row of A: A is 2x2 but b has 3 entries");
    }

    @Test
    void rowOperationsRefuseWhatIsNotElementary() {
        assertThatThrownBy(() -> new RowOperation.Scale(0, Rational.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RowOperation.AddMultiple(1, Rational.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
