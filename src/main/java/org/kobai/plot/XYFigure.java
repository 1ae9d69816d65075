package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * One x–y chart built from layers: lines, points, bars, bands between curves, heat maps with contours,
 * contour lines, arrow fields, and on top of them single arrows, shaded polygons, guide lines and notes.
 * Each layer is a handle the figure's owner updates with new numbers; layers are drawn in the order they
 * were added (so add a heat map first). The look (colours, fonts, widths) comes from one
 * {@link FigureStyle} and follows it when the theme or scale changes. Axes pick round ticks (1, 2 or 5
 * times a power of ten, whole numbers on whole-number windows).
 *
 * <p>Colours are palette roles (0 = first series colour), so themes can swap them.
 */
public final class XYFigure {
    private static final double AXIS_LABEL_SIZE = 15;
    static final double TICK_LABEL_SIZE = 13;
    private static final double LEGEND_SIZE = 13;
    private static final double TITLE_SIZE = 16;

    private final XYPlot plot;
    private final JFreeChart chart;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final List<Consumer<FigureStyle>> restylers = new ArrayList<>();
    private FigureStyle style;
    /** The notes' annotations, kept above the arrows and shaded areas (see {@link #addShape}). */
    private final List<XYTextAnnotation> noteAnnotations = new ArrayList<>();
    private final List<ValueMarker> verticalGuides = new ArrayList<>();
    private final List<ValueMarker> horizontalGuides = new ArrayList<>();
    private boolean guidesOnTop;
    private int datasets;
    /** The window {@link #setWindowEqualUnits} asked for, or null. */
    private double[] equalUnitsWindow;

    public XYFigure(String xLabel, String yLabel, FigureStyle style) {
        this.style = style;
        xAxis = new NiceAxis(xLabel);
        yAxis = new NiceAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        plot = new AspectPlot(xAxis, yAxis);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        // Layers draw in the order they were added: a heat map first, then bars, lines, points.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 14));
        applyStyle(style);
    }

    public JFreeChart chart() { return chart; }
    public FigureStyle style() { return style; }

    public void setTitle(String title) {
        if (title == null) {
            chart.setTitle((TextTitle) null);
        } else {
            chart.setTitle(new TextTitle(title));
            styleTitle();
        }
    }

    /**
     * Names the x ticks at 1, 2, 3, … (a bar chart's bars: "P(A)", "P(B)", …) instead of numbering them; an
     * empty list numbers them again.
     */
    public void setXTickNames(List<String> names) {
        ((NiceAxis) xAxis).setNames(names);
    }

    public void setAxisLabels(String x, String y) {
        xAxis.setLabel(x);
        yAxis.setLabel(y);
    }

    /**
     * Shows or hides both axes, the grid and the zero lines: off for a diagram whose coordinates mean
     * nothing (a probability tree), where notes name everything drawn.
     */
    public void setAxesVisible(boolean visible) {
        xAxis.setVisible(visible);
        yAxis.setVisible(visible);
        plot.setDomainGridlinesVisible(visible);
        plot.setRangeGridlinesVisible(visible);
        plot.setDomainZeroBaselineVisible(visible);
        plot.setRangeZeroBaselineVisible(visible);
    }

    /** Fixes the visible window, so the axes stay put while the data moves. */
    public void setWindow(double xMin, double xMax, double yMin, double yMax) {
        equalUnitsWindow = null;
        xAxis.setRange(xMin, xMax);
        yAxis.setRange(yMin, yMax);
    }

    /**
     * Fixes a window shown with one unit as long on both axes, so right angles look right (a gradient
     * across its level curves, a square as a square): at every drawing the axis along the plot's longer
     * side gets a wider range, centred on the same middle, and the whole window stays in view.
     *
     * @throws IllegalArgumentException unless both ranges are finite with min &lt; max
     */
    public void setWindowEqualUnits(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax && yMin < yMax && Double.isFinite(xMax - xMin) && Double.isFinite(yMax - yMin))) {
            throw new IllegalArgumentException("Requires finite ranges with min < max.");
        }
        setWindow(xMin, xMax, yMin, yMax);
        equalUnitsWindow = new double[] {xMin, xMax, yMin, yMax};
    }

    public double xMin() { return xAxis.getLowerBound(); }
    public double xMax() { return xAxis.getUpperBound(); }
    public double yMin() { return yAxis.getLowerBound(); }
    public double yMax() { return yAxis.getUpperBound(); }

    /** Runs several layer updates and redraws once at the end. */
    public void batch(Runnable updates) {
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            updates.run();
        } finally {
            chart.setNotify(was);
        }
    }

    // ---- layers -------------------------------------------------------------------------------------

    /** A polyline; {@code legend} null keeps it out of the legend. */
    public Line line(String legend, int colour, double width, Dash dash) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        // One path per series, so a dash pattern runs along the curve instead of restarting every segment.
        r.setDrawSeriesLineAsPath(true);
        int index = addLayer(legend, r);
        restyle(s -> {
            r.setSeriesPaint(0, s.theme().color(colour));
            r.setSeriesStroke(0, dash.stroke(s.lineWidth(width)));
        });
        return new Line(this, index);
    }

    /** Dots of the given diameter (at scale 1). */
    public Line points(String legend, int colour, double diameter) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int index = addLayer(legend, r);
        restyle(s -> {
            double d = diameter * s.scale();
            r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
            r.setSeriesPaint(0, s.theme().color(colour));
            r.setSeriesOutlinePaint(0, s.theme().outline());
            r.setUseOutlinePaint(true);
            r.setDrawOutlines(true);
            r.setSeriesOutlineStroke(0, new BasicStroke((float) (1.5 * s.scale())));
        });
        return new Line(this, index);
    }

    public Arrow arrow(int colour, double width) {
        ArrowAnnotation a = new ArrowAnnotation(this, colour, width);
        addShape(a);
        return new Arrow(a);
    }

    public Shade shade(int colour, double alpha) {
        PolygonAnnotation p = new PolygonAnnotation(this, colour, alpha);
        addShape(p);
        return new Shade(p);
    }

    /** Adds an arrow or a shaded area; the notes stay above every such shape, so none covers a label. */
    private void addShape(org.jfree.chart.annotations.XYAnnotation shape) {
        plot.addAnnotation(shape);
        for (XYTextAnnotation n : noteAnnotations) {
            plot.removeAnnotation(n, false);
            plot.addAnnotation(n, false);
        }
    }

    /** A text note placed in data coordinates; it stays inside the plot (see {@link KeptInsideText}). */
    public Note note(int colour, double size, TextAnchor anchor) {
        XYTextAnnotation t = new KeptInsideText();
        t.setTextAnchor(anchor);
        plot.addAnnotation(t);
        noteAnnotations.add(t);
        Note note = new Note(t, () -> style);
        restyle(s -> {
            t.setFont(s.font(size, false));
            t.setPaint(colour < 0 ? s.theme().foreground() : s.theme().color(colour));
            note.frame(s);
        });
        return note;
    }

    /**
     * A heat map of f(x, y) with contour lines, below every layer added after it. {@code scaleLabel} names
     * the value for the colour bar at the right; null shows no colour bar.
     */
    public HeatMap heatMap(ColorMap map, String scaleLabel) {
        HeatMap h = new HeatMap(this, map, scaleLabel);
        addLayer(h.layer().dataset(), h.layer());
        if (h.colourBar() != null) {
            chart.addSubtitle(h.colourBar());
        }
        moveGuidesOnTop();
        restyle(h::applyStyle);
        return h;
    }

    /** Contour lines of f(x, y) in one palette colour ({@code colour} −1: the text colour). */
    public Contours contours(int colour, double width) {
        Contours c = new Contours(this, colour, width);
        addLayer(c.layer().dataset(), c.layer());
        return c;
    }

    /** Many arrows at once (a vector field), in one palette colour; {@code legend} null keeps it out. */
    public ArrowField arrowField(String legend, int colour, double width) {
        ArrowField a = new ArrowField(this, legend, colour, width);
        addLayer(a.layer().dataset(), a.layer());
        return a;
    }

    /** Bars {@code width} x units wide rising from 0; {@code legend} null keeps them out of the legend. */
    public Bars bars(String legend, int colour, double width) {
        Bars b = new Bars(this, legend, colour, width);
        addLayer(b.dataset(), b.renderer());
        return b;
    }

    /**
     * Squares on vertical segments, square on the screen (equal sides in pixels whatever the axis scales),
     * such as the squares of residuals; {@code legend} null keeps them out of the legend.
     */
    public Squares squares(String legend, int colour, double alpha) {
        Squares q = new Squares(this, legend, colour, alpha);
        addLayer(q.layer().dataset(), q.layer());
        return q;
    }

    /** The region between two curves, filled with a palette colour at the given opacity (0 to 1). */
    public Band band(String legend, int colour, double alpha) {
        Band b = new Band(this, legend, colour, alpha);
        addLayer(b.layer().dataset(), b.layer());
        return b;
    }

    /** A vertical (x = value) or horizontal (y = value) guide line with an optional label. */
    public Guide guide(boolean vertical, int colour, double width, Dash dash) {
        ValueMarker m = new ValueMarker(0);
        (vertical ? verticalGuides : horizontalGuides).add(m);
        addGuide(m, vertical);
        m.setLabelAnchor(vertical ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(vertical ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        Guide guide = new Guide(m, () -> style);
        restyle(s -> {
            m.setPaint(colour < 0 ? s.theme().foreground() : s.theme().color(colour));
            m.setStroke(dash.stroke(s.lineWidth(width)));
            m.setLabelFont(s.font(TICK_LABEL_SIZE, false));
            m.setLabelPaint(s.theme().foreground());
            guide.placeLabel(s);
        });
        return guide;
    }

    private void addGuide(ValueMarker m, boolean vertical) {
        // Above a heat map a background guide would be hidden, so guides move to the foreground.
        Layer where = guidesOnTop ? Layer.FOREGROUND : Layer.BACKGROUND;
        if (vertical) {
            plot.addDomainMarker(m, where);
        } else {
            plot.addRangeMarker(m, where);
        }
    }

    private void moveGuidesOnTop() {
        if (guidesOnTop) {
            return;
        }
        guidesOnTop = true;
        for (ValueMarker m : verticalGuides) {
            plot.removeDomainMarker(m, Layer.BACKGROUND);
            addGuide(m, true);
        }
        for (ValueMarker m : horizontalGuides) {
            plot.removeRangeMarker(m, Layer.BACKGROUND);
            addGuide(m, false);
        }
    }

    private int addLayer(String legend, XYLineAndShapeRenderer renderer) {
        DefaultXYDataset ds = new DefaultXYDataset();
        ds.addSeries(legend != null ? legend : "layer " + datasets, new double[][] {{}, {}});
        renderer.setSeriesVisibleInLegend(0, legend != null);
        renderer.setDefaultToolTipGenerator(null);
        return addLayer(ds, renderer);
    }

    /** Adds a dataset with its renderer above every layer so far; returns its index. */
    private int addLayer(XYDataset dataset, XYItemRenderer renderer) {
        // No hit-test entity per drawn point: nothing looks them up (gestures map the mouse through the
        // axes), and making one for each point of every curve at every redraw is most of a redraw's garbage.
        renderer.setDefaultCreateEntities(false);
        int index = datasets++;
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
        return index;
    }

    /** Registers a restyling step and runs it once for the current style. */
    void restyle(Consumer<FigureStyle> step) {
        restylers.add(step);
        step.accept(style);
    }

    void setLayerData(int index, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        DefaultXYDataset ds = (DefaultXYDataset) plot.getDataset(index);
        Comparable<?> key = ds.getSeriesKey(0);
        ds.addSeries(key, new double[][] {x.clone(), y.clone()});
    }

    /** Renames a layer in the legend, keeping its data; a layer made without a legend stays out of it. */
    void setLayerLegend(int index, String legend) {
        DefaultXYDataset ds = (DefaultXYDataset) plot.getDataset(index);
        if (!plot.getRenderer(index).isSeriesVisibleInLegend(0) || legend.equals(ds.getSeriesKey(0))) {
            return;
        }
        double[][] data = layerData(index);
        ds.removeSeries(ds.getSeriesKey(0));
        ds.addSeries(legend, data);
    }

    /** The name a layer has in the legend. */
    String layerLegend(int index) {
        return String.valueOf(plot.getDataset(index).getSeriesKey(0));
    }

    void setLayerVisible(int index, boolean visible) {
        plot.getRenderer(index).setSeriesVisible(0, visible);
    }

    /** The plotted numbers of a layer: for tests and for the figure's text description. */
    double[][] layerData(int index) {
        DefaultXYDataset ds = (DefaultXYDataset) plot.getDataset(index);
        int n = ds.getItemCount(0);
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = ds.getXValue(0, i);
            out[1][i] = ds.getYValue(0, i);
        }
        return out;
    }

    // ---- style --------------------------------------------------------------------------------------

    public void applyStyle(FigureStyle newStyle) {
        this.style = newStyle;
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            Theme t = newStyle.theme();
            chart.setBackgroundPaint(t.background());
            plot.setBackgroundPaint(t.background());
            plot.setDomainGridlinePaint(t.grid());
            plot.setRangeGridlinePaint(t.grid());
            plot.setDomainGridlineStroke(new BasicStroke((float) newStyle.scale()));
            plot.setRangeGridlineStroke(new BasicStroke((float) newStyle.scale()));
            plot.setDomainZeroBaselinePaint(t.foreground());
            plot.setRangeZeroBaselinePaint(t.foreground());
            plot.setDomainZeroBaselineStroke(new BasicStroke(newStyle.lineWidth(1.2)));
            plot.setRangeZeroBaselineStroke(new BasicStroke(newStyle.lineWidth(1.2)));
            for (NumberAxis axis : List.of(xAxis, yAxis)) {
                axis.setLabelFont(newStyle.font(AXIS_LABEL_SIZE, false));
                axis.setLabelPaint(t.foreground());
                axis.setTickLabelFont(newStyle.font(TICK_LABEL_SIZE, false));
                axis.setTickLabelPaint(t.foreground());
                axis.setAxisLinePaint(t.foreground());
                axis.setTickMarkPaint(t.foreground());
                axis.setAxisLineStroke(new BasicStroke((float) newStyle.scale()));
            }
            LegendTitle legend = chart.getLegend();
            if (legend != null) {
                legend.setItemFont(newStyle.font(LEGEND_SIZE, false));
                legend.setItemPaint(t.foreground());
                legend.setBackgroundPaint(t.background());
                legend.setFrame(BlockBorder.NONE);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 14 * newStyle.scale()));
            }
            styleTitle();
            restylers.forEach(r -> r.accept(newStyle));
        } finally {
            chart.setNotify(was);
        }
    }

    private void styleTitle() {
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(style.font(TITLE_SIZE, true));
            title.setPaint(style.theme().foreground());
        }
    }

    /** The background colour of the current theme (for views that frame the chart). */
    public Color background() { return style.theme().background(); }

    /** An x–y plot that, when asked, widens one axis before drawing so both axes have equal units. */
    private final class AspectPlot extends XYPlot {
        private static final long serialVersionUID = 1L;

        AspectPlot(NumberAxis x, NumberAxis y) {
            // A placeholder renderer until the first layer replaces it: XYPlot needs one to draw its zero
            // lines, even in a figure made only of arrows, shades and notes.
            super(null, x, y, new XYLineAndShapeRenderer(false, false));
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                         PlotRenderingInfo info) {
            if (equalUnitsWindow != null) {
                fitEqualUnits(g2, area, equalUnitsWindow);
            }
            super.draw(g2, area, anchor, parentState, info);
        }

        /**
         * Sets the ranges (without change events) so one x unit spans as many pixels as one y unit. The axes'
         * room depends on their tick labels, which depend on the ranges: repeat until the data area settles.
         */
        private void fitEqualUnits(Graphics2D g2, Rectangle2D area, double[] w) {
            xAxis.setRange(new Range(w[0], w[1]), true, false);
            yAxis.setRange(new Range(w[2], w[3]), true, false);
            Rectangle2D inner = (Rectangle2D) area.clone();
            getInsets().trim(inner);
            Rectangle2D last = null;
            for (int round = 0; round < 4; round++) {
                Rectangle2D data = calculateAxisSpace(g2, inner).shrink(inner, null);
                getAxisOffset().trim(data);
                // as XYPlot.draw does: whole pixels inside
                double x0 = Math.ceil(data.getMinX()), y0 = Math.ceil(data.getMinY());
                data = new Rectangle2D.Double(x0, y0, Math.floor(data.getMaxX()) - x0, Math.floor(data.getMaxY()) - y0);
                if (!(data.getWidth() > 1 && data.getHeight() > 1) || data.equals(last)) {
                    return;
                }
                last = data;
                double perPixel = Math.max((w[1] - w[0]) / data.getWidth(), (w[3] - w[2]) / data.getHeight());
                double halfX = perPixel * data.getWidth() / 2, halfY = perPixel * data.getHeight() / 2;
                double cx = (w[0] + w[1]) / 2, cy = (w[2] + w[3]) / 2;
                xAxis.setRange(new Range(cx - halfX, cx + halfX), true, false);
                yAxis.setRange(new Range(cy - halfY, cy + halfY), true, false);
            }
        }
    }

    // ---- handles ------------------------------------------------------------------------------------

    /** A line or point layer. */
    public static final class Line {
        private final XYFigure figure;
        private final int index;

        Line(XYFigure figure, int index) {
            this.figure = figure;
            this.index = index;
        }

        public void set(double[] x, double[] y) { figure.setLayerData(index, x, y); }
        public void setVisible(boolean visible) { figure.setLayerVisible(index, visible); }
        public boolean isVisible() { return figure.plot.getRenderer(index).isSeriesVisible(0); }
        /** Renames the layer in the legend (when one chart shows different things step by step). */
        public void setLegend(String legend) { figure.setLayerLegend(index, legend); }
        public String legend() { return figure.layerLegend(index); }
        /** The numbers this layer shows now, as {x[], y[]}. */
        public double[][] data() { return figure.layerData(index); }
    }

    public static final class Arrow {
        private final ArrowAnnotation annotation;

        Arrow(ArrowAnnotation annotation) { this.annotation = annotation; }

        public void set(double fromX, double fromY, double toX, double toY) {
            annotation.set(fromX, fromY, toX, toY);
        }

        public void setVisible(boolean visible) { annotation.setVisible(visible); }
    }

    public static final class Shade {
        private final PolygonAnnotation annotation;

        Shade(PolygonAnnotation annotation) { this.annotation = annotation; }

        /** The polygon's corners; fewer than three hides it. */
        public void set(double[] x, double[] y) { annotation.set(x, y); }

        /**
         * The region between two curves over the same x: along {@code upper}, back along {@code lower}.
         * Drawn above every layer, and not at all if any value is non-finite; {@link XYFigure#band} keeps
         * layer order and breaks at gaps instead.
         */
        public void between(double[] x, double[] lower, double[] upper) {
            if (x.length != lower.length || x.length != upper.length) {
                throw new IllegalArgumentException("Requires x, lower and upper of equal length.");
            }
            int n = x.length;
            double[] px = new double[2 * n], py = new double[2 * n];
            for (int i = 0; i < n; i++) {
                px[i] = x[i];
                py[i] = upper[i];
                px[2 * n - 1 - i] = x[i];
                py[2 * n - 1 - i] = lower[i];
            }
            annotation.set(px, py);
        }

        public void hide() { annotation.set(new double[0], new double[0]); }
    }

    public static final class Note {
        private final XYTextAnnotation annotation;
        private final java.util.function.Supplier<FigureStyle> style;
        private boolean framed;

        Note(XYTextAnnotation annotation, java.util.function.Supplier<FigureStyle> style) {
            this.annotation = annotation;
            this.style = style;
        }

        private void frame(FigureStyle s) {
            Color back = s.theme().background();
            annotation.setBackgroundPaint(framed ? new Color(back.getRed(), back.getGreen(), back.getBlue(), 215) : null);
        }

        /**
         * Puts the text on a patch of the background, so lines drawn under it (grid images, guides) do not
         * cross it; for labels that sit among the figure's lines.
         */
        public Note framed() {
            framed = true;
            frame(style.get());
            return this;
        }

        public void set(double x, double y, String text) {
            annotation.setX(x);
            annotation.setY(y);
            annotation.setText(text);
        }

        public String text() { return annotation.getText(); }

        /** Which point of the text sits at (x, y): turn a label away from what it labels. */
        public void setAnchor(TextAnchor anchor) { annotation.setTextAnchor(anchor); }
    }

    public static final class Guide {
        private final ValueMarker marker;
        private final java.util.function.Supplier<FigureStyle> style;
        private int row;

        Guide(ValueMarker marker, java.util.function.Supplier<FigureStyle> style) {
            this.marker = marker;
            this.style = style;
        }

        /**
         * Puts the label {@code row} lines below the first (for a vertical guide), so the labels of guides
         * close together stack instead of running into each other.
         */
        public Guide labelRow(int row) {
            this.row = row;
            placeLabel(style.get());
            return this;
        }

        private void placeLabel(FigureStyle s) {
            double down = 3 + row * 1.45 * s.font(TICK_LABEL_SIZE, false).getSize2D();
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(down, 3, 3, 3));
        }

        public void set(double value, String label) {
            marker.setValue(value);
            marker.setLabel(label);
        }

        public double value() { return marker.getValue(); }
    }
}
