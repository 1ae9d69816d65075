package org.kobai.lessons.expectation;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.probability.DiscreteDistribution;

/**
 * The expected-value lesson's exercises on a small table of three or four values with probabilities in
 * tenths: E[X], Var(X), and the probability missing from the table.
 */
final class ExpectationExercises {
    private ExpectationExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Mean(), new Variance(), new Missing());

    /**
     * A distribution table: the values xᵢ and their probabilities as tenths (each at least 1, 10 in all);
     * {@code hidden} is the index whose probability the table leaves out, or −1.
     */
    record Table(int[] values, int[] tenths, int hidden) {
        Table {
            values = values.clone();
            tenths = tenths.clone();
        }

        @Override public int[] values() { return values.clone(); }
        @Override public int[] tenths() { return tenths.clone(); }

        int size() { return values.length; }

        double probability(int i) { return tenths[i] / 10.0; }

        DiscreteDistribution distribution() {
            double[] p = new double[size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = probability(i);
            }
            return new DiscreteDistribution(Arrays.stream(values).asDoubleStream().toArray(), p);
        }

        /** The table in LaTeX, with p in place of the hidden probability. */
        String latex() {
            StringBuilder b = new StringBuilder("\\begin{array}{c|" + "c".repeat(size()) + "} x");
            for (int v : values) {
                b.append(" & ").append(v);
            }
            b.append(" \\\\ \\hline P(X = x)");
            for (int i = 0; i < size(); i++) {
                b.append(" & ").append(i == hidden ? "p" : NumberText.plain(probability(i)));
            }
            return b.append(" \\end{array}").toString();
        }
    }

    /**
     * Three or four evenly spaced whole values (from −2 … 2 upwards, step 1 or 2, or the tens 10, 20, …)
     * with probabilities in tenths that add up to 1.
     */
    static Table table(Random r, boolean hideOne) {
        int k = between(r, 3, 4);
        int start = between(r, -2, 2);
        int step = between(r, 1, 2);
        int[] values = new int[k];
        for (int i = 0; i < k; i++) {
            values[i] = start + i * step;
        }
        // ten tenths shared out: every value gets one, the rest one at a time
        int[] tenths = new int[k];
        Arrays.fill(tenths, 1);
        for (int left = 10 - k; left > 0; left--) {
            tenths[r.nextInt(k)]++;
        }
        return new Table(values, tenths, hideOne ? r.nextInt(k) : -1);
    }

    /** E[X] = Σ x·P(X = x): slips are the plain mean of the values and the most likely value. */
    static final class Mean implements ExerciseKind {
        @Override public String id() { return "mean"; }

        Table problem(long seed) {
            return table(new Random(seed), false);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Table table = problem(seed);
            DiscreteDistribution d = table.distribution();
            double mean = d.mean();
            Answer answer = Answer.of(mean);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.mean.hint.plain"), Arrays.stream(table.values()).average().orElseThrow())
                    .add(t.get("exercise.mean.hint.divided"), mean / table.size())
                    .add(t.get("exercise.mean.hint.likely"), table.values()[mostLikely(table)])
                    .list();
            return new Exercise(id(),
                    t.format("exercise.mean.prompt", "$$" + table.latex() + "$$", "$E[X]$"),
                    answer, mistakes, t.get("exercise.mean.hint"),
                    t.format("exercise.mean.solution", "$E[X] = " + weightedSum(table, false) + " = "
                            + NumberText.plain(mean) + "$"));
        }
    }

    /** Var(X) = E[X²] − E[X]²: slips are stopping at E[X²], not squaring E[X], and the root. */
    static final class Variance implements ExerciseKind {
        @Override public String id() { return "variance"; }

        Table problem(long seed) {
            return table(new Random(seed), false);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Table table = problem(seed);
            DiscreteDistribution d = table.distribution();
            double mean = d.mean();
            double variance = d.variance();
            double meanOfSquares = 0;
            double unweighted = 0;
            for (int i = 0; i < table.size(); i++) {
                double x = table.values()[i];
                meanOfSquares += x * x * table.probability(i);   // E[X²] = Σ x²·P(X = x)
                unweighted += (x - mean) * (x - mean);            // Σ (x − E[X])² without the probabilities
            }
            Answer answer = Answer.of(variance);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.variance.hint.subtract"), meanOfSquares)
                    .add(t.get("exercise.variance.hint.square"), meanOfSquares - mean)
                    .add(t.get("exercise.variance.hint.root"), Math.sqrt(variance))
                    .add(t.get("exercise.variance.hint.weights"), unweighted)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.variance.prompt", "$$" + table.latex() + "$$", "$\\mathrm{Var}(X)$"),
                    answer, mistakes, t.get("exercise.variance.hint"),
                    t.format("exercise.variance.solution",
                            "$E[X] = " + weightedSum(table, false) + " = " + NumberText.plain(mean) + "$",
                            "$E[X^2] = " + weightedSum(table, true) + " = " + NumberText.plain(meanOfSquares) + "$",
                            "$\\mathrm{Var}(X) = " + NumberText.plain(meanOfSquares) + " - " + paren(mean) + "^2 = "
                                    + NumberText.plain(variance) + "$"));
        }
    }

    /** The probability a table leaves out: whatever is missing from 1. */
    static final class Missing implements ExerciseKind {
        @Override public String id() { return "missing"; }

        Table problem(long seed) {
            return table(new Random(seed), true);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Table table = problem(seed);
            double[] known = new double[table.size() - 1];
            StringJoiner listed = new StringJoiner(" + ");
            for (int i = 0, j = 0; i < table.size(); i++) {
                if (i != table.hidden()) {
                    known[j++] = table.probability(i);
                    listed.add(NumberText.plain(table.probability(i)));
                }
            }
            double rest = DiscreteDistribution.sum(known);
            double p = 1 - rest;
            Answer answer = Answer.of(p);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.missing.hint.rest"), rest)
                    .add(t.get("exercise.missing.hint.equal"), 1.0 / table.size())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.missing.prompt", "$$" + table.latex() + "$$", "$p$"),
                    answer, mistakes, t.get("exercise.missing.hint"),
                    t.format("exercise.missing.solution", "$\\sum_x P(X = x) = 1$",
                            "$p = 1 - (" + listed + ") = 1 - " + NumberText.plain(rest) + " = " + NumberText.plain(p) + "$"));
        }
    }

    private static int mostLikely(Table table) {
        int best = 0;
        for (int i = 1; i < table.size(); i++) {
            if (table.tenths()[i] > table.tenths()[best]) {
                best = i;
            }
        }
        return best;
    }

    /** "1 \cdot 0.2 + 2 \cdot 0.5 + …", or with the values squared. */
    private static String weightedSum(Table table, boolean squared) {
        StringJoiner j = new StringJoiner(" + ");
        for (int i = 0; i < table.size(); i++) {
            String x = paren(table.values()[i]);
            j.add((squared ? x + "^2" : x) + " \\cdot " + NumberText.plain(table.probability(i)));
        }
        return j.toString();
    }
}
