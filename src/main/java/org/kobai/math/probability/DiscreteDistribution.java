package org.kobai.math.probability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Random;

/**
 * A discrete random variable X given by its table: X takes {@code values[k]} with probability
 * {@code probabilities[k]}. A table is a distribution when ∀x P(x) ≥ 0 and Σ P(x) = 1 (within
 * {@link #SUM_TOLERANCE}, so thirds typed as 0.333… pass).
 *
 * <p>E[X] and Var(X) are summed in exact decimal arithmetic on the numbers as typed, so the article's
 * loaded die gives E[X] = 3.6 exactly, not 3.6000000000000005.
 */
public final class DiscreteDistribution {
    /** How far Σ P(x) may be from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] values;
    private final double[] probabilities;
    private final double[] cumulative;

    /**
     * @throws IllegalArgumentException with {@link DistributionProblem#message()} when
     *                                  {@link #check} finds a problem
     */
    public DiscreteDistribution(double[] values, double[] probabilities) {
        check(values, probabilities).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        this.values = values.clone();
        this.probabilities = probabilities.clone();
        cumulative = new double[probabilities.length];
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            sum += probabilities[k];
            cumulative[k] = sum;
        }
        cumulative[cumulative.length - 1] = Double.POSITIVE_INFINITY;
    }

    /** The article's loaded die: P = (0.1, 0.1, 0.3, 0.2, 0.2, 0.1) on the faces 1 to 6. */
    public static DiscreteDistribution articleDie() {
        return new DiscreteDistribution(new double[] {1, 2, 3, 4, 5, 6}, new double[] {0.1, 0.1, 0.3, 0.2, 0.2, 0.1});
    }

    /**
     * The empirical distribution of data x₁, …, xₙ: each datum with probability 1/n. Its mean is the data's
     * mean x̄ and its variance the data's variance with 1/n, Σ(xᵢ − x̄)²/n (the article's σ²).
     *
     * @throws IllegalArgumentException if there are no data or one is not finite
     */
    public static DiscreteDistribution empirical(double[] data) {
        double[] p = new double[data.length];
        java.util.Arrays.fill(p, 1.0 / data.length);
        return new DiscreteDistribution(data, p);
    }

    /** The first thing wrong with this table as a distribution, or empty if it is one. */
    public static Optional<DistributionProblem> check(double[] values, double[] probabilities) {
        if (values.length == 0) {
            return problem(DistributionProblem.Kind.EMPTY, 0, 0);
        }
        if (values.length != probabilities.length) {
            return problem(DistributionProblem.Kind.LENGTHS_DIFFER, values.length, probabilities.length);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                return problem(DistributionProblem.Kind.VALUE_NOT_FINITE, k, values[k]);
            }
        }
        Optional<DistributionProblem> signs = checkSigns(probabilities);
        if (signs.isPresent()) {
            return signs;
        }
        double sum = exactSum(probabilities).doubleValue();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            return problem(DistributionProblem.Kind.SUM_NOT_ONE, -1, sum);
        }
        return Optional.empty();
    }

    /**
     * The probabilities scaled to sum to 1: P'(x) = P(x) / Σ P. The proportions stay; a table that
     * already sums to 1 is returned as it is.
     *
     * @throws IllegalArgumentException if a probability is negative or not finite, or all are 0
     */
    public static double[] normalise(double[] probabilities) {
        checkSigns(probabilities).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        BigDecimal sum = exactSum(probabilities);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException(new DistributionProblem(DistributionProblem.Kind.ALL_ZERO, -1, 0).message());
        }
        if (sum.compareTo(BigDecimal.ONE) == 0) {
            return probabilities.clone();
        }
        double[] out = new double[probabilities.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = decimal(probabilities[k]).divide(sum, MathContext.DECIMAL64).doubleValue();
        }
        return out;
    }

    /** Σ P(x) in exact decimal arithmetic on the numbers as written. */
    public static double sum(double[] probabilities) {
        return exactSum(probabilities).doubleValue();
    }

    private static Optional<DistributionProblem> checkSigns(double[] probabilities) {
        if (probabilities.length == 0) {
            return problem(DistributionProblem.Kind.EMPTY, 0, 0);
        }
        for (int k = 0; k < probabilities.length; k++) {
            if (!Double.isFinite(probabilities[k])) {
                return problem(DistributionProblem.Kind.PROBABILITY_NOT_FINITE, k, probabilities[k]);
            }
            if (probabilities[k] < 0) {
                return problem(DistributionProblem.Kind.NEGATIVE, k, probabilities[k]);
            }
        }
        return Optional.empty();
    }

    private static Optional<DistributionProblem> problem(DistributionProblem.Kind kind, int index, double value) {
        return Optional.of(new DistributionProblem(kind, index, value));
    }

    public int size() { return values.length; }
    public double value(int k) { return values[k]; }
    public double probability(int k) { return probabilities[k]; }
    public double[] values() { return values.clone(); }
    public double[] probabilities() { return probabilities.clone(); }

    /** E[X] = Σ x·P(x). */
    public double mean() {
        return exactMean().doubleValue();
    }

    /** Var(X) = E[(X − E[X])²] = Σ (x − E[X])²·P(x). */
    public double variance() {
        BigDecimal mu = exactMean();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < values.length; k++) {
            BigDecimal d = decimal(values[k]).subtract(mu);
            sum = sum.add(d.multiply(d).multiply(decimal(probabilities[k])));   // (x − μ)²·P(x)
        }
        return sum.doubleValue();
    }

    /** σ = √Var(X). */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    private BigDecimal exactMean() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < values.length; k++) {
            sum = sum.add(decimal(values[k]).multiply(decimal(probabilities[k])));   // x·P(x)
        }
        return sum;
    }

    /**
     * The index of one outcome drawn from {@code random} by inverting the distribution function: with u
     * uniform in [0, 1), the first k with u &lt; P(x₀) + … + P(x_k). Outcomes of probability 0 never come up.
     */
    public int sampleIndex(Random random) {
        double u = random.nextDouble();
        int last = 0;
        for (int k = 0; k < cumulative.length; k++) {
            if (probabilities[k] > 0) {
                if (u < cumulative[k]) {
                    return k;
                }
                last = k;
            }
        }
        return last;
    }

    /** n outcomes (as indexes) from a generator seeded with {@code seed}: the same seed, the same rolls. */
    public int[] sampleIndexes(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Requires n >= 0.");
        }
        Random random = new Random(seed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sampleIndex(random);
        }
        return out;
    }

    /** How often each outcome occurs among the first {@code n} of {@code indexes}. */
    public long[] counts(int[] indexes, int n) {
        long[] out = new long[values.length];
        for (int i = 0; i < n; i++) {
            out[indexes[i]]++;
        }
        return out;
    }

    /** The values of the outcomes {@code indexes}. */
    public double[] valuesOf(int[] indexes) {
        double[] out = new double[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = values[indexes[i]];
        }
        return out;
    }

    private static BigDecimal exactSum(double[] xs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            sum = sum.add(decimal(x));
        }
        return sum;
    }

    /** The decimal a double prints as: 0.1 is 1/10. */
    private static BigDecimal decimal(double v) {
        return new BigDecimal(Double.toString(v));
    }
}
