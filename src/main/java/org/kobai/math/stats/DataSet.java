package org.kobai.math.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A list of numbers x₁, …, xₙ and its descriptive statistics: the mean (the balance point), the
 * deviations from it, the variance with 1/n (the article's 標本分散) and with 1/(n − 1) (the unbiased
 * estimate, 不偏分散), the standard deviation, the median and the range. Immutable.
 *
 * <p>Values must be finite and at most {@value #MAX_MAGNITUDE} in size, so that squares and sums of squares
 * stay finite.
 */
public final class DataSet {
    /** The largest |x| accepted: its square, summed ten million times, is still a finite double. */
    public static final double MAX_MAGNITUDE = 1e150;

    private final double[] values;
    private final double mean;
    private final double sumOfSquaredDeviations;

    private DataSet(double[] values) {
        this.values = values;
        int n = values.length;
        double sum = 0;
        for (double x : values) {
            sum += x;
        }
        double m = sum / n;
        // A second pass removes most of the rounding error of the first: m += Σ(x − m)/n.
        double residual = 0;
        for (double x : values) {
            residual += x - m;
        }
        m += residual / n;
        this.mean = m;
        // Corrected two-pass sum of squares: Σ(x − x̄)² − (Σ(x − x̄))²/n.
        double squares = 0, deviations = 0;
        for (double x : values) {
            double dev = x - m;
            squares += dev * dev;
            deviations += dev;
        }
        this.sumOfSquaredDeviations = Math.max(0, squares - deviations * deviations / n);
    }

    /**
     * The data x₁, …, xₙ (copied).
     *
     * @throws IllegalArgumentException if there are no values, or one is not finite or larger than
     *                                  {@value #MAX_MAGNITUDE} in size
     */
    public static DataSet of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Requires at least one value.");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || Math.abs(values[i]) > MAX_MAGNITUDE) {
                throw new IllegalArgumentException("Requires finite values no larger than 1e150 in size; value "
                        + (i + 1) + " is " + values[i] + ".");
            }
        }
        return new DataSet(values.clone());
    }

    /** The same data with one more value. */
    public DataSet with(double x) {
        double[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = x;
        return of(more);
    }

    /** n, the number of values. */
    public int size() { return values.length; }

    public double[] values() { return values.clone(); }

    public double value(int i) { return values[i]; }

    /** x̄ = (x₁ + … + xₙ)/n: the balance point of the data on the number line. */
    public double mean() { return mean; }

    /** The deviations xᵢ − x̄; they add up to 0. */
    public double[] deviations() {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - mean;
        }
        return out;
    }

    /** The squared deviations (xᵢ − x̄)²: the areas of squares with side |xᵢ − x̄|. */
    public double[] squaredDeviations() {
        double[] out = deviations();
        for (int i = 0; i < out.length; i++) {
            out[i] *= out[i];
        }
        return out;
    }

    /** Σ(xᵢ − x̄)². */
    public double sumOfSquaredDeviations() { return sumOfSquaredDeviations; }

    /**
     * The variance with 1/n, σ² = (1/n) Σ(xᵢ − x̄)²: the mean of the squared deviations (標本分散 in
     * the article). As an estimate of a population's variance from a sample it is too small on average, by
     * the factor (n − 1)/n.
     */
    public double variance() { return sumOfSquaredDeviations / values.length; }

    /**
     * The unbiased variance s² = (1/(n − 1)) Σ(xᵢ − x̄)² (不偏分散): on average over samples it equals the
     * population's variance. Empty for a single value, where there is no spread to estimate from.
     */
    public OptionalDouble sampleVariance() {
        int n = values.length;
        return n < 2 ? OptionalDouble.empty() : OptionalDouble.of(sumOfSquaredDeviations / (n - 1));
    }

    /** σ = √σ², in the units of the data (with the 1/n variance). */
    public double standardDeviation() { return Math.sqrt(variance()); }

    /** s = √s² with the unbiased variance; empty for a single value. */
    public OptionalDouble sampleStandardDeviation() {
        OptionalDouble v = sampleVariance();
        return v.isPresent() ? OptionalDouble.of(Math.sqrt(v.getAsDouble())) : OptionalDouble.empty();
    }

    /** E[x²] = (1/n) Σ xᵢ², the mean of the squares. */
    public double meanOfSquares() {
        double s = 0;
        for (double x : values) {
            s += x * x;
        }
        return s / values.length;
    }

    /**
     * The shortcut σ² = E[x²] − (E[x])², "the mean of the squares minus the square of the mean". Equal to
     * {@link #variance()} in exact arithmetic; in floating point it loses digits when the mean is large
     * compared with the spread.
     */
    public double varianceByShortcut() {
        return meanOfSquares() - mean * mean;
    }

    public double min() { return Arrays.stream(values).min().orElseThrow(); }

    public double max() { return Arrays.stream(values).max().orElseThrow(); }

    /** The middle value of the sorted data; the mean of the two middle values when n is even. */
    public double median() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSet d && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() { return "DataSet" + Arrays.toString(values); }
}
