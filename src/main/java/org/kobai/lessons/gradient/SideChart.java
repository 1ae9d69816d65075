package org.kobai.lessons.gradient;

import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.field.DirectionalDerivative;
import org.kobai.math.field.VectorField;
import org.kobai.plot.ArrowField;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.HeatMap;
import org.kobai.plot.XYFigure;

/**
 * The right-hand chart of the gradient lesson: D_u f against the angle θ of u (steps 1 and 2), the field's
 * arrows over its curl (step 3), or the image of the small square under F and under its linear
 * approximation F(p) + J·(x − p) (step 4).
 */
public final class SideChart {
    private static final int ANGLES = 360;
    private static final int CURVE = 0, NOW = 3, MOST = 1, ZERO = 4, EXACT = 0, LINEAR = 1, IMAGE_POINT = 1;

    private final GradientModel model;
    private final Messages text;
    private final XYFigure chart;
    private final HeatMap heat;
    private final ArrowField arrows;
    private final XYFigure.Line rate;
    private final XYFigure.Line exactImage;
    private final XYFigure.Line linearImage;
    private final XYFigure.Line zeros;
    private final XYFigure.Line most;
    private final XYFigure.Line now;
    private final XYFigure.Line point;
    private final XYFigure.Line image;
    private final XYFigure.Note note;
    private Object mapFor;

    SideChart(GradientModel model, FigureContext context) {
        this.model = model;
        this.text = context.text();
        chart = new XYFigure("θ (°)", "D_u f", context.style());
        heat = chart.heatMap(ColorMap.VIRIDIS, "∇×F");
        heat.setContours(8);
        arrows = chart.arrowField(null, GradientFigure.FIELD_COLOUR, 1.1);
        rate = chart.line(text.get("figure.rate"), CURVE, 2.5, Dash.SOLID);
        exactImage = chart.line(text.get("figure.exactImage"), EXACT, 2.5, Dash.SOLID);
        linearImage = chart.line(text.get("figure.linearImage"), LINEAR, 2.5, Dash.DASHED);
        zeros = chart.points(text.get("figure.zeros"), ZERO, 10);
        most = chart.points(text.get("figure.most"), MOST, 11);
        now = chart.points(text.get("figure.now"), NOW, 11);
        point = chart.points("(c, d)", IMAGE_POINT, 11);
        image = chart.points("F(p)", IMAGE_POINT, 11);
        note = chart.note(-1, 13, TextAnchor.TOP_LEFT).framed();
    }

    public XYFigure figure() { return chart; }

    /** D_u f(c, d) against θ in degrees, {θ[], D[]}; empty outside the first two steps. */
    public double[][] rateData() { return rate.data(); }

    /** The marked (θ, D_u f) of the current direction. */
    public double[][] nowData() { return now.data(); }

    /** The marked largest value (φ, |∇f|). */
    public double[][] mostData() { return most.data(); }

    /** The marked directions where D_u f = 0. */
    public double[][] zerosData() { return zeros.data(); }

    /** F applied to the square's boundary, {y1[], y2[]}. */
    public double[][] exactImageData() { return exactImage.data(); }

    /** The linear approximation applied to the square's boundary, {y1[], y2[]}. */
    public double[][] linearImageData() { return linearImage.data(); }

    void update() {
        chart.batch(this::redraw);
    }

    private void redraw() {
        for (XYFigure.Line l : new XYFigure.Line[] {rate, exactImage, linearImage, zeros, most, now, point, image}) {
            l.set(new double[0], new double[0]);
            l.setVisible(false);
        }
        note.set(0, 0, "");
        switch (model.step()) {
            case GradientModel.STEP_FIELD -> showCurl();
            case GradientModel.STEP_JACOBIAN -> showImages();
            default -> showRates();
        }
    }

    private void showRates() {
        heat.setVisible(false);
        arrows.setVisible(false);
        chart.setAxisLabels(text.get("figure.angle"), "D_u f");
        chart.setTitle(text.get("figure.rateTitle"));
        double norm = model.steepestRate();
        double top = Double.isFinite(norm) && norm > 1e-12 ? norm : 1;
        chart.setWindow(0, 360, -1.2 * top, 1.2 * top);
        if (!Double.isFinite(norm)) {
            note.set(10, top, text.get("readout.none"));
            return;
        }
        double[] g = model.gradientHere().vector();
        double[] theta = new double[ANGLES + 1], rates = new double[ANGLES + 1];
        for (int i = 0; i <= ANGLES; i++) {
            theta[i] = i * 360.0 / ANGLES;
            rates[i] = DirectionalDerivative.along(g, Math.toRadians(theta[i]));
        }
        show(rate, theta, rates);
        double phi = model.steepestDegrees();
        if (!Double.isNaN(phi)) {
            show(most, new double[] {phi}, new double[] {norm});
            double a = (phi + 90) % 360, b = (phi + 270) % 360;
            show(zeros, new double[] {a, b}, new double[] {0, 0});
        }
        if (model.step() == GradientModel.STEP_DIRECTION) {
            show(now, new double[] {model.angle().get()}, new double[] {model.directionalDerivative()});
        }
    }

    private void showCurl() {
        VectorField f = model.field();
        if (!f.equals(mapFor)) {
            mapFor = f;
            GradientFigure.setSymmetric(heat, GradientFigure.sample(f::curlAt));
            GradientFigure.setArrows(arrows, f::firstAt, f::secondAt);
        }
        heat.setVisible(true);
        arrows.setVisible(true);
        chart.setAxisLabels("x1", "x2");
        chart.setTitle(text.format("figure.curl", f.curl().text()));
        chart.setWindowEqualUnits(GradientFigure.MIN, GradientFigure.MAX, GradientFigure.MIN, GradientFigure.MAX);
        double c = model.c().get(), d = model.d().get();
        show(point, new double[] {c}, new double[] {d});
        if (!Double.isFinite(model.curl())) {
            note.set(c, d, text.get("readout.none"));
        }
    }

    private void showImages() {
        heat.setVisible(false);
        arrows.setVisible(false);
        chart.setAxisLabels("y1", "y2");
        chart.setTitle(text.format("figure.imageTitle", NumberText.display(model.size().get())));
        double[][] exact = model.squareImage();
        double[][] linear = model.linearImage();
        double[] fp = model.fieldHere();
        double lo1 = Double.POSITIVE_INFINITY, hi1 = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY, hi2 = Double.NEGATIVE_INFINITY;
        for (double[][] image : new double[][][] {exact, linear}) {
            for (int i = 0; i < image[0].length; i++) {
                if (Double.isFinite(image[0][i]) && Double.isFinite(image[1][i])) {
                    lo1 = Math.min(lo1, image[0][i]);
                    hi1 = Math.max(hi1, image[0][i]);
                    lo2 = Math.min(lo2, image[1][i]);
                    hi2 = Math.max(hi2, image[1][i]);
                }
            }
        }
        if (!(lo1 <= hi1) || !Double.isFinite(fp[0]) || !Double.isFinite(fp[1])) {
            chart.setWindowEqualUnits(-1, 1, -1, 1);
            note.set(-0.9, 0.9, text.get("readout.none"));
            return;
        }
        double span = Math.max(Math.max(hi1 - lo1, hi2 - lo2), 1e-9);
        double pad = 0.15 * span;
        chart.setWindowEqualUnits(lo1 - pad, hi1 + pad, lo2 - pad, hi2 + pad);
        show(exactImage, exact[0], exact[1]);
        show(linearImage, linear[0], linear[1]);
        show(image, new double[] {fp[0]}, new double[] {fp[1]});
    }

    private static void show(XYFigure.Line line, double[] x, double[] y) {
        line.set(x, y);
        line.setVisible(true);
    }
}
