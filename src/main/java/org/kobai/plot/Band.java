package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;

/**
 * The region between two curves over the same x values, lower(x) ≤ y ≤ upper(x) (or the other way
 * round; the fill does not care): the area under a curve (lower = 0), a confidence band, the error between
 * a model and the data. Filled with a translucent palette colour, as {@link XYFigure#shade} fills a
 * polygon, but kept in layer order so lines added later stay on top. Where either curve is not finite
 * the band breaks into separate pieces.
 */
public final class Band {
    private final XYFigure figure;
    private final String legend;
    private final int colour;
    private final double alpha;
    private final Layer layer = new Layer();
    private double[] xs = new double[0], lows = new double[0], highs = new double[0];

    Band(XYFigure figure, String legend, int colour, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("Requires 0 <= alpha <= 1.");
        }
        this.figure = figure;
        this.legend = legend;
        this.colour = colour;
        this.alpha = alpha;
    }

    PaintedLayer layer() { return layer; }

    /**
     * The band between lower[i] and upper[i] at x[i], x in drawing order (usually increasing).
     *
     * @throws IllegalArgumentException unless the three arrays have equal lengths
     */
    public void set(double[] x, double[] lower, double[] upper) {
        if (x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("Requires x, lower and upper of equal length.");
        }
        xs = x.clone();
        lows = lower.clone();
        highs = upper.clone();
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (finite(i)) {
                xMin = Math.min(xMin, xs[i]);
                xMax = Math.max(xMax, xs[i]);
                yMin = Math.min(yMin, Math.min(lows[i], highs[i]));
                yMax = Math.max(yMax, Math.max(lows[i], highs[i]));
            }
        }
        if (xMin <= xMax) {
            layer.changed(xMin, xMax, yMin, yMax);
        } else {
            layer.cleared();
        }
    }

    public void clear() { set(new double[0], new double[0], new double[0]); }

    public void setVisible(boolean visible) { layer.setSeriesVisible(0, visible); }

    private boolean finite(int i) {
        return Double.isFinite(xs[i]) && Double.isFinite(lows[i]) && Double.isFinite(highs[i]);
    }

    private final class Layer extends PaintedLayer {
        private static final long serialVersionUID = 1L;

        @Override
        void paint(Graphics2D g2, ScreenMap m) {
            Path2D.Double area = new Path2D.Double(Path2D.WIND_NON_ZERO);
            int start = 0;
            while (start < xs.length) {
                while (start < xs.length && !finite(start)) {
                    start++;
                }
                int end = start;
                while (end < xs.length && finite(end)) {
                    end++;
                }
                if (end - start >= 2) {
                    // Along the upper curve, back along the lower one.
                    area.moveTo(m.sx(xs[start]), m.sy(highs[start]));
                    for (int i = start + 1; i < end; i++) {
                        area.lineTo(m.sx(xs[i]), m.sy(highs[i]));
                    }
                    for (int i = end - 1; i >= start; i--) {
                        area.lineTo(m.sx(xs[i]), m.sy(lows[i]));
                    }
                    area.closePath();
                }
                start = end;
            }
            g2.setPaint(figure.style().theme().translucent(colour, alpha));
            g2.fill(area);
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            // An empty or hidden band has nothing to name.
            if (legend == null || xs.length == 0 || !isSeriesVisible(0)) {
                return null;
            }
            FigureStyle style = figure.style();
            LegendItem item = new LegendItem(legend, null, null, null, new Rectangle2D.Double(-6, -5, 12, 10),
                    style.theme().translucent(colour, Math.max(alpha, 0.35)));
            item.setLabelPaint(style.theme().foreground());
            return item;
        }
    }
}
