package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.LegendItem;

/**
 * Many arrows drawn as one layer: a vector field (u, v) attached at points (x, y), such as a gradient
 * field on a grid. Each arrow runs from (x, y) to (x + s·u, y + s·v). With automatic scaling, s is chosen
 * so the longest arrow spans 0.9 of a grid cell (measured in cells along each axis), so neighbours never
 * overlap; lengths stay proportional to |(u, v)|. Non-finite vectors are skipped.
 */
public final class ArrowField {
    private static final double CELL_FILL = 0.9;

    private final XYFigure figure;
    private final int colour;
    private final double baseWidth;
    private final String legend;
    private final Layer layer = new Layer();
    private double[] xs = new double[0], ys = new double[0], us = new double[0], vs = new double[0];
    private double fixedScale = Double.NaN;
    private double scale = Double.NaN;

    ArrowField(XYFigure figure, String legend, int colour, double baseWidth) {
        this.figure = figure;
        this.legend = legend;
        this.colour = colour;
        this.baseWidth = baseWidth;
    }

    PaintedLayer layer() { return layer; }

    /**
     * Arrows (u[i], v[i]) at (x[i], y[i]), scaled automatically (or by the factor from {@link #setScale}).
     *
     * @throws IllegalArgumentException unless the four arrays have equal lengths
     */
    public void set(double[] x, double[] y, double[] u, double[] v) {
        if (x.length != y.length || x.length != u.length || x.length != v.length) {
            throw new IllegalArgumentException("Requires x, y, u and v of equal length.");
        }
        xs = x.clone();
        ys = y.clone();
        us = u.clone();
        vs = v.clone();
        scale = Double.isNaN(fixedScale) ? autoScale(xs, ys, us, vs) : fixedScale;
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (drawable(i)) {
                double x1 = xs[i] + scale * us[i], y1 = ys[i] + scale * vs[i];
                xMin = Math.min(xMin, Math.min(xs[i], x1));
                xMax = Math.max(xMax, Math.max(xs[i], x1));
                yMin = Math.min(yMin, Math.min(ys[i], y1));
                yMax = Math.max(yMax, Math.max(ys[i], y1));
            }
        }
        if (xMin <= xMax) {
            layer.changed(xMin, xMax, yMin, yMax);
        } else {
            layer.cleared();
        }
    }

    /**
     * The field (u(x, y), v(x, y)) at the centres of an nx × ny division of the figure's current window:
     * centres keep arrows off the border.
     *
     * @throws IllegalArgumentException unless nx, ny &ge; 1
     */
    public void setField(DoubleBinaryOperator u, DoubleBinaryOperator v, int nx, int ny) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("Requires nx >= 1 and ny >= 1.");
        }
        int n = nx * ny;
        double[] x = new double[n], y = new double[n], fu = new double[n], fv = new double[n];
        double w = (figure.xMax() - figure.xMin()) / nx, h = (figure.yMax() - figure.yMin()) / ny;
        for (int j = 0, k = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++, k++) {
                x[k] = figure.xMin() + (i + 0.5) * w;
                y[k] = figure.yMin() + (j + 0.5) * h;
                fu[k] = u.applyAsDouble(x[k], y[k]);
                fv[k] = v.applyAsDouble(x[k], y[k]);
            }
        }
        set(x, y, fu, fv);
    }

    /** A fixed factor s (arrow = s·(u, v)); NaN returns to automatic scaling. Applies from the next set. */
    public void setScale(double s) {
        if (!(Double.isNaN(s) || (s > 0 && Double.isFinite(s)))) {
            throw new IllegalArgumentException("Requires a finite scale > 0, or NaN for automatic.");
        }
        fixedScale = s;
    }

    /** The factor s used now; NaN before the first set or when no vector is finite and non-zero. */
    public double scale() { return scale; }

    public void setVisible(boolean visible) { layer.setSeriesVisible(0, visible); }

    public void clear() { set(new double[0], new double[0], new double[0], new double[0]); }

    private boolean drawable(int i) {
        return Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && Double.isFinite(us[i]) && Double.isFinite(vs[i])
                && Double.isFinite(scale);
    }

    /** s = 0.9 / max |(u/dx, v/dy)|, with dx, dy the smallest gaps between distinct x and y positions. */
    static double autoScale(double[] x, double[] y, double[] u, double[] v) {
        double dx = spacing(x), dy = spacing(y);
        if (Double.isNaN(dx)) {
            dx = Double.isNaN(dy) ? 1 : dy;
        }
        if (Double.isNaN(dy)) {
            dy = dx;
        }
        double longest = 0;
        for (int i = 0; i < u.length; i++) {
            if (Double.isFinite(u[i]) && Double.isFinite(v[i]) && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                longest = Math.max(longest, Math.hypot(u[i] / dx, v[i] / dy));
            }
        }
        return longest > 0 ? CELL_FILL / longest : Double.NaN;
    }

    private static double spacing(double[] a) {
        double[] s = Arrays.stream(a).filter(Double::isFinite).sorted().toArray();
        if (s.length < 2) {
            return Double.NaN;
        }
        double tiny = (s[s.length - 1] - s[0]) * 1e-9;
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < s.length; i++) {
            double d = s[i] - s[i - 1];
            if (d > tiny) {
                gap = Math.min(gap, d);
            }
        }
        return Double.isInfinite(gap) ? Double.NaN : gap;
    }

    private final class Layer extends PaintedLayer {
        private static final long serialVersionUID = 1L;

        @Override
        void paint(Graphics2D g2, ScreenMap m) {
            FigureStyle style = figure.style();
            float width = style.lineWidth(baseWidth);
            Path2D.Double shafts = new Path2D.Double();
            Path2D.Double heads = new Path2D.Double();
            for (int i = 0; i < xs.length; i++) {
                if (!drawable(i)) {
                    continue;
                }
                double sx0 = m.sx(xs[i]), sy0 = m.sy(ys[i]);
                double sx1 = m.sx(xs[i] + scale * us[i]), sy1 = m.sy(ys[i] + scale * vs[i]);
                double len = Math.hypot(sx1 - sx0, sy1 - sy0);
                if (len < 0.5) {
                    continue;
                }
                double head = Math.min(len * 0.4, 3 + 2.6 * width);
                double ux = (sx1 - sx0) / len, uy = (sy1 - sy0) / len;
                double bx = sx1 - ux * head, by = sy1 - uy * head;
                shafts.moveTo(sx0, sy0);
                shafts.lineTo(bx, by);
                heads.moveTo(sx1, sy1);
                heads.lineTo(bx - uy * head * 0.45, by + ux * head * 0.45);
                heads.lineTo(bx + uy * head * 0.45, by - ux * head * 0.45);
                heads.closePath();
            }
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setPaint(style.theme().color(colour));
            g2.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g2.draw(shafts);
            g2.fill(heads);
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            if (legend == null) {
                return null;
            }
            FigureStyle style = figure.style();
            LegendItem item = new LegendItem(legend, null, null, null, new Line2D.Double(-7, 0, 7, 0),
                    new BasicStroke(style.lineWidth(baseWidth)), style.theme().color(colour));
            item.setLabelPaint(style.theme().foreground());
            return item;
        }
    }
}
