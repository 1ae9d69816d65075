package org.kobai.math.probability;

import java.util.Locale;
import java.util.Random;

/**
 * The normal (Gaussian) distribution N(μ, σ²) with density
 * f(x) = 1/√(2πσ²) · exp(−(x − μ)²/(2σ²)) and distribution function F(x) = P(X ≤ x) = ½·erfc(−z/√2),
 * z = (x − μ)/σ. Tail probabilities are computed from the tail itself (erfc), so P(X ≥ μ + 10σ) ≈ 7.6e-24
 * keeps its digits instead of becoming 1 − 1 = 0.
 *
 * @param mean              μ, any finite number
 * @param standardDeviation σ &gt; 0, finite
 */
public record NormalDistribution(double mean, double standardDeviation) {
    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    public NormalDistribution {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("the mean must be a finite number, got " + mean);
        }
        if (!(standardDeviation > 0) || !Double.isFinite(standardDeviation)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the standard deviation must be > 0, got %s", plain(standardDeviation)));
        }
    }

    /** N(0, 1). */
    public static NormalDistribution standard() {
        return new NormalDistribution(0, 1);
    }

    /** σ². */
    public double variance() {
        return standardDeviation * standardDeviation;
    }

    /** The z-score z = (x − μ)/σ: how many standard deviations x lies from the mean. */
    public double zScore(double x) {
        return (x - mean) / standardDeviation;
    }

    /** f(x) = 1/√(2πσ²) · exp(−(x − μ)²/(2σ²)), written as exp(−z²/2)/(σ√(2π)). */
    public double density(double x) {
        double z = zScore(x);
        return Math.exp(-0.5 * z * z) / (standardDeviation * SQRT_2PI);
    }

    /** F(x) = P(X ≤ x) = ½·erfc(−(x − μ)/(σ√2)). */
    public double cdf(double x) {
        return 0.5 * ErrorFunction.erfc(-zScore(x) / SQRT_2);
    }

    /** P(X ≥ x) = 1 − F(x) = ½·erfc((x − μ)/(σ√2)), accurate far into the upper tail. */
    public double survival(double x) {
        return 0.5 * ErrorFunction.erfc(zScore(x) / SQRT_2);
    }

    /**
     * P(a ≤ X ≤ b) = ∫ₐᵇ f(x) dx = F(b) − F(a), taken from the upper tail when both bounds lie above the
     * mean so that no digits cancel.
     *
     * @throws IllegalArgumentException unless a &lt; b (±∞ allowed)
     */
    public double probabilityBetween(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || !(a < b)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the interval needs a < b, got a = %s and b = %s", plain(a), plain(b)));
        }
        if (a >= mean) {
            return survival(a) - survival(b);   // P(X ≥ a) − P(X ≥ b)
        }
        return cdf(b) - cdf(a);                 // F(b) − F(a)
    }

    /** P(μ − kσ ≤ X ≤ μ + kσ) = erf(k/√2): 68.27% for k = 1, 95.45% for 2, 99.73% for 3. */
    public static double withinSigmas(double k) {
        if (!(k >= 0)) {
            throw new IllegalArgumentException("Requires k >= 0.");
        }
        return ErrorFunction.erf(k / SQRT_2);
    }

    /** One draw x = μ + σ·Z with Z standard normal from {@code random} (reproducible for a seeded Random). */
    public double sample(Random random) {
        return mean + standardDeviation * random.nextGaussian();
    }

    /** n draws from a generator seeded with {@code seed}: the same seed gives the same numbers. */
    public double[] samples(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Requires n >= 0.");
        }
        Random random = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(random);
        }
        return out;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
