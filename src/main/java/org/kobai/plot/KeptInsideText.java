package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A text note that stays inside the plot: a label that would run past an edge (a vector's name at a tip
 * near the right edge) goes to the other side of its point instead, or, if it fits there neither, is
 * moved in just far enough. The plot clips at its edges, so a label left outside would be cut off.
 */
final class KeptInsideText extends XYTextAnnotation {
    private static final long serialVersionUID = 1L;

    KeptInsideText() {
        super("", 0, 0);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        String text = getText();
        if (text == null || text.isEmpty()) {
            return; // a hidden note; JFreeChart would fill a null outline when it has a background
        }
        if (getRotationAngle() != 0) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double ax = domainAxis.valueToJava2D(getX(), dataArea, domainEdge);
        double ay = rangeAxis.valueToJava2D(getY(), dataArea, rangeEdge);
        float px = (float) (vertical ? ax : ay);
        float py = (float) (vertical ? ay : ax);
        g2.setFont(getFont());
        Rectangle2D b = TextUtils.calcAlignedStringBounds(text, g2, px, py, getTextAnchor());
        double dx = shift(b.getMinX(), b.getMaxX(), dataArea.getMinX(), dataArea.getMaxX(),
                getTextAnchor().isLeft(), getTextAnchor().isRight());
        double dy = shift(b.getMinY(), b.getMaxY(), dataArea.getMinY(), dataArea.getMaxY(),
                getTextAnchor().isTop(), getTextAnchor().isBottom());
        if (dx == 0 && dy == 0) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        g2.translate(dx, dy);
        try {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        } finally {
            g2.translate(-dx, -dy);
        }
    }

    /**
     * How far to move text spanning lo..hi to keep it within min..max: across its point (by its own size)
     * when it hangs off one side of it and fits on the other, else just enough; 0 when it fits.
     *
     * @param startsAtPoint the text begins at its point and runs towards max (a left or top anchor)
     * @param endsAtPoint   the text ends at its point (a right or bottom anchor)
     */
    static double shift(double lo, double hi, double min, double max, boolean startsAtPoint, boolean endsAtPoint) {
        double size = hi - lo;
        if (hi > max) {
            if (startsAtPoint && lo - size >= min) {
                return -size;
            }
            return Math.max(min - lo, max - hi);
        }
        if (lo < min) {
            if (endsAtPoint && hi + size <= max) {
                return size;
            }
            return Math.min(max - hi, min - lo);
        }
        return 0;
    }
}
