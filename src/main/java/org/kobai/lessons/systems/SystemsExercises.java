package org.kobai.lessons.systems;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.nonZero;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.linalg.GaussJordan;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;

/**
 * The systems lesson's exercises on 2×2 matrices with small whole entries: the inverse A⁻¹ (exact fractions
 * accepted), the solution of a system Ax = b whose solution is whole, and the second row after the first
 * row operation of the sweeping-out method. The answers come from {@link RationalMatrix} and
 * {@link GaussJordan}, exactly.
 */
final class SystemsExercises {
    private SystemsExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Inverse(), new Solve(), new Sweep());

    private static final Numbers EXACT = new Numbers(true);

    /** A 2×2 matrix with entries from −bound to bound and det A ≠ 0. */
    static RationalMatrix invertible(Random r, int bound) {
        RationalMatrix a;
        do {
            a = RationalMatrix.of(new long[][] {
                    {between(r, -bound, bound), between(r, -bound, bound)},
                    {between(r, -bound, bound), between(r, -bound, bound)}});
        } while (a.determinant().isZero());
        return a;
    }

    private static double[] rowByRow(RationalMatrix m) {
        double[] out = new double[m.rows() * m.columns()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                out[i * m.columns() + j] = m.get(i, j).toDouble();
            }
        }
        return out;
    }

    private static double[] scaled(double k, double... v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = k * v[i];
        }
        return out;
    }

    /** A⁻¹ = (1 / (ad − bc)) (d −b; −c a), answered as its four entries row by row. */
    static final class Inverse implements ExerciseKind {
        @Override public String id() { return "inverse"; }

        RationalMatrix problem(long seed) {
            return invertible(new Random(seed), 4);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            RationalMatrix a = problem(seed);
            RationalMatrix inverse = a.inverse();
            Rational det = a.determinant();
            double k = det.reciprocal().toDouble();
            double p = a.get(0, 0).toDouble();
            double q = a.get(0, 1).toDouble();
            double r = a.get(1, 0).toDouble();
            double s = a.get(1, 1).toDouble();
            Answer answer = Answer.of(rowByRow(inverse));
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.inverse.hint.scale"), s, -q, -r, p)
                    .add(t.get("exercise.inverse.hint.swap"), scaled(k, p, -q, -r, s))
                    .add(t.get("exercise.inverse.hint.signs"), scaled(k, s, q, r, p))
                    .add(t.get("exercise.inverse.hint.scale"), scaled(-k, s, -q, -r, p))
                    .list();
            RationalMatrix adjugate = RationalMatrix.of(new Rational[][] {
                    {a.get(1, 1), a.get(0, 1).negate()}, {a.get(1, 0).negate(), a.get(0, 0)}});
            return new Exercise(id(), t.format("exercise.inverse.prompt", "$A = " + EXACT.latex(a, -1) + "$", "$A^{-1}$"),
                    answer, mistakes, t.get("exercise.inverse.hint"),
                    t.format("exercise.inverse.solution",
                            "$ad - bc = " + EXACT.latex(a.get(0, 0)) + " \\cdot " + EXACT.factor(a.get(1, 1)) + " - "
                                    + EXACT.factor(a.get(0, 1)) + " \\cdot " + EXACT.factor(a.get(1, 0)) + " = "
                                    + EXACT.latex(det) + "$",
                            "$A^{-1} = \\frac{1}{" + EXACT.latex(det) + "}" + EXACT.latex(adjugate, -1) + " = "
                                    + EXACT.latex(inverse, -1) + "$"));
        }
    }

    /** A system Ax = b with a whole solution (x, y), answered as "x, y". */
    static final class Solve implements ExerciseKind {
        @Override public String id() { return "solve"; }

        /** The coefficients and the solution the right-hand side was made from. */
        record Problem(RationalMatrix a, int x, int y) {
            RationalMatrix augmented() {
                return a.augment(a.times(RationalMatrix.of(new long[][] {{x}, {y}})));
            }
        }

        Problem problem(long seed) {
            Random r = new Random(seed);
            RationalMatrix a = invertible(r, 4);
            int x;
            int y;
            do {
                x = between(r, -4, 4);
                y = between(r, -4, 4);
            } while (x == y); // (x, y) and (y, x) differ, so the order is checked
            return new Problem(a, x, y);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            RationalMatrix system = p.augmented();
            Solutions.Unique unique = (Solutions.Unique) GaussJordan.eliminate(system, 2).solutions();
            double x = unique.x().get(0).toDouble();
            double y = unique.x().get(1).toDouble();
            double det = p.a().determinant().toDouble();
            Answer answer = Answer.of(x, y);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.solve.hint.order"), y, x)
                    .add(t.get("exercise.solve.hint.scale"), det * x, det * y)
                    .add(t.get("exercise.solve.hint.scale"), -det * x, -det * y)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.solve.prompt", "$" + equation(system, 0) + "$", "$" + equation(system, 1) + "$"),
                    answer, mistakes, t.get("exercise.solve.hint"),
                    t.format("exercise.solve.solution", "$" + EXACT.latex(system, 2) + "$",
                            "$" + EXACT.latex(GaussJordan.eliminate(system, 2).result(), 2) + "$",
                            "$(x, y) = (" + EXACT.latex(unique.x().get(0)) + ", " + EXACT.latex(unique.x().get(1)) + ")$"));
        }

        /** Row i as "4x + 5y = 14", "-x + 3y = 5", "2x = 4". */
        static String equation(RationalMatrix system, int i) {
            long a = system.get(i, 0).numerator().longValueExact();
            long b = system.get(i, 1).numerator().longValueExact();
            String left = a == 0 ? "" : (a == 1 ? "" : a == -1 ? "-" : Long.toString(a)) + "x";
            String right = b == 0 ? "" : (b < 0 ? (left.isEmpty() ? "-" : " - ") : (left.isEmpty() ? "" : " + "))
                    + (Math.abs(b) == 1 ? "" : Long.toString(Math.abs(b))) + "y";
            return left + right + " = " + system.get(i, 2).latex();
        }
    }

    /**
     * The sweeping-out method's first row operation on [a b | e; c d | f] (a ≠ 0, c ≠ 0): R₂ ← R₂ − (c/a)R₁
     * clears c; answered as the new second row (0, d − cb/a, f − ce/a).
     */
    static final class Sweep implements ExerciseKind {
        @Override public String id() { return "sweep"; }

        RationalMatrix problem(long seed) {
            Random r = new Random(seed);
            RationalMatrix a;
            do {
                a = RationalMatrix.of(new long[][] {
                        {nonZero(r, 4), between(r, -4, 4), between(r, -6, 6)},
                        {nonZero(r, 4), between(r, -4, 4), between(r, -6, 6)}});
            } while (a.columns(0, 2).determinant().isZero());
            return a;
        }

        @Override
        public Exercise create(long seed, Messages t) {
            RationalMatrix m = problem(seed);
            GaussJordan.Step first = GaussJordan.eliminate(m, 2).steps().get(0);
            RationalMatrix after = first.matrix();
            Answer answer = Answer.of(after.get(1, 0).toDouble(), after.get(1, 1).toDouble(),
                    after.get(1, 2).toDouble());
            Rational factor = m.get(1, 0).dividedBy(m.get(0, 0)); // c / a
            double k = factor.toDouble();
            double b = m.get(0, 1).toDouble();
            double d = m.get(1, 1).toDouble();
            double e = m.get(0, 2).toDouble();
            double f = m.get(1, 2).toDouble();
            double inverse = m.get(0, 0).dividedBy(m.get(1, 0)).toDouble(); // a / c, the factor upside down
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.sweep.hint.sign"), 2 * m.get(1, 0).toDouble(), d + k * b, f + k * e)
                    .add(t.get("exercise.sweep.hint.sign"), 0, d + k * b, f + k * e)
                    .add(t.get("exercise.sweep.hint.rhs"), 0, d - k * b, f)
                    .add(t.get("exercise.sweep.hint.factor"), m.get(1, 0).toDouble() - inverse * m.get(0, 0).toDouble(),
                            d - inverse * b, f - inverse * e)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.sweep.prompt", "$" + EXACT.latex(m, 2) + "$",
                            "$R_2 \\leftarrow R_2 - \\frac{c}{a} R_1$"),
                    answer, mistakes, t.get("exercise.sweep.hint"),
                    t.format("exercise.sweep.solution",
                            "$\\frac{c}{a} = " + ratio(m) + "$",
                            "$" + EXACT.latex(after, 2) + "$"));
        }
    }

    /** c/a as typed and, when it simplifies, its lowest terms: \frac{2}{-4} = -\frac{1}{2}. */
    static String ratio(RationalMatrix m) {
        String typed = "\\frac{" + EXACT.latex(m.get(1, 0)) + "}{" + EXACT.latex(m.get(0, 0)) + "}";
        String simplest = EXACT.latex(m.get(1, 0).dividedBy(m.get(0, 0)));
        return typed.equals(simplest) ? typed : typed + " = " + simplest;
    }
}
