package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.kobai.math.Grid2D;
import org.kobai.math.NiceSteps;

/**
 * A heat map of f(x, y) with contour lines: the grid becomes one image (one pixel per grid point,
 * smoothed when scaled), so a 200 × 200 grid costs one image draw rather than 40,000 rectangles. Values
 * run through a {@link ColorMap}; non-finite values are left transparent, so the plot background shows
 * through as "no data". Contour lines are drawn black on light colours and white on dark ones, with their
 * level written on them. An optional colour bar at the right reads values off colours.
 *
 * <p>Lines, points and arrows added to the figure after the heat map are drawn above it.
 */
public final class HeatMap {
    /** How many contour levels a new heat map aims for. */
    public static final int DEFAULT_CONTOURS = 8;
    private static final double CONTOUR_WIDTH = 1.0;
    private static final double LABEL_SIZE = 11;
    private static final double BAR_WIDTH = 14;

    private final XYFigure figure;
    private final ColorMap map;
    private final Layer layer = new Layer();
    private final ContourPainter contours = new ContourPainter();
    private final PaintScaleLegend colourBar;
    private final NiceAxis barAxis;
    private Grid2D grid;
    private BufferedImage image;
    private double lo = 0, hi = 1;
    private int contourCount = DEFAULT_CONTOURS;
    private double[] fixedLevels;
    private boolean labels = true;

    HeatMap(XYFigure figure, ColorMap map, String scaleLabel) {
        this.figure = figure;
        this.map = map;
        if (scaleLabel != null) {
            barAxis = new NiceAxis(scaleLabel);
            barAxis.setRange(0, 1);
            colourBar = new PaintScaleLegend(new Scale(), barAxis);
            colourBar.setPosition(RectangleEdge.RIGHT);
            colourBar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            colourBar.setSubdivisionCount(128);
            colourBar.setStripOutlineVisible(false);
        } else {
            barAxis = null;
            colourBar = null;
        }
    }

    Layer layer() { return layer; }
    PaintScaleLegend colourBar() { return colourBar; }

    /** Shows the grid with colours spread over its smallest to largest finite value. */
    public void set(Grid2D grid) {
        double min = grid.min(), max = grid.max();
        set(grid, Double.isNaN(min) ? 0 : min, Double.isNaN(max) ? 1 : max);
    }

    /**
     * Shows the grid with the colour scale fixed to lo..hi, so colours mean the same value while the
     * function changes; values outside take the end colours.
     *
     * @throws IllegalArgumentException unless lo &le; hi are finite
     */
    public void set(Grid2D grid, double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("Requires finite lo <= hi.");
        }
        this.grid = grid;
        this.lo = lo;
        this.hi = hi;
        image = render(grid);
        traceContours();
        if (barAxis != null) {
            barAxis.setRange(lo, hi > lo ? hi : lo + 1);
        }
        double halfX = grid.dx() / 2, halfY = grid.dy() / 2;
        layer.changed(grid.xMin() - halfX, grid.xMax() + halfX, grid.yMin() - halfY, grid.yMax() + halfY);
    }

    /** About {@code count} round contour levels across the colour range; 0 draws none. */
    public void setContours(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Requires count >= 0.");
        }
        contourCount = count;
        fixedLevels = null;
        retrace();
    }

    /** Contour lines at exactly these levels. */
    public void setContourLevels(double... levels) {
        fixedLevels = levels.clone();
        retrace();
    }

    /** Whether each contour line carries its value (on by default). */
    public void setContourLabels(boolean on) {
        labels = on;
        layer.repaint();
    }

    /** The contour levels drawn now. */
    public double[] contourLevels() { return contours.levels(); }

    /** The colour (opaque 0xAARRGGBB) a value gets now; 0 (transparent) for a non-finite value. */
    public int argbOf(double value) { return map.argb(value, lo, hi, 0); }

    /** Shows or hides the map with its contours and its colour bar. */
    public void setVisible(boolean visible) {
        layer.setSeriesVisible(0, visible);
        if (colourBar != null) {
            colourBar.setVisible(visible);
        }
    }

    /** Renames the value the colour bar reads (a figure whose map shows another quantity in another step). */
    public void setScaleLabel(String label) {
        if (barAxis != null) {
            barAxis.setLabel(label);
        }
    }

    /** Removes the picture (the colour bar keeps its last range). */
    public void clear() {
        grid = null;
        image = null;
        contours.clear();
        layer.cleared();
    }

    private void retrace() {
        if (grid != null) {
            traceContours();
            layer.repaint();
        }
    }

    private void traceContours() {
        double[] levels;
        if (fixedLevels != null) {
            levels = fixedLevels;
        } else if (contourCount == 0 || !(hi > lo)) {
            levels = new double[0];
        } else {
            levels = NiceSteps.levels(lo, hi, contourCount);
        }
        contours.trace(grid, levels);
    }

    /** One ARGB pixel per grid point; image row 0 is the top row (largest y). */
    private BufferedImage render(Grid2D g) {
        int nx = g.nx(), ny = g.ny();
        int[] pixels = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            int row = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) {
                pixels[row + i] = map.argb(g.value(i, j), lo, hi, 0);
            }
        }
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, nx, ny, pixels, 0, nx);
        return img;
    }

    /** Black on light map colours, white on dark ones: whichever contrasts more (WCAG). */
    private Color lineColour(double level) {
        double t = hi > lo ? (level - lo) / (hi - lo) : 0.5;
        double l = map.luminance(Math.max(0, Math.min(1, t)));
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? new Color(0, 0, 0, 170) : new Color(255, 255, 255, 210);
    }

    void applyStyle(FigureStyle style) {
        if (colourBar != null) {
            Theme t = style.theme();
            colourBar.setStripWidth(BAR_WIDTH * style.scale());
            colourBar.setAxisOffset(4 * style.scale());
            colourBar.setMargin(new RectangleInsets(4 * style.scale(), 10 * style.scale(), 4 * style.scale(), 0));
            colourBar.setBackgroundPaint(t.background());
            barAxis.setLabelFont(style.font(XYFigure.TICK_LABEL_SIZE, false));
            barAxis.setLabelPaint(t.foreground());
            barAxis.setTickLabelFont(style.font(XYFigure.TICK_LABEL_SIZE, false));
            barAxis.setTickLabelPaint(t.foreground());
            barAxis.setAxisLinePaint(t.foreground());
            barAxis.setTickMarkPaint(t.foreground());
            barAxis.setAxisLineStroke(new BasicStroke((float) style.scale()));
            barAxis.setTickMarkStroke(new BasicStroke((float) style.scale()));
        }
    }

    /** The colour bar's view of the map. */
    private final class Scale implements PaintScale {
        @Override public double getLowerBound() { return lo; }
        @Override public double getUpperBound() { return hi; }

        @Override
        public Paint getPaint(double value) {
            return new Color(map.argb(value, lo, hi, 0), true);
        }
    }

    final class Layer extends PaintedLayer {
        private static final long serialVersionUID = 1L;
        private transient BufferedImage scaled;
        private transient BufferedImage scaledFrom;
        private transient BufferedImage composed;
        private transient Picture composedFor;

        /** What the composed picture was drawn from; compared by identity for the map, contours and style. */
        private record Picture(Object image, Object contours, boolean labels, Object style, java.awt.Rectangle area,
                               double x0, double x1, double y0, double y1) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Picture p && p.image == image && p.contours == contours && p.labels == labels
                        && p.style == style && p.area.equals(area) && p.x0 == x0 && p.x1 == x1 && p.y0 == y0
                        && p.y1 == y1;
            }

            @Override
            public int hashCode() { return area.hashCode(); }
        }

        /**
         * The map smoothed to its size on screen, kept while neither the map nor the size changes: moving
         * only the overlays (a path, a point) then costs a plain copy instead of a bilinear rescale.
         */
        private BufferedImage scaledTo(BufferedImage img, int w, int h) {
            w = Math.max(1, w);
            h = Math.max(1, h);
            if (scaled == null || scaledFrom != img || scaled.getWidth() != w || scaled.getHeight() != h) {
                BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D s2 = out.createGraphics();
                s2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                s2.drawImage(img, new AffineTransform((double) w / img.getWidth(), 0, 0,
                        (double) h / img.getHeight(), 0, 0), null);
                s2.dispose();
                scaled = out;
                scaledFrom = img;
            }
            return scaled;
        }

        @Override
        void paint(Graphics2D g2, ScreenMap m) {
            BufferedImage img = image;
            Grid2D g = grid;
            if (img == null || g == null) {
                return;
            }
            if ((g2.getTransform().getType() & ~AffineTransform.TYPE_TRANSLATION) != 0) {
                paintDirectly(g2, m, img, g); // scaled output (an export at 2×): draw at full resolution
                return;
            }
            java.awt.Rectangle area = m.area().getBounds();
            Picture key = new Picture(img, contours.traced(), labels, figure.style(), area,
                    m.sx(g.xMin()), m.sx(g.xMax()), m.sy(g.yMin()), m.sy(g.yMax()));
            if (!key.equals(composedFor) || composed == null) {
                composed = compose(g2, m, img, g, area);
                composedFor = key;
            }
            g2.drawImage(composed, area.x, area.y, null);
        }

        /**
         * The map and its contours painted once into an image the size of the plot area, so an update that
         * moves only the overlays (a path, a point) costs one image copy instead of every contour stroked
         * again. Kept while the map, its contours, the style and the axes' mapping stay the same.
         */
        private BufferedImage compose(Graphics2D g2, ScreenMap m, BufferedImage img, Grid2D g, java.awt.Rectangle area) {
            BufferedImage out = KeptPicture.create(Math.max(1, area.width), Math.max(1, area.height));
            Graphics2D c2 = out.createGraphics();
            try {
                c2.setRenderingHints(g2.getRenderingHints());
                c2.translate(-area.x, -area.y);
                paintDirectly(c2, m, img, g);
            } finally {
                c2.dispose();
            }
            return out;
        }

        private void paintDirectly(Graphics2D g2, ScreenMap m, BufferedImage img, Grid2D g) {
            // Pixel centres sit on grid points: the image spans half a cell beyond the grid on each side.
            double left = m.sx(g.xMin() - g.dx() / 2), right = m.sx(g.xMax() + g.dx() / 2);
            double top = m.sy(g.yMax() + g.dy() / 2), bottom = m.sy(g.yMin() - g.dy() / 2);
            g2.drawImage(scaledTo(img, (int) Math.round(right - left), (int) Math.round(bottom - top)),
                    (int) Math.round(left), (int) Math.round(top), null);
            FigureStyle style = figure.style();
            contours.paint(g2, m, HeatMap.this::lineColour,
                    new BasicStroke(style.lineWidth(CONTOUR_WIDTH), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                    labels ? style.font(LABEL_SIZE, false) : null);
        }
    }
}
