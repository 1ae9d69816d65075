package org.kobai.lessons.matrices;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.math.linalg.Vector;

/**
 * The matrices lesson's exercises on 2×2 matrices with small whole entries: the product AB (all four
 * entries, row by row), the determinant det A, and the image y = Ax. The answers come from
 * {@link LinearMap2}.
 */
final class MatricesExercises {
    private MatricesExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Product(), new Determinant(), new Image());

    static LinearMap2 draw(Random r, int bound) {
        LinearMap2 m;
        do {
            m = new LinearMap2(between(r, -bound, bound), between(r, -bound, bound), between(r, -bound, bound),
                    between(r, -bound, bound));
        } while (zeros(m) > 1);
        return m;
    }

    /** How many entries are 0: a matrix of mostly zeros teaches nothing. */
    private static int zeros(LinearMap2 m) {
        return (m.a11() == 0 ? 1 : 0) + (m.a12() == 0 ? 1 : 0) + (m.a21() == 0 ? 1 : 0) + (m.a22() == 0 ? 1 : 0);
    }

    static String latex(LinearMap2 m) {
        return "\\begin{pmatrix} " + NumberText.plain(m.a11()) + " & " + NumberText.plain(m.a12()) + " \\\\ "
                + NumberText.plain(m.a21()) + " & " + NumberText.plain(m.a22()) + " \\end{pmatrix}";
    }

    /** The entries row by row; + 0.0 turns a −0.0 from 0·(−1) into 0. */
    private static double[] rowByRow(LinearMap2 m) {
        return new double[] {m.a11() + 0.0, m.a12() + 0.0, m.a21() + 0.0, m.a22() + 0.0};
    }

    /** Two matrices A and B. */
    record Pair(LinearMap2 a, LinearMap2 b) {}

    /** AB, answered as its four entries row by row. */
    static final class Product implements ExerciseKind {
        @Override public String id() { return "product"; }

        Pair problem(long seed) {
            Random r = new Random(seed);
            LinearMap2 a;
            LinearMap2 b;
            do {
                a = draw(r, 3);
                b = draw(r, 3);
            } while (java.util.Arrays.equals(rowByRow(a.times(b)), rowByRow(b.times(a)))); // AB ≠ BA: order matters
            return new Pair(a, b);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Pair p = problem(seed);
            LinearMap2 ab = p.a().times(p.b());
            Answer answer = Answer.of(rowByRow(ab));
            LinearMap2 a = p.a();
            LinearMap2 b = p.b();
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.product.hint.order"), rowByRow(b.times(a)))
                    .add(t.get("exercise.product.hint.entrywise"),
                            a.a11() * b.a11(), a.a12() * b.a12(), a.a21() * b.a21(), a.a22() * b.a22())
                    .add(t.get("exercise.product.hint.rows"), rowByRow(a.times(b.transpose())))
                    .list();
            String first = NumberText.plain(a.a11()) + " \\cdot " + paren(b.a11()) + " + " + paren(a.a12()) + " \\cdot "
                    + paren(b.a21()) + " = " + NumberText.plain(ab.a11());
            return new Exercise(id(),
                    t.format("exercise.product.prompt", "$A = " + latex(a) + "$", "$B = " + latex(b) + "$"),
                    answer, mistakes, t.get("exercise.product.hint"),
                    t.format("exercise.product.solution", "$(AB)_{11} = " + first + "$",
                            "$AB = " + latex(ab) + "$"));
        }
    }

    /** det A = a₁₁a₂₂ − a₁₂a₂₁. */
    static final class Determinant implements ExerciseKind {
        @Override public String id() { return "determinant"; }

        LinearMap2 problem(long seed) {
            return draw(new Random(seed), 5);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            LinearMap2 a = problem(seed);
            double det = a.determinant();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(det))
                    .add(t.get("exercise.determinant.hint.sign"), a.a11() * a.a22() + a.a12() * a.a21())
                    .add(t.get("exercise.determinant.hint.order"), -det)
                    .add(t.get("exercise.determinant.hint.pairs"), a.a11() * a.a12() - a.a21() * a.a22())
                    .list();
            return new Exercise(id(), t.format("exercise.determinant.prompt", "$A = " + latex(a) + "$"),
                    Answer.of(det), mistakes, t.get("exercise.determinant.hint"),
                    t.format("exercise.determinant.solution", "$\\det A = " + NumberText.plain(a.a11()) + " \\cdot "
                            + paren(a.a22()) + " - " + paren(a.a12()) + " \\cdot " + paren(a.a21()) + " = "
                            + NumberText.plain(det) + "$"));
        }
    }

    /** y = Ax, answered as (y₁, y₂). */
    static final class Image implements ExerciseKind {
        @Override public String id() { return "image"; }

        /** A and x = (x1, x2), x not 0. */
        record Problem(LinearMap2 a, int x1, int x2) {}

        Problem problem(long seed) {
            Random r = new Random(seed);
            LinearMap2 a;
            do {
                a = draw(r, 3);
            } while (a.a12() == a.a21()); // not symmetric, so rows and columns differ
            int x1;
            int x2;
            do {
                x1 = between(r, -3, 3);
                x2 = between(r, -3, 3);
            } while (x1 == 0 && x2 == 0);
            return new Problem(a, x1, x2);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            LinearMap2 a = p.a();
            Vector x = Vector.of(p.x1(), p.x2());
            Vector y = a.apply(x);
            Answer answer = Answer.of(y.components());
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.image.hint.columns"), a.transpose().apply(x).components())
                    .add(t.get("exercise.image.hint.order"), y.component(2), y.component(1))
                    .list();
            return new Exercise(id(),
                    t.format("exercise.image.prompt", "$A = " + latex(a) + "$",
                            "$x = \\begin{pmatrix} " + p.x1() + " \\\\ " + p.x2() + " \\end{pmatrix}$"),
                    answer, mistakes, t.get("exercise.image.hint"),
                    t.format("exercise.image.solution",
                            "$y_1 = " + NumberText.plain(a.a11()) + " \\cdot " + paren(p.x1()) + " + " + paren(a.a12())
                                    + " \\cdot " + paren(p.x2()) + " = " + NumberText.plain(y.component(1)) + "$",
                            "$y_2 = " + NumberText.plain(a.a21()) + " \\cdot " + paren(p.x1()) + " + " + paren(a.a22())
                                    + " \\cdot " + paren(p.x2()) + " = " + NumberText.plain(y.component(2)) + "$"));
        }
    }
}
