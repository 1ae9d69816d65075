package org.kobai.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Sampled points (x[i], y[i]) of a curve, ready to plot. Immutable: the arrays are copied in and out.
 */
public record Curve(double[] x, double[] y) {
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override public double[] x() { return x.clone(); }
    @Override public double[] y() { return y.clone(); }

    public int size() { return x.length; }

    /** f at {@code n} evenly spaced points from {@code from} to {@code to}, both ends included. */
    public static Curve sample(DoubleUnaryOperator f, double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("Requires n >= 2.");
        }
        if (!(from < to)) {
            throw new IllegalArgumentException("Requires from < to.");
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double h = (to - from) / (n - 1);
        for (int i = 0; i < n; i++) {
            xs[i] = i == n - 1 ? to : from + i * h;
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return new Curve(xs, ys);
    }
}
