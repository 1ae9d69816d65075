package org.kobai.lessons.regression;

import org.kobai.math.NiceSteps;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LeastSquares;
import org.kobai.math.regression.LineFit;

/**
 * Where a data set is looked at: the scatter plot's window in (x, y), and the ranges of the slope a and
 * intercept b (the sliders, and the window of the E(a, b) map). Rounded outwards to nice steps; both
 * contain the least-squares (a, b) and the horizontal line through the mean, with room around them.
 */
public record DataWindows(double xMin, double xMax, double yMin, double yMax,
                   double aMin, double aMax, double bMin, double bMax) {
    /** How far the sliders reach beyond the best (a, b), in multiples of the data's own slope scale. */
    private static final double REACH = 2;
    private static final int TICKS = 10;

    static DataWindows of(DataPoints points) {
        double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < points.size(); k++) {
            xLo = Math.min(xLo, points.x(k));
            xHi = Math.max(xHi, points.x(k));
            yLo = Math.min(yLo, points.y(k));
            yHi = Math.max(yHi, points.y(k));
        }
        double[] xs = around(xLo, xHi);
        double[] ys = around(yLo, yHi);
        double xSpan = xs[1] - xs[0], ySpan = ys[1] - ys[0];
        double aBest = 0, bBest = points.size() > 0 ? points.meanY() : 0;
        if (LeastSquares.fittable(points)) {
            LineFit fit = LeastSquares.fit(points);
            aBest = fit.slope();
            bBest = fit.intercept();
        }
        // slopes up to a few times "across the window", around the best one
        double aReach = REACH * Math.max(Math.abs(aBest), ySpan / xSpan);
        double[] as = nice(aBest - aReach, aBest + aReach);
        // for a slope a the best intercept is ȳ − a x̄: cover it for every a in range, with some room
        double xBar = points.size() > 0 ? points.meanX() : 0;
        double bReach = Math.max(Math.abs(as[0] - aBest), Math.abs(as[1] - aBest)) * Math.abs(xBar) + ySpan / 4;
        double[] bs = nice(bBest - bReach, bBest + bReach);
        return new DataWindows(xs[0], xs[1], ys[0], ys[1], as[0], as[1], bs[0], bs[1]);
    }

    /** The data's range padded by a tenth, reaching to 0 when 0 is near; rounded to nice steps. */
    private static double[] around(double lo, double hi) {
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        double span = Math.max(hi - lo, Math.max(Math.abs(hi), 1) * 1e-6);
        lo -= span / 10;
        hi += span / 10;
        if (lo > 0 && lo < span) {
            lo = 0;
        }
        if (hi < 0 && -hi < span) {
            hi = 0;
        }
        return nice(lo, hi);
    }

    private static double[] nice(double lo, double hi) {
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo), 1);
            lo -= pad;
            hi += pad;
        }
        double step = NiceSteps.atLeast((hi - lo) / TICKS);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
    }

    /** A slider step of about a thousandth of a range, rounded. */
    static double increment(double lo, double hi) {
        return NiceSteps.atLeast((hi - lo) / 1000);
    }
}
