package org.kobai.lessons.matrices;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.math.linalg.Matrix;
import org.kobai.math.linalg.TensorShape;
import org.kobai.math.linalg.Vector;

/**
 * Matrices as linear maps (articles 000 and 001): y = Ax with many inputs and outputs, the columns as the
 * images of e₁ and e₂, the determinant as the signed area of the image of the unit square, additivity and
 * homogeneity of x ↦ Ax, sum and scalar multiple, the product AB as "apply B, then A" (AB ≠ BA), each
 * entry of AB as a row times a column, the shape rule (m×n)(n×p) = m×p, (AB)ᵀ = BᵀAᵀ, and scalars,
 * vectors, matrices and tensors as arrays of order 0, 1, 2 and 3.
 */
public final class MatricesModel extends LessonModel {
    public static final int STEP_MAP = 0;
    public static final int STEP_COLUMNS = 1;
    public static final int STEP_DETERMINANT = 2;
    public static final int STEP_LINEARITY = 3;
    public static final int STEP_SUM = 4;
    public static final int STEP_PRODUCT = 5;
    public static final int STEP_SHAPES = 6;
    public static final int STEP_TENSORS = 7;

    private final Parameter a11 = parameter("a11", -4, 4, 2, 0.1);
    private final Parameter a12 = parameter("a12", -4, 4, 1, 0.1);
    private final Parameter a21 = parameter("a21", -4, 4, 1, 0.1);
    private final Parameter a22 = parameter("a22", -4, 4, 2, 0.1);
    private final Parameter b11 = parameter("b11", -8, 8, 5, 0.1);
    private final Parameter b12 = parameter("b12", -8, 8, 6, 0.1);
    private final Parameter b21 = parameter("b21", -8, 8, 7, 0.1);
    private final Parameter b22 = parameter("b22", -8, 8, 8, 0.1);
    private final Parameter x1 = parameter("x1", -4, 4, 1, 0.1);
    private final Parameter x2 = parameter("x2", -4, 4, 0.5, 0.1);
    private final Parameter u1 = parameter("u1", -4, 4, 1, 0.1);
    private final Parameter u2 = parameter("u2", -4, 4, 0.5, 0.1);
    private final Parameter v1 = parameter("v1", -4, 4, -0.5, 0.1);
    private final Parameter v2 = parameter("v2", -4, 4, 1.5, 0.1);
    private final Parameter c = parameter("c", -3, 3, 2, 0.1);
    private final Parameter m = parameter("m", 1, 4, 2, 1);
    private final Parameter n = parameter("n", 1, 4, 2, 1);
    private final Parameter nB = parameter("nB", 1, 4, 2, 1);
    private final Parameter p = parameter("p", 1, 4, 2, 1);
    private final Parameter row = parameter("row", 1, 4, 1, 1);
    private final Parameter column = parameter("col", 1, 4, 1, 1);

    public MatricesModel() {
        super(8);
    }

    public Parameter a11() { return a11; }
    public Parameter a12() { return a12; }
    public Parameter a21() { return a21; }
    public Parameter a22() { return a22; }
    public Parameter b11() { return b11; }
    public Parameter x1() { return x1; }
    public Parameter x2() { return x2; }
    public Parameter u1() { return u1; }
    public Parameter u2() { return u2; }
    public Parameter v1() { return v1; }
    public Parameter v2() { return v2; }
    public Parameter c() { return c; }
    public Parameter row() { return row; }
    public Parameter column() { return column; }

    /** A, the 2×2 matrix the learner edits. */
    public LinearMap2 a() { return new LinearMap2(a11.get(), a12.get(), a21.get(), a22.get()); }

    /** B, the second matrix of the sum and product steps. */
    public LinearMap2 b() { return new LinearMap2(b11.get(), b12.get(), b21.get(), b22.get()); }

    public Vector x() { return Vector.of(x1.get(), x2.get()); }
    public Vector u() { return Vector.of(u1.get(), u2.get()); }
    public Vector v() { return Vector.of(v1.get(), v2.get()); }

    /** y = Ax. */
    public Vector y() { return a().apply(x()); }

    /** A(u + v) and Au + Av: equal for every matrix (additivity). */
    public Vector imageOfSum() { return a().apply(u().plus(v())); }
    public Vector sumOfImages() { return a().apply(u()).plus(a().apply(v())); }

    /** A(cu) and c·Au: equal for every matrix (homogeneity). */
    public Vector imageOfMultiple() { return a().apply(u().times(c.get())); }
    public Vector multipleOfImage() { return a().apply(u()).times(c.get()); }

    /** The shapes of the product step, A m×n and B n'×p. */
    public TensorShape shapeA() { return TensorShape.of(whole(m), whole(n)); }
    public TensorShape shapeB() { return TensorShape.of(whole(nB), whole(p)); }

    /** The shape of AB, or empty when A's column count differs from B's row count. */
    public Optional<TensorShape> productShape() {
        return whole(n) == whole(nB) ? Optional.of(TensorShape.of(whole(m), whole(p))) : Optional.empty();
    }

    /**
     * The product step's A: filled with 1, 2, 3, … row by row, so the 2×2 case is article 000's
     * [[1, 2], [3, 4]].
     */
    public Matrix countingA() { return counting(whole(m), whole(n), 1); }

    /** The product step's B: counting on after A, so the 2×2 case is [[5, 6], [7, 8]]. */
    public Matrix countingB() { return counting(whole(nB), whole(p), whole(m) * whole(n) + 1); }

    private static Matrix counting(int rows, int columns, int first) {
        double[][] e = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                e[i][j] = first + i * columns + j;
            }
        }
        return Matrix.of(e);
    }

    /** The selected entry of AB, clamped to its shape: (row, column) counted from 1. */
    public int selectedRow() { return Math.min(whole(row), whole(m)); }
    public int selectedColumn() { return Math.min(whole(column), whole(p)); }

    static int whole(Parameter q) { return (int) Math.round(q.get()); }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_MAP, STEP_COLUMNS -> Map.of("a11", 2.0, "a12", 1.0, "a21", 1.0, "a22", 2.0,
                    "x1", 1.0, "x2", 0.5);
            case STEP_DETERMINANT -> Map.of("a11", 1.0, "a12", 1.0, "a21", 1.5, "a22", -0.5);
            case STEP_LINEARITY -> Map.of("a11", 1.5, "a12", -0.5, "a21", 0.5, "a22", 1.0,
                    "u1", 1.0, "u2", 0.5, "v1", -0.5, "v2", 1.5, "c", 2.0);
            case STEP_SUM -> Map.ofEntries(Map.entry("a11", 1.0), Map.entry("a12", 2.0), Map.entry("a21", 3.0),
                    Map.entry("a22", 4.0), Map.entry("b11", 5.0), Map.entry("b12", 6.0), Map.entry("b21", 7.0),
                    Map.entry("b22", 8.0), Map.entry("x1", 0.5), Map.entry("x2", -0.25), Map.entry("c", 2.0));
            case STEP_PRODUCT -> Map.of("a11", 0.0, "a12", -1.0, "a21", 1.0, "a22", 0.0,
                    "b11", 1.0, "b12", 1.0, "b21", 0.0, "b22", 1.0);
            case STEP_SHAPES -> Map.of("m", 2.0, "n", 2.0, "nB", 2.0, "p", 2.0, "row", 1.0, "col", 1.0);
            default -> Map.of();
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_MAP -> Set.of("a11", "a12", "a21", "a22", "x1", "x2");
            case STEP_LINEARITY -> Set.of("a11", "a12", "a21", "a22", "u1", "u2", "v1", "v2", "c");
            case STEP_SUM -> Set.of("a11", "a12", "a21", "a22", "b11", "b12", "b21", "b22", "x1", "x2", "c");
            case STEP_PRODUCT -> Set.of("a11", "a12", "a21", "a22", "b11", "b12", "b21", "b22");
            case STEP_SHAPES -> Set.of("m", "n", "nB", "p", "row", "col");
            case STEP_TENSORS -> Set.of();
            default -> Set.of("a11", "a12", "a21", "a22");
        };
    }

    @Override
    public Parameter mainParameter() {
        return a11;
    }

    /** The parameter ids in the order the controls list them: A and B row by row, then the rest. */
    public List<String> controlOrder() {
        return List.of("a11", "a12", "a21", "a22", "b11", "b12", "b21", "b22",
                "x1", "x2", "u1", "u2", "v1", "v2", "c", "m", "n", "nB", "p", "row", "col");
    }
}
