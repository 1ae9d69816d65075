package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** A filled polygon in data coordinates that can be moved: shaded areas and squares of residuals. */
final class PolygonAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final XYFigure figure;
    private final int colour;
    private final double alpha;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    PolygonAnnotation(XYFigure figure, int colour, double alpha) {
        this.figure = figure;
        this.colour = colour;
        this.alpha = alpha;
    }

    void set(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        xs = x.clone();
        ys = y.clone();
        fireAnnotationChanged();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        if (xs.length < 3) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return;
            }
            double sx = domainAxis.valueToJava2D(xs[i], dataArea, plot.getDomainAxisEdge());
            double sy = rangeAxis.valueToJava2D(ys[i], dataArea, plot.getRangeAxisEdge());
            if (i == 0) {
                path.moveTo(sx, sy);
            } else {
                path.lineTo(sx, sy);
            }
        }
        path.closePath();
        g2.setPaint(figure.style().theme().translucent(colour, alpha));
        g2.fill(path);
    }
}
