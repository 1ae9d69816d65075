package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The audio trace's cursor on a chart: a ring on the traced point, dashed lines to both axes and the point's
 * values beside it, in the chart's text colour. Drawn on screen only; a chart without a cursor draws as
 * before.
 */
public final class TraceCursor extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double RING = 7;

    private double x = Double.NaN;
    private double y = Double.NaN;
    private String label = "";

    /** Moves the cursor to (x, y) with its label; a value that is not finite hides it. */
    public void set(double x, double y, String label) {
        String l = label == null ? "" : label;
        if (Double.compare(x, this.x) == 0 && Double.compare(y, this.y) == 0 && l.equals(this.label)) {
            return; // no change event, so a redraw that re-places the cursor does not redraw again
        }
        this.x = x;
        this.y = y;
        this.label = label == null ? "" : label;
        fireAnnotationChanged();
    }

    public void hide() {
        set(Double.NaN, Double.NaN, "");
    }

    public boolean isShown() { return Double.isFinite(x) && Double.isFinite(y); }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (!isShown()) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        double sx = domainAxis.valueToJava2D(x, dataArea, xEdge);
        double sy = rangeAxis.valueToJava2D(y, dataArea, yEdge);
        Paint ink = domainAxis.getTickLabelPaint();
        Font font = domainAxis.getTickLabelFont();
        double scale = font.getSize2D() / XYFigure.TICK_LABEL_SIZE;
        double r = RING * scale;
        Paint oldPaint = g2.getPaint();
        java.awt.Stroke oldStroke = g2.getStroke();
        Font oldFont = g2.getFont();
        g2.setPaint(ink);
        float w = (float) (1.2 * scale);
        g2.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {4 * w, 3 * w}, 0));
        double cy = Math.max(dataArea.getMinY(), Math.min(dataArea.getMaxY(), sy));
        double cx = Math.max(dataArea.getMinX(), Math.min(dataArea.getMaxX(), sx));
        g2.draw(new Line2D.Double(cx, cy, cx, dataArea.getMaxY()));
        g2.draw(new Line2D.Double(dataArea.getMinX(), cy, cx, cy));
        g2.setStroke(new BasicStroke((float) (2.5 * scale)));
        g2.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        if (!label.isEmpty()) {
            g2.setFont(font);
            FontMetrics fm = g2.getFontMetrics();
            double tw = fm.stringWidth(label), th = fm.getAscent();
            double tx = cx + r + 4 > dataArea.getMaxX() - tw ? cx - r - 4 - tw : cx + r + 4;
            double ty = cy - r - 4 - th < dataArea.getMinY() ? cy + r + 4 + th : cy - r - 4;
            Color back = plot.getBackgroundPaint() instanceof Color c ? c : Color.WHITE;
            g2.setPaint(new Color(back.getRed(), back.getGreen(), back.getBlue(), 220));
            g2.fill(new Rectangle2D.Double(tx - 2, ty - th - 1, tw + 4, th + fm.getDescent() + 2));
            g2.setPaint(ink);
            g2.drawString(label, (float) tx, (float) ty);
        }
        g2.setPaint(oldPaint);
        g2.setStroke(oldStroke);
        g2.setFont(oldFont);
    }
}
