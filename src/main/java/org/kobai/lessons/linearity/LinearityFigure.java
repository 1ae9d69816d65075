package org.kobai.lessons.linearity;

import java.util.List;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.AffineFunction;
import org.kobai.math.Curve;
import org.kobai.math.NumberText;
import org.kobai.plot.Dash;
import org.kobai.plot.XYLessonFigure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;

/** The line y = a·x + b with what the current step is about drawn on it. */
public final class LinearityFigure extends XYLessonFigure {
    static final double X_MIN = -5, X_MAX = 5, Y_MIN = -8, Y_MAX = 8;
    private static final int LINE = 0, LEFT = 1, RIGHT = 2, SUM = 3, MUTED = 6;

    private final LinearityModel model;
    private final Messages text;
    private final XYFigure.Line graph;
    private final XYFigure.Line points;
    private final XYFigure.Arrow first;
    private final XYFigure.Arrow second;
    private final XYFigure.Arrow third;
    private final XYFigure.Arrow stackedLower;
    private final XYFigure.Arrow stackedUpper;
    private final XYFigure.Line guides;
    private final XYFigure.Note noteA;
    private final XYFigure.Note noteB;
    private final XYFigure.Note noteC;
    private final XYFigure.Note noteSide;

    public LinearityFigure(LinearityModel model, FigureContext context) {
        super("x", "y", context);
        this.model = model;
        this.text = context.text();
        xy.setWindow(X_MIN, X_MAX, Y_MIN, Y_MAX);
        guides = xy.line(null, MUTED, 1.0, Dash.DASHED);
        graph = xy.line("y = f(x)", LINE, 2.5, Dash.SOLID);
        first = xy.arrow(LEFT, 2.5);
        second = xy.arrow(RIGHT, 2.5);
        third = xy.arrow(SUM, 2.5);
        stackedLower = xy.arrow(LEFT, 2.5);
        stackedUpper = xy.arrow(RIGHT, 2.5);
        points = xy.points(null, LINE, 9);
        noteA = xy.note(-1, 13, TextAnchor.BOTTOM_CENTER).framed();
        noteB = xy.note(-1, 13, TextAnchor.BOTTOM_CENTER).framed();
        noteC = xy.note(-1, 13, TextAnchor.TOP_CENTER).framed();
        noteSide = xy.note(-1, 13, TextAnchor.CENTER_LEFT);
        follow(model);
    }

    /** The plotted line, as {x[], y[]}: what tests read back. */
    public double[][] graphData() {
        return graph.data();
    }

    @Override
    protected void update() {
        AffineFunction f = model.function();
        Curve line = Curve.sample(f, X_MIN, X_MAX, 2);
        graph.set(line.x(), line.y());
        xy.setTitle(text.format("figure.title", equation(f)));
        for (XYFigure.Arrow a : List.of(first, second, third, stackedLower, stackedUpper)) {
            a.setVisible(false);
        }
        noteA.set(0, 0, "");
        noteB.set(0, 0, "");
        noteC.set(0, 0, "");
        noteSide.set(0, 0, "");
        guides.set(new double[0], new double[0]);
        points.set(new double[0], new double[0]);
        switch (model.step()) {
            case LinearityModel.STEP_MAPPING -> drawMapping(f);
            case LinearityModel.STEP_SLOPE -> drawSlope(f);
            case LinearityModel.STEP_ADDITIVITY -> drawAdditivity(f);
            case LinearityModel.STEP_HOMOGENEITY -> drawHomogeneity(f);
            default -> drawAdditivity(f);
        }
    }

    /** x on the axis, up to the line, across to y: the mapping x ↦ y. */
    private void drawMapping(AffineFunction f) {
        double x = model.input().get();
        double y = f.valueAt(x);
        points.set(new double[] {x}, new double[] {y});
        first.set(x, 0, x, y);
        first.setVisible(true);
        second.set(x, y, 0, y);
        second.setVisible(true);
        noteA.set(x, y >= 0 ? -0.9 : 0.3, "x = " + NumberText.display(x));
        noteB.set(0, y + 0.3, "y = " + NumberText.display(y));
    }

    /** The rise-over-run triangle: Δy = a·Δx wherever it starts. */
    private void drawSlope(AffineFunction f) {
        double x = model.input().get();
        double dx = model.run().get();
        double y0 = f.valueAt(x);
        double dy = f.rise(dx);
        points.set(new double[] {x, x + dx}, new double[] {y0, y0 + dy});
        first.set(x, y0, x + dx, y0);
        first.setVisible(true);
        second.set(x + dx, y0, x + dx, y0 + dy);
        second.setVisible(true);
        noteA.set(x + dx / 2, y0 - 0.9, "Δx = " + NumberText.display(dx));
        noteSide.set(x + dx + 0.15, y0 + dy / 2, "Δy = " + NumberText.display(dy));
    }

    /** f(u), f(v) and f(u+v) as arrows; f(u)+f(v) stacked beside f(u+v): equal tops mean additivity. */
    private void drawAdditivity(AffineFunction f) {
        double u = model.u().get();
        double v = model.v().get();
        double w = u + v;
        double beside = w + 0.35;
        first.set(u, 0, u, f.valueAt(u));
        second.set(v, 0, v, f.valueAt(v));
        third.set(w, 0, w, f.valueAt(w));
        stackedLower.set(beside, 0, beside, f.valueAt(u));
        stackedUpper.set(beside, f.valueAt(u), beside, f.valueAt(u) + f.valueAt(v));
        for (XYFigure.Arrow a : List.of(first, second, third, stackedLower, stackedUpper)) {
            a.setVisible(true);
        }
        points.set(new double[] {u, v, w}, new double[] {f.valueAt(u), f.valueAt(v), f.valueAt(w)});
        guides.set(new double[] {beside - 0.6, beside + 0.6, Double.NaN},
                new double[] {f.valueAt(u) + f.valueAt(v), f.valueAt(u) + f.valueAt(v), Double.NaN});
        noteA.set(u, labelY(f.valueAt(u)), "f(u)");
        noteB.set(v, labelY(f.valueAt(v)), "f(v)");
        // just above (below) the tip, a little to the left: the stacked arrows beside it reach past the tip
        boolean up = f.valueAt(w) >= 0;
        noteC.setAnchor(up ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        noteC.set(w - 0.25, f.valueAt(w) + (up ? 0.25 : -0.25), "f(u+v)");
    }

    /** f(c·u) against c·f(u), side by side. */
    private void drawHomogeneity(AffineFunction f) {
        double u = model.u().get();
        double c = model.c().get();
        double cu = c * u;
        double beside = cu + 0.35;
        first.set(u, 0, u, f.valueAt(u));
        third.set(cu, 0, cu, f.valueAt(cu));
        stackedUpper.set(beside, 0, beside, c * f.valueAt(u));
        first.setVisible(true);
        third.setVisible(true);
        stackedUpper.setVisible(true);
        points.set(new double[] {u, cu}, new double[] {f.valueAt(u), f.valueAt(cu)});
        noteA.set(u, labelY(f.valueAt(u)), "f(u)");
        noteB.set(beside + 0.5, labelY(c * f.valueAt(u)), "c·f(u)");
        noteC.setAnchor(TextAnchor.TOP_CENTER);
        noteC.set(cu - 0.3, labelY(f.valueAt(cu)) + (f.valueAt(cu) >= 0 ? 0.6 : -0.6), "f(cu)");
    }

    private static double labelY(double y) {
        return y >= 0 ? y + 0.25 : y - 0.75;
    }

    /** "y = 2x", "y = x + 1", "y = −0.5x − 2": the equation as a student writes it. */
    static String equation(AffineFunction f) {
        double a = f.slope();
        double b = f.intercept();
        StringBuilder s = new StringBuilder("y = ");
        if (a == 0) {
            return s.append(NumberText.display(b)).toString();
        }
        if (a == -1) {
            s.append('\u2212');
        } else if (a != 1) {
            s.append(NumberText.display(a));
        }
        s.append('x');
        if (b != 0) {
            s.append(b > 0 ? " + " : " \u2212 ").append(NumberText.display(Math.abs(b)));
        }
        return s.toString();
    }
}
