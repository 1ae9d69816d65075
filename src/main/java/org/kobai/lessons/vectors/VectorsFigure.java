package org.kobai.lessons.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Vector;
import org.kobai.math.linalg.WordCounts;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts: on the left the plane with the arrows α and β (or α and X, or the two sentences' counts as
 * bars), on the right the cosine gauge: the unit half-circle with the direction at angle θ and its
 * shadow cos θ on the axis from −1 (opposite) through 0 (orthogonal) to 1 (same direction).
 */
public final class VectorsFigure extends XYLessonFigure {
    static final double PLANE = 5;
    static final double FORM_PLANE = 16;
    /** The most terms that get a label under their bars; the table beneath lists them all. */
    static final int LABELLED_TERMS = 16;
    private static final int ALPHA = 0, BETA = 1, PROJECTION = 2, ARC = 4, MUTED = 6;
    private static final int ARC_POINTS = 60;
    private static final int LEVEL_LABELS = 9;

    private final VectorsModel model;
    private final Messages text;
    private final XYFigure.Line levelLines;
    private final Bars firstBars;
    private final Bars secondBars;
    private final XYFigure.Line projectionGuide;
    private final XYFigure.Line projection;
    private final XYFigure.Line arc;
    private final XYFigure.Arrow alphaArrow;
    private final XYFigure.Arrow betaArrow;
    private final XYFigure.Arrow gradientArrow;
    private final XYFigure.Line alphaTip;
    private final XYFigure.Line betaTip;
    private final XYFigure.Note alphaNote;
    private final XYFigure.Note betaNote;
    private final XYFigure.Note angleNote;
    private final XYFigure.Note sideNote;
    private final List<XYFigure.Note> termNotes = new ArrayList<>();
    private final List<XYFigure.Note> levelNotes = new ArrayList<>();
    private final XYFigure gauge;
    private final XYFigure.Line halfCircle;
    private final XYFigure.Line shadowBar;
    private final XYFigure.Line drop;
    private final XYFigure.Arrow direction;
    private final XYFigure.Line gaugePoints;
    private final List<XYFigure.Note> gaugeMarks = new ArrayList<>();

    public VectorsFigure(VectorsModel model, FigureContext context) {
        super("x1", "x2", context);
        this.model = model;
        this.text = context.text();
        xy.setWindowEqualUnits(-PLANE, PLANE, -PLANE, PLANE);
        levelLines = xy.line(null, MUTED, 1.0, Dash.DASHED);
        firstBars = xy.bars(text.get("figure.first"), ALPHA, 0.38);
        secondBars = xy.bars(text.get("figure.second"), BETA, 0.38);
        projectionGuide = xy.line(null, MUTED, 1.0, Dash.DASHED);
        projection = xy.line(null, PROJECTION, 6.0, Dash.SOLID);
        arc = xy.line(null, ARC, 2.0, Dash.SOLID);
        gradientArrow = xy.arrow(PROJECTION, 2.5);
        alphaArrow = xy.arrow(ALPHA, 3.0);
        betaArrow = xy.arrow(BETA, 3.0);
        alphaTip = xy.points(null, ALPHA, 11);
        betaTip = xy.points(null, BETA, 11);
        alphaNote = xy.note(ALPHA, 14, TextAnchor.BOTTOM_LEFT).framed();
        betaNote = xy.note(BETA, 14, TextAnchor.BOTTOM_RIGHT).framed();
        angleNote = xy.note(ARC, 14, TextAnchor.CENTER_LEFT).framed();
        sideNote = xy.note(-1, 13, TextAnchor.TOP_LEFT).framed();
        for (int i = 0; i < LABELLED_TERMS; i++) {
            termNotes.add(xy.note(-1, 12, TextAnchor.BOTTOM_CENTER));
        }
        for (int i = 0; i < LEVEL_LABELS; i++) {
            levelNotes.add(xy.note(MUTED, 12, TextAnchor.BOTTOM_LEFT));
        }

        gauge = new XYFigure(text.get("figure.gaugeX"), text.get("figure.gaugeY"), context.style());
        gauge.setWindowEqualUnits(-1.15, 1.15, -0.55, 1.15);
        halfCircle = gauge.line(null, MUTED, 1.2, Dash.SOLID);
        drop = gauge.line(null, MUTED, 1.0, Dash.DASHED);
        shadowBar = gauge.line(null, PROJECTION, 7.0, Dash.SOLID);
        direction = gauge.arrow(ARC, 2.5);
        gaugePoints = gauge.points(null, PROJECTION, 10);
        gaugeMarks.add(gauge.note(-1, 13, TextAnchor.TOP_LEFT));
        gaugeMarks.add(gauge.note(-1, 13, TextAnchor.TOP_CENTER));
        gaugeMarks.add(gauge.note(-1, 13, TextAnchor.TOP_RIGHT));
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), gauge.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        gauge.applyStyle(style);
    }

    /** The right-hand chart. */
    public XYFigure gauge() { return gauge; }

    /** The tips of the arrows the learner drags: {x[], y[]}, α first, then β (or X). */
    public double[][] handles() {
        double[][] a = alphaTip.data();
        double[][] b = betaTip.data();
        return new double[][] {concat(a[0], b[0]), concat(a[1], b[1])};
    }

    /** The gauge's marks: the point on the half-circle (cos θ, sin θ) and its shadow (cos θ, 0). */
    public double[][] gaugeData() { return gaugePoints.data(); }

    /** The angle arc between α and its partner, {x[], y[]}; empty when there is no angle. */
    public double[][] arcData() { return arc.data(); }

    /** The sentences' count bars, {x[], heights[]} each. */
    public double[][] firstBars() { return firstBars.data(); }

    public double[][] secondBars() { return secondBars.data(); }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    protected void update() {
        int step = model.step();
        hidePlane();
        if (step == VectorsModel.STEP_TEXT) {
            drawCounts(model.wordCounts());
            gauge.batch(() -> drawGauge(model.textAngle(), model.textCosine()));
            return;
        }
        xy.setAxisLabels("x1", "x2");
        double half = step == VectorsModel.STEP_LINEAR_FORM ? FORM_PLANE : PLANE;
        xy.setWindowEqualUnits(-half, half, -half, half);
        Vector a = model.alpha();
        Vector b = model.partner();
        String partnerName = step == VectorsModel.STEP_LINEAR_FORM ? "X" : "\u03b2";
        xy.setTitle(step == VectorsModel.STEP_LINEAR_FORM
                ? text.format("figure.formTitle", NumberText.display(model.dot()))
                : text.format("figure.planeTitle", NumberText.display(model.dot())));
        drawArrow(alphaArrow, alphaTip, alphaNote, a, "\u03b1");
        drawArrow(betaArrow, betaTip, betaNote, b, partnerName);
        Optional<Double> theta = model.angle();
        theta.ifPresent(t -> drawArc(a, b, t, half));
        if (step == VectorsModel.STEP_INNER_PRODUCT) {
            drawProjection(a, b);
        }
        if (step == VectorsModel.STEP_LINEAR_FORM) {
            drawLinearForm(a, b, half);
        }
        gauge.batch(() -> drawGauge(theta, model.cosine()));
    }

    private void hidePlane() {
        for (XYFigure.Arrow arrow : List.of(alphaArrow, betaArrow, gradientArrow)) {
            arrow.setVisible(false);
        }
        for (XYFigure.Line line : List.of(levelLines, projectionGuide, projection, arc, alphaTip, betaTip)) {
            line.set(new double[0], new double[0]);
        }
        firstBars.set(new double[0], new double[0]);
        secondBars.set(new double[0], new double[0]);
        firstBars.setVisible(false);
        secondBars.setVisible(false);
        for (XYFigure.Note n : List.of(alphaNote, betaNote, angleNote, sideNote)) {
            n.set(0, 0, "");
        }
        termNotes.forEach(n -> n.set(0, 0, ""));
        levelNotes.forEach(n -> n.set(0, 0, ""));
    }

    private void drawArrow(XYFigure.Arrow arrow, XYFigure.Line tip, XYFigure.Note note, Vector v, String name) {
        double x = v.component(1);
        double y = v.component(2);
        arrow.set(0, 0, x, y);
        arrow.setVisible(true);
        tip.set(new double[] {x}, new double[] {y});
        // the label goes beyond the tip, away from the arrow (towards the middle near the right edge)
        boolean textRight = x >= 0 && x <= 0.5 * xy.xMax();
        boolean above = y >= 0;
        note.setAnchor(above ? (textRight ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT)
                : (textRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT));
        note.set(x, y, " " + name + " = " + v + " ");
    }

    /** An arc of radius a fifth of the window from α's direction to the partner's, with θ beside it. */
    private void drawArc(Vector a, Vector b, double theta, double half) {
        double start = Math.atan2(a.component(2), a.component(1));
        double end = Math.atan2(b.component(2), b.component(1));
        double sweep = end - start;
        while (sweep > Math.PI) {
            sweep -= 2 * Math.PI;
        }
        while (sweep < -Math.PI) {
            sweep += 2 * Math.PI;
        }
        double r = Math.min(half / 5, 0.6 * Math.min(a.length(), b.length()));
        double[] xs = new double[ARC_POINTS + 1];
        double[] ys = new double[ARC_POINTS + 1];
        for (int i = 0; i <= ARC_POINTS; i++) {
            double phi = start + sweep * i / ARC_POINTS;
            xs[i] = r * Math.cos(phi);
            ys[i] = r * Math.sin(phi);
        }
        arc.set(xs, ys);
        double mid = start + sweep / 2;
        // beyond the arc's middle, in the wedge between the arrows rather than over the arrows' names
        double c = Math.cos(mid);
        angleNote.setAnchor(c > 0.5 ? TextAnchor.CENTER_LEFT : c < -0.5 ? TextAnchor.CENTER_RIGHT
                : Math.sin(mid) > 0 ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        angleNote.set(1.15 * r * Math.cos(mid), 1.15 * r * Math.sin(mid),
                "\u03b8 = " + NumberText.display(Math.rint(Math.toDegrees(theta) * 10) / 10) + "\u00b0");
    }

    /**
     * β's shadow on the line through α: a segment of signed length |β|cos θ along α, with a dashed drop
     * from β's tip. α·β = |α| × (that length).
     */
    private void drawProjection(Vector a, Vector b) {
        if (a.isZero()) {
            return;
        }
        double t = a.dot(b) / a.lengthSquared();
        double px = t * a.component(1);
        double py = t * a.component(2);
        projection.set(new double[] {0, px}, new double[] {0, py});
        projectionGuide.set(new double[] {b.component(1), px}, new double[] {b.component(2), py});
        sideNote.set(-PLANE * 0.97, -PLANE * 0.55, text.format("figure.projection",
                NumberText.display(a.dot(b) / a.length())));
    }

    /** Level lines αᵀX = k, perpendicular to α, and the gradient α drawn at X. */
    private void drawLinearForm(Vector a, Vector x, double half) {
        if (a.isZero()) {
            return;
        }
        double a1 = a.component(1), a2 = a.component(2);
        double len = a.length();
        // the form takes values up to |α|·half·√2 in the window; about ten lines across it
        double spacing = org.kobai.math.NiceSteps.atLeast(len * half * 2.8 / 12);
        double reach = len * half * 1.5;
        List<Double> lx = new ArrayList<>();
        List<Double> ly = new ArrayList<>();
        int labelled = 0;
        for (double k = -Math.floor(reach / spacing) * spacing; k <= reach; k += spacing) {
            // the points of αᵀX = k form a line through kα/|α|², along (−a₂, a₁)
            double cx = k * a1 / (len * len), cy = k * a2 / (len * len);
            double ux = -a2 / len, uy = a1 / len;
            lx.add(cx - 3 * half * ux);
            ly.add(cy - 3 * half * uy);
            lx.add(cx + 3 * half * ux);
            ly.add(cy + 3 * half * uy);
            lx.add(Double.NaN);
            ly.add(Double.NaN);
            // the value written on the line, a little way along it from the foot of the perpendicular
            double nx = cx + 0.6 * half * ux, ny = cy + 0.6 * half * uy;
            if (labelled < LEVEL_LABELS && Math.abs(nx) < 0.95 * half && Math.abs(ny) < 0.95 * half) {
                levelNotes.get(labelled++).set(nx, ny, NumberText.display(k + 0.0));
            }
        }
        levelLines.set(lx.stream().mapToDouble(Double::doubleValue).toArray(),
                ly.stream().mapToDouble(Double::doubleValue).toArray());
        Vector g = model.gradientOfLinearForm();
        gradientArrow.set(x.component(1), x.component(2), x.component(1) + g.component(1), x.component(2) + g.component(2));
        gradientArrow.setVisible(true);
        sideNote.set(-half * 0.97, -half * 0.62, text.format("figure.levels", NumberText.display(spacing)));
    }

    private void drawCounts(WordCounts w) {
        int n = w.terms().size();
        xy.setAxisLabels(text.get("figure.termAxis"), text.get("figure.countAxis"));
        xy.setTitle(text.get("figure.countsTitle"));
        double[] left = new double[n];
        double[] right = new double[n];
        double[] h1 = new double[n];
        double[] h2 = new double[n];
        int top = 1;
        for (int i = 0; i < n; i++) {
            left[i] = i + 1 - 0.2;
            right[i] = i + 1 + 0.2;
            h1[i] = w.first()[i];
            h2[i] = w.second()[i];
            top = Math.max(top, Math.max(w.first()[i], w.second()[i]));
        }
        firstBars.set(left, h1);
        secondBars.set(right, h2);
        firstBars.setVisible(true);
        secondBars.setVisible(true);
        // whole-number ends give whole-number ticks; the room above the bars holds the terms
        xy.setWindow(0, Math.max(n, 3) + 1, 0, top + 1);
        for (int i = 0; i < Math.min(n, LABELLED_TERMS); i++) {
            termNotes.get(i).set(i + 1, Math.max(h1[i], h2[i]) + 0.04 * (top + 1), w.terms().get(i));
        }
        if (n == 0) {
            sideNote.set(0.2, top + 0.9, text.get("readout.noWords"));
        }
    }

    /** The direction at angle θ on the unit half-circle and its shadow cos θ on the axis. */
    private void drawGauge(Optional<Double> theta, Optional<Double> cosine) {
        double[] cx = new double[ARC_POINTS + 1];
        double[] cy = new double[ARC_POINTS + 1];
        for (int i = 0; i <= ARC_POINTS; i++) {
            cx[i] = Math.cos(Math.PI * i / ARC_POINTS);
            cy[i] = Math.sin(Math.PI * i / ARC_POINTS);
        }
        halfCircle.set(cx, cy);
        if (theta.isEmpty() || cosine.isEmpty()) {
            shadowBar.set(new double[0], new double[0]);
            drop.set(new double[0], new double[0]);
            gaugePoints.set(new double[0], new double[0]);
            direction.setVisible(false);
            gauge.setTitle(text.get("figure.gaugeNone"));
            markGauge();
            return;
        }
        double t = theta.get();
        double c = cosine.get();
        double px = Math.cos(t), py = Math.sin(t);
        direction.set(0, 0, px, py);
        direction.setVisible(true);
        drop.set(new double[] {px, c}, new double[] {py, 0});
        shadowBar.set(new double[] {0, c}, new double[] {0, 0});
        gaugePoints.set(new double[] {px, c}, new double[] {py, 0});
        gauge.setTitle(text.format("figure.gaugeTitle", NumberText.display(round(c, 3)),
                NumberText.display(round(Math.toDegrees(t), 1))));
        markGauge();
    }

    /** −1 opposite, 0 orthogonal, 1 same direction, under the axis. */
    private void markGauge() {
        gaugeMarks.get(0).set(-1, -0.12, text.get("figure.opposite"));
        gaugeMarks.get(1).set(0, -0.32, text.get("figure.orthogonal"));
        gaugeMarks.get(2).set(1, -0.12, text.get("figure.same"));
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        double r = Math.rint(v * f) / f;
        return r == 0 ? 0 : r; // no −0
    }
}
