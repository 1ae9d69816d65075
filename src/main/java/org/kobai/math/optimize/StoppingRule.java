package org.kobai.math.optimize;

/**
 * When a descent stops: after {@code maxSteps} steps, once |∇f| ≤ {@code tolerance}, or when the values
 * blow up: |f(x_k)| &gt; blowUp · max(1, |f(x₀)|) or |x_k − x₀| &gt; blowUp · max(1, |x₀|).
 *
 * @param maxSteps  the most steps, ≥ 0
 * @param tolerance the gradient norm that counts as zero, ≥ 0
 * @param blowUp    the growth factor that counts as blowing up, &gt; 1
 */
public record StoppingRule(int maxSteps, double tolerance, double blowUp) {
    /** The blow-up factor {@link #of} uses. */
    public static final double DEFAULT_BLOW_UP = 1e6;

    public StoppingRule {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("Requires 'maxSteps' >= 0.");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Requires a finite 'tolerance' >= 0.");
        }
        if (!(blowUp > 1) || Double.isInfinite(blowUp)) {
            throw new IllegalArgumentException("Requires a finite 'blowUp' > 1.");
        }
    }

    /** At most {@code maxSteps} steps, stop at |∇f| ≤ tolerance, the default blow-up bound. */
    public static StoppingRule of(int maxSteps, double tolerance) {
        return new StoppingRule(maxSteps, tolerance, DEFAULT_BLOW_UP);
    }
}
