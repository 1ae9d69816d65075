package org.kobai.math.optimize;

/**
 * What momentum descent (β = 0: plain descent) does on a quadratic bowl, read off the iteration itself:
 * run it from (1, …, 1) and watch each coordinate's distance to the minimum 0.
 */
public enum Regime {
    /** Every coordinate goes to 0 without ever crossing it. */
    MONOTONE,
    /** It converges, but some coordinate crosses 0 on the way (overshoots). */
    OSCILLATING,
    /** Some coordinate does not shrink: it grows or keeps its size. */
    DIVERGING;

    /** The number of steps {@link #of} runs by default. */
    public static final int STEPS = 240;
    private static final double BLOW_UP = 1e6;

    /**
     * The regime of momentum descent with rate η and momentum β on the bowl, from {@value #STEPS} steps.
     *
     * @throws IllegalArgumentException unless η ≥ 0 and 0 ≤ β &lt; 1
     */
    public static Regime of(QuadraticBowl bowl, double learningRate, double beta) {
        return of(bowl, learningRate, beta, STEPS);
    }

    /**
     * As {@link #of(QuadraticBowl, double, double)} with a given number of steps (≥ 12). A coordinate
     * diverges if it blows up or its largest size over the last sixth of the run is not below that over the
     * sixth before; it oscillates if two successive values have opposite signs.
     */
    public static Regime of(QuadraticBowl bowl, double learningRate, double beta, int steps) {
        if (steps < 12) {
            throw new IllegalArgumentException("Requires 'steps' >= 12.");
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Requires a finite 'learningRate' >= 0.");
        }
        int n = bowl.dimension();
        double[][] e = new double[steps + 1][];
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        e[0] = x;
        Optimizer.Stepper stepper = new Optimizer.Momentum(beta).start(n);
        for (int k = 0; k < steps; k++) {
            e[k + 1] = stepper.step(e[k], bowl.gradientAt(e[k]), learningRate);
        }
        Regime worst = MONOTONE;
        int window = steps / 6;
        for (int i = 0; i < n; i++) {
            Regime r = coordinate(e, i, window);
            if (r.compareTo(worst) > 0) {
                worst = r;
            }
        }
        return worst;
    }

    private static Regime coordinate(double[][] e, int i, int window) {
        int end = e.length;
        boolean crossed = false;
        for (int k = 0; k < end; k++) {
            double v = e[k][i];
            if (!Double.isFinite(v) || Math.abs(v) > BLOW_UP) {
                return DIVERGING;
            }
            if (k > 0 && v * e[k - 1][i] < 0) {
                crossed = true;
            }
        }
        double before = 0, last = 0;
        for (int k = end - 2 * window; k < end - window; k++) {
            before = Math.max(before, Math.abs(e[k][i]));
        }
        for (int k = end - window; k < end; k++) {
            last = Math.max(last, Math.abs(e[k][i]));
        }
        if (last > 0 && last >= before) {
            return DIVERGING;
        }
        return crossed ? OSCILLATING : MONOTONE;
    }
}
