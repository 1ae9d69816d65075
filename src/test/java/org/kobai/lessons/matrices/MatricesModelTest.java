package org.kobai.lessons.matrices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.math.linalg.Matrix;
import org.kobai.math.linalg.TensorShape;
import org.kobai.math.linalg.Vector;

/** The matrices lesson's numbers, on articles 000 and 001's examples and hand-worked ones. */
class MatricesModelTest {

    @Test
    void yIsAx() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_MAP);
        // [[2, 1], [1, 2]](1, 0.5) = (2 + 0.5, 1 + 1) = (2.5, 2)
        assertThat(m.y()).isEqualTo(Vector.of(2.5, 2));
    }

    @Test
    void determinantStepStartsMirrored() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_DETERMINANT);
        // [[1, 1], [1.5, −0.5]]: det = 1·(−0.5) − 1·1.5 = −2, as for article 000's [[1, 2], [3, 4]] (1·4 − 2·3)
        assertThat(m.a()).isEqualTo(new LinearMap2(1, 1, 1.5, -0.5));
        assertThat(m.a().determinant()).isEqualTo(-2.0);
        assertThat(new LinearMap2(1, 2, 3, 4).determinant()).isEqualTo(-2.0);
    }

    @Test
    void linearityHoldsForTheStepsMatrix() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_LINEARITY);
        // A = [[1.5, −0.5], [0.5, 1]], u + v = (0.5, 2): A(u + v) = (0.75 − 1, 0.25 + 2) = (−0.25, 2.25)
        assertThat(m.imageOfSum()).isEqualTo(Vector.of(-0.25, 2.25)).isEqualTo(m.sumOfImages());
        // c = 2, u = (1, 0.5): A(2u) = A(2, 1) = (2.5, 2) = 2·Au
        assertThat(m.imageOfMultiple()).isEqualTo(Vector.of(2.5, 2)).isEqualTo(m.multipleOfImage());
    }

    @Test
    void article000SumAndProduct() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_SUM);
        // article 000: [[1,2],[3,4]] + [[5,6],[7,8]] = [[6,8],[10,12]]
        assertThat(m.a().plus(m.b())).isEqualTo(new LinearMap2(6, 8, 10, 12));
        m.enterStep(MatricesModel.STEP_SHAPES);
        // the counting matrices of the 2×2 case are the article's, and AB = [[19,22],[43,50]]
        assertThat(m.countingA()).isEqualTo(Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        assertThat(m.countingB()).isEqualTo(Matrix.of(new double[][] {{5, 6}, {7, 8}}));
        assertThat(m.countingA().times(m.countingB())).isEqualTo(Matrix.of(new double[][] {{19, 22}, {43, 50}}));
        assertThat(m.productShape()).contains(TensorShape.of(2, 2));
    }

    @Test
    void productStepShowsThatOrderMatters() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_PRODUCT);
        // turn R = [[0,−1],[1,0]], shear S = [[1,1],[0,1]]: RS = [[0,−1],[1,1]], SR = [[1,−1],[1,0]] (by hand)
        assertThat(m.a().times(m.b())).isEqualTo(new LinearMap2(0, -1, 1, 1));
        assertThat(m.b().times(m.a())).isEqualTo(new LinearMap2(1, -1, 1, 0));
    }

    @Test
    void shapesThatDoNotFitHaveNoProduct() {
        MatricesModel m = new MatricesModel();
        m.enterStep(MatricesModel.STEP_SHAPES);
        m.parameter("m").orElseThrow().set(2);
        m.parameter("n").orElseThrow().set(3);
        m.parameter("nB").orElseThrow().set(2);
        assertThat(m.productShape()).isEmpty();
        m.parameter("nB").orElseThrow().set(3);
        m.parameter("p").orElseThrow().set(4);
        // (2×3)(3×4) = 2×4
        assertThat(m.productShape()).contains(TensorShape.of(2, 4));
        assertThat(m.countingB().entry(1, 1)).isEqualTo(7.0); // counting on after A's 6 entries
        m.row().set(4);
        assertThat(m.selectedRow()).isEqualTo(2);
    }
}
