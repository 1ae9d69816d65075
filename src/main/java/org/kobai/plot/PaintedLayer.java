package org.kobai.plot;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A layer that paints all of its content in one go (an image, thousands of arrows, many polylines) instead
 * of one JFreeChart item at a time. Its dataset holds only the two corners of what it draws, so the axes
 * can auto-range to it and the layer keeps its place in the plot's drawing order; an empty dataset draws
 * nothing.
 */
abstract class PaintedLayer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;
    private static final String KEY = "bounds";
    private final DefaultXYDataset bounds = new DefaultXYDataset();

    PaintedLayer() {
        bounds.addSeries(KEY, new double[][] {{}, {}});
        setDefaultCreateEntities(false);
    }

    final XYDataset dataset() { return bounds; }

    /** New content inside the given data rectangle: redraws (and lets auto-ranging see it). */
    final void changed(double xMin, double xMax, double yMin, double yMax) {
        bounds.addSeries(KEY, new double[][] {{xMin, xMax}, {yMin, yMax}});
    }

    /** No content: draws nothing. */
    final void cleared() {
        bounds.addSeries(KEY, new double[][] {{}, {}});
    }

    /** A look-only change (visibility, style): redraws with the same content. */
    final void repaint() {
        fireChangeEvent();
    }

    /**
     * Paints the whole layer; the plot has already clipped to the data area. Paint, stroke, font,
     * composite, transform and hints are restored afterwards; a layer that narrows the clip restores it.
     */
    abstract void paint(Graphics2D g2, ScreenMap map);

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
                                          PlotRenderingInfo info) {
        XYItemRendererState state = super.initialise(g2, dataArea, plot, dataset, info);
        // Item 0 must reach drawItem even when the corners lie outside the visible window.
        state.setProcessVisibleItemsOnly(false);
        return state;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (series != 0 || item != 0 || pass != 0 || !isSeriesVisible(0)) {
            return;
        }
        // Saved and restored by hand: FXGraphics2D copies made by create() share one canvas state.
        Paint paint = g2.getPaint();
        Stroke stroke = g2.getStroke();
        Font font = g2.getFont();
        Composite composite = g2.getComposite();
        AffineTransform transform = g2.getTransform();
        RenderingHints hints = (RenderingHints) g2.getRenderingHints().clone();
        try {
            paint(g2, new ScreenMap(plot, dataArea, domainAxis, rangeAxis));
        } finally {
            g2.setRenderingHints(hints);
            g2.setTransform(transform);
            g2.setComposite(composite);
            g2.setFont(font);
            g2.setStroke(stroke);
            g2.setPaint(paint);
        }
    }

    /** No legend entry unless a layer offers one. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        return null;
    }
}
