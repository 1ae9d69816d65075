package org.kobai.math.probability;

/**
 * Counts of data in equal bins [from + i·width, from + (i+1)·width) covering [from, to); data outside
 * are counted as {@link #outside()}. As a density, bin i has height countᵢ/(n·width), so its bars have
 * total area 1 (less the share outside) and can be drawn over a probability density.
 *
 * @param from    the left edge of the first bin
 * @param width   the width of each bin, &gt; 0
 * @param counts  the count in each bin
 * @param total   n, every datum counted, inside or outside
 */
public record Histogram(double from, double width, long[] counts, int total) {
    public Histogram {
        counts = counts.clone();
    }

    /** The count in each bin (a copy). */
    @Override
    public long[] counts() { return counts.clone(); }

    /**
     * Bins {@code data} into {@code bins} equal bins over [from, to); the last bin also takes x = to.
     *
     * @throws IllegalArgumentException unless from &lt; to (both finite) and bins ≥ 1
     */
    public static Histogram of(double[] data, double from, double to, int bins) {
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("Requires finite from < to.");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("Requires at least one bin.");
        }
        double width = (to - from) / bins;
        long[] counts = new long[bins];
        for (double x : data) {
            if (x >= from && x <= to) {
                counts[Math.min(bins - 1, (int) ((x - from) / width))]++;
            }
        }
        return new Histogram(from, width, counts, data.length);
    }

    public int bins() { return counts.length; }

    /** The centre of bin i. */
    public double center(int i) { return from + (i + 0.5) * width; }

    /** The centres of all bins. */
    public double[] centers() {
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = center(i);
        }
        return out;
    }

    /** countᵢ/(n·width), so that the bars' area estimates probability; 0 when there are no data. */
    public double[] densities() {
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = total == 0 ? 0 : counts[i] / (total * width);
        }
        return out;
    }

    /** Data outside [from, to]. */
    public long outside() {
        long inside = 0;
        for (long c : counts) {
            inside += c;
        }
        return total - inside;
    }

    /** The running mean: element i is (x₀ + … + xᵢ)/(i + 1), the mean of the first i + 1 data. */
    public static double[] runningMean(double[] data) {
        double[] out = new double[data.length];
        double sum = 0;
        for (int i = 0; i < data.length; i++) {
            sum += data[i];
            out[i] = sum / (i + 1);
        }
        return out;
    }
}
