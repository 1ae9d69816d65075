package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 2×2 matrices as maps of the plane: columns, determinant as signed area, product as composition. */
class LinearMap2Test {
    private static final LinearMap2 A = new LinearMap2(1, 2, 3, 4);
    private static final LinearMap2 B = new LinearMap2(5, 6, 7, 8);

    @Test
    void article000ProductAndSum() {
        // article 000: AB = [[19, 22], [43, 50]], A + B = [[6, 8], [10, 12]]
        assertThat(A.times(B)).isEqualTo(new LinearMap2(19, 22, 43, 50));
        assertThat(A.plus(B)).isEqualTo(new LinearMap2(6, 8, 10, 12));
        assertThat(A.times(B).toMatrix()).isEqualTo(A.toMatrix().times(B.toMatrix()));
    }

    @Test
    void columnsAreTheImagesOfTheUnitVectors() {
        assertThat(A.apply(Vector.of(1, 0))).isEqualTo(A.column1()).isEqualTo(Vector.of(1, 3));
        assertThat(A.apply(Vector.of(0, 1))).isEqualTo(A.column2()).isEqualTo(Vector.of(2, 4));
    }

    @Test
    void determinantIsTheSignedAreaOfTheImageOfTheUnitSquare() {
        // det [[1,2],[3,4]] = 1·4 − 2·3 = −2: area 2, orientation flipped
        assertThat(A.determinant()).isEqualTo(-2.0);
        double[][] square = A.applyAll(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1});
        assertThat(LinearMap2.signedArea(square[0], square[1])).isEqualTo(-2.0);
        // the unit square itself, counter-clockwise: +1
        assertThat(LinearMap2.signedArea(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1})).isEqualTo(1.0);
        // a rotation by 90° keeps area and orientation; a mirror keeps area and flips it
        assertThat(new LinearMap2(0, -1, 1, 0).determinant()).isEqualTo(1.0);
        assertThat(new LinearMap2(-1, 0, 0, 1).determinant()).isEqualTo(-1.0);
        // columns on one line squash the square flat
        assertThat(new LinearMap2(1, 2, 2, 4).determinant()).isEqualTo(0.0);
    }

    @Test
    void productAppliesTheRightFactorFirst() {
        // rotate by 90° (R) after shearing (S): (RS)x = R(Sx); S then R differs from R then S
        LinearMap2 r = new LinearMap2(0, -1, 1, 0);
        LinearMap2 s = new LinearMap2(1, 1, 0, 1);
        Vector x = Vector.of(1, 2);
        assertThat(r.times(s).apply(x)).isEqualTo(r.apply(s.apply(x))).isEqualTo(Vector.of(-2, 3));
        assertThat(s.times(r).apply(x)).isEqualTo(Vector.of(-1, 1));
    }

    @Test
    void transposeAndEntries() {
        assertThat(A.transpose()).isEqualTo(new LinearMap2(1, 3, 2, 4));
        assertThat(A.entry(2, 1)).isEqualTo(3.0);
        assertThat(A).hasToString("[[1, 2], [3, 4]]");
    }
}
