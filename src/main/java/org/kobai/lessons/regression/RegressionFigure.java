package org.kobai.lessons.regression;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.Grid2D;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LineFit;
import org.kobai.math.regression.SquaredError;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.HeatMap;
import org.kobai.plot.Squares;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts side by side: the data with the line ŷ = ax + b, its residuals and their squares (drawn
 * square on screen, so E is an area); and E(a, b) as a heat map with contours over the sliders' ranges,
 * with the current (a, b), from the minimum step on the least-squares (a, b), and in the descent step the
 * path of gradient descent from (a, b).
 */
public final class RegressionFigure extends XYLessonFigure {
    /** Samples per side of the E map. */
    static final int GRID = 101;
    private static final int CONTOURS = 8;
    private static final int POINTS = 0, LINE = 1, BEST = 2, SQUARES = 3, HANDLES = 4, PATH = 5;

    private final RegressionModel model;
    private final Messages text;
    private final Squares squares;
    private final XYFigure.Line residuals;
    private final XYFigure.Line bestLine;
    private final XYFigure.Line line;
    private final XYFigure.Line data;
    private final XYFigure.Line handles;
    private final XYFigure.Note note;
    private final XYFigure map;
    private final HeatMap heat;
    private final XYFigure.Line current;
    private final XYFigure.Line minimum;
    private final XYFigure.Line path;
    private final XYFigure.Line pathEnd;
    private final XYFigure.Note mapNote;
    private DataPoints mappedFor;
    private DataWindows windowedFor;
    private DataWindows mapWindowedFor;

    public RegressionFigure(RegressionModel model, FigureContext context) {
        super("x", "y", context);
        this.model = model;
        this.text = context.text();
        squares = xy.squares(text.get("figure.squares"), SQUARES, 0.22);
        residuals = xy.line(text.get("figure.residuals"), SQUARES, 1.6, Dash.SOLID);
        bestLine = xy.line(text.get("figure.best"), BEST, 2.0, Dash.DASHED);
        line = xy.line(text.get("figure.line"), LINE, 2.5, Dash.SOLID);
        data = xy.points(text.get("figure.data"), POINTS, 10);
        handles = xy.points(null, HANDLES, 13);
        note = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();

        map = new XYFigure("a", "b", context.style());
        heat = map.heatMap(ColorMap.VIRIDIS, "E(a, b)");
        heat.setContours(CONTOURS);
        path = map.line(text.get("figure.path"), PATH, 1.8, Dash.SOLID);
        pathEnd = map.points(null, PATH, 8);
        minimum = map.points(text.get("figure.minimum"), BEST, 12);
        current = map.points(text.get("figure.current"), LINE, 11);
        mapNote = map.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), map.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        map.applyStyle(style);
    }

    /** The E(a, b) chart. */
    public XYFigure map() { return map; }

    /** The data points as drawn, {x[], y[]}. */
    public double[][] pointsData() { return data.data(); }

    /** The learner's line as drawn, {x[], y[]} at the window's ends. */
    public double[][] lineData() { return line.data(); }

    /** The least-squares line as drawn (empty before the minimum step or without a unique line). */
    public double[][] bestLineData() { return bestLine.isVisible() ? bestLine.data() : new double[2][0]; }

    /** The current (a, b) on the map. */
    public double[][] currentData() { return current.data(); }

    /** The descent's path on the map, {a[], b[]}; empty outside the descent step. */
    public double[][] pathData() { return path.isVisible() ? path.data() : new double[2][0]; }

    /** The handles of the line. */
    public double[][] handleData() { return handles.data(); }

    /** The note on the scatter plot (empty when there is nothing to say). */
    public String noteText() { return note.text(); }

    @Override
    protected void update() {
        DataPoints p = model.points();
        DataWindows w = model.windows();
        int step = model.step();
        double a = model.a().get(), b = model.b().get();
        if (w != windowedFor) {
            xy.setWindow(w.xMin(), w.xMax(), w.yMin(), w.yMax());
            windowedFor = w;
        }
        xy.setTitle(text.get("figure.scatterTitle"));
        data.set(p.xs(), p.ys());
        line.set(new double[] {w.xMin(), w.xMax()}, new double[] {a * w.xMin() + b, a * w.xMax() + b});
        double[][] h = model.lineHandles();
        handles.set(h[0], h[1]);

        int n = p.size();
        double[] rx = new double[3 * n], ry = new double[3 * n];
        double[] fitted = new double[n];
        for (int k = 0; k < n; k++) {
            fitted[k] = model.predicted(k);
            rx[3 * k] = p.x(k);
            ry[3 * k] = p.y(k);
            rx[3 * k + 1] = p.x(k);
            ry[3 * k + 1] = fitted[k];
            rx[3 * k + 2] = Double.NaN; // a gap between residuals
            ry[3 * k + 2] = Double.NaN;
        }
        residuals.set(rx, ry);
        boolean showSquares = step >= RegressionModel.STEP_SQUARES;
        squares.setVisible(showSquares);
        if (showSquares) {
            squares.set(p.xs(), p.ys(), fitted);
        }

        LineFit fit = model.fit().orElse(null);
        boolean showBest = step >= RegressionModel.STEP_MINIMUM && fit != null;
        bestLine.setVisible(showBest);
        if (fit != null) {
            bestLine.set(new double[] {w.xMin(), w.xMax()},
                    new double[] {fit.predict(w.xMin()), fit.predict(w.xMax())});
        }
        note.set(w.xMin(), w.yMax(), fit == null ? text.get("note.allXEqual") : "");
        map.batch(() -> updateMap(p, w, a, b, fit));
    }

    private void updateMap(DataPoints p, DataWindows w, double a, double b, LineFit fit) {
        map.setTitle(text.get("figure.mapTitle"));
        if (p != mappedFor || w != mapWindowedFor) {
            map.setWindow(w.aMin(), w.aMax(), w.bMin(), w.bMax());
            SquaredError e = model.squaredError();
            Grid2D grid = Grid2D.sample(e::valueAt, w.aMin(), w.aMax(), GRID, w.bMin(), w.bMax(), GRID);
            double lowest = fit != null ? fit.sse() : grid.min();
            double[] levels = levels(grid, lowest);
            double top = levels.length > 0 ? levels[levels.length - 1] : lowest + 1;
            heat.set(grid, lowest, lowest + 2 * (top - lowest));
            heat.setContourLevels(levels);
            mappedFor = p;
            mapWindowedFor = w;
        }
        current.set(new double[] {a}, new double[] {b});
        // The map's own layers change only inside its batch: each change outside it redraws the map at once.
        minimum.setVisible(model.step() >= RegressionModel.STEP_MINIMUM && fit != null);
        if (fit != null) {
            minimum.set(new double[] {fit.slope()}, new double[] {fit.intercept()});
        }
        boolean descending = model.step() == RegressionModel.STEP_DESCENT;
        path.setVisible(descending);
        pathEnd.setVisible(descending);
        if (descending) {
            var run = model.descent();
            double[] pa = new double[run.path().size()], pb = new double[pa.length];
            for (int k = 0; k < pa.length; k++) {
                pa[k] = run.at(k).coordinate(0);
                pb[k] = run.at(k).coordinate(1);
            }
            path.set(pa, pb);
            pathEnd.set(new double[] {pa[pa.length - 1]}, new double[] {pb[pb.length - 1]});
        }
        mapNote.set(w.aMin(), w.bMax(), fit == null ? text.get("note.allXEqual") : "");
    }

    /**
     * Contour levels near E_min + c·2^k, rounded to two digits: E is quadratic in (a, b), so each contour
     * is the one inside it scaled by about √2, evenly spaced to the eye. The largest sits at the median
     * of the map.
     */
    static double[] levels(Grid2D grid, double lowest) {
        double[] all = new double[grid.nx() * grid.ny()];
        int n = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double v = grid.value(i, j);
                if (Double.isFinite(v)) {
                    all[n++] = v;
                }
            }
        }
        Arrays.sort(all, 0, n);
        double top = n == 0 ? 1 : all[n / 2] - lowest;
        if (!(top > 0)) {
            top = 1;
        }
        double[] out = new double[CONTOURS];
        int count = 0;
        for (int k = 0; k < CONTOURS; k++) {
            double level = twoDigits(lowest + top / Math.pow(2, CONTOURS - 1 - k));
            if (level > lowest && (count == 0 || level > out[count - 1])) {
                out[count++] = level;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static double twoDigits(double v) {
        double scale = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / scale) * scale;
    }
}
