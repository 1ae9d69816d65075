package org.kobai.lessons.statistics;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.stats.DataSet;

/**
 * The statistics lesson's exercises on four to six small whole numbers: the mean, the variance with 1/n
 * (標本分散) or with 1/(n − 1) (不偏分散), and the standard deviation. The data are drawn so that the mean
 * is a whole number and every deviation is too, which keeps the work short on paper.
 */
final class StatisticsExercises {
    private StatisticsExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Mean(), new Variance(), new StandardDeviation());

    /** The data of one exercise; {@code unbiased} says whether the variance asked for divides by n − 1. */
    record Problem(int[] values, boolean unbiased) {
        Problem {
            values = values.clone();
        }

        @Override
        public int[] values() { return values.clone(); }

        int n() { return values.length; }

        DataSet data() { return DataSet.of(Arrays.stream(values).asDoubleStream().toArray()); }

        int sum() { return Arrays.stream(values).sum(); }

        /** "3, 7, 4, 10, 6" for the prompt. */
        String listed() {
            return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        }

        /** Σ(xᵢ − x̄)², a whole number since the mean is one. */
        long sumOfSquares() {
            return Math.round(data().sumOfSquaredDeviations());
        }
    }

    /**
     * Four to six whole numbers from 0 to 20 with a whole-number mean: n − 1 values around a chosen mean,
     * the last one making the sum n·x̄ (drawn again until it lies in 0 … 20 and the values are not all equal).
     */
    static int[] smallData(Random r) {
        while (true) {
            int n = between(r, 4, 6);
            int mean = between(r, 3, 15);
            int[] x = new int[n];
            int sum = 0;
            for (int i = 0; i < n - 1; i++) {
                x[i] = between(r, Math.max(0, mean - 6), Math.min(20, mean + 6));
                sum += x[i];
            }
            x[n - 1] = n * mean - sum;
            int first = x[0];
            if (x[n - 1] >= 0 && x[n - 1] <= 20 && Arrays.stream(x).anyMatch(v -> v != first)) {
                return x;
            }
        }
    }

    /** x̄ = Σxᵢ/n: slips are dividing by n − 1 and stopping at the sum. */
    static final class Mean implements ExerciseKind {
        @Override public String id() { return "mean"; }

        Problem problem(long seed) {
            return new Problem(smallData(new Random(seed)), false);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            double mean = p.data().mean();
            Answer answer = Answer.of(mean);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.mean.hint.divisor"), p.sum() / (p.n() - 1.0))
                    .add(t.get("exercise.mean.hint.divide"), p.sum())
                    .add(t.get("exercise.mean.hint.median"), p.data().median())
                    .list();
            String sum = Arrays.stream(p.values()).mapToObj(Integer::toString).collect(Collectors.joining(" + "));
            return new Exercise(id(),
                    t.format("exercise.mean.prompt", "$" + p.listed() + "$"),
                    answer, mistakes, t.get("exercise.mean.hint"),
                    t.format("exercise.mean.solution", "$\\bar{x} = \\frac{" + sum + "}{" + p.n() + "} = \\frac{"
                            + p.sum() + "}{" + p.n() + "} = " + NumberText.plain(mean) + "$"));
        }
    }

    /** σ² = Σ(xᵢ − x̄)²/n or s² = Σ(xᵢ − x̄)²/(n − 1), as the prompt asks. */
    static final class Variance implements ExerciseKind {
        @Override public String id() { return "variance"; }

        Problem problem(long seed) {
            Random r = new Random(seed);
            return new Problem(smallData(r), r.nextBoolean());
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            DataSet d = p.data();
            double variance = p.unbiased() ? d.sampleVariance().orElseThrow() : d.variance();
            double other = p.unbiased() ? d.variance() : d.sampleVariance().orElseThrow();
            Answer answer = Answer.of(variance);
            double divisor = p.unbiased() ? p.n() - 1 : p.n();
            Mistakes slips = new Mistakes(answer)
                    .add(t.get(p.unbiased() ? "exercise.variance.hint.n" : "exercise.variance.hint.nMinusOne"), other)
                    .add(t.get("exercise.variance.hint.root"), Math.sqrt(variance))
                    .add(t.get("exercise.variance.hint.divide"), d.sumOfSquaredDeviations())
                    .add(t.get("exercise.variance.hint.square"), absoluteDeviations(d) / divisor);
            if (!p.unbiased()) {
                // the shortcut E[x²] − (E[x])² with the mean not squared
                slips.add(t.get("exercise.variance.hint.meanSquared"), d.meanOfSquares() - d.mean());
            }
            List<Exercise.Mistake> mistakes = slips.list();
            String which = t.get(p.unbiased() ? "exercise.variance.unbiased" : "exercise.variance.population");
            return new Exercise(id(),
                    t.format("exercise.variance.prompt", "$" + p.listed() + "$", which),
                    answer, mistakes, t.get("exercise.variance.hint"),
                    t.format("exercise.variance.solution", "$\\bar{x} = " + NumberText.plain(d.mean()) + "$",
                            "$" + deviations(p) + "$", "$" + squares(p) + "$",
                            "$" + (p.unbiased() ? "s^2" : "\\sigma^2") + " = " + quotient(p.sumOfSquares(), (long) divisor) + "$"));
        }
    }

    /** σ = √(Σ(xᵢ − x̄)²/n): the slips are stopping at the variance and dividing by n − 1. */
    static final class StandardDeviation implements ExerciseKind {
        @Override public String id() { return "sd"; }

        Problem problem(long seed) {
            return new Problem(smallData(new Random(seed)), false);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Problem p = problem(seed);
            DataSet d = p.data();
            double sd = d.standardDeviation();
            Answer answer = Answer.of(sd);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.sd.hint.root"), d.variance())
                    .add(t.get("exercise.sd.hint.nMinusOne"), d.sampleStandardDeviation().orElseThrow())
                    .add(t.get("exercise.sd.hint.absolute"), absoluteDeviations(d) / p.n())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.sd.prompt", "$" + p.listed() + "$"),
                    answer, mistakes, t.get("exercise.sd.hint"),
                    t.format("exercise.sd.solution", "$\\bar{x} = " + NumberText.plain(d.mean()) + "$",
                            "$" + squares(p) + "$",
                            "$\\sigma^2 = " + quotient(p.sumOfSquares(), p.n()) + "$",
                            "$\\sigma = \\sqrt{" + NumberText.plain(d.variance(), 4) + "}"
                                    + (isWhole(sd) ? " = " : " \\approx ") + NumberText.plain(sd, 4) + "$"));
        }
    }

    // ---- the worked solutions' formulas ----

    /** Σ|xᵢ − x̄|: the deviations without squaring them (their plain sum would be 0). */
    private static double absoluteDeviations(DataSet d) {
        return Arrays.stream(d.deviations()).map(Math::abs).sum();
    }

    /** "x_i - \bar{x} = -3, 1, 0, 2" as LaTeX. */
    private static String deviations(Problem p) {
        double mean = p.data().mean();
        StringJoiner j = new StringJoiner(", ", "x_i - \\bar{x} = ", "");
        for (int v : p.values()) {
            j.add(NumberText.plain(v - mean));
        }
        return j.toString();
    }

    /** "\sum (x_i - \bar{x})^2 = 9 + 1 + 0 + 4 = 14" as LaTeX. */
    private static String squares(Problem p) {
        double mean = p.data().mean();
        String terms = IntStream.of(p.values()).mapToObj(v -> NumberText.plain((v - mean) * (v - mean)))
                .collect(Collectors.joining(" + "));
        return "\\sum (x_i - \\bar{x})^2 = " + terms + " = " + p.sumOfSquares();
    }

    /** "\frac{14}{4} = 3.5", or "\frac{14}{3} \approx 4.667". */
    private static String quotient(long numerator, long denominator) {
        double q = (double) numerator / denominator;
        boolean exact = isWhole(q * 1000);
        return "\\frac{" + numerator + "}{" + denominator + "}" + (exact ? " = " + NumberText.plain(q)
                : " \\approx " + NumberText.plain(q, 4));
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v);
    }
}
