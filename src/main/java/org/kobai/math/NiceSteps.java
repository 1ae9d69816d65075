package org.kobai.math;

import java.util.stream.LongStream;

/**
 * Round step sizes, 1, 2 or 5 times a power of ten, and the round values they produce: axis ticks and
 * contour levels a student can read (0.5, 1, 1.5 rather than 0.4837, 0.9674).
 */
public final class NiceSteps {
    private static final int[] MANTISSAS = {1, 2, 5};

    private NiceSteps() {}

    /**
     * The smallest step m·10^e ≥ {@code raw} with m in {1, 2, 5}.
     *
     * @throws IllegalArgumentException unless raw is finite and &gt; 0
     */
    public static double atLeast(double raw) {
        if (!(raw > 0 && Double.isFinite(raw))) {
            throw new IllegalArgumentException("Requires a finite raw step > 0.");
        }
        int e = (int) Math.floor(Math.log10(raw));
        for (int attempt = 0; attempt < 3; attempt++, e++) {
            for (int m : MANTISSAS) {
                double step = scaled(m, e);
                // The tolerance absorbs log10 rounding: 0.3 must give 0.5, never 1.
                if (step >= raw * (1 - 1e-12)) {
                    return step;
                }
            }
        }
        throw new AssertionError("unreachable: 10^(e+1) >= raw");
    }

    /** The next nice step after {@code step} (1 → 2 → 5 → 10 …); step must itself be nice. */
    public static double next(double step) {
        return atLeast(step * 1.5);
    }

    /**
     * The multiples k·step with lo &lt; k·step &lt; hi (ends excluded), computed so they print round:
     * 0.1 · 3 gives 0.3, not 0.30000000000000004.
     *
     * @throws IllegalArgumentException unless lo &le; hi are finite and step is finite and &gt; 0
     */
    public static double[] strictlyBetween(double lo, double hi, double step) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("Requires finite lo <= hi.");
        }
        if (!(step > 0 && Double.isFinite(step))) {
            throw new IllegalArgumentException("Requires a finite step > 0.");
        }
        long first = (long) Math.floor(lo / step) + 1;
        long last = (long) Math.ceil(hi / step) - 1;
        if (last < first) {
            return new double[0];
        }
        if (last - first > 10_000) {
            throw new IllegalArgumentException("Requires a step that gives at most 10000 values.");
        }
        // A step below 1 divides by its inverse power of ten, which is exact for round decimals.
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        double inverse = Math.pow(10, decimals);
        double wholeStep = Math.round(step * inverse);
        boolean round = Math.abs(wholeStep - step * inverse) < 1e-6 * Math.max(1, wholeStep);
        return LongStream.rangeClosed(first, last)
                .mapToDouble(k -> round ? k * wholeStep / inverse : k * step)
                .filter(v -> v > lo && v < hi)
                .toArray();
    }

    /**
     * About {@code count} nice values strictly inside (lo, hi): the step is the smallest nice step giving at
     * most {@code count} values. Empty when lo = hi.
     *
     * @throws IllegalArgumentException unless count &ge; 1 and lo &le; hi are finite
     */
    public static double[] levels(double lo, double hi, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Requires count >= 1.");
        }
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("Requires finite lo <= hi.");
        }
        if (lo == hi) {
            return new double[0];
        }
        double step = atLeast((hi - lo) / (count + 1));
        double[] values = strictlyBetween(lo, hi, step);
        while (values.length > count) {
            step = next(step);
            values = strictlyBetween(lo, hi, step);
        }
        return values;
    }

    private static double scaled(int mantissa, int exponent) {
        // Dividing by an exact power of ten keeps 0.1, 0.2, 0.5 exact as doubles can be.
        return exponent >= 0 ? mantissa * Math.pow(10, exponent) : mantissa / Math.pow(10, -exponent);
    }
}
