package org.kobai.plot;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Data coordinates to Java2D coordinates for one drawing of an x–y plot. */
final class ScreenMap {
    private final Rectangle2D area;
    private final ValueAxis xAxis;
    private final ValueAxis yAxis;
    private final RectangleEdge xEdge;
    private final RectangleEdge yEdge;

    ScreenMap(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        this.area = area;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.xEdge = plot.getDomainAxisEdge();
        this.yEdge = plot.getRangeAxisEdge();
    }

    Rectangle2D area() { return area; }
    double sx(double x) { return xAxis.valueToJava2D(x, area, xEdge); }
    double sy(double y) { return yAxis.valueToJava2D(y, area, yEdge); }

    /** Screen pixels per data unit along x (negative when the axis is inverted). */
    double xScale() { return sx(1) - sx(0); }

    /** Screen pixels per data unit along y (negative in the usual upward orientation). */
    double yScale() { return sy(1) - sy(0); }
}
