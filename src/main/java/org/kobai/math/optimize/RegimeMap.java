package org.kobai.math.optimize;

/**
 * The {@link Regime} of momentum descent on a quadratic bowl over a grid of learning rates η (spaced evenly
 * on a log scale) and momenta β (spaced evenly). Cell (i, j) is computed at η = learningRate(i),
 * β = momentum(j), its centre. Immutable.
 */
public final class RegimeMap {
    private final double logEtaMin;
    private final double logEtaMax;
    private final double betaMax;
    private final Regime[][] cells;

    private RegimeMap(double logEtaMin, double logEtaMax, double betaMax, Regime[][] cells) {
        this.logEtaMin = logEtaMin;
        this.logEtaMax = logEtaMax;
        this.betaMax = betaMax;
        this.cells = cells;
    }

    /**
     * Classifies every cell of a grid over η ∈ [etaMin, etaMax] (log-spaced) and β ∈ [0, betaMax].
     *
     * @throws IllegalArgumentException unless 0 &lt; etaMin &lt; etaMax, 0 &lt; betaMax &lt; 1 and both
     *                                  counts are ≥ 1
     */
    public static RegimeMap compute(QuadraticBowl bowl, double etaMin, double etaMax, int etaCells,
            double betaMax, int betaCells) {
        if (!(etaMin > 0 && etaMin < etaMax) || Double.isInfinite(etaMax)) {
            throw new IllegalArgumentException("Requires 0 < 'etaMin' < 'etaMax'.");
        }
        if (!(betaMax > 0 && betaMax < 1)) {
            throw new IllegalArgumentException("Requires 0 < 'betaMax' < 1.");
        }
        if (etaCells < 1 || betaCells < 1) {
            throw new IllegalArgumentException("Requires at least one cell each way.");
        }
        RegimeMap map = new RegimeMap(Math.log(etaMin), Math.log(etaMax), betaMax, new Regime[etaCells][betaCells]);
        for (int i = 0; i < etaCells; i++) {
            for (int j = 0; j < betaCells; j++) {
                map.cells[i][j] = Regime.of(bowl, map.learningRate(i), map.momentum(j));
            }
        }
        return map;
    }

    public int etaCells() { return cells.length; }

    public int betaCells() { return cells[0].length; }

    public double etaMin() { return Math.exp(logEtaMin); }

    public double etaMax() { return Math.exp(logEtaMax); }

    public double betaMax() { return betaMax; }

    /** The regime of cell (i, j). */
    public Regime at(int i, int j) { return cells[i][j]; }

    /** η at the centre of column i: exp(log ηmin + (i + ½)(log ηmax − log ηmin)/columns). */
    public double learningRate(int i) {
        return Math.exp(logEtaMin + (i + 0.5) * (logEtaMax - logEtaMin) / cells.length);
    }

    /** β at the centre of row j: (j + ½) βmax / rows. */
    public double momentum(int j) {
        return (j + 0.5) * betaMax / cells[0].length;
    }

    /** The column holding η, clamped to the grid. */
    public int column(double learningRate) {
        double t = (Math.log(learningRate) - logEtaMin) / (logEtaMax - logEtaMin);
        return clamp((int) Math.floor(t * cells.length), cells.length);
    }

    /** The row holding β, clamped to the grid. */
    public int row(double beta) {
        return clamp((int) Math.floor(beta / betaMax * cells[0].length), cells[0].length);
    }

    private static int clamp(int k, int n) {
        return Math.max(0, Math.min(n - 1, k));
    }
}
