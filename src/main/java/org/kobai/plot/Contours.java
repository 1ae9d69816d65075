package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.kobai.math.ContourLines;
import org.kobai.math.Grid2D;

/**
 * Contour lines of f(x, y) on their own, in one palette colour with their level written on them: the
 * classic picture under a gradient-descent path. Use {@link HeatMap} for colour-filled maps, which draws
 * its own contours.
 */
public final class Contours {
    private final XYFigure figure;
    private final int colour;
    private final double baseWidth;
    private final ContourPainter painter = new ContourPainter();
    private final Layer layer = new Layer();
    private Grid2D grid;
    private int count = HeatMap.DEFAULT_CONTOURS;
    private boolean labels = true;

    Contours(XYFigure figure, int colour, double baseWidth) {
        this.figure = figure;
        this.colour = colour;
        this.baseWidth = baseWidth;
    }

    PaintedLayer layer() { return layer; }

    /** Lines at about {@link #setCount count} round levels between the grid's smallest and largest values. */
    public void set(Grid2D grid) {
        set(grid, ContourLines.niceLevels(grid, Math.max(1, count)));
    }

    /** Lines at exactly these levels. */
    public void set(Grid2D grid, double... levels) {
        this.grid = grid;
        painter.trace(grid, levels);
        layer.changed(grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax());
    }

    /** How many round levels {@link #set(Grid2D)} aims for; applies from the next set. */
    public void setCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Requires count >= 1.");
        }
        this.count = count;
    }

    /** Whether each line carries its value (on by default). */
    public void setLabels(boolean on) {
        labels = on;
        layer.repaint();
    }

    /** The levels drawn now. */
    public double[] levels() { return painter.levels(); }

    public void setVisible(boolean visible) { layer.setSeriesVisible(0, visible); }

    public void clear() {
        grid = null;
        painter.clear();
        layer.cleared();
    }

    private final class Layer extends PaintedLayer {
        private static final long serialVersionUID = 1L;

        @Override
        void paint(Graphics2D g2, ScreenMap m) {
            if (grid == null) {
                return;
            }
            FigureStyle style = figure.style();
            Color c = colour < 0 ? style.theme().foreground() : style.theme().color(colour);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            painter.paint(g2, m, level -> c,
                    new BasicStroke(style.lineWidth(baseWidth), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                    labels ? style.font(11, false) : null);
        }
    }
}
