package org.kobai.math.linalg;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The shape of an array of numbers, one size per index: () for a scalar (order 0), (n) for a vector
 * (order 1), (m, n) for a matrix (order 2), (k, m, n, …) for a tensor of order 3 or more. The order is the
 * number of indices needed to pick one entry.
 */
public final class TensorShape {
    private final int[] sizes;

    private TensorShape(int[] sizes) {
        this.sizes = sizes;
    }

    /**
     * The shape with these sizes; none gives a scalar's shape.
     *
     * @throws IllegalArgumentException if a size is less than 1
     */
    public static TensorShape of(int... sizes) {
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("Every size in a shape is at least 1, got " + s + ".");
            }
        }
        return new TensorShape(sizes.clone());
    }

    /** The order (rank): 0 scalar, 1 vector, 2 matrix, 3 and more tensor. */
    public int order() { return sizes.length; }

    public int[] sizes() { return sizes.clone(); }

    /** How many numbers the array holds: the product of the sizes (1 for a scalar). */
    public int count() {
        int n = 1;
        for (int s : sizes) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /** What the lessons call an array of this order. */
    public Kind kind() {
        return switch (sizes.length) {
            case 0 -> Kind.SCALAR;
            case 1 -> Kind.VECTOR;
            case 2 -> Kind.MATRIX;
            default -> Kind.TENSOR;
        };
    }

    public enum Kind { SCALAR, VECTOR, MATRIX, TENSOR }

    /**
     * The shape rule of the matrix product: (m×n)(n×p) = m×p. A's column count must equal B's row count.
     *
     * @throws IllegalArgumentException naming both shapes when they do not fit, or if either is not a matrix
     */
    public static TensorShape productShape(TensorShape a, TensorShape b) {
        if (a.order() != 2 || b.order() != 2) {
            throw new IllegalArgumentException("The matrix product needs two matrices, got shapes " + a + " and " + b + ".");
        }
        if (a.sizes[1] != b.sizes[0]) {
            throw new IllegalArgumentException("Cannot multiply " + a + " by " + b + ": A has " + a.sizes[1]
                    + " columns but B has " + b.sizes[0] + " rows, and they must be equal, (m×n)(n×p) = m×p.");
        }
        return of(a.sizes[0], b.sizes[1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorShape t && Arrays.equals(t.sizes, sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    /** "2×3"; "3" for a vector; "scalar" for order 0. */
    @Override
    public String toString() {
        if (sizes.length == 0) {
            return "scalar";
        }
        StringJoiner j = new StringJoiner("\u00d7");
        for (int s : sizes) {
            j.add(Integer.toString(s));
        }
        return j.toString();
    }
}
