package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;

/**
 * Squares standing on vertical segments, square on the screen whatever the axis scales: the segment from
 * (x, y0) to (x, y1) is one side, and the square reaches as many pixels sideways as the segment is tall,
 * to the right (or to the left where the right would leave the plot). Drawn for squared residuals, so
 * that (y − ŷ)² is seen as an area. Filled translucent with an outline in the same palette colour.
 */
public final class Squares {
    private final XYFigure figure;
    private final String legend;
    private final int colour;
    private final double alpha;
    private final Layer layer = new Layer();
    private double[] xs = new double[0], y0s = new double[0], y1s = new double[0];

    Squares(XYFigure figure, String legend, int colour, double alpha) {
        this.figure = figure;
        this.legend = legend;
        this.colour = colour;
        this.alpha = alpha;
    }

    PaintedLayer layer() { return layer; }

    /**
     * One square per segment (x[k], y0[k])–(x[k], y1[k]); segments with a non-finite end are skipped.
     *
     * @throws IllegalArgumentException unless the three arrays have equal lengths
     */
    public void set(double[] x, double[] y0, double[] y1) {
        if (x.length != y0.length || x.length != y1.length) {
            throw new IllegalArgumentException("Requires x, y0 and y1 of equal length.");
        }
        xs = x.clone();
        y0s = y0.clone();
        y1s = y1.clone();
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < xs.length; k++) {
            if (drawable(k)) {
                xMin = Math.min(xMin, xs[k]);
                xMax = Math.max(xMax, xs[k]);
                yMin = Math.min(yMin, Math.min(y0s[k], y1s[k]));
                yMax = Math.max(yMax, Math.max(y0s[k], y1s[k]));
            }
        }
        if (xMin <= xMax) {
            layer.changed(xMin, xMax, yMin, yMax);
        } else {
            layer.cleared();
        }
    }

    public void setVisible(boolean visible) { layer.setSeriesVisible(0, visible); }

    public boolean isVisible() { return layer.isSeriesVisible(0); }

    public void clear() { set(new double[0], new double[0], new double[0]); }

    private boolean drawable(int k) {
        return Double.isFinite(xs[k]) && Double.isFinite(y0s[k]) && Double.isFinite(y1s[k]);
    }

    /** The square on segment k in screen coordinates: {left, top, side}; null if it is not drawn. */
    static double[] screenSquare(ScreenMap m, double x, double y0, double y1) {
        double sx = m.sx(x), sa = m.sy(y0), sb = m.sy(y1);
        double side = Math.abs(sb - sa);
        if (!(side >= 0.5)) {
            return null;
        }
        Rectangle2D area = m.area();
        boolean right = sx + side <= area.getMaxX() || sx - side < area.getMinX();
        return new double[] {right ? sx : sx - side, Math.min(sa, sb), side};
    }

    private final class Layer extends PaintedLayer {
        private static final long serialVersionUID = 1L;

        @Override
        void paint(Graphics2D g2, ScreenMap m) {
            Path2D.Double all = new Path2D.Double();
            for (int k = 0; k < xs.length; k++) {
                double[] s = drawable(k) ? screenSquare(m, xs[k], y0s[k], y1s[k]) : null;
                if (s != null) {
                    all.append(new Rectangle2D.Double(s[0], s[1], s[2], s[2]), false);
                }
            }
            FigureStyle style = figure.style();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setPaint(style.theme().translucent(colour, alpha));
            g2.fill(all);
            g2.setPaint(style.theme().color(colour));
            g2.setStroke(new BasicStroke(style.lineWidth(1.0)));
            g2.draw(all);
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            if (legend == null) {
                return null;
            }
            FigureStyle style = figure.style();
            LegendItem item = new LegendItem(legend, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                    style.theme().translucent(colour, alpha), new BasicStroke(style.lineWidth(1.0)),
                    style.theme().color(colour));
            item.setLabelPaint(style.theme().foreground());
            return item;
        }
    }
}
