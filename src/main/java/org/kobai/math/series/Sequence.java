package org.kobai.math.series;

/**
 * A sequence a₁, a₂, a₃, … with a closed form for its n-th term and for the sum of its first n terms,
 * Sₙ = Σ_{k=1}^{n} a_k. The running sums add the terms one by one, so they check the closed form.
 */
public interface Sequence {
    /**
     * The n-th term aₙ.
     *
     * @throws IllegalArgumentException unless n ≥ 1
     */
    double term(int n);

    /**
     * Sₙ = a₁ + a₂ + … + aₙ from the closed form; S₀ = 0 (the empty sum).
     *
     * @throws IllegalArgumentException unless n ≥ 0
     */
    double sum(int n);

    /** a₁, …, aₙ. */
    default double[] terms(int n) {
        requireCount(n);
        double[] out = new double[n];
        for (int k = 1; k <= n; k++) {
            out[k - 1] = term(k);
        }
        return out;
    }

    /** S₁, S₂, …, Sₙ, each the previous one plus the next term: S_k = S_{k−1} + a_k. */
    default double[] runningSums(int n) {
        requireCount(n);
        double[] out = new double[n];
        double s = 0;
        for (int k = 1; k <= n; k++) {
            s += term(k);
            out[k - 1] = s;
        }
        return out;
    }

    /** S₁, …, Sₙ, each from the closed form. */
    default double[] closedFormSums(int n) {
        requireCount(n);
        double[] out = new double[n];
        for (int k = 1; k <= n; k++) {
            out[k - 1] = sum(k);
        }
        return out;
    }

    static void requireIndex(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Requires n >= 1, got " + n + ".");
        }
    }

    static void requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Requires n >= 0, got " + n + ".");
        }
    }

    static double requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Requires a finite '" + name + "', got " + v + ".");
        }
        return v;
    }
}
