package org.kobai.ui;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;

/**
 * Canvas pixels to data coordinates and back for a chart canvas, as it was last drawn. Before the first
 * drawing (or for a chart that is not x–y) there is no data area and every conversion reports that.
 */
final class PlotCoordinates {
    private final ChartCanvas canvas;

    PlotCoordinates(ChartCanvas canvas) {
        this.canvas = canvas;
    }

    /** The data area in canvas coordinates; null before the first drawing or for a non-x–y chart. */
    Rectangle2D area() {
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (!(canvas.getChart().getPlot() instanceof XYPlot) || info == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return area.isEmpty() ? null : area;
    }

    boolean inside(double sx, double sy) {
        Rectangle2D a = area();
        return a != null && a.contains(sx, sy);
    }

    private XYPlot plot() { return (XYPlot) canvas.getChart().getPlot(); }

    double dataX(double sx) {
        XYPlot p = plot();
        return p.getDomainAxis().java2DToValue(sx, area(), p.getDomainAxisEdge());
    }

    double dataY(double sy) {
        XYPlot p = plot();
        return p.getRangeAxis().java2DToValue(sy, area(), p.getRangeAxisEdge());
    }

    double screenX(double x) {
        XYPlot p = plot();
        return p.getDomainAxis().valueToJava2D(x, area(), p.getDomainAxisEdge());
    }

    double screenY(double y) {
        XYPlot p = plot();
        return p.getRangeAxis().valueToJava2D(y, area(), p.getRangeAxisEdge());
    }

    /** x kept inside the visible window. */
    double clampX(double x) {
        XYPlot p = plot();
        return Math.max(p.getDomainAxis().getLowerBound(), Math.min(p.getDomainAxis().getUpperBound(), x));
    }

    /** y kept inside the visible window. */
    double clampY(double y) {
        XYPlot p = plot();
        return Math.max(p.getRangeAxis().getLowerBound(), Math.min(p.getRangeAxis().getUpperBound(), y));
    }
}
