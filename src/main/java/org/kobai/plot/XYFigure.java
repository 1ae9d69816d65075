package org.kobai.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * One x–y chart built from layers: lines, points, arrows, guide lines, shaded areas and notes. Each layer
 * is a handle the figure's owner updates with new numbers; the look (colours, fonts, widths) comes from
 * one {@link FigureStyle} and follows it when the theme or scale changes.
 *
 * <p>Colours are palette roles (0 = first series colour), so themes can swap them.
 */
public final class XYFigure {
    private static final double AXIS_LABEL_SIZE = 15;
    private static final double TICK_LABEL_SIZE = 13;
    private static final double LEGEND_SIZE = 13;
    private static final double TITLE_SIZE = 16;

    private final XYPlot plot;
    private final JFreeChart chart;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final List<Consumer<FigureStyle>> restylers = new ArrayList<>();
    private FigureStyle style;
    private int datasets;

    public XYFigure(String xLabel, String yLabel, FigureStyle style) {
        this.style = style;
        xAxis = new NumberAxis(xLabel);
        yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        plot = new XYPlot(null, xAxis, yAxis, null);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
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

    public void setAxisLabels(String x, String y) {
        xAxis.setLabel(x);
        yAxis.setLabel(y);
    }

    /** Fixes the visible window, so the axes stay put while the data moves. */
    public void setWindow(double xMin, double xMax, double yMin, double yMax) {
        xAxis.setRange(xMin, xMax);
        yAxis.setRange(yMin, yMax);
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
        int index = addLayer(legend, r);
        restylers.add(s -> {
            r.setSeriesPaint(0, s.theme().color(colour));
            r.setSeriesStroke(0, dash.stroke(s.lineWidth(width)));
        });
        restylers.get(restylers.size() - 1).accept(style);
        return new Line(this, index);
    }

    /** Dots of the given diameter (at scale 1). */
    public Line points(String legend, int colour, double diameter) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int index = addLayer(legend, r);
        restylers.add(s -> {
            double d = diameter * s.scale();
            r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
            r.setSeriesPaint(0, s.theme().color(colour));
            r.setSeriesOutlinePaint(0, s.theme().background());
            r.setUseOutlinePaint(true);
            r.setDrawOutlines(true);
            r.setSeriesOutlineStroke(0, new BasicStroke((float) (1.5 * s.scale())));
        });
        restylers.get(restylers.size() - 1).accept(style);
        return new Line(this, index);
    }

    public Arrow arrow(int colour, double width) {
        ArrowAnnotation a = new ArrowAnnotation(this, colour, width);
        plot.addAnnotation(a);
        return new Arrow(a);
    }

    public Shade shade(int colour, double alpha) {
        PolygonAnnotation p = new PolygonAnnotation(this, colour, alpha);
        plot.addAnnotation(p);
        return new Shade(p);
    }

    /** A text note placed in data coordinates. */
    public Note note(int colour, double size, TextAnchor anchor) {
        XYTextAnnotation t = new XYTextAnnotation("", 0, 0);
        t.setTextAnchor(anchor);
        plot.addAnnotation(t);
        restylers.add(s -> {
            t.setFont(s.font(size, false));
            t.setPaint(colour < 0 ? s.theme().foreground() : s.theme().color(colour));
        });
        restylers.get(restylers.size() - 1).accept(style);
        return new Note(t);
    }

    /** A vertical (x = value) or horizontal (y = value) guide line with an optional label. */
    public Guide guide(boolean vertical, int colour, double width, Dash dash) {
        ValueMarker m = new ValueMarker(0);
        if (vertical) {
            plot.addDomainMarker(m, Layer.BACKGROUND);
        } else {
            plot.addRangeMarker(m, Layer.BACKGROUND);
        }
        m.setLabelAnchor(vertical ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(vertical ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        restylers.add(s -> {
            m.setPaint(colour < 0 ? s.theme().foreground() : s.theme().color(colour));
            m.setStroke(dash.stroke(s.lineWidth(width)));
            m.setLabelFont(s.font(TICK_LABEL_SIZE, false));
            m.setLabelPaint(s.theme().foreground());
        });
        restylers.get(restylers.size() - 1).accept(style);
        return new Guide(m);
    }

    private int addLayer(String legend, XYLineAndShapeRenderer renderer) {
        int index = datasets++;
        DefaultXYDataset ds = new DefaultXYDataset();
        ds.addSeries(legend != null ? legend : "layer " + index, new double[][] {{}, {}});
        renderer.setSeriesVisibleInLegend(0, legend != null);
        renderer.setDefaultToolTipGenerator(null);
        plot.setDataset(index, ds);
        plot.setRenderer(index, renderer);
        return index;
    }

    void setLayerData(int index, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Requires as many x as y values.");
        }
        DefaultXYDataset ds = (DefaultXYDataset) plot.getDataset(index);
        Comparable<?> key = ds.getSeriesKey(0);
        ds.addSeries(key, new double[][] {x.clone(), y.clone()});
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

        public void hide() { annotation.set(new double[0], new double[0]); }
    }

    public static final class Note {
        private final XYTextAnnotation annotation;

        Note(XYTextAnnotation annotation) { this.annotation = annotation; }

        public void set(double x, double y, String text) {
            annotation.setX(x);
            annotation.setY(y);
            annotation.setText(text);
        }

        public String text() { return annotation.getText(); }
    }

    public static final class Guide {
        private final ValueMarker marker;

        Guide(ValueMarker marker) { this.marker = marker; }

        public void set(double value, String label) {
            marker.setValue(value);
            marker.setLabel(label);
        }

        public double value() { return marker.getValue(); }
    }
}
