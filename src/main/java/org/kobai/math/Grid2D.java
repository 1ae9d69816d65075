package org.kobai.math;

import java.util.function.DoubleBinaryOperator;

/**
 * Values of a function f(x, y) on a regular grid: {@code nx} columns from xMin to xMax and {@code ny} rows
 * from yMin to yMax, both ends included. Row {@code j}, column {@code i} holds f(x(i), y(j)), so
 * {@code values[j][i]}. Values may be non-finite (ln of a negative number, a pole): they mean "no data"
 * and the drawing and contour code skip them. Immutable: arrays are copied in and out.
 */
public final class Grid2D {
    private final double xMin, xMax, yMin, yMax;
    private final double[][] values;
    private final double min, max;

    /**
     * A grid from ready values; {@code values[j][i]} is the value at (x(i), y(j)).
     *
     * @throws IllegalArgumentException unless xMin &lt; xMax, yMin &lt; yMax (all finite) and the rows form an
     *                                  array of at least 2 × 2 with equal lengths
     */
    public Grid2D(double xMin, double xMax, double yMin, double yMax, double[][] values) {
        requireRange(xMin, xMax, "x");
        requireRange(yMin, yMax, "y");
        if (values.length < 2 || values[0].length < 2) {
            throw new IllegalArgumentException("Requires at least 2 x 2 values.");
        }
        int nx = values[0].length;
        this.values = new double[values.length][];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < values.length; j++) {
            if (values[j].length != nx) {
                throw new IllegalArgumentException("Requires rows of equal length.");
            }
            this.values[j] = values[j].clone();
            for (double v : values[j]) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.min = lo <= hi ? lo : Double.NaN;
        this.max = lo <= hi ? hi : Double.NaN;
    }

    /**
     * Samples f at nx × ny evenly spaced points, both ends of each range included.
     *
     * @throws IllegalArgumentException unless nx, ny &ge; 2 and each range is finite with min &lt; max
     */
    public static Grid2D sample(DoubleBinaryOperator f, double xMin, double xMax, int nx,
                                double yMin, double yMax, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("Requires nx >= 2 and ny >= 2.");
        }
        requireRange(xMin, xMax, "x");
        requireRange(yMin, yMax, "y");
        double[][] v = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            double y = at(yMin, yMax, ny, j);
            for (int i = 0; i < nx; i++) {
                v[j][i] = f.applyAsDouble(at(xMin, xMax, nx, i), y);
            }
        }
        return new Grid2D(xMin, xMax, yMin, yMax, v);
    }

    public int nx() { return values[0].length; }
    public int ny() { return values.length; }
    public double xMin() { return xMin; }
    public double xMax() { return xMax; }
    public double yMin() { return yMin; }
    public double yMax() { return yMax; }

    /** The spacing between columns, (xMax − xMin) / (nx − 1). */
    public double dx() { return (xMax - xMin) / (nx() - 1); }

    /** The spacing between rows, (yMax − yMin) / (ny − 1). */
    public double dy() { return (yMax - yMin) / (ny() - 1); }

    /** x of column i: xMin + i·dx, exactly xMax for the last column. */
    public double x(int i) { return at(xMin, xMax, nx(), i); }

    /** y of row j: yMin + j·dy, exactly yMax for the last row. */
    public double y(int j) { return at(yMin, yMax, ny(), j); }

    /** f(x(i), y(j)), possibly non-finite. */
    public double value(int i, int j) { return values[j][i]; }

    /** A copy of all values, {@code [j][i]}. */
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            copy[j] = values[j].clone();
        }
        return copy;
    }

    /** The smallest finite value; NaN when no value is finite. */
    public double min() { return min; }

    /** The largest finite value; NaN when no value is finite. */
    public double max() { return max; }

    /**
     * The bilinear interpolation at (x, y): exact at grid points and linear along grid lines. NaN outside
     * the grid or when a corner of the surrounding cell is not finite.
     */
    public double valueAt(double x, double y) {
        if (!(x >= xMin && x <= xMax && y >= yMin && y <= yMax)) {
            return Double.NaN;
        }
        double u = (x - xMin) / dx();
        double v = (y - yMin) / dy();
        int i = Math.min((int) Math.floor(u), nx() - 2);
        int j = Math.min((int) Math.floor(v), ny() - 2);
        double s = u - i, t = v - j;
        double f00 = values[j][i], f10 = values[j][i + 1], f01 = values[j + 1][i], f11 = values[j + 1][i + 1];
        // f = (1−s)(1−t)·f00 + s(1−t)·f10 + (1−s)t·f01 + st·f11; skip corners with zero weight
        double sum = 0;
        sum += weighted(f00, (1 - s) * (1 - t));
        sum += weighted(f10, s * (1 - t));
        sum += weighted(f01, (1 - s) * t);
        sum += weighted(f11, s * t);
        return sum;
    }

    private static double weighted(double value, double weight) {
        if (weight == 0) {
            return 0;
        }
        return Double.isFinite(value) ? value * weight : Double.NaN;
    }

    private static double at(double from, double to, int n, int k) {
        return k == n - 1 ? to : from + k * (to - from) / (n - 1);
    }

    private static void requireRange(double lo, double hi, String name) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
            throw new IllegalArgumentException("Requires finite " + name + "Min < " + name + "Max.");
        }
    }
}
