package org.kobai.lessons.descent;

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
import org.kobai.math.optimize.QuadraticBowl;

/**
 * The descent lesson's exercises: one step of gradient descent by hand on a bowl, the critical learning
 * rate 2/L of a bowl, and one step of momentum. Small integers and round learning rates keep the work on
 * paper.
 */
final class DescentExercises {
    private DescentExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Step(), new Critical(), new MomentumStep());

    /** Learning rates whose products with small integers stay short decimals. */
    private static final double[] RATES = {0.05, 0.1, 0.2, 0.25};

    /** f(x, y) = a·x² + b·y² from (x, y) with learning rate η. */
    record StepProblem(int a, int b, int x, int y, double eta) {
        QuadraticBowl bowl() { return QuadraticBowl.of(a, b); }
    }

    /** The bowl f(x, y) = a·x² + b·y². */
    record BowlProblem(int a, int b) {
        QuadraticBowl bowl() { return QuadraticBowl.of(a, b); }
    }

    /** f(x) = a·x² at x_k with velocity v_k, momentum β and learning rate η. */
    record MomentumProblem(int a, int x, double v, double beta, double eta) {}

    /** (x₁, y₁) = (x₀, y₀) − η ∇f(x₀, y₀) on a·x² + b·y², answered as "x₁, y₁". */
    static final class Step implements ExerciseKind {
        @Override public String id() { return "step"; }

        StepProblem problem(long seed) {
            Random r = new Random(seed);
            int a = 1 + r.nextInt(3);
            int b = 1 + r.nextInt(5);
            return new StepProblem(a, b, nonZero(r, 4), nonZero(r, 4), RATES[r.nextInt(RATES.length)]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            StepProblem p = problem(seed);
            double[] g = p.bowl().gradientAt(new double[] {p.x(), p.y()});      // ∇f = (2ax, 2by)
            double eta = p.eta();
            double x1 = p.x() - eta * g[0], y1 = p.y() - eta * g[1];           // (x, y) − η∇f
            Answer answer = Answer.of(x1, y1);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.step.hint.sign"), p.x() + eta * g[0], p.y() + eta * g[1])
                    .add(t.get("exercise.step.hint.factor"), p.x() - eta * p.a() * p.x(), p.y() - eta * p.b() * p.y())
                    .add(t.get("exercise.step.hint.change"), -eta * g[0], -eta * g[1])
                    .add(t.get("exercise.step.hint.gradient"), g[0], g[1])
                    .list();
            String f = "$f(x, y) = " + term(p.a(), "x") + " + " + term(p.b(), "y") + "$";
            return new Exercise(id(),
                    t.format("exercise.step.prompt", f, "$(x_0, y_0) = (" + p.x() + ", " + p.y() + ")$",
                            "$\\eta = " + NumberText.plain(eta) + "$"),
                    answer, mistakes, t.get("exercise.step.hint"),
                    t.format("exercise.step.solution",
                            "$\\nabla f = (" + (2 * p.a()) + "x, " + (2 * p.b()) + "y) = (" + plain(g[0]) + ", "
                                    + plain(g[1]) + ")$",
                            "$(x_1, y_1) = (" + p.x() + ", " + p.y() + ") - " + NumberText.plain(eta) + " \\cdot ("
                                    + plain(g[0]) + ", " + plain(g[1]) + ") = (" + plain(x1) + ", " + plain(y1) + ")$"));
        }
    }

    /** 2/L for the bowl a·x² + b·y², with L = max(2a, 2b) its largest curvature. */
    static final class Critical implements ExerciseKind {
        @Override public String id() { return "critical"; }

        BowlProblem problem(long seed) {
            Random r = new Random(seed);
            int a = 1 + r.nextInt(10);
            int b = 1 + r.nextInt(10);
            while (b == a) {
                b = 1 + r.nextInt(10);
            }
            return new BowlProblem(a, b);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            BowlProblem p = problem(seed);
            QuadraticBowl bowl = p.bowl();
            double critical = bowl.criticalLearningRate();                    // 2/L
            double bigger = Math.max(p.a(), p.b()), smaller = Math.min(p.a(), p.b());
            Answer answer = Answer.of(critical);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.critical.hint.curvature"), 2 / bigger)
                    .add(t.get("exercise.critical.hint.smaller"), 2 / (2 * smaller))
                    .add(t.get("exercise.critical.hint.two"), 1 / bowl.largestCurvature())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.critical.prompt", "$f(x, y) = " + term(p.a(), "x") + " + " + term(p.b(), "y") + "$"),
                    answer, mistakes, t.get("exercise.critical.hint"),
                    t.format("exercise.critical.solution",
                            "$\\lambda_x = " + (2 * p.a()) + ", \\lambda_y = " + (2 * p.b()) + "$",
                            "$L = " + plain(bowl.largestCurvature()) + "$",
                            "$2/L = 2/" + plain(bowl.largestCurvature()) + " = " + plain(critical) + "$"));
        }
    }

    /** v_{k+1} = β v_k − η f'(x_k), x_{k+1} = x_k + v_{k+1} on f(x) = a·x², answered as "v, x". */
    static final class MomentumStep implements ExerciseKind {
        @Override public String id() { return "momentum"; }

        private static final double[] BETAS = {0.5, 0.8, 0.9};

        MomentumProblem problem(long seed) {
            Random r = new Random(seed);
            int a = 1 + r.nextInt(3);
            int x = nonZero(r, 5);
            double v = (r.nextInt(9) - 4) / 2.0; // −2 … 2 in halves
            if (v == 0) {
                v = 1;
            }
            return new MomentumProblem(a, x, v, BETAS[r.nextInt(BETAS.length)], RATES[r.nextInt(RATES.length)]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            MomentumProblem p = problem(seed);
            double slope = 2.0 * p.a() * p.x();                                  // f'(x) = 2ax
            double v1 = p.beta() * p.v() - p.eta() * slope;                     // v ← βv − η f'(x)
            double x1 = p.x() + v1;                                             // x ← x + v
            Answer answer = Answer.of(v1, x1);
            double plainV = -p.eta() * slope;
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.momentum.hint.noVelocity"), plainV, p.x() + plainV)
                    .add(t.get("exercise.momentum.hint.sign"), p.beta() * p.v() + p.eta() * slope,
                            p.x() + p.beta() * p.v() + p.eta() * slope)
                    .add(t.get("exercise.momentum.hint.oldVelocity"), v1, p.x() + p.v())
                    .add(t.get("exercise.momentum.hint.beta"), p.v() - p.eta() * slope, p.x() + p.v() - p.eta() * slope)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.momentum.prompt", "$f(x) = " + term(p.a(), "x") + "$",
                            "$x_k = " + p.x() + "$", "$v_k = " + plain(p.v()) + "$",
                            "$\\beta = " + plain(p.beta()) + "$", "$\\eta = " + plain(p.eta()) + "$"),
                    answer, mistakes, t.get("exercise.momentum.hint"),
                    t.format("exercise.momentum.solution",
                            "$f'(" + p.x() + ") = " + (2 * p.a()) + " \\cdot " + paren(p.x()) + " = " + plain(slope) + "$",
                            "$v_{k+1} = " + plain(p.beta()) + " \\cdot " + paren(p.v()) + " - " + plain(p.eta()) + " \\cdot "
                                    + paren(slope) + " = " + plain(v1) + "$",
                            "$x_{k+1} = " + p.x() + " + " + paren(v1) + " = " + plain(x1) + "$"));
        }
    }

    // ---- small helpers ----

    /** "x^2", "3x^2": no coefficient 1, as a student writes it. */
    private static String term(int c, String variable) {
        return (c == 1 ? "" : Integer.toString(c)) + variable + "^2";
    }

    private static String plain(double v) {
        return NumberText.plain(v);
    }
}
