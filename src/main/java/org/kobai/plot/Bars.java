package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * Bars of given heights centred on given x values, rising from 0 (negative heights hang below): a
 * sequence, a histogram, a probability distribution. Bars are flat (no gradient or shadow), in one
 * palette colour, with a thin outline in the background colour so neighbours stay apart.
 */
public final class Bars {
    private final String key;
    private final DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
    private final XYBarRenderer renderer = new XYBarRenderer();
    private double width;
    private double[] xs = new double[0], heights = new double[0];

    Bars(XYFigure figure, String legend, int colour, double width) {
        requireWidth(width);
        this.width = width;
        this.key = legend != null ? legend : "bars";
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setUseYInterval(true);
        renderer.setMargin(0);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesVisibleInLegend(0, legend != null);
        renderer.setDefaultToolTipGenerator(null);
        renderer.setDefaultCreateEntities(false);
        renderer.setLegendBar(new Rectangle2D.Double(-6, -5, 12, 10));
        set(xs, heights);
        figure.restyle(s -> {
            renderer.setSeriesPaint(0, s.theme().color(colour));
            renderer.setSeriesOutlinePaint(0, s.theme().outline());
            renderer.setSeriesOutlineStroke(0, new BasicStroke((float) s.scale()));
        });
    }

    DefaultIntervalXYDataset dataset() { return dataset; }
    XYBarRenderer renderer() { return renderer; }

    /**
     * Bars of height heights[i] centred on x[i].
     *
     * @throws IllegalArgumentException unless both arrays have the same length
     */
    public void set(double[] x, double[] heights) {
        if (x.length != heights.length) {
            throw new IllegalArgumentException("Requires as many x values as heights.");
        }
        xs = x.clone();
        this.heights = heights.clone();
        int n = xs.length;
        double[] start = new double[n], end = new double[n], zero = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = xs[i] - width / 2;
            end[i] = xs[i] + width / 2;
        }
        // x, x start, x end, y, y start, y end
        dataset.addSeries(key, new double[][] {xs.clone(), start, end, this.heights.clone(), zero, this.heights.clone()});
    }

    /**
     * The width of every bar in x units (1 for bars touching at integer x).
     *
     * @throws IllegalArgumentException unless width is finite and &gt; 0
     */
    public void setWidth(double width) {
        requireWidth(width);
        this.width = width;
        set(xs, heights);
    }

    /** The bars shown now, as {x[], heights[]}. */
    public double[][] data() { return new double[][] {xs.clone(), heights.clone()}; }

    public void setVisible(boolean visible) { renderer.setSeriesVisible(0, visible); }

    private static void requireWidth(double width) {
        if (!(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("Requires a finite bar width > 0.");
        }
    }
}
