package org.kobai.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * One panel of a figure: a flat JFreeChart or a rotatable 3-D surface chart. Both draw onto any
 * Graphics2D, so export and the benchmark treat them alike; on screen each gets its own viewer.
 */
public sealed interface FigurePanel permits FigurePanel.Flat, FigurePanel.Surface {
    /** Paints the panel into the rectangle. */
    void draw(Graphics2D g2, Rectangle2D area);

    /** An x–y chart (an {@link XYFigure}'s chart, for example). */
    record Flat(JFreeChart chart) implements FigurePanel {
        public Flat {
            if (chart == null) {
                throw new IllegalArgumentException("Requires a chart.");
            }
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area) { chart.draw(g2, area); }
    }

    /**
     * A 3-D chart (a {@link SurfaceFigure}'s chart), drawn from its current viewing direction at the
     * distance that fills the area, as the on-screen viewer does when it is resized.
     */
    record Surface(Chart3D chart, KeptSurface kept) implements FigurePanel {
        /** The share of the area the 3-D box may take; the rest holds title, labels and colour bar. */
        private static final double FILL = 0.7;

        public Surface {
            if (chart == null) {
                throw new IllegalArgumentException("Requires a chart.");
            }
        }

        /** A surface drawn afresh every time. */
        public Surface(Chart3D chart) {
            this(chart, null);
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area) {
            if (kept != null) {
                kept.draw(g2, area, this::render);
            } else {
                render(g2, area);
            }
        }

        private void render(Graphics2D g2, Rectangle2D area) {
            ViewPoint3D view = chart.getViewPoint();
            double rho = view.getRho();
            Dimension fit = new Dimension((int) (area.getWidth() * FILL), (int) (area.getHeight() * FILL));
            // The viewpoint is a plain object: changing its distance fires no event, and it is put back.
            view.setRho(view.optimalDistance(fit, chart.getDimensions(), chart.getProjDistance()));
            try {
                chart.draw(g2, area);
            } finally {
                view.setRho(rho);
            }
        }
    }
}
