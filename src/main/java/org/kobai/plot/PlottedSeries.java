package org.kobai.plot;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A series a flat chart shows, read back from its datasets: what the audio trace walks along and what the
 * text description tells. Lines, points and bars are read; painted layers (heat maps, bands, arrows) are not.
 *
 * @param name    the series' name in the legend, or null when it has none
 * @param kind    how it is drawn
 * @param dataset the plot's dataset index, and {@code series} the series within it
 * @param x       the x values in the order drawn
 * @param y       the y values, NaN where the curve has a gap
 */
public record PlottedSeries(String name, Kind kind, int dataset, int series, double[] x, double[] y) {
    public enum Kind { LINE, POINTS, BARS }

    /** The visible, non-empty series of the chart's x–y plot, in drawing order; none for other plots. */
    public static List<PlottedSeries> of(JFreeChart chart) {
        List<PlottedSeries> out = new ArrayList<>();
        Plot p = chart.getPlot();
        if (!(p instanceof XYPlot plot)) {
            return out;
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            XYItemRenderer r = plot.getRenderer(d);
            if (ds == null || r == null) {
                continue;
            }
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                Kind kind = kindOf(r, s);
                int n = ds.getItemCount(s);
                if (kind == null || n == 0 || !r.isSeriesVisible(s)) {
                    continue;
                }
                double[] x = new double[n], y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = ds.getXValue(s, i);
                    y[i] = ds.getYValue(s, i);
                }
                String name = r.isSeriesVisibleInLegend(s) ? String.valueOf(ds.getSeriesKey(s)) : null;
                out.add(new PlottedSeries(name, kind, d, s, x, y));
            }
        }
        return out;
    }

    private static Kind kindOf(XYItemRenderer r, int series) {
        if (r instanceof XYBarRenderer) {
            return Kind.BARS;
        }
        if (r instanceof XYLineAndShapeRenderer l) {
            if (l.getItemLineVisible(series, 0)) {
                return Kind.LINE;
            }
            return l.getItemShapeVisible(series, 0) ? Kind.POINTS : null;
        }
        return null;
    }

    public int size() { return x.length; }
}
