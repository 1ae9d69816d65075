package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.jfree.svg.SVGGraphics2D;

/**
 * A 3-D surface rendered once into an image and drawn from that while nothing about it changes: the
 * figure's other panels move with every update (a point on the map), the surface usually does not, and
 * rendering it in software costs far more than the rest of the figure. Only for pixel targets drawn at
 * their own size; an SVG or a scaled export gets the surface itself.
 */
final class KeptSurface {
    private final Chart3D chart;
    private long version;
    private List<Object> key;
    private BufferedImage image;
    private int left;
    private int top;

    KeptSurface(Chart3D chart) {
        this.chart = chart;
        chart.addChangeListener(e -> version++);
    }

    /** Draws the surface into {@code area} through {@code render}, or the kept picture of it when unchanged. */
    void draw(Graphics2D g2, Rectangle2D area, BiConsumer<Graphics2D, Rectangle2D> render) {
        if (g2 instanceof SVGGraphics2D || (g2.getTransform().getType() & ~AffineTransform.TYPE_TRANSLATION) != 0) {
            render.accept(g2, area);
            return;
        }
        ViewPoint3D v = chart.getViewPoint();
        // The viewer turns the view point in place without an event, so the angle is part of the key.
        List<Object> now = List.of(version, area, v.getTheta(), v.getPhi(), v.calcRollAngle(), v.getRho(),
                g2.getRenderingHints());
        if (!now.equals(key) || image == null) {
            left = (int) Math.floor(area.getX());
            top = (int) Math.floor(area.getY());
            int width = Math.max(1, (int) Math.ceil(area.getMaxX()) - left);
            int height = Math.max(1, (int) Math.ceil(area.getMaxY()) - top);
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D i2 = image.createGraphics();
            try {
                i2.setRenderingHints(g2.getRenderingHints());
                i2.translate(-left, -top); // the same pixel grid as drawing straight onto the target
                render.accept(i2, area);
            } finally {
                i2.dispose();
            }
            key = now;
        }
        g2.drawImage(image, left, top, null);
    }
}
