package org.kobai.lessons.expectation;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.DiscreteDistribution;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Two charts: the distribution P(x) as bars with E[X] (and E[X] ± σ) marked, the rolls' frequencies beside
 * them; and the running mean of the n rolls against E[X], the law of large numbers.
 */
public final class ExpectationFigure extends XYLessonFigure {
    /** The running-mean line keeps at most this many points: enough for the eye, cheap to draw. */
    static final int MAX_POINTS = 1500;
    private static final int PROBABILITY = 0, FREQUENCY = 1, MEAN = 2, SPREAD = 3, MUTED = 6;

    private final ExpectationModel model;
    private final Messages text;
    private final Bars probabilityBars;
    private final Bars frequencyBars;
    private final XYFigure.Guide meanGuide;
    private final XYFigure.Guide lowGuide;
    private final XYFigure.Guide highGuide;
    private final XYFigure.Note note;
    private final XYFigure running;
    private final XYFigure.Line runningLine;
    private final XYFigure.Guide expectedGuide;
    private final XYFigure.Note runningNote;
    private final XYFigure.Note expectedNote;

    public ExpectationFigure(ExpectationModel model, FigureContext context) {
        super("x", "P(X = x)", context);
        this.model = model;
        this.text = context.text();
        probabilityBars = xy.bars(text.get("figure.probability"), PROBABILITY, 0.8);
        frequencyBars = xy.bars(text.get("figure.frequency"), FREQUENCY, 0.4);
        meanGuide = xy.guide(true, MEAN, 2.5, Dash.SOLID);
        // E[X] ± σ can be closer than their labels are wide: the labels go on rows of their own
        lowGuide = xy.guide(true, SPREAD, 1.5, Dash.DASHED).labelRow(1);
        highGuide = xy.guide(true, SPREAD, 1.5, Dash.DASHED).labelRow(2);
        note = xy.note(-1, 14, TextAnchor.TOP_LEFT).framed();
        running = new XYFigure("n", text.get("figure.meanAxis"), context.style());
        expectedGuide = running.guide(false, MEAN, 2.0, Dash.DASHED);
        runningLine = running.line(text.get("figure.runningMean"), FREQUENCY, 2.0, Dash.SOLID);
        runningNote = running.note(-1, 14, TextAnchor.TOP_LEFT).framed();
        expectedNote = running.note(MEAN, 14, TextAnchor.BOTTOM_RIGHT);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), running.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        running.applyStyle(style);
    }

    /** The probability bars as drawn, {x[], P[]}. */
    public double[][] probabilityData() { return probabilityBars.data(); }

    /** The frequency bars as drawn, {x[], share[]}; empty outside the rolls step. */
    public double[][] frequencyData() { return frequencyBars.data(); }

    /** The running mean as drawn, {n[], mean[]}. */
    public double[][] runningData() { return runningLine.data(); }

    /** The note on the distribution chart (the reason when the table is no distribution). */
    public String noteText() { return note.text(); }

    public XYFigure running() { return running; }

    @Override
    protected void update() {
        double[] p = model.table();
        double top = 0.5;
        for (double v : p) {
            top = Math.max(top, v * 1.15);
        }
        xy.setWindow(0.4, 6.6, 0, top);
        xy.setTitle(text.get("figure.title"));
        probabilityBars.set(ExpectationModel.FACES, p);
        Optional<DiscreteDistribution> d = model.distribution();
        int step = model.step();
        note.set(0.5, top * 0.97, "");
        if (d.isEmpty()) {
            String reason = model.problem().map(problem -> text.format("figure.invalid",
                    NumberText.display(model.sum()))).orElse("");
            note.set(0.5, top * 0.97, reason);
            hideGuides();
            frequencyBars.set(new double[0], new double[0]);
            frequencyBars.setVisible(false);
            running.batch(() -> {
                runningLine.set(new double[0], new double[0]);
                expectedGuide.set(Double.NaN, null);
                expectedNote.set(0, 0, "");
                running.setWindow(0, Math.max(10, model.n()), 1, 6);
                running.setTitle(null);
                runningNote.set(Math.max(10, model.n()) * 0.03, 5.8, text.get("figure.noRolls"));
            });
            return;
        }
        double mean = d.get().mean();
        double sd = d.get().standardDeviation();
        meanGuide.set(mean, "E[X] = " + NumberText.display(mean));
        if (step == ExpectationModel.STEP_VARIANCE) {
            lowGuide.set(mean - sd, "E[X] − σ");
            highGuide.set(mean + sd, "E[X] + σ");
        } else {
            lowGuide.set(Double.NaN, null);
            highGuide.set(Double.NaN, null);
        }
        boolean rolls = step == ExpectationModel.STEP_ROLLS;
        frequencyBars.set(rolls ? ExpectationModel.FACES : new double[0], rolls ? model.frequencies() : new double[0]);
        frequencyBars.setVisible(rolls);
        running.batch(() -> updateRunning(mean));
    }

    private void hideGuides() {
        meanGuide.set(Double.NaN, null);
        lowGuide.set(Double.NaN, null);
        highGuide.set(Double.NaN, null);
    }

    private void updateRunning(double mean) {
        double[] m = model.runningMean();
        int n = m.length;
        int stride = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        int count = (n - 1) / stride + 1;
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int j = 0; j < count; j++) {
            int i = j == count - 1 ? n - 1 : j * stride;
            xs[j] = i + 1;
            ys[j] = m[i];
        }
        runningLine.set(xs, ys);
        running.setWindow(0, Math.max(10, n), 1, 6);
        running.setTitle(text.format("figure.runningTitle", Integer.toString(n), Long.toString(model.seed())));
        expectedGuide.set(mean, null);
        expectedNote.set(Math.max(10, n) * 0.99, mean + 0.05, "E[X] = " + NumberText.display(mean));
        runningNote.set(0, 0, "");
    }
}
