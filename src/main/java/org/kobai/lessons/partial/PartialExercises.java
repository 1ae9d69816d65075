package org.kobai.lessons.partial;

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

/**
 * The partial-derivatives lesson's exercises on f(x1, x2) = a·x1² + b·x1·x2 + e·x2²: one partial
 * derivative at a point, the gradient there, and the total differential for a small step.
 */
final class PartialExercises {
    private PartialExercises() {}

    static final List<ExerciseKind> ALL = List.of(new PartialX1(), new GradientAt(), new Differential());

    /** a·x1² + b·x1·x2 + e·x2² at (c, d), with a step (dx1, dx2) in tenths. */
    record Problem(int a, int b, int e, int c, int d, int dx1Tenths, int dx2Tenths) {
        static Problem draw(long seed) {
            Random r = new Random(seed);
            return new Problem(nonZero(r, 3), nonZero(r, 4), nonZero(r, 3), r.nextInt(7) - 3, r.nextInt(7) - 3,
                    nonZero(r, 3), nonZero(r, 3));
        }

        Expression f() {
            return Expression.parse(term(a, "x1^2", true) + term(b, "x1 x2", false) + term(e, "x2^2", false));
        }

        double fx1() { return 2 * a * c + b * d; } // ∂/∂x1: 2a·x1 + b·x2
        double fx2() { return b * c + 2 * e * d; } // ∂/∂x2: b·x1 + 2e·x2
        double dx1() { return dx1Tenths / 10.0; }
        double dx2() { return dx2Tenths / 10.0; }

        String fLatex() { return "$f(x_1, x_2) = " + f().latex() + "$"; }
        String point() { return "$(" + c + ", " + d + ")$"; }
    }

    /** ∂f/∂x1 at (c, d). */
    static final class PartialX1 implements ExerciseKind {
        @Override public String id() { return "partial"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            double answer = p.fx1();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(answer))
                    .add(t.get("exercise.partial.hint.constant"), answer + 2 * p.e() * p.d())
                    .add(t.get("exercise.partial.hint.product"), 2 * p.a() * p.c())
                    .add(t.get("exercise.partial.hint.other"), p.fx2())
                    .list();
            return new Exercise(id(), t.format("exercise.partial.prompt", p.fLatex(), p.point(),
                            "$\\frac{\\partial f}{\\partial x_1}$"),
                    Answer.of(answer), mistakes, t.get("exercise.partial.hint"),
                    t.format("exercise.partial.solution",
                            "$\\frac{\\partial f}{\\partial x_1} = " + Expression.parse(
                                    term(2 * p.a(), "x1", true) + term(p.b(), "x2", false)).latex() + "$",
                            "$" + NumberText.plain(answer) + "$"));
        }
    }

    /** ∇f(c, d) = (∂f/∂x1, ∂f/∂x2). */
    static final class GradientAt implements ExerciseKind {
        @Override public String id() { return "gradient"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            Answer answer = Answer.of(p.fx1(), p.fx2());
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.gradient.hint.order"), p.fx2(), p.fx1()).list();
            return new Exercise(id(), t.format("exercise.gradient.prompt", p.fLatex(), p.point()),
                    answer, mistakes, t.get("exercise.gradient.hint"),
                    t.format("exercise.gradient.solution", "$" + NumberText.plain(p.fx1()) + "$",
                            "$" + NumberText.plain(p.fx2()) + "$",
                            "$\\nabla f = (" + NumberText.plain(p.fx1()) + ", " + NumberText.plain(p.fx2()) + ")$"));
        }
    }

    /** dy = f_x1·dx1 + f_x2·dx2 at (c, d). */
    static final class Differential implements ExerciseKind {
        @Override public String id() { return "differential"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            double dy = p.fx1() * p.dx1() + p.fx2() * p.dx2();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(dy))
                    .add(t.get("exercise.differential.hint.both"), p.fx1() * p.dx1())
                    .add(t.get("exercise.differential.hint.both"), p.fx2() * p.dx2())
                    .add(t.get("exercise.differential.hint.steps"), p.fx1() + p.fx2())
                    .list();
            return new Exercise(id(), t.format("exercise.differential.prompt", p.fLatex(), p.point(),
                    "$dx_1 = " + NumberText.plain(p.dx1()) + "$", "$dx_2 = " + NumberText.plain(p.dx2()) + "$"),
                    Answer.of(dy), mistakes, t.get("exercise.differential.hint"),
                    t.format("exercise.differential.solution",
                            "$\\frac{\\partial f}{\\partial x_1} = " + NumberText.plain(p.fx1())
                                    + ",\\ \\frac{\\partial f}{\\partial x_2} = " + NumberText.plain(p.fx2()) + "$",
                            "$dy = " + NumberText.plain(p.fx1()) + " \\cdot " + paren(p.dx1()) + " + "
                                    + paren(p.fx2()) + " \\cdot " + paren(p.dx2()) + " = " + NumberText.plain(dy) + "$"));
        }
    }
}
