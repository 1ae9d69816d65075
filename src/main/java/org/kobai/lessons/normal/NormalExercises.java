package org.kobai.lessons.normal;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.probability.NormalDistribution;

/**
 * The normal-distribution lesson's exercises: the z-score of a value, P(a ≤ X ≤ b) from two z-scores, and
 * the share of values beyond kσ. The z-scores are multiples of 0.5 (or 0.25 for a z-score asked for), so a
 * printed z-table is enough; probabilities are accepted to what a four-decimal table gives.
 */
final class NormalExercises {
    private NormalExercises() {}

    static final List<ExerciseKind> ALL = List.of(new ZScore(), new Between(), new Beyond());

    /** A four-decimal z-table rounds each Φ by up to 0.00005; a difference of two, by up to 0.0001. */
    static final double TABLE_ERROR = 1.5e-4;
    /** Three significant figures, as a student rounds: up to half a unit in the third digit. */
    static final double ROUNDING = 5e-3;

    /** The tolerance for a probability read from a z-table: relative, but never tighter than the table. */
    static Answer tableAnswer(double p) {
        return new Answer(new double[] {p}, Math.max(ROUNDING, TABLE_ERROR / Math.abs(p)));
    }

    private static final int[] MEANS = {20, 50, 60, 100, 170};
    private static final int[] SIGMAS = {2, 4, 5, 8, 10};

    /** X ~ N(μ, σ²) with whole μ and σ. */
    record Normal(int mu, int sigma) {
        NormalDistribution distribution() { return new NormalDistribution(mu, sigma); }

        /** "N(60, 8^2)". */
        String latex() { return "N(" + mu + ", " + sigma + "^2)"; }

        static Normal draw(Random r) {
            return new Normal(MEANS[r.nextInt(MEANS.length)], SIGMAS[r.nextInt(SIGMAS.length)]);
        }

        /** μ + zσ as a number. */
        double at(double z) { return mu + z * sigma; }
    }

    /** z = (x − μ)/σ for x = μ + zσ, z a nonzero multiple of 0.25 from −2.5 to 2.5. */
    record ZProblem(Normal normal, double z) {
        double x() { return normal.at(z); }
    }

    /** P(a ≤ X ≤ b) with a = μ + z₁σ, b = μ + z₂σ, z₁ &lt; z₂ multiples of 0.5 in −2.5 … 2.5. */
    record BetweenProblem(Normal normal, double za, double zb) {
        double a() { return normal.at(za); }
        double b() { return normal.at(zb); }
    }

    /** The share beyond kσ: on both sides, or above μ + kσ only. */
    record BeyondProblem(Normal normal, double k, boolean twoSided) {}

    /** z = (x − μ)/σ: slips are dividing by σ², the sign, and forgetting to subtract μ. */
    static final class ZScore implements ExerciseKind {
        @Override public String id() { return "zscore"; }

        ZProblem problem(long seed) {
            Random r = new Random(seed);
            Normal n = Normal.draw(r);
            int quarters = between(r, 1, 10) * (r.nextBoolean() ? 1 : -1);
            return new ZProblem(n, quarters / 4.0);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            ZProblem p = problem(seed);
            NormalDistribution d = p.normal().distribution();
            double z = d.zScore(p.x());
            Answer answer = Answer.of(z);
            double mu = p.normal().mu(), sigma = p.normal().sigma();
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.zscore.hint.variance"), (p.x() - mu) / (sigma * sigma))
                    .add(t.get("exercise.zscore.hint.sign"), (mu - p.x()) / sigma)
                    .add(t.get("exercise.zscore.hint.mean"), p.x() / sigma)
                    .add(t.get("exercise.zscore.hint.difference"), p.x() - mu)
                    .list();
            return new Exercise(id(),
                    t.format("exercise.zscore.prompt", "$" + p.normal().latex() + "$", "$x = " + NumberText.plain(p.x()) + "$"),
                    answer, mistakes, t.get("exercise.zscore.hint"),
                    t.format("exercise.zscore.solution", "$\\sigma = \\sqrt{" + (p.normal().sigma() * p.normal().sigma()) + "} = "
                                    + p.normal().sigma() + "$",
                            "$z = \\frac{x - \\mu}{\\sigma} = \\frac{" + NumberText.plain(p.x()) + " - " + p.normal().mu() + "}{"
                                    + p.normal().sigma() + "} = " + NumberText.plain(z) + "$"));
        }
    }

    /** P(a ≤ X ≤ b) = Φ(z_b) − Φ(z_a): slips are Φ(z_b) alone, Φ(z_b) + Φ(z_a) − 1 and dividing by σ². */
    static final class Between implements ExerciseKind {
        @Override public String id() { return "between"; }

        BetweenProblem problem(long seed) {
            Random r = new Random(seed);
            Normal n = Normal.draw(r);
            int first = between(r, -5, 4);
            int second = between(r, first + 1, 5);
            return new BetweenProblem(n, first / 2.0, second / 2.0);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            BetweenProblem p = problem(seed);
            NormalDistribution d = p.normal().distribution();
            NormalDistribution std = NormalDistribution.standard();
            double area = d.probabilityBetween(p.a(), p.b());
            double phiA = std.cdf(p.za()), phiB = std.cdf(p.zb());
            Answer answer = tableAnswer(area);
            double s2 = (double) p.normal().sigma() * p.normal().sigma();
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.between.hint.upper"), phiB)
                    .add(t.get("exercise.between.hint.lower"), 1 - phiA)
                    .add(t.get("exercise.between.hint.sign"), phiB - std.cdf(-p.za()))
                    .add(t.get("exercise.between.hint.variance"),
                            std.cdf((p.b() - p.normal().mu()) / s2) - std.cdf((p.a() - p.normal().mu()) / s2))
                    .list();
            return new Exercise(id(),
                    t.format("exercise.between.prompt", "$" + p.normal().latex() + "$",
                            "$P(" + NumberText.plain(p.a()) + " \\leq X \\leq " + NumberText.plain(p.b()) + ")$"),
                    answer, mistakes, t.get("exercise.between.hint"),
                    t.format("exercise.between.solution",
                            "$z_a = \\frac{" + NumberText.plain(p.a()) + " - " + p.normal().mu() + "}{" + p.normal().sigma()
                                    + "} = " + NumberText.plain(p.za()) + "$",
                            "$z_b = \\frac{" + NumberText.plain(p.b()) + " - " + p.normal().mu() + "}{" + p.normal().sigma()
                                    + "} = " + NumberText.plain(p.zb()) + "$",
                            "$\\Phi(" + NumberText.plain(p.zb()) + ") - \\Phi(" + NumberText.plain(p.za()) + ") \\approx "
                                    + table(phiB) + " - " + table(phiA) + " = " + table(round4(phiB) - round4(phiA)) + "$"));
        }
    }

    /** P(|X − μ| &gt; kσ) = 2(1 − Φ(k)) or P(X &gt; μ + kσ) = 1 − Φ(k). */
    static final class Beyond implements ExerciseKind {
        @Override public String id() { return "beyond"; }

        BeyondProblem problem(long seed) {
            Random r = new Random(seed);
            Normal n = Normal.draw(r);
            return new BeyondProblem(n, between(r, 1, 5) / 2.0, r.nextBoolean());
        }

        @Override
        public Exercise create(long seed, Messages t) {
            BeyondProblem p = problem(seed);
            NormalDistribution d = p.normal().distribution();
            double k = p.k();
            double above = d.survival(p.normal().at(k));                   // P(X > μ + kσ) = 1 − Φ(k)
            double outside = 1 - NormalDistribution.withinSigmas(k);        // P(|X − μ| > kσ) = 2(1 − Φ(k))
            double share = p.twoSided() ? outside : above;
            Answer answer = tableAnswer(share);
            Mistakes slips = new Mistakes(answer)
                    .add(t.get(p.twoSided() ? "exercise.beyond.hint.oneSide" : "exercise.beyond.hint.bothSides"),
                            p.twoSided() ? above : outside)
                    .add(t.get("exercise.beyond.hint.inside"), p.twoSided() ? 1 - outside : 1 - above);
            // the 68–95–99.7 rule's round figures, where it has one
            double rule = k == 1 ? 0.32 : k == 2 ? 0.05 : Double.NaN;
            slips.add(t.get("exercise.beyond.hint.rule"), p.twoSided() ? rule : rule / 2);
            String mu = Integer.toString(p.normal().mu());
            String sigma = Integer.toString(p.normal().sigma());
            double low = p.normal().at(-k), high = p.normal().at(k);
            return new Exercise(id(),
                    t.format(p.twoSided() ? "exercise.beyond.prompt.both" : "exercise.beyond.prompt.above",
                            "$" + p.normal().latex() + "$", "$" + NumberText.plain(k) + "\\sigma$",
                            "$" + NumberText.plain(low) + "$", "$" + NumberText.plain(high) + "$"),
                    answer, slips.list(), t.get("exercise.beyond.hint"),
                    t.format(p.twoSided() ? "exercise.beyond.solution.both" : "exercise.beyond.solution.above",
                            "$z = \\frac{" + NumberText.plain(high) + " - " + mu + "}{" + sigma + "} = " + NumberText.plain(k) + "$",
                            "$\\Phi(" + NumberText.plain(k) + ") \\approx " + table(1 - above) + "$",
                            "$" + (p.twoSided() ? "2(1 - " + table(1 - above) + ")" : "1 - " + table(1 - above)) + " = "
                                    + table(p.twoSided() ? 2 * (1 - round4(1 - above)) : 1 - round4(1 - above)) + "$"));
        }
    }

    /** A probability as a four-decimal z-table shows it. */
    static String table(double p) {
        return String.format(java.util.Locale.ROOT, "%.4f", round4(p));
    }

    private static double round4(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}
