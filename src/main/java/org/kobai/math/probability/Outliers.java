package org.kobai.math.probability;

/**
 * Flags the data that lie more than k standard deviations from the mean: |zᵢ| &gt; k with
 * zᵢ = (xᵢ − μ)/σ. With k = 2 about 4.6% of normally distributed data are flagged by chance, with k = 3
 * about 0.27% (the 3σ rule), so a flagged reading is suspicious rather than certainly wrong.
 *
 * @param zScores the z-score of each datum
 * @param k       the threshold in standard deviations, &gt; 0
 */
public record Outliers(double[] zScores, double k) {
    public Outliers {
        zScores = zScores.clone();
    }

    /**
     * The z-scores of {@code data} about the mean μ and standard deviation σ given (usually the data's own).
     *
     * @throws IllegalArgumentException unless σ &gt; 0 and k &gt; 0, all finite
     */
    public static Outliers of(double[] data, double mean, double standardDeviation, double k) {
        if (!(standardDeviation > 0) || !Double.isFinite(standardDeviation)) {
            throw new IllegalArgumentException("z-scores need a standard deviation > 0; the data are all equal");
        }
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("Requires a finite k > 0.");
        }
        double[] z = new double[data.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (data[i] - mean) / standardDeviation;   // zᵢ = (xᵢ − μ)/σ
        }
        return new Outliers(z, k);
    }

    @Override
    public double[] zScores() { return zScores.clone(); }

    /** Whether datum i lies beyond kσ: |zᵢ| &gt; k. */
    public boolean isOutlier(int i) {
        return Math.abs(zScores[i]) > k;
    }

    /** The indexes of the flagged data, in order. */
    public int[] indexes() {
        return java.util.stream.IntStream.range(0, zScores.length).filter(this::isOutlier).toArray();
    }
}
