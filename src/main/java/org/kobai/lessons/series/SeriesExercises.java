package org.kobai.lessons.series;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.nonZero;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.probability.Fraction;
import org.kobai.math.series.ArithmeticSequence;
import org.kobai.math.series.GeometricSequence;

/**
 * The sequences lesson's exercises: the n-th term of an arithmetic sequence, the sum Sₙ of one, and the
 * infinite sum a/(1 − r) of a geometric series. Small integers and simple ratios, so the work fits on paper.
 */
final class SeriesExercises {
    private SeriesExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Term(), new ArithmeticSum(), new Limit());

    /** The arithmetic sequence a, a + d, a + 2d, … and how many terms n. */
    record ArithmeticProblem(int a, int d, int n) {
        ArithmeticSequence sequence() { return new ArithmeticSequence(a, d); }

        /** "a_1, a_2, a_3, …" as LaTeX. */
        String firstTerms() {
            ArithmeticSequence s = sequence();
            return NumberText.plain(s.term(1)) + ", " + NumberText.plain(s.term(2)) + ", "
                    + NumberText.plain(s.term(3)) + ", \\ldots";
        }
    }

    /** The geometric series a + ar + ar² + … with r = p/q, |r| &lt; 1. */
    record GeometricProblem(int a, int p, int q) {
        double r() { return (double) p / q; }

        GeometricSequence sequence() { return new GeometricSequence(a, r()); }

        /** The k-th term a·r^(k−1) as an exact fraction. */
        Fraction term(int k) {
            long num = a, den = 1;
            for (int i = 1; i < k; i++) {
                num *= p;
                den *= q;
            }
            return Fraction.of(num, den);
        }

        /** "a + ar + ar² + ar³ + ⋯" as LaTeX, terms as exact fractions with their signs. */
        String firstTerms() {
            StringBuilder b = new StringBuilder(term(1).latex());
            for (int k = 2; k <= 4; k++) {
                Fraction t = term(k);
                b.append(t.numerator() < 0 ? " - " : " + ").append(Fraction.of(Math.abs(t.numerator()), t.denominator()).latex());
            }
            return b.append(" + \\cdots").toString();
        }
    }

    /** aₙ = a + (n − 1)d: the slip is counting n steps of d instead of n − 1. */
    static final class Term implements ExerciseKind {
        @Override public String id() { return "term"; }

        ArithmeticProblem problem(long seed) {
            Random r = new Random(seed);
            int a = between(r, -5, 9);
            int d = nonZero(r, 6);
            return new ArithmeticProblem(a, d, between(r, 8, 30));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            ArithmeticProblem p = problem(seed);
            double term = p.sequence().term(p.n());
            Answer answer = Answer.of(term);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.term.hint.steps"), p.a() + (double) p.n() * p.d())
                    .add(t.get("exercise.term.hint.first"), (double) (p.n() - 1) * p.d())
                    .add(t.get("exercise.term.hint.steps"), p.a() + (p.n() - 2.0) * p.d())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.term.prompt", "$" + p.firstTerms() + "$", "$a_{" + p.n() + "}$"),
                    answer, mistakes, t.get("exercise.term.hint"),
                    t.format("exercise.term.solution", "$a = " + p.a() + "$", "$d = " + p.d() + "$",
                            "$a_{" + p.n() + "} = " + p.a() + " + (" + p.n() + " - 1) \\cdot " + paren(p.d())
                                    + " = " + NumberText.plain(term) + "$"));
        }
    }

    /** Sₙ = n/2 · {2a + (n − 1)d}: slips are n in place of n − 1 and forgetting the half. */
    static final class ArithmeticSum implements ExerciseKind {
        @Override public String id() { return "sum"; }

        ArithmeticProblem problem(long seed) {
            Random r = new Random(seed);
            int a = between(r, 1, 9);
            int d = nonZero(r, 4);
            return new ArithmeticProblem(a, d, between(r, 5, 15));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            ArithmeticProblem p = problem(seed);
            int n = p.n();
            ArithmeticSequence s = p.sequence();
            double sum = s.sum(n);
            double pair = s.pairSum(n); // a₁ + aₙ = 2a + (n − 1)d
            Answer answer = Answer.of(sum);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.sum.hint.count"), n / 2.0 * (2 * p.a() + (double) n * p.d()))
                    .add(t.get("exercise.sum.hint.half"), n * pair)
                    .add(t.get("exercise.sum.hint.last"), n / 2.0 * s.term(n))
                    .add(t.get("exercise.sum.hint.count"), s.sum(n - 1))
                    .list();
            return new Exercise(id(),
                    t.format("exercise.sum.prompt", Integer.toString(n), "$" + p.firstTerms() + "$", "$S_{" + n + "}$"),
                    answer, mistakes, t.get("exercise.sum.hint"),
                    t.format("exercise.sum.solution",
                            "$a_1 + a_{" + n + "} = " + NumberText.plain(s.term(1)) + " + " + paren(s.term(n)) + " = "
                                    + NumberText.plain(pair) + "$",
                            "$S_{" + n + "} = \\frac{" + n + "}{2} \\cdot " + paren(pair) + " = " + NumberText.plain(sum) + "$"));
        }
    }

    /** a/(1 − r) for |r| &lt; 1: slips are 1 + r in the denominator, starting at ar, and forgetting a. */
    static final class Limit implements ExerciseKind {
        @Override public String id() { return "limit"; }

        /** Ratios p/q with |r| &lt; 1 and small denominators. */
        private static final int[][] RATIOS = {{1, 2}, {1, 3}, {2, 3}, {1, 4}, {3, 4}, {1, 5}, {2, 5}, {-1, 2}, {-1, 3}, {-1, 4}};

        GeometricProblem problem(long seed) {
            Random r = new Random(seed);
            int[] ratio = RATIOS[r.nextInt(RATIOS.length)];
            // a a multiple of q so that the second term is a whole number too
            int a = ratio[1] * (1 + r.nextInt(4)) * (r.nextInt(5) == 0 ? -1 : 1);
            return new GeometricProblem(a, ratio[0], ratio[1]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            GeometricProblem p = problem(seed);
            double limit = p.sequence().limit().orElseThrow();
            double r = p.r();
            Answer answer = Answer.of(limit);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.limit.hint.sign"), p.a() / (1 + r))
                    .add(t.get("exercise.limit.hint.start"), p.a() * r / (1 - r))
                    .add(t.get("exercise.limit.hint.first"), 1 / (1 - r))
                    .add(t.get("exercise.limit.hint.fraction"), p.a() * (1 - r))
                    .list();
            Fraction ratio = Fraction.of(p.p(), p.q());
            Fraction oneMinus = Fraction.of(p.q() - p.p(), p.q());
            Fraction exact = Fraction.of((long) p.a() * p.q(), p.q() - p.p());
            return new Exercise(id(),
                    t.format("exercise.limit.prompt", "$" + p.firstTerms() + "$"),
                    answer, mistakes, t.get("exercise.limit.hint"),
                    t.format("exercise.limit.solution", "$a = " + p.a() + "$", "$r = " + ratio.latex() + "$",
                            "$|r| < 1$",
                            "$\\frac{a}{1 - r} = \\frac{" + p.a() + "}{" + oneMinus.latex() + "} = " + exact.latex()
                                    + (exact.denominator() == 1 ? "" : " \\approx " + NumberText.plain(limit, 4)) + "$"));
        }
    }
}
