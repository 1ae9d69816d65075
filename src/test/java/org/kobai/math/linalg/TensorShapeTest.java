package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scalars, vectors, matrices and tensors as orders 0, 1, 2, 3+ (article 000). */
class TensorShapeTest {

    @Test
    void ordersAndKinds() {
        assertThat(TensorShape.of().order()).isZero();
        assertThat(TensorShape.of().kind()).isEqualTo(TensorShape.Kind.SCALAR);
        assertThat(TensorShape.of().count()).isEqualTo(1);
        assertThat(TensorShape.of(3).kind()).isEqualTo(TensorShape.Kind.VECTOR);
        assertThat(TensorShape.of(2, 3).kind()).isEqualTo(TensorShape.Kind.MATRIX);
        assertThat(TensorShape.of(2, 3, 4).kind()).isEqualTo(TensorShape.Kind.TENSOR);
        assertThat(TensorShape.of(2, 3, 4).order()).isEqualTo(3);
        assertThat(TensorShape.of(2, 3, 4).count()).isEqualTo(24);
        assertThat(TensorShape.of(2, 3, 4, 5).kind()).isEqualTo(TensorShape.Kind.TENSOR);
    }

    @Test
    void printsAsOnPaper() {
        assertThat(TensorShape.of()).hasToString("scalar");
        assertThat(TensorShape.of(3)).hasToString("3");
        assertThat(TensorShape.of(2, 3, 4)).hasToString("2×3×4");
    }

    @Test
    void productShape() {
        // erratum 2: (m×n)(n×p) = m×p
        assertThat(TensorShape.productShape(TensorShape.of(2, 3), TensorShape.of(3, 4))).isEqualTo(TensorShape.of(2, 4));
        assertThat(TensorShape.productShape(TensorShape.of(1, 3), TensorShape.of(3, 1))).isEqualTo(TensorShape.of(1, 1));
        assertThatThrownBy(() -> TensorShape.productShape(TensorShape.of(2, 3), TensorShape.of(2, 3)))
                .hasMessageContaining("A has 3 columns but B has 2 rows");
        assertThatThrownBy(() -> TensorShape.productShape(TensorShape.of(3), TensorShape.of(3, 1)))
                .hasMessageContaining("two matrices");
        assertThatThrownBy(() -> TensorShape.of(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
