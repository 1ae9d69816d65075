package org.kobai.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
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
 * line is cut where its label sits, as on a map. The cut is made in the geometry, not with a clip: a
 * clip shaped like a rectangle with holes is slow on the JavaFX canvas.
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

    /** The traced levels; a new object after every trace, so a picture drawn from them can be kept. */
    Object traced() { return levels; }

    double[] levels() { return levels.stream().mapToDouble(Level::value).toArray(); }

    /**
     * Draws every level in the colour {@code colour} gives it; {@code labelFont} null draws no labels.
     */
    void paint(Graphics2D g2, ScreenMap map, DoubleFunction<Color> colour, Stroke stroke, Font labelFont) {
        List<List<double[][]>> screen = new ArrayList<>(levels.size());
        List<Label> labels = new ArrayList<>();
        FontMetrics metrics = labelFont == null ? null : g2.getFontMetrics(labelFont);
        for (Level level : levels) {
            List<double[][]> polylines = new ArrayList<>(level.lines().size());
            double[][] longest = null;
            double longestLength = 0;
            for (Curve c : level.lines()) {
                double[][] p = toScreen(c, map);
                polylines.add(p);
                double length = length(p);
                if (length > longestLength) {
                    longest = p;
                    longestLength = length;
                }
            }
            screen.add(polylines);
            if (metrics != null && longest != null) {
                Label label = place(NumberText.display(level.value()), level.value(), longest, longestLength, map,
                        metrics, labels);
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        List<Rectangle2D> holes = labels.stream().map(Label::box).toList();
        g2.setStroke(stroke);
        for (int k = 0; k < levels.size(); k++) {
            Path2D.Double path = new Path2D.Double();
            for (double[][] p : screen.get(k)) {
                appendCut(path, p, holes);
            }
            g2.setPaint(colour.apply(levels.get(k).value()));
            g2.draw(path);
        }
        if (!labels.isEmpty()) {
            g2.setFont(labelFont);
            for (Label l : labels) {
                g2.setPaint(colour.apply(l.level()));
                g2.drawString(l.text(), (float) l.textX(), (float) l.textY());
            }
        }
    }

    private record Label(String text, double level, Rectangle2D box, double textX, double textY) {}

    private static double[][] toScreen(Curve c, ScreenMap map) {
        double[] x = c.x(), y = c.y();
        double[][] p = new double[2][x.length];
        for (int k = 0; k < x.length; k++) {
            p[0][k] = map.sx(x[k]);
            p[1][k] = map.sy(y[k]);
        }
        return p;
    }

    private static double length(double[][] p) {
        double sum = 0;
        for (int k = 1; k < p[0].length; k++) {
            sum += Math.hypot(p[0][k] - p[0][k - 1], p[1][k] - p[1][k - 1]);
        }
        return sum;
    }

    /** Appends the polyline minus the parts inside any of the holes. */
    private static void appendCut(Path2D path, double[][] p, List<Rectangle2D> holes) {
        boolean penDown = false;
        for (int k = 1; k < p[0].length; k++) {
            double x0 = p[0][k - 1], y0 = p[1][k - 1], x1 = p[0][k], y1 = p[1][k];
            double[] cut = null;
            for (Rectangle2D h : holes) {
                cut = inside(x0, y0, x1, y1, h);
                if (cut != null) {
                    break;
                }
            }
            if (cut == null) {
                if (!penDown) {
                    path.moveTo(x0, y0);
                    penDown = true;
                }
                path.lineTo(x1, y1);
                continue;
            }
            // Draw up to the hole, lift the pen across it, put it down where the segment leaves.
            if (cut[0] > 0) {
                if (!penDown) {
                    path.moveTo(x0, y0);
                }
                path.lineTo(x0 + cut[0] * (x1 - x0), y0 + cut[0] * (y1 - y0));
            }
            penDown = cut[1] < 1;
            if (penDown) {
                path.moveTo(x0 + cut[1] * (x1 - x0), y0 + cut[1] * (y1 - y0));
                path.lineTo(x1, y1);
            }
        }
    }

    /**
     * The parameter interval [t0, t1] of the segment inside the rectangle (Liang–Barsky), or null when the
     * segment misses it.
     */
    private static double[] inside(double x0, double y0, double x1, double y1, Rectangle2D r) {
        double dx = x1 - x0, dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - r.getMinX(), r.getMaxX() - x0, y0 - r.getMinY(), r.getMaxY() - y0};
        double t0 = 0, t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1 ? new double[] {t0, t1} : null;
    }

    /** A spot halfway along the line (or a quarter either side) where the label fits and overlaps none. */
    private static Label place(String text, double level, double[][] line, double length, ScreenMap map,
                               FontMetrics metrics, List<Label> taken) {
        double width = metrics.stringWidth(text);
        double height = metrics.getAscent() + metrics.getDescent();
        if (length < 3 * width) {
            return null;
        }
        double pad = Math.max(1, height * 0.15);
        Rectangle2D inner = map.area();
        for (double fraction : new double[] {0.5, 0.25, 0.75}) {
            double[] at = pointAlong(line, fraction * length);
            Rectangle2D box = new Rectangle2D.Double(at[0] - width / 2 - pad, at[1] - height / 2 - pad,
                    width + 2 * pad, height + 2 * pad);
            if (inner.contains(box) && taken.stream().noneMatch(l -> l.box().intersects(box))) {
                double baseline = at[1] - height / 2 + metrics.getAscent();
                return new Label(text, level, box, at[0] - width / 2, baseline);
            }
        }
        return null;
    }

    private static double[] pointAlong(double[][] p, double distance) {
        double walked = 0;
        for (int k = 1; k < p[0].length; k++) {
            double step = Math.hypot(p[0][k] - p[0][k - 1], p[1][k] - p[1][k - 1]);
            if (walked + step >= distance && step > 0) {
                double t = (distance - walked) / step;
                return new double[] {p[0][k - 1] + t * (p[0][k] - p[0][k - 1]), p[1][k - 1] + t * (p[1][k] - p[1][k - 1])};
            }
            walked += step;
        }
        int last = p[0].length - 1;
        return new double[] {p[0][last], p[1][last]};
    }
}
