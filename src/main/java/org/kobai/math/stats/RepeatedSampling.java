package org.kobai.math.stats;

import java.util.Random;

/**
 * Draws many samples of size n from a population, each value drawn independently and with replacement
 * (every member equally likely each time), and records each sample's mean, its variance with 1/n and its
 * unbiased variance with 1/(n − 1). Over many samples the means centre on the population mean μ, the
 * 1/(n − 1) variances on the population variance σ², and the 1/n variances on (n − 1)/n · σ², too small.
 *
 * <p>Reproducible: the same population, n, number of samples and seed give the same numbers (the seed
 * feeds {@link java.util.Random}, whose sequence the JDK specifies).
 */
public final class RepeatedSampling {
    /** At most this many draws (samples × n) in one run: about a tenth of a second on a slow machine. */
    public static final long MAX_DRAWS = 10_000_000;

    private RepeatedSampling() {}

    /** The outcome of a run: one entry per sample. */
    public record Run(int sampleSize, double[] means, double[] variances, double[] sampleVariances) {
        public int samples() { return means.length; }

        /** The average of the sample means. */
        public double averageMean() { return average(means); }

        /** The average of the 1/n variances: near (n − 1)/n · σ². */
        public double averageVariance() { return average(variances); }

        /** The average of the 1/(n − 1) variances: near σ². */
        public double averageSampleVariance() { return average(sampleVariances); }

        private static double average(double[] xs) {
            double s = 0;
            for (double x : xs) {
                s += x;
            }
            return s / xs.length;
        }
    }

    /**
     * One sample of size n, drawn with replacement.
     *
     * @throws IllegalArgumentException unless n ≥ 1
     */
    public static DataSet draw(DataSet population, int n, Random random) {
        if (n < 1) {
            throw new IllegalArgumentException("Requires a sample size n >= 1, got " + n + ".");
        }
        double[] sample = new double[n];
        for (int i = 0; i < n; i++) {
            sample[i] = population.value(random.nextInt(population.size()));
        }
        return DataSet.of(sample);
    }

    /**
     * {@code samples} samples of size n from the population, from the given seed.
     *
     * @throws IllegalArgumentException unless n ≥ 2 (a 1/(n − 1) variance needs two values), samples ≥ 1,
     *                                  and samples × n ≤ {@value #MAX_DRAWS}
     */
    public static Run run(DataSet population, int n, int samples, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("Requires a sample size n >= 2, got " + n + ".");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("Requires at least one sample, got " + samples + ".");
        }
        if ((long) samples * n > MAX_DRAWS) {
            throw new IllegalArgumentException("Requires samples × n <= " + MAX_DRAWS + ".");
        }
        Random random = new Random(seed);
        double[] means = new double[samples];
        double[] variances = new double[samples];
        double[] sampleVariances = new double[samples];
        for (int s = 0; s < samples; s++) {
            DataSet sample = draw(population, n, random);
            means[s] = sample.mean();
            variances[s] = sample.variance();
            sampleVariances[s] = sample.sampleVariance().orElseThrow();
        }
        return new Run(n, means, variances, sampleVariances);
    }

    /** E[σ²ₙ] = (n − 1)/n · σ²: what the 1/n variance of a sample of size n averages to. */
    public static double expectedVariance(double populationVariance, int n) {
        return (n - 1) * populationVariance / n;
    }
}
