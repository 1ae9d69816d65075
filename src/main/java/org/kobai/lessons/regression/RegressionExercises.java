package org.kobai.lessons.regression;

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
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LeastSquares;
import org.kobai.math.regression.LineFit;

/**
 * The least-squares lesson's exercises: the least-squares slope and intercept of three or four points,
 * the sum of squared errors E of a given line, and one residual. Small integer points keep the sums on
 * paper; the slope and intercept come out as exact fractions, which the answer field accepts.
 */
final class RegressionExercises {
    private RegressionExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Fit(), new SumOfSquares(), new Residual());

    /** Points with small integer coordinates, distinct x. */
    record PointsProblem(int[] x, int[] y) {
        DataPoints points() {
            double[] xs = new double[x.length], ys = new double[y.length];
            for (int k = 0; k < x.length; k++) {
                xs[k] = x[k];
                ys[k] = y[k];
            }
            return new DataPoints(xs, ys);
        }
    }

    /** The points and a line ŷ = a·x + b. */
    record LineProblem(int[] x, int[] y, int a, int b) {
        DataPoints points() { return new PointsProblem(x, y).points(); }
    }

    /** The least-squares a and b, answered as "a, b". */
    static final class Fit implements ExerciseKind {
        @Override public String id() { return "fit"; }

        PointsProblem problem(long seed) {
            Random r = new Random(seed);
            int n = 3 + r.nextInt(2);
            return new PointsProblem(distinctXs(r, n), ys(r, n));
        }

        @Override
        public Exercise create(long seed, Messages t) {
            PointsProblem p = problem(seed);
            DataPoints d = p.points();
            LineFit fit = LeastSquares.fit(d);
            int n = p.x().length;
            long sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
            for (int k = 0; k < n; k++) {
                sx += p.x()[k];
                sy += p.y()[k];
                sxy += (long) p.x()[k] * p.y()[k];
                sxx += (long) p.x()[k] * p.x()[k];
                syy += (long) p.y()[k] * p.y()[k];
            }
            // n·Sxy = nΣxy − ΣxΣy and n·Sxx = nΣx² − (Σx)²: a = Sxy/Sxx, b = ȳ − a·x̄, exact in fractions
            Fraction a = Fraction.of(n * sxy - sx * sy, n * sxx - sx * sx);
            Fraction b = Fraction.of(sy * (n * sxx - sx * sx) - (n * sxy - sx * sy) * sx, (long) n * (n * sxx - sx * sx));
            double slope = fit.slope(), intercept = fit.intercept();
            Answer answer = Answer.of(slope, intercept);
            double meanX = (double) sx / n, meanY = (double) sy / n;
            double uncentred = (double) sxy / sxx;                     // Σxy/Σx², as if the line went through 0
            double againstX = (double) (n * sxy - sx * sy) / (n * syy - sy * sy); // Sxy/Syy: x on y
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.fit.hint.swapped"), intercept, slope)
                    .add(t.get("exercise.fit.hint.intercept"), slope, meanY + slope * meanX)
                    .add(t.get("exercise.fit.hint.centre"), uncentred, meanY - uncentred * meanX)
                    .add(t.get("exercise.fit.hint.yOnX"), againstX, meanY - againstX * meanX)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.fit.prompt", "$" + pointList(p.x(), p.y()) + "$"),
                    answer, mistakes, t.get("exercise.fit.hint"),
                    t.format("exercise.fit.solution",
                            "$\\bar x = " + Fraction.of(sx, n).toString() + ", \\bar y = " + Fraction.of(sy, n).toString() + "$",
                            "$S_{xy} = \\sum (x_k - \\bar x)(y_k - \\bar y) = " + Fraction.of(n * sxy - sx * sy, n).toString()
                                    + "$, $S_{xx} = \\sum (x_k - \\bar x)^2 = " + Fraction.of(n * sxx - sx * sx, n).toString() + "$",
                            "$a = S_{xy} / S_{xx} = " + a.toString() + "$",
                            "$b = \\bar y - a \\bar x = " + b.toString() + "$"));
        }
    }

    /** E = Σ (y_k − ŷ_k)² for a given line. */
    static final class SumOfSquares implements ExerciseKind {
        @Override public String id() { return "error"; }

        LineProblem problem(long seed) {
            Random r = new Random(seed);
            int n = 3 + r.nextInt(2);
            return new LineProblem(distinctXs(r, n), ys(r, n), r.nextInt(5) - 2, r.nextInt(7) - 1);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            LineProblem p = problem(seed);
            DataPoints d = p.points();
            double[] e = LeastSquares.residuals(d, p.a(), p.b());
            double sse = LeastSquares.sumOfSquaredErrors(d, p.a(), p.b());
            double sum = 0, absolute = 0, firstTwice = 0;
            StringBuilder terms = new StringBuilder();
            for (int k = 0; k < e.length; k++) {
                sum += e[k];
                absolute += Math.abs(e[k]);
                firstTwice += k == e.length - 1 ? e[0] * e[0] : e[k] * e[k]; // the first term again, the last left out
                terms.append(k == 0 ? "" : " + ").append(e[k] < 0 ? "(" + plain(e[k]) + ")" : plain(e[k])).append("^2");
            }
            Answer answer = Answer.of(sse);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.error.hint.unsquared"), sum)
                    .add(t.get("exercise.error.hint.absolute"), absolute)
                    .add(t.get("exercise.error.hint.mean"), sse / e.length)
                    .add(t.get("exercise.error.hint.repeated"), firstTwice)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.error.prompt", "$" + pointList(p.x(), p.y()) + "$", "$\\hat y = " + line(p.a(), p.b()) + "$"),
                    answer, mistakes, t.get("exercise.error.hint"),
                    t.format("exercise.error.solution", "$e_k = y_k - \\hat y_k$: $" + residualList(e) + "$",
                            "$E = " + terms + " = " + plain(sse) + "$"));
        }
    }

    /** e_k = y_k − ŷ_k for one point and a line. */
    static final class Residual implements ExerciseKind {
        @Override public String id() { return "residual"; }

        LineProblem problem(long seed) {
            Random r = new Random(seed);
            int x = r.nextInt(9) - 2;
            int y = r.nextInt(15) - 4;
            return new LineProblem(new int[] {x}, new int[] {y}, r.nextInt(7) - 3, r.nextInt(9) - 4);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            LineProblem p = problem(seed);
            double e = LeastSquares.residuals(p.points(), p.a(), p.b())[0];
            double predicted = p.a() * p.x()[0] + p.b();
            Answer answer = Answer.of(e);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.residual.hint.sign"), -e)
                    .add(t.get("exercise.residual.hint.predicted"), predicted)
                    .add(t.get("exercise.residual.hint.squared"), e * e)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.residual.prompt", "$(" + p.x()[0] + ", " + p.y()[0] + ")$",
                            "$\\hat y = " + line(p.a(), p.b()) + "$"),
                    answer, mistakes, t.get("exercise.residual.hint"),
                    t.format("exercise.residual.solution",
                            "$\\hat y = " + p.a() + " \\cdot " + paren(p.x()[0]) + " + " + paren(p.b()) + " = " + plain(predicted) + "$",
                            "$e = y - \\hat y = " + p.y()[0] + " - " + paren(predicted) + " = " + plain(e) + "$"));
        }
    }

    // ---- small helpers ----

    /** n different x values from 0 … 6, in increasing order. */
    private static int[] distinctXs(Random r, int n) {
        boolean[] taken = new boolean[7];
        for (int k = 0; k < n; ) {
            int x = r.nextInt(7);
            if (!taken[x]) {
                taken[x] = true;
                k++;
            }
        }
        int[] xs = new int[n];
        for (int x = 0, k = 0; x < 7; x++) {
            if (taken[x]) {
                xs[k++] = x;
            }
        }
        return xs;
    }

    private static int[] ys(Random r, int n) {
        int[] ys = new int[n];
        for (int k = 0; k < n; k++) {
            ys[k] = r.nextInt(10);
        }
        return ys;
    }

    private static String pointList(int[] x, int[] y) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < x.length; k++) {
            s.append(k == 0 ? "" : ", ").append('(').append(x[k]).append(", ").append(y[k]).append(')');
        }
        return s.toString();
    }

    private static String residualList(double[] e) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < e.length; k++) {
            s.append(k == 0 ? "" : ", ").append("e_{").append(k + 1).append("} = ").append(plain(e[k]));
        }
        return s.toString();
    }

    /** "2x + 1", "-x - 3", "x", "4": as a student writes a line. */
    static String line(int a, int b) {
        String slope = a == 0 ? "" : a == 1 ? "x" : a == -1 ? "-x" : a + "x";
        if (slope.isEmpty()) {
            return Integer.toString(b);
        }
        return b == 0 ? slope : slope + (b > 0 ? " + " : " - ") + Math.abs(b);
    }

    private static String plain(double v) {
        return NumberText.plain(v);
    }

}
