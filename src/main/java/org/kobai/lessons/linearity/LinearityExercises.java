package org.kobai.lessons.linearity;

import static org.kobai.lesson.exercise.ExerciseNumbers.nonZero;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;

/**
 * The linearity lesson's exercises: Δy = aΔx on a line through the origin, and the two tests of
 * linearity (additivity, homogeneity) on y = ax + b, whose failure is exactly b.
 */
final class LinearityExercises {
    private LinearityExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Slope(), new Additivity(), new Homogeneity());

    /** y = a·x + b with inputs u, v and a factor k. */
    record Problem(int a, int b, int u, int v, int k) {
        static Problem draw(long seed) {
            Random r = new Random(seed);
            return new Problem(nonZero(r, 5), nonZero(r, 5), r.nextInt(11) - 5, r.nextInt(11) - 5, 2 + r.nextInt(4));
        }

        double f(double x) { return a * x + b; }

        /** The step Δx of the slope exercise. */
        int dx() { return k * (u >= 0 ? 1 : -1); }

        String line() { return "$f(x) = " + (a == 1 ? "" : a == -1 ? "-" : Integer.toString(a)) + "x "
                + (b < 0 ? "- " : "+ ") + Math.abs(b) + "$"; }

        String throughOrigin() { return "$y = " + (a == 1 ? "" : a == -1 ? "-" : Integer.toString(a)) + "x$"; }
    }

    /** Δy for a step Δx along y = a·x. */
    static final class Slope implements ExerciseKind {
        @Override public String id() { return "slope"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            int dx = p.dx();
            double dy = (double) p.a() * dx; // Δy = a·Δx
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(dy))
                    .add(t.get("exercise.slope.hint.divide"), (double) dx / p.a())
                    .add(t.get("exercise.slope.hint.add"), p.a() + dx)
                    .list();
            return new Exercise(id(), t.format("exercise.slope.prompt", p.throughOrigin(), "$\\Delta x = " + dx + "$"),
                    Answer.of(dy), mistakes, t.get("exercise.slope.hint"),
                    t.format("exercise.slope.solution", "$\\Delta y = " + p.a() + " \\cdot " + paren(dx) + " = "
                            + (long) dy + "$"));
        }
    }

    /** f(u + v) − (f(u) + f(v)) for y = a·x + b: always −b. */
    static final class Additivity implements ExerciseKind {
        @Override public String id() { return "additivity"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            double gap = p.f(p.u() + p.v()) - (p.f(p.u()) + p.f(p.v()));
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(gap))
                    .add(t.get("exercise.additivity.hint.zero"), 0)
                    .add(t.get("exercise.additivity.hint.sign"), -gap)
                    .list();
            return new Exercise(id(), t.format("exercise.additivity.prompt", p.line(), "$u = " + p.u() + "$",
                    "$v = " + p.v() + "$", "$f(u + v) - (f(u) + f(v))$"),
                    Answer.of(gap), mistakes, t.get("exercise.additivity.hint"),
                    t.format("exercise.additivity.solution",
                            "$f(u + v) = f(" + (p.u() + p.v()) + ") = " + (long) p.f(p.u() + p.v()) + "$",
                            "$f(u) + f(v) = " + (long) p.f(p.u()) + " + " + paren(p.f(p.v())) + " = "
                                    + (long) (p.f(p.u()) + p.f(p.v())) + "$",
                            "$" + (long) gap + " = -b$"));
        }
    }

    /** f(k·u) − k·f(u) for y = a·x + b: always b − k·b. */
    static final class Homogeneity implements ExerciseKind {
        @Override public String id() { return "homogeneity"; }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = Problem.draw(seed);
            double gap = p.f(p.k() * p.u()) - p.k() * p.f(p.u());
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(gap))
                    .add(t.get("exercise.homogeneity.hint.zero"), 0)
                    .add(t.get("exercise.homogeneity.hint.sign"), -gap)
                    .list();
            return new Exercise(id(), t.format("exercise.homogeneity.prompt", p.line(), "$u = " + p.u() + "$",
                    "$c = " + p.k() + "$", "$f(cu) - c\\,f(u)$"),
                    Answer.of(gap), mistakes, t.get("exercise.homogeneity.hint"),
                    t.format("exercise.homogeneity.solution",
                            "$f(cu) = f(" + p.k() * p.u() + ") = " + (long) p.f(p.k() * p.u()) + "$",
                            "$c\\,f(u) = " + p.k() + " \\cdot " + paren(p.f(p.u())) + " = " + (long) (p.k() * p.f(p.u())) + "$",
                            "$" + (long) gap + " = (1 - c)\\,b$"));
        }
    }
}
