package org.kobai.math.regression;

import java.util.Arrays;
import java.util.Random;

/**
 * Data points (x_k, y_k), k = 1 … n, for fitting a line. Immutable: the arrays are copied in and out,
 * and every edit ({@link #moved}, {@link #added}, {@link #removed}) returns new points.
 */
public final class DataPoints {
    private final double[] x;
    private final double[] y;

    /**
     * @throws IllegalArgumentException unless x and y have equal lengths and every value is finite
     */
    public DataPoints(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException("Requires finite values; point " + (k + 1) + " is not.");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    public int size() { return x.length; }
    public double x(int k) { return x[k]; }
    public double y(int k) { return y[k]; }
    public double[] xs() { return x.clone(); }
    public double[] ys() { return y.clone(); }

    /** True when every x is the same number: no line through the data has a unique slope. */
    public boolean allXEqual() {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    /** The mean x̄ = (1/n) Σ x_k; NaN for no points. */
    public double meanX() { return mean(x); }

    /** The mean ȳ = (1/n) Σ y_k; NaN for no points. */
    public double meanY() { return mean(y); }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).sum() / v.length;
    }

    /** The same points with point {@code k} at (newX, newY). */
    public DataPoints moved(int k, double newX, double newY) {
        double[] nx = x.clone(), ny = y.clone();
        nx[k] = newX;
        ny[k] = newY;
        return new DataPoints(nx, ny);
    }

    /** The same points and (newX, newY) at the end. */
    public DataPoints added(double newX, double newY) {
        double[] nx = Arrays.copyOf(x, x.length + 1), ny = Arrays.copyOf(y, y.length + 1);
        nx[x.length] = newX;
        ny[y.length] = newY;
        return new DataPoints(nx, ny);
    }

    /** The same points without point {@code k}. */
    public DataPoints removed(int k) {
        if (k < 0 || k >= x.length) {
            throw new IndexOutOfBoundsException("No point " + k + " among " + x.length + ".");
        }
        double[] nx = new double[x.length - 1], ny = new double[y.length - 1];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (i != k) {
                nx[j] = x[i];
                ny[j++] = y[i];
            }
        }
        return new DataPoints(nx, ny);
    }

    /**
     * {@code n} points scattered about the line y = slope·x + intercept: x evenly spread over [xMin, xMax]
     * with a small random jitter, y with normal noise of standard deviation {@code noise}. The same seed
     * gives the same points.
     *
     * @throws IllegalArgumentException unless n &ge; 2, xMin &lt; xMax and noise &ge; 0
     */
    public static DataPoints scattered(long seed, int n, double xMin, double xMax, double slope, double intercept,
                                       double noise) {
        if (n < 2 || !(xMin < xMax) || !(noise >= 0)) {
            throw new IllegalArgumentException("Requires n >= 2, xMin < xMax and noise >= 0.");
        }
        Random random = new Random(seed);
        double gap = (xMax - xMin) / n;
        double[] xs = new double[n], ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = xMin + gap * (k + 0.5 + 0.4 * (random.nextDouble() - 0.5));
            ys[k] = slope * xs[k] + intercept + noise * random.nextGaussian();
        }
        return new DataPoints(xs, ys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataPoints p && Arrays.equals(x, p.x) && Arrays.equals(y, p.y);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(x) + Arrays.hashCode(y); }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("DataPoints[");
        for (int k = 0; k < x.length; k++) {
            s.append(k == 0 ? "" : ", ").append('(').append(x[k]).append(", ").append(y[k]).append(')');
        }
        return s.append(']').toString();
    }
}
