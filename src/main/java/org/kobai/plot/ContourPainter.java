package org.kobai.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.kobai.math.ContourLines;
import org.kobai.math.Curve;
import org.kobai.math.Grid2D;
import org.kobai.math.NumberText;

/**
 * Contour lines of a grid, traced once per update and painted with their level written on them: the
 * line is cut where its label sits, as on a map.
 */
final class ContourPainter {
    /** One level and its traced polylines. */
    record Level(double value, List<Curve> lines) {}

    private List<Level> levels = List.of();

    /** Traces the grid at each level; non-finite levels and levels the data never reach are dropped. */
    void trace(Grid2D grid, double[] values) {
        List<Level> traced = new ArrayList<>();
        for (double v : values) {
            if (Double.isFinite(v)) {
                List<Curve> lines = ContourLines.trace(grid, v);
                if (!lines.isEmpty()) {
                    traced.add(new Level(v, lines));
                }
            }
        }
        levels = List.copyOf(traced);
    }

    void clear() { levels = List.of(); }

    double[] levels() { return levels.stream().mapToDouble(Level::value).toArray(); }

    List<Level> traced() { return levels; }

    /**
     * Draws every level in the colour {@code colour} gives it; {@code labelFont} null draws no labels.
     */
    void paint(Graphics2D g2, ScreenMap map, DoubleFunction<Color> colour, Stroke stroke, Font labelFont) {
        List<Path2D> paths = new ArrayList<>(levels.size());
        List<Label> labels = new ArrayList<>();
        FontMetrics metrics = labelFont == null ? null : g2.getFontMetrics(labelFont);
        for (Level level : levels) {
            Path2D.Double path = new Path2D.Double();
            Curve longest = null;
            double longestLength = 0;
            for (Curve c : level.lines()) {
                double length = append(path, c, map);
                if (length > longestLength) {
                    longest = c;
                    longestLength = length;
                }
            }
            paths.add(path);
            if (metrics != null && longest != null) {
                Label label = place(NumberText.display(level.value()), level.value(), longest, longestLength, map, metrics, labels);
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        Shape clip = g2.getClip();
        if (!labels.isEmpty()) {
            Area open = new Area(clip != null ? clip : map.area());
            labels.forEach(l -> open.subtract(new Area(l.box())));
            g2.setClip(open);
        }
        g2.setStroke(stroke);
        for (int k = 0; k < levels.size(); k++) {
            g2.setPaint(colour.apply(levels.get(k).value()));
            g2.draw(paths.get(k));
        }
        if (!labels.isEmpty()) {
            g2.setClip(clip);
            g2.setFont(labelFont);
            for (Label l : labels) {
                g2.setPaint(colour.apply(l.level()));
                g2.drawString(l.text(), (float) l.textX(), (float) l.textY());
            }
        }
    }

    private record Label(String text, double level, Rectangle2D box, double textX, double textY) {}

    /** Appends a polyline in screen coordinates; returns its screen length. */
    private static double append(Path2D path, Curve c, ScreenMap map) {
        double[] x = c.x(), y = c.y();
        double length = 0, px = 0, py = 0;
        for (int k = 0; k < x.length; k++) {
            double sx = map.sx(x[k]), sy = map.sy(y[k]);
            if (k == 0) {
                path.moveTo(sx, sy);
            } else {
                path.lineTo(sx, sy);
                length += Math.hypot(sx - px, sy - py);
            }
            px = sx;
            py = sy;
        }
        return length;
    }

    /** A spot halfway along the line (or a quarter either side) where the label fits and overlaps none. */
    private static Label place(String text, double level, Curve line, double length, ScreenMap map, FontMetrics metrics,
                               List<Label> taken) {
        double width = metrics.stringWidth(text);
        double height = metrics.getAscent() + metrics.getDescent();
        if (length < 3 * width) {
            return null;
        }
        double pad = Math.max(1, height * 0.15);
        Rectangle2D inner = map.area();
        for (double fraction : new double[] {0.5, 0.25, 0.75}) {
            double[] at = pointAlong(line, fraction * length, map);
            Rectangle2D box = new Rectangle2D.Double(at[0] - width / 2 - pad, at[1] - height / 2 - pad,
                    width + 2 * pad, height + 2 * pad);
            if (inner.contains(box) && taken.stream().noneMatch(l -> l.box().intersects(box))) {
                double baseline = at[1] - height / 2 + metrics.getAscent();
                return new Label(text, level, box, at[0] - width / 2, baseline);
            }
        }
        return null;
    }

    private static double[] pointAlong(Curve c, double distance, ScreenMap map) {
        double[] x = c.x(), y = c.y();
        double walked = 0;
        double px = map.sx(x[0]), py = map.sy(y[0]);
        for (int k = 1; k < x.length; k++) {
            double sx = map.sx(x[k]), sy = map.sy(y[k]);
            double step = Math.hypot(sx - px, sy - py);
            if (walked + step >= distance && step > 0) {
                double t = (distance - walked) / step;
                return new double[] {px + t * (sx - px), py + t * (sy - py)};
            }
            walked += step;
            px = sx;
            py = sy;
        }
        return new double[] {px, py};
    }
}
