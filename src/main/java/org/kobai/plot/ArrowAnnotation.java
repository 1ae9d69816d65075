package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** An arrow between two points in data coordinates; a zero-length arrow draws nothing. */
final class ArrowAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final XYFigure figure;
    private final int colour;
    private final double baseWidth;
    private double x0, y0, x1, y1;
    private boolean visible = true;

    ArrowAnnotation(XYFigure figure, int colour, double baseWidth) {
        this.figure = figure;
        this.colour = colour;
        this.baseWidth = baseWidth;
    }

    void set(double fromX, double fromY, double toX, double toY) {
        x0 = fromX; y0 = fromY; x1 = toX; y1 = toY;
        fireAnnotationChanged();
    }

    void setVisible(boolean v) {
        visible = v;
        fireAnnotationChanged();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        if (!visible || !(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return;
        }
        double sx0 = domainAxis.valueToJava2D(x0, dataArea, plot.getDomainAxisEdge());
        double sy0 = rangeAxis.valueToJava2D(y0, dataArea, plot.getRangeAxisEdge());
        double sx1 = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
        double sy1 = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
        double len = Math.hypot(sx1 - sx0, sy1 - sy0);
        if (len < 1e-9) {
            return;
        }
        FigureStyle style = figure.style();
        float width = style.lineWidth(baseWidth);
        double head = Math.min(len * 0.6, 5 + 3.2 * width);
        double ux = (sx1 - sx0) / len, uy = (sy1 - sy0) / len;
        double bx = sx1 - ux * head, by = sy1 - uy * head;
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(style.theme().color(colour));
        g2.setStroke(Dash.SOLID.stroke(width));
        g2.draw(new Line2D.Double(sx0, sy0, bx, by));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(sx1, sy1);
        tip.lineTo(bx - uy * head * 0.45, by + ux * head * 0.45);
        tip.lineTo(bx + uy * head * 0.45, by - ux * head * 0.45);
        tip.closePath();
        g2.fill(tip);
    }
}
