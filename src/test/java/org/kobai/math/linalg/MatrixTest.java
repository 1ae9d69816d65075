package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Matrices: article 000's sum and product, the shape rule (erratum 2), transpose, y = Ax (article 001). */
class MatrixTest {
    private static final Matrix A = Matrix.of(new double[][] {{1, 2}, {3, 4}});
    private static final Matrix B = Matrix.of(new double[][] {{5, 6}, {7, 8}});

    @Test
    void article000Product() {
        // article 000: [[1,2],[3,4]]·[[5,6],[7,8]] = [[1×5+2×7, 1×6+2×8], [3×5+4×7, 3×6+4×8]] = [[19,22],[43,50]]
        assertThat(A.times(B)).isEqualTo(Matrix.of(new double[][] {{19, 22}, {43, 50}}));
        assertThat(A.productTerms(B, 1, 1)).isEqualTo("1×5 + 2×7");
        assertThat(A.productTerms(B, 1, 2)).isEqualTo("1×6 + 2×8");
        assertThat(A.productTerms(B, 2, 1)).isEqualTo("3×5 + 4×7");
        assertThat(A.productTerms(B, 2, 2)).isEqualTo("3×6 + 4×8");
    }

    @Test
    void productDoesNotCommute() {
        // BA = [[5·1+6·3, 5·2+6·4], [7·1+8·3, 7·2+8·4]] = [[23, 34], [31, 46]] ≠ AB (by hand)
        assertThat(B.times(A)).isEqualTo(Matrix.of(new double[][] {{23, 34}, {31, 46}}));
        assertThat(B.times(A)).isNotEqualTo(A.times(B));
    }

    @Test
    void article000Sum() {
        // article 000: [[1,2],[3,4]] + [[5,6],[7,8]] = [[6,8],[10,12]] = 2·[[3,4],[5,6]]
        Matrix sum = A.plus(B);
        assertThat(sum).isEqualTo(Matrix.of(new double[][] {{6, 8}, {10, 12}}));
        assertThat(sum).isEqualTo(Matrix.of(new double[][] {{3, 4}, {5, 6}}).times(2));
    }

    @Test
    void article000RowTimesColumn() {
        // article 000: (a b)(c d)ᵀ = ac + bd, here (1 2)(3 4)ᵀ = 3 + 8 = 11
        Matrix product = Matrix.row(Vector.of(1, 2)).times(Matrix.column(Vector.of(3, 4)));
        assertThat(product.shape()).isEqualTo(TensorShape.of(1, 1));
        assertThat(product.entry(1, 1)).isEqualTo(11.0);
    }

    @Test
    void article000TransposeOfARowIsAColumn() {
        // article 000: A = (1, 2, 3), Aᵀ is the column (1, 2, 3); (Aᵀ)ᵀ = A
        Matrix row = Matrix.row(Vector.of(1, 2, 3));
        assertThat(row.shape()).hasToString("1×3");
        assertThat(row.transpose()).isEqualTo(Matrix.column(Vector.of(1, 2, 3)));
        assertThat(row.transpose().shape()).hasToString("3×1");
        assertThat(row.transpose().transpose()).isEqualTo(row);
    }

    @Test
    void transposeOfAProductReversesTheOrder() {
        // (AB)ᵀ = BᵀAᵀ: [[19,43],[22,50]]
        assertThat(A.times(B).transpose()).isEqualTo(B.transpose().times(A.transpose()))
                .isEqualTo(Matrix.of(new double[][] {{19, 43}, {22, 50}}));
    }

    @Test
    void shapeRuleMByNTimesNByPIsMByP() {
        // erratum 2: (m×n)(n×p) = m×p, A's column count equals B's row count
        Matrix m23 = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix m32 = m23.transpose();
        assertThat(m23.times(m32).shape()).hasToString("2×2");
        assertThat(m32.times(m23).shape()).hasToString("3×3");
        // [[1,2,3],[4,5,6]]·[[1,4],[2,5],[3,6]] = [[14, 32], [32, 77]] (by hand)
        assertThat(m23.times(m32)).isEqualTo(Matrix.of(new double[][] {{14, 32}, {32, 77}}));
        assertThatThrownBy(() -> m23.times(m23)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot multiply 2×3 by 2×3: A has 3 columns but B has 2 rows, and they must be equal, "
                        + "(m×n)(n×p) = m×p.");
    }

    @Test
    void article001ManyInputsManyOutputs() {
        // article 001: y = Ax, yᵢ = aᵢ₁x₁ + aᵢ₂x₂; [[1,2],[3,4]](1, 1) = (3, 7)
        assertThat(A.apply(Vector.of(1, 1))).isEqualTo(Vector.of(3, 7));
        // n inputs, m outputs: a 2×3 matrix takes 3 numbers and gives 2
        Matrix m23 = Matrix.of(new double[][] {{1, 0, 2}, {0, 1, -1}});
        assertThat(m23.apply(Vector.of(1, 2, 3))).isEqualTo(Vector.of(7, -1));
        assertThatThrownBy(() -> m23.apply(Vector.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 components");
    }

    @Test
    void columnsAreWhereTheUnitVectorsLand() {
        assertThat(A.apply(Vector.of(1, 0))).isEqualTo(A.columnVector(1)).isEqualTo(Vector.of(1, 3));
        assertThat(A.apply(Vector.of(0, 1))).isEqualTo(A.columnVector(2)).isEqualTo(Vector.of(2, 4));
        assertThat(A.rowVector(2)).isEqualTo(Vector.of(3, 4));
    }

    @Test
    void identityChangesNothing() {
        assertThat(A.times(Matrix.identity(2))).isEqualTo(A);
        assertThat(Matrix.identity(2).times(A)).isEqualTo(A);
    }

    @Test
    void agreesWithCommonsMath() {
        double[][] a = {{1.5, -2, 0.25}, {3, 0.5, -1}};
        double[][] b = {{2, 1}, {-1, 0.5}, {4, -3}};
        RealMatrix oracle = new Array2DRowRealMatrix(a).multiply(new Array2DRowRealMatrix(b));
        assertThat(Matrix.of(a).times(Matrix.of(b)).toArray()).isDeepEqualTo(oracle.getData());
        assertThat(Matrix.of(a).transpose().toArray()).isDeepEqualTo(new Array2DRowRealMatrix(a).transpose().getData());
    }

    @Test
    void badShapesAreRefused() {
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2 has 1");
        assertThatThrownBy(() -> A.plus(Matrix.identity(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2×2 and 3×3");
        assertThatThrownBy(() -> A.entry(3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeFactorsAreBracketed() {
        Matrix c = Matrix.of(new double[][] {{-1, 2}});
        Matrix d = Matrix.of(new double[][] {{3}, {-4}});
        assertThat(c.productTerms(d, 1, 1)).isEqualTo("(\u22121)×3 + 2×(\u22124)");
        assertThat(c.times(d).entry(1, 1)).isEqualTo(-11.0);
    }
}
