package org.kobai.lessons.derivative;

import static org.kobai.lesson.exercise.ExerciseNumbers.nonZero;
import static org.kobai.lesson.exercise.ExerciseNumbers.constant;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;
import static org.kobai.lesson.exercise.ExerciseNumbers.signed;
import static org.kobai.lesson.exercise.ExerciseNumbers.term;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.Expression;

/**
 * The derivative lesson's exercises: f'(c) by the power rule, the tangent line at c, and a derivative
 * that needs the chain rule. The numbers are small integers so the work fits on paper.
 */
final class DerivativeExercises {
    private DerivativeExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Slope(), new Tangent(), new Chain());

    /** The function and point an exercise is about, kept so tests can recompute the answer. */
    interface Problem {
        Expression f();
        int c();
    }

    /** a·xⁿ + b·x at x = c. */
    record PowerProblem(int a, int n, int b, int c) implements Problem {
        @Override public Expression f() { return Expression.parse(term(a, "x^" + n, true) + term(b, "x", false)); }
    }

    /** a·x² + b·x + e at x = c. */
    record QuadraticProblem(int a, int b, int e, int c) implements Problem {
        @Override public Expression f() { return Expression.parse(term(a, "x^2", true) + term(b, "x", false) + constant(e)); }
    }

    /** (p·x + q)ⁿ at x = c. */
    record ChainProblem(int p, int q, int n, int c) implements Problem {
        @Override public Expression f() { return Expression.parse("(" + p + "x" + constant(q) + ")^" + n); }
    }

    /** f'(c) for f(x) = a·xⁿ + b·x. */
    static final class Slope implements ExerciseKind {
        @Override public String id() { return "slope"; }

        PowerProblem problem(long seed) {
            Random r = new Random(seed);
            int a = 1 + r.nextInt(4);
            int n = 2 + r.nextInt(2);
            int b = r.nextInt(9) - 4;
            return new PowerProblem(a, n, b, nonZero(r, 3));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            PowerProblem p = problem(seed);
            Derivative d = Derivative.of(p.f(), "x");
            double slope = d.at(p.c()).value();
            double c = p.c(), a = p.a(), n = p.n(), b = p.b();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(slope))
                    .add(t.get("exercise.slope.hint.exponent"), a * Math.pow(c, n - 1) + b)
                    .add(t.get("exercise.slope.hint.lower"), a * n * Math.pow(c, n) + b)
                    .add(t.get("exercise.slope.hint.value"), p.f().valueAt(java.util.Map.of("x", c)))
                    .list();
            return new Exercise(id(),
                    t.format("exercise.slope.prompt", "$f(x) = " + p.f().latex() + "$", "$x = " + p.c() + "$"),
                    Answer.of(slope), mistakes, t.get("exercise.slope.hint"),
                    t.format("exercise.slope.solution", "$f'(x) = " + d.expression().latex() + "$",
                            "$f'(" + p.c() + ") = " + NumberText.plain(slope) + "$"));
        }
    }

    /** The tangent y = m·x + k to f(x) = a·x² + b·x + e at x = c, answered as "m, k". */
    static final class Tangent implements ExerciseKind {
        @Override public String id() { return "tangent"; }

        QuadraticProblem problem(long seed) {
            Random r = new Random(seed);
            int a = nonZero(r, 3);
            int b = r.nextInt(9) - 4;
            int e = r.nextInt(9) - 4;
            return new QuadraticProblem(a, b, e, nonZero(r, 3));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            QuadraticProblem p = problem(seed);
            Derivative d = Derivative.of(p.f(), "x");
            double c = p.c();
            double m = d.at(c).value();
            double fc = p.f().valueAt(java.util.Map.of("x", c));
            double k = fc - m * c; // y = m(x − c) + f(c) = m x + (f(c) − m c)
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(m, k))
                    .add(t.get("exercise.tangent.hint.intercept"), m, fc)
                    .add(t.get("exercise.tangent.hint.sign"), m, fc + m * c)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.tangent.prompt", "$f(x) = " + p.f().latex() + "$", "$x = " + p.c() + "$"),
                    Answer.of(m, k), mistakes, t.get("exercise.tangent.hint"),
                    t.format("exercise.tangent.solution", "$f'(" + p.c() + ") = " + NumberText.plain(m) + "$",
                            "$f(" + p.c() + ") = " + NumberText.plain(fc) + "$",
                            "$y = " + NumberText.plain(m) + "(x - " + paren(p.c()) + ") + " + paren(fc) + " = "
                                    + NumberText.plain(m) + "x " + signed(k) + "$"));
        }
    }

    /** f'(c) for f(x) = (p·x + q)ⁿ: the chain rule's inner derivative p is the usual slip. */
    static final class Chain implements ExerciseKind {
        @Override public String id() { return "chain"; }

        ChainProblem problem(long seed) {
            Random r = new Random(seed);
            int p = 2 + r.nextInt(3);
            int q = r.nextInt(7) - 3;
            int n = 2 + r.nextInt(2);
            return new ChainProblem(p, q, n, r.nextInt(5) - 2);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            ChainProblem pr = problem(seed);
            Derivative d = Derivative.of(pr.f(), "x");
            double c = pr.c();
            double slope = d.at(c).value();
            // f = uⁿ with u = p·x + q: f' = n·uⁿ⁻¹·p; forgetting the factor p is the slip.
            double u = pr.p() * c + pr.q();
            double withoutInner = pr.n() * Math.pow(u, pr.n() - 1);
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(slope))
                    .add(t.get("exercise.chain.hint.inner"), withoutInner).list();
            return new Exercise(id(),
                    t.format("exercise.chain.prompt", "$f(x) = " + pr.f().latex() + "$", "$x = " + pr.c() + "$"),
                    Answer.of(slope), mistakes, t.get("exercise.chain.hint"),
                    t.format("exercise.chain.solution", "$f'(x) = " + d.expression().latex() + "$",
                            "$f'(" + pr.c() + ") = " + NumberText.plain(slope) + "$"));
        }
    }
}
