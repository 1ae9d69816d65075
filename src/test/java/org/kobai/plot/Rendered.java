package org.kobai.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** An x–y figure drawn to an image, read back at data coordinates. */
final class Rendered {
    final BufferedImage image;
    final Rectangle2D area;
    private final XYPlot plot;

    private Rendered(BufferedImage image, Rectangle2D area, XYPlot plot) {
        this.image = image;
        this.area = area;
        this.plot = plot;
    }

    static Rendered draw(XYFigure figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        ChartRenderingInfo info = new ChartRenderingInfo();
        figure.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        return new Rendered(image, info.getPlotInfo().getDataArea(), (XYPlot) figure.chart().getPlot());
    }

    int px(double x) {
        return (int) Math.round(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()));
    }

    int py(double y) {
        return (int) Math.round(plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
    }

    /** The colour drawn at data point (x, y), as 0xRRGGBB. */
    int rgb(double x, double y) {
        return image.getRGB(px(x), py(y)) & 0xFFFFFF;
    }

    /** The largest channel difference between two colours. */
    static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)),
                Math.max(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)), Math.abs((a & 0xFF) - (b & 0xFF))));
    }

    static int rgbOf(Color c) {
        return c.getRGB() & 0xFFFFFF;
    }

    /** How many pixels in the square of half-size r around (x, y) are within tol of the colour. */
    int count(double x, double y, int r, int rgb, int tol) {
        int cx = px(x), cy = py(y), n = 0;
        for (int j = cy - r; j <= cy + r; j++) {
            for (int i = cx - r; i <= cx + r; i++) {
                if (distance(image.getRGB(i, j) & 0xFFFFFF, rgb) <= tol) {
                    n++;
                }
            }
        }
        return n;
    }
}
