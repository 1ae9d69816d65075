package org.kobai.lessons.gradient;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.nonZero;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;
import static org.kobai.lesson.exercise.ExerciseNumbers.term;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Expression;
import org.kobai.math.field.DirectionalDerivative;
import org.kobai.math.field.VectorField;

/**
 * The gradient lesson's exercises: ∇f at a point, the directional derivative along a direction given as a
 * vector of length 5, the divergence and curl of a linear field, and one step of gradient descent. The
 * answers come from the math core ({@link org.kobai.math.expr.Gradient}, {@link VectorField}); the numbers
 * are small integers so the work fits on paper.
 */
final class GradientExercises {
    private GradientExercises() {}

    static final List<ExerciseKind> ALL = List.of(new GradientAt(), new Directional(), new DivergenceCurl(),
            new DescentStep());

    /** Directions (m, n) with m² + n² = 25, so the unit vector (m/5, n/5) has exact decimals. */
    private static final int[][] DIRECTIONS = {{3, 4}, {4, 3}, {5, 0}, {0, 5}};
    static final int DIRECTION_LENGTH = 5;

    /** f(x1, x2) = a·x1² + b·x1·x2 + e·x2² + p·x1 + q·x2 at (c, d). */
    record Quadratic(int a, int b, int e, int p, int q, int c, int d) {
        static Quadratic draw(Random r) {
            return new Quadratic(nonZero(r, 3), nonZero(r, 3), nonZero(r, 2), between(r, -3, 3), between(r, -3, 3),
                    between(r, -2, 2), between(r, -2, 2));
        }

        Expression f() {
            return Expression.parse(term(a, "x1^2", true) + term(b, "x1 x2", false) + term(e, "x2^2", false)
                    + term(p, "x1", false) + term(q, "x2", false), GradientModel.VARIABLES);
        }

        /** ∇f(c, d) from the math core's symbolic gradient. */
        double[] gradient() {
            return org.kobai.math.expr.Gradient.of(f(), GradientModel.VARIABLES).at(c, d).vector();
        }

        String fLatex() { return "$f(x_1, x_2) = " + f().latex() + "$"; }
        String point() { return "$(" + c + ", " + d + ")$"; }

        String gradientLatex(double[] g) {
            return "$\\frac{\\partial f}{\\partial x_1} = " + partialLatex(0) + " = " + NumberText.plain(g[0])
                    + "$, $\\frac{\\partial f}{\\partial x_2} = " + partialLatex(1) + " = " + NumberText.plain(g[1]) + "$";
        }

        private String partialLatex(int i) {
            return org.kobai.math.expr.Gradient.of(f(), GradientModel.VARIABLES).partials().get(i).expression().latex();
        }
    }

    /** ∇f(c, d) = (∂f/∂x1, ∂f/∂x2). */
    static final class GradientAt implements ExerciseKind {
        @Override public String id() { return "gradient"; }

        Quadratic problem(long seed) {
            return Quadratic.draw(new Random(seed));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Quadratic p = problem(seed);
            double[] g = p.gradient();
            Answer answer = Answer.of(g);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.gradient.hint.order"), g[1], g[0])
                    // b·x1·x2 dropped: by x1 it gives b·x2, by x2 it gives b·x1.
                    .add(t.get("exercise.gradient.hint.mixed"), g[0] - p.b() * p.d(), g[1] - p.b() * p.c())
                    // the power rule's factor 2 forgotten on x1² and x2².
                    .add(t.get("exercise.gradient.hint.power"), g[0] - p.a() * p.c(), g[1] - p.e() * p.d())
                    .list();
            return new Exercise(id(), t.format("exercise.gradient.prompt", p.fLatex(), p.point()),
                    answer, mistakes, t.get("exercise.gradient.hint"),
                    t.format("exercise.gradient.solution", p.gradientLatex(g),
                            "$\\nabla f" + "(" + p.c() + ", " + p.d() + ") = (" + NumberText.plain(g[0]) + ", "
                                    + NumberText.plain(g[1]) + ")$"));
        }
    }

    /** D_u f(c, d) = ∇f·u along the unit vector u = v/|v| for a direction v of length 5. */
    static final class Directional implements ExerciseKind {
        @Override public String id() { return "directional"; }

        /** The function and point, and the direction v = (m, n) with |v| = 5. */
        record Problem(Quadratic f, int m, int n) {}

        Problem problem(long seed) {
            Random r = new Random(seed);
            Quadratic f;
            do {
                f = Quadratic.draw(r);
            } while (isZero(f.gradient()));
            int[] v = DIRECTIONS[r.nextInt(DIRECTIONS.length)];
            return new Problem(f, v[0] * (r.nextBoolean() ? 1 : -1), v[1] * (r.nextBoolean() ? 1 : -1));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem pr = problem(seed);
            Quadratic p = pr.f();
            double[] g = p.gradient();
            double rate = DirectionalDerivative.along(g, Math.atan2(pr.n(), pr.m()));
            double notUnit = g[0] * pr.m() + g[1] * pr.n();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(rate))
                    .add(t.get("exercise.directional.hint.unit"), notUnit)
                    .add(t.get("exercise.directional.hint.steepest"), DirectionalDerivative.largest(g))
                    .add(t.get("exercise.directional.hint.order"), (g[0] * pr.n() + g[1] * pr.m()) / DIRECTION_LENGTH)
                    .list();
            double u1 = (double) pr.m() / DIRECTION_LENGTH;
            double u2 = (double) pr.n() / DIRECTION_LENGTH;
            return new Exercise(id(),
                    t.format("exercise.directional.prompt", p.fLatex(), p.point(),
                            "$v = (" + pr.m() + ", " + pr.n() + ")$"),
                    Answer.of(rate), mistakes, t.get("exercise.directional.hint"),
                    t.format("exercise.directional.solution",
                            "$\\nabla f = (" + NumberText.plain(g[0]) + ", " + NumberText.plain(g[1]) + ")$",
                            "$|v| = \\sqrt{" + paren(pr.m()) + "^2 + " + paren(pr.n()) + "^2} = " + DIRECTION_LENGTH
                                    + ",\\ u = (" + NumberText.plain(u1) + ", " + NumberText.plain(u2) + ")$",
                            "$D_u f = " + NumberText.plain(g[0]) + " \\cdot " + paren(u1) + " + "
                                    + paren(g[1]) + " \\cdot " + paren(u2) + " = "
                                    + NumberText.plain(rate) + "$"));
        }
    }

    /** ∇·F and ∇×F of F = (a·x1 + b·x2, c·x1 + d·x2), answered as "div, curl". */
    static final class DivergenceCurl implements ExerciseKind {
        @Override public String id() { return "divcurl"; }

        /** F = (a·x1 + b·x2, c·x1 + d·x2) with b ≠ c, so the curl is not 0. */
        record Problem(int a, int b, int c, int d) {
            VectorField field() {
                return VectorField.of(Expression.parse(term(a, "x1", true) + term(b, "x2", false), GradientModel.VARIABLES),
                        Expression.parse(term(c, "x1", true) + term(d, "x2", false), GradientModel.VARIABLES),
                        GradientModel.VARIABLES);
            }
        }

        Problem problem(long seed) {
            Random r = new Random(seed);
            int b;
            int c;
            do {
                b = between(r, -4, 4);
                c = between(r, -4, 4);
            } while (b == c);
            return new Problem(nonZero(r, 4), b, c, nonZero(r, 4));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            VectorField field = p.field();
            double div = field.divergenceAt(0, 0);
            double curl = field.curlAt(0, 0);
            Answer answer = Answer.of(div, curl);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.divcurl.hint.sign"), div, -curl)
                    .add(t.get("exercise.divcurl.hint.order"), curl, div)
                    .add(t.get("exercise.divcurl.hint.diagonal"), p.b() + p.c(), curl)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.divcurl.prompt", "$F(x_1, x_2) = (" + field.first().latex() + ",\\ "
                            + field.second().latex() + ")$"),
                    answer, mistakes, t.get("exercise.divcurl.hint"),
                    t.format("exercise.divcurl.solution",
                            "$\\nabla \\cdot F = \\frac{\\partial F_1}{\\partial x_1} + \\frac{\\partial F_2}{\\partial x_2} = "
                                    + p.a() + " + " + paren(p.d()) + " = " + NumberText.plain(div) + "$",
                            "$\\nabla \\times F = \\frac{\\partial F_2}{\\partial x_1} - \\frac{\\partial F_1}{\\partial x_2} = "
                                    + p.c() + " - " + paren(p.b()) + " = " + NumberText.plain(curl) + "$"));
        }
    }

    /** One step of gradient descent x ← x − η∇f(x) on f = a·x1² + e·x2² from (c, d). */
    static final class DescentStep implements ExerciseKind {
        @Override public String id() { return "descent"; }

        /** The learning rates offered: short decimals a student multiplies by hand. */
        private static final double[] RATES = {0.1, 0.2, 0.25, 0.5};

        /** f = a·x1² + e·x2² from (c, d) with learning rate η. */
        record Problem(int a, int e, int c, int d, double learningRate) {
            Expression f() {
                return Expression.parse(term(a, "x1^2", true) + term(e, "x2^2", false), GradientModel.VARIABLES);
            }
        }

        Problem problem(long seed) {
            Random r = new Random(seed);
            int c;
            int d;
            do {
                c = between(r, -3, 3);
                d = between(r, -3, 3);
            } while (c == 0 && d == 0);
            return new Problem(between(r, 1, 3), between(r, 1, 3), c, d, RATES[r.nextInt(RATES.length)]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            double[] g = org.kobai.math.expr.Gradient.of(p.f(), GradientModel.VARIABLES).at(p.c(), p.d()).vector();
            double eta = p.learningRate();
            double next1 = p.c() - eta * g[0]; // x ← x − η ∂f/∂x1
            double next2 = p.d() - eta * g[1]; // y ← y − η ∂f/∂x2
            Answer answer = Answer.of(next1, next2);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.descent.hint.sign"), p.c() + eta * g[0], p.d() + eta * g[1])
                    .add(t.get("exercise.descent.hint.rate"), p.c() - g[0], p.d() - g[1])
                    .add(t.get("exercise.descent.hint.step"), -eta * g[0], -eta * g[1])
                    .list();
            String point = "(" + p.c() + ", " + p.d() + ")";
            return new Exercise(id(),
                    t.format("exercise.descent.prompt", "$f(x_1, x_2) = " + p.f().latex() + "$", "$" + point + "$",
                            "$\\eta = " + NumberText.plain(eta) + "$"),
                    answer, mistakes, t.get("exercise.descent.hint"),
                    t.format("exercise.descent.solution",
                            "$\\nabla f" + point + " = (" + NumberText.plain(g[0]) + ", " + NumberText.plain(g[1]) + ")$",
                            "$" + point + " - " + NumberText.plain(eta) + " \\cdot (" + NumberText.plain(g[0]) + ", "
                                    + NumberText.plain(g[1]) + ") = (" + NumberText.plain(next1) + ", "
                                    + NumberText.plain(next2) + ")$"));
        }
    }

    private static boolean isZero(double[] v) {
        return v[0] == 0 && v[1] == 0;
    }
}
