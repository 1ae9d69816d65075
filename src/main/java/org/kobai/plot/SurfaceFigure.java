package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.Orientation;
import org.jfree.chart3d.axis.NumberAxis3D;
import org.jfree.chart3d.data.Range;
import org.jfree.chart3d.data.xyz.XYZSeriesCollection;
import org.jfree.chart3d.graphics2d.Anchor2D;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.LineObject3D;
import org.jfree.chart3d.graphics3d.Object3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.jfree.chart3d.graphics3d.World;
import org.jfree.chart3d.legend.ColorScaleLegendBuilder;
import org.jfree.chart3d.plot.XYZPlot;
import org.jfree.chart3d.renderer.ColorScale;
import org.jfree.chart3d.renderer.ColorScaleRenderer;
import org.jfree.chart3d.renderer.ComposeType;
import org.jfree.chart3d.renderer.xyz.AbstractXYZRenderer;
import org.jfree.chart3d.renderer.xyz.XYZRenderer;
import org.jfree.chart3d.style.StandardChartStyle;
import org.jfree.chart3d.table.StandardRectanglePainter;
import org.jfree.chart3d.table.TextElement;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.SurfaceAngle;
import org.kobai.math.Grid2D;

/**
 * The surface z = f(x, y) of a grid as a 3-D chart (Orson Charts) the user turns with the mouse. It is
 * drawn in software, so it renders the same on screen, headless and in exported files. Colours come from
 * a {@link ColorMap} by height; cells with a non-finite corner are left out (a hole, never a crash).
 * Grids finer than {@value #MAX_CELLS} cells a side are thinned for speed.
 *
 * <p>Orson's vertical axis is its y axis; this class maps the grid's x to Orson's x, the grid's y to
 * Orson's depth (z) and f to height, so the labels read as a learner expects.
 */
public final class SurfaceFigure {
    /** The most cells drawn along each side; finer grids are sampled every k-th point. */
    public static final int MAX_CELLS = 60;
    private static final double TITLE_SIZE = 16;
    private static final double AXIS_LABEL_SIZE = 14;
    private static final double TICK_LABEL_SIZE = 12;
    /** How far a trace floats above the surface, as a share of the box's height. */
    private static final double TRACE_LIFT = 0.015;

    private final ColorMap map;
    private final NumberAxis3D xAxis;
    private final NumberAxis3D heightAxis;
    private final NumberAxis3D depthAxis;
    private final Surface renderer = new Surface();
    private final Chart3D chart;
    /** The surface as last rendered, for the figure's other panels' updates (see {@link KeptSurface}). */
    private final KeptSurface kept;
    private FigureStyle style;
    private String title;
    private Grid2D grid;
    private double lo = 0, hi = 1;
    private java.util.List<Trace> traces = java.util.List.of();
    /** The angle last shown, and whether the lesson is turning the surface now (see {@link #followAngle}). */
    private SurfaceAngle knownAngle;
    private boolean turning;

    /**
     * A path over the surface: a line through the points (x_k, y_k, f_k) in the theme's colour
     * {@code colour}, with a marker {@code markerSize} wide (a share of the box's width; 0 for none) at
     * each point. Heights outside the surface's range are drawn at its nearest end; points with a
     * non-finite coordinate are left out.
     */
    public record Trace(double[] x, double[] y, double[] f, int colour, double markerSize) {
        public Trace {
            if (x.length != y.length || x.length != f.length) {
                throw new IllegalArgumentException("Requires x, y and f of one length.");
            }
            if (!(markerSize >= 0)) {
                throw new IllegalArgumentException("Requires markerSize >= 0.");
            }
            x = x.clone();
            y = y.clone();
            f = f.clone();
        }
    }

    /** Axis labels for x, y and the height f(x, y). */
    public SurfaceFigure(String xLabel, String yLabel, String heightLabel, ColorMap map, FigureStyle style) {
        this.map = map;
        this.style = style;
        xAxis = new NumberAxis3D(xLabel, new Range(0, 1));
        depthAxis = new NumberAxis3D(yLabel, new Range(0, 1));
        heightAxis = new NumberAxis3D(heightLabel, new Range(0, 1));
        for (NumberAxis3D axis : new NumberAxis3D[] {xAxis, depthAxis, heightAxis}) {
            axis.setAutoAdjustRange(false);
        }
        XYZPlot plot = new XYZPlot(new XYZSeriesCollection<String>(), renderer, xAxis, heightAxis, depthAxis);
        plot.setDimensions(new Dimension3D(10, 6, 10));
        chart = new Chart3D(null, null, plot);
        kept = new KeptSurface(chart);
        chart.setLegendBuilder(new ColorScaleLegendBuilder());
        chart.setLegendPosition(Anchor2D.CENTER_RIGHT, Orientation.VERTICAL);
        chart.setTitleAnchor(Anchor2D.TOP_CENTER);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        for (NumberAxis3D axis : new NumberAxis3D[] {xAxis, depthAxis, heightAxis}) {
            axis.setTickLabelFormatter(new DecimalFormat("0.###", symbols));
        }
        applyStyle(style);
    }

    public Chart3D chart() { return chart; }

    /** The angle the surface is seen from now. */
    public SurfaceAngle angle() {
        ViewPoint3D v = chart.getViewPoint();
        return new SurfaceAngle(v.getTheta(), v.getPhi(), v.calcRollAngle());
    }

    /** Turns the surface to be seen from {@code angle}, at the distance it is seen from now. */
    public void turnTo(SurfaceAngle angle) {
        ViewPoint3D v = new ViewPoint3D(angle.theta(), angle.phi(), chart.getViewPoint().getRho(), angle.roll());
        // Orson's constructor draws with the given roll but derives its "up" for later turns differently;
        // rolling by the difference makes the two agree, so the next drag continues from this picture.
        v.roll(angle.roll() - v.calcRollAngle());
        chart.setViewPoint(v);
    }

    /**
     * Keeps the surface's angle and the lesson's the same both ways: an angle the lesson is given (a scene
     * opened, another figure turned) turns the surface, and a turn by the learner (which the viewer
     * announces as a chart change) goes to the lesson. Returns what stops following the lesson.
     */
    public Runnable followAngle(LessonModel model) {
        knownAngle = angle();
        Runnable unfollowLesson = model.followSurfaceAngle(a -> {
            if (!a.equals(knownAngle)) {
                turning = true; // the lesson keeps the angle exactly as it was given
                try {
                    turnTo(a);
                } finally {
                    turning = false;
                }
                knownAngle = angle();
            }
        });
        org.jfree.chart3d.Chart3DChangeListener turned = e -> {
            SurfaceAngle now = angle();
            if (!turning && !now.equals(knownAngle)) {
                knownAngle = now;
                model.setSurfaceAngle(now);
            }
        };
        chart.addChangeListener(turned);
        return () -> {
            unfollowLesson.run();
            chart.removeChangeListener(turned);
        };
    }

    /** This figure as a panel of a {@link Figure}. */
    public FigurePanel panel() { return new FigurePanel.Surface(chart, kept); }

    public FigureStyle style() { return style; }

    public void setTitle(String title) {
        this.title = title;
        styleTitle();
    }

    /** Shows the grid with heights and colours over its smallest to largest finite value. */
    public void set(Grid2D grid) {
        double min = grid.min(), max = grid.max();
        set(grid, Double.isNaN(min) ? 0 : min, Double.isNaN(max) ? 1 : max);
    }

    /**
     * Shows the grid with the height axis and colours fixed to lo..hi; values outside are flattened onto
     * the nearest end.
     *
     * @throws IllegalArgumentException unless lo &le; hi are finite
     */
    public void set(Grid2D grid, double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("Requires finite lo <= hi.");
        }
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            this.grid = grid;
            this.lo = lo;
            this.hi = hi > lo ? hi : lo + 1;
            xAxis.setRange(grid.xMin(), grid.xMax());
            depthAxis.setRange(grid.yMin(), grid.yMax());
            heightAxis.setRange(this.lo, this.hi);
            renderer.changed();
        } finally {
            chart.setNotify(was);
        }
    }

    /** Draws these paths over the surface (replacing the ones drawn before); an empty list draws none. */
    public void setTraces(java.util.List<Trace> newTraces) {
        traces = java.util.List.copyOf(newTraces);
        renderer.changed();
    }

    /** The paths drawn now. */
    public java.util.List<Trace> traces() { return traces; }

    /** The colour (0xRRGGBB) a height gets now. */
    public int rgbOf(double height) { return map.argb(height, lo, hi, 0) & 0xFFFFFF; }

    /** How many cells a side are drawn now (after thinning). */
    public int cellsDrawn() {
        return grid == null ? 0 : (grid.nx() - 1 + stride(grid) - 1) / stride(grid);
    }

    /** Re-colours and re-sizes the chart for a theme and presentation scale. */
    public void applyStyle(FigureStyle newStyle) {
        this.style = newStyle;
        Theme t = newStyle.theme();
        StandardChartStyle s = new StandardChartStyle();
        s.setBackgroundPainter(new StandardRectanglePainter(t.background()));
        s.setTitleFont(newStyle.font(TITLE_SIZE, true));
        s.setTitleColor(t.foreground());
        s.setTitleBackgroundColor(transparent());
        s.setSubtitleBackgroundColor(transparent());
        s.setChartBoxColor(withAlpha(t.grid(), 90));
        s.setGridlineColor(t.grid());
        s.setGridlineStroke(new BasicStroke((float) (0.5 * newStyle.scale())));
        s.setAxisLabelFont(newStyle.font(AXIS_LABEL_SIZE, false));
        s.setAxisLabelColor(t.foreground());
        s.setAxisTickLabelFont(newStyle.font(TICK_LABEL_SIZE, false));
        s.setAxisTickLabelColor(t.foreground());
        s.setLegendItemFont(newStyle.font(TICK_LABEL_SIZE, false));
        s.setLegendItemColor(t.foreground());
        s.setLegendItemBackgroundColor(transparent());
        s.setLegendHeaderBackgroundColor(transparent());
        s.setLegendFooterBackgroundColor(transparent());
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            chart.setStyle(s);
            for (NumberAxis3D axis : new NumberAxis3D[] {xAxis, depthAxis, heightAxis}) {
                axis.setLineColor(t.foreground());
                axis.setLineStroke(new BasicStroke((float) newStyle.scale()));
                axis.setTickMarkPaint(t.foreground());
            }
            styleTitle();
        } finally {
            chart.setNotify(was);
        }
    }

    private void styleTitle() {
        if (title == null) {
            chart.setTitle((String) null);
        } else {
            // Built by hand: Orson's setTitle(text, font, colour) gives the title a light box in every theme.
            TextElement t = new TextElement(title, style.font(TITLE_SIZE, true));
            t.setColor(style.theme().foreground());
            t.setBackgroundColor(transparent());
            t.setTag("CHART_TITLE");
            chart.setTitle(t);
        }
    }

    private static Color transparent() { return new Color(0, 0, 0, 0); }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static int stride(Grid2D g) {
        int cells = Math.max(g.nx(), g.ny()) - 1;
        return Math.max(1, (cells + MAX_CELLS - 1) / MAX_CELLS);
    }

    /** Builds two triangles per grid cell; cells with a non-finite corner are skipped. */
    private final class Surface extends AbstractXYZRenderer implements XYZRenderer, ColorScaleRenderer {
        private static final long serialVersionUID = 1L;

        void changed() { fireChangeEvent(true); }

        @Override
        public ComposeType getComposeType() { return ComposeType.ALL; }

        @Override
        public ColorScale getColorScale() {
            return new ColorScale() {
                @Override public Range getRange() { return new Range(lo, hi); }
                @Override public Color valueToColor(double value) { return new Color(rgbOf(value)); }
            };
        }

        @Override
        @SuppressWarnings("rawtypes") // the interface declares the raw type
        public void composeItem(org.jfree.chart3d.data.xyz.XYZDataset dataset, int series, int item, World world,
                                Dimension3D dimensions, double xOffset, double yOffset, double zOffset) {
            throw new UnsupportedOperationException("A surface is composed all at once.");
        }

        @Override
        public void composeAll(XYZPlot plot, World world, Dimension3D dimensions, double xOffset, double yOffset,
                               double zOffset) {
            Grid2D g = grid;
            if (g == null) {
                return;
            }
            Dimension3D dim = plot.getDimensions();
            int k = stride(g);
            for (int j = 0; j < g.ny() - 1; j += k) {
                int j1 = Math.min(j + k, g.ny() - 1);
                for (int i = 0; i < g.nx() - 1; i += k) {
                    int i1 = Math.min(i + k, g.nx() - 1);
                    double f00 = g.value(i, j), f10 = g.value(i1, j), f01 = g.value(i, j1), f11 = g.value(i1, j1);
                    if (!(Double.isFinite(f00) && Double.isFinite(f10) && Double.isFinite(f01) && Double.isFinite(f11))) {
                        continue;
                    }
                    double wx0 = xAxis.translateToWorld(g.x(i), dim.getWidth()) + xOffset;
                    double wx1 = xAxis.translateToWorld(g.x(i1), dim.getWidth()) + xOffset;
                    double wz0 = depthAxis.translateToWorld(g.y(j), dim.getDepth()) + zOffset;
                    double wz1 = depthAxis.translateToWorld(g.y(j1), dim.getDepth()) + zOffset;
                    Object3D cell = new Object3D(new Color(rgbOf((f00 + f10 + f01 + f11) / 4)), true);
                    // Orson's own surface winding: (0,0) → (0,1) → (1,1) and (0,0) → (1,1) → (1,0).
                    cell.addVertex(wx0, height(f00, dim) + yOffset, wz0);
                    cell.addVertex(wx0, height(f01, dim) + yOffset, wz1);
                    cell.addVertex(wx1, height(f11, dim) + yOffset, wz1);
                    cell.addVertex(wx1, height(f10, dim) + yOffset, wz0);
                    cell.addDoubleSidedFace(new int[] {0, 1, 2});
                    cell.addDoubleSidedFace(new int[] {0, 2, 3});
                    world.add(cell);
                }
            }
            for (Trace t : traces) {
                composeTrace(t, world, dim, xOffset, yOffset, zOffset);
            }
        }

        /**
         * The trace's line, lifted a little above the surface so the surface's own faces do not hide it,
         * drawn twice a hair apart so it reads thicker than Orson's one-pixel lines; and its markers.
         */
        private void composeTrace(Trace t, World world, Dimension3D dim, double xOffset, double yOffset,
                                  double zOffset) {
            Color colour = style.theme().color(t.colour());
            double lift = TRACE_LIFT * dim.getHeight();
            double size = t.markerSize() * dim.getWidth();
            double[] wx = new double[t.x().length], wy = new double[wx.length], wz = new double[wx.length];
            boolean[] ok = new boolean[wx.length];
            for (int k = 0; k < wx.length; k++) {
                ok[k] = Double.isFinite(t.x()[k]) && Double.isFinite(t.y()[k]) && Double.isFinite(t.f()[k]);
                if (ok[k]) {
                    wx[k] = xAxis.translateToWorld(t.x()[k], dim.getWidth()) + xOffset;
                    wz[k] = depthAxis.translateToWorld(t.y()[k], dim.getDepth()) + zOffset;
                    wy[k] = height(t.f()[k], dim) + yOffset + lift + size / 2;
                }
            }
            for (int k = 1; k < wx.length; k++) {
                if (ok[k - 1] && ok[k]) {
                    for (double dy : new double[] {0, lift / 2}) {
                        world.add(new LineObject3D((float) wx[k - 1], (float) (wy[k - 1] + dy), (float) wz[k - 1],
                                (float) wx[k], (float) (wy[k] + dy), (float) wz[k], colour));
                    }
                }
            }
            if (size > 0) {
                for (int k = 0; k < wx.length; k++) {
                    if (ok[k]) {
                        world.add(Object3D.createOctahedron(size, wx[k], wy[k], wz[k], colour));
                    }
                }
            }
        }

        private double height(double f, Dimension3D dim) {
            return heightAxis.translateToWorld(Math.max(lo, Math.min(hi, f)), dim.getHeight());
        }
    }
}
