package org.kobai.lessons.bayes;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.DiceEvent;
import org.kobai.math.probability.NaiveBayes;
import org.kobai.plot.Band;
import org.kobai.plot.Bars;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.XYFigure;
import org.kobai.plot.XYLessonFigure;

/**
 * Left: the 36 outcomes of two dice with the events A and B shaded (click a cell to add or remove it),
 * the area diagram of Bayes' theorem, or the posterior after each word. Right (see {@link BayesDiagrams}):
 * the probabilities as bars, or the tree of natural frequencies.
 */
public final class BayesFigure extends XYLessonFigure {
    static final int A_COLOUR = 0, B_COLOUR = 1, BOTH = 2, MUTED = 6;
    private static final double HALF = 0.42;
    private static final int NOTES = 6;

    private final BayesModel model;
    private final Messages text;
    private final Band cellsA;
    private final Band cellsB;
    private final Band spamAll;
    private final Band otherAll;
    private final Band spamWord;
    private final Band otherWord;
    private final Bars path;
    private final XYFigure.Line outcomes;
    private final XYFigure.Line both;
    private final XYFigure.Note[] notes = new XYFigure.Note[NOTES];
    private final BayesDiagrams diagrams;

    public BayesFigure(BayesModel model, FigureContext context) {
        super(context.text().get("figure.first"), context.text().get("figure.second"), context);
        this.model = model;
        this.text = context.text();
        spamAll = xy.band(null, A_COLOUR, 0.12);
        otherAll = xy.band(null, B_COLOUR, 0.12);
        spamWord = xy.band(text.get("figure.spamWord"), A_COLOUR, 0.55);
        otherWord = xy.band(text.get("figure.otherWord"), B_COLOUR, 0.55);
        cellsA = xy.band("A", A_COLOUR, 0.35);
        cellsB = xy.band("B", B_COLOUR, 0.35);
        path = xy.bars(text.get("figure.posterior"), A_COLOUR, 0.6);
        outcomes = xy.points(null, MUTED, 5);
        both = xy.points(text.get("figure.both"), BOTH, 11);
        for (int i = 0; i < NOTES; i++) {
            notes[i] = xy.note(-1, 14, TextAnchor.BOTTOM_CENTER);
        }
        diagrams = new BayesDiagrams(model, context);
        follow(model);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart(), diagrams.xy().chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        super.applyStyle(style);
        diagrams.xy().applyStyle(style);
    }

    /** The centres of the cells of A∩B as drawn, {first[], second[]}. */
    public double[][] bothData() { return both.data(); }

    /** The posterior bars as drawn, {position[], posterior[]} (position 0 is the prior). */
    public double[][] pathData() { return path.data(); }

    public BayesDiagrams diagrams() { return diagrams; }

    /** The probabilities the bars show, named: the bars' names are tick labels, which a description leaves out. */
    @Override
    public List<String> keyPoints() {
        return diagrams.barLabels();
    }

    @Override
    protected void update() {
        for (Band band : List.of(cellsA, cellsB, spamAll, otherAll, spamWord, otherWord)) {
            band.clear();
        }
        path.set(new double[0], new double[0]);
        path.setVisible(false);
        outcomes.set(new double[0], new double[0]);
        both.set(new double[0], new double[0]);
        both.setVisible(false);
        for (XYFigure.Note n : notes) {
            n.set(0, 0, "");
            n.setAnchor(TextAnchor.BOTTOM_CENTER);
        }
        switch (model.step()) {
            case BayesModel.STEP_BAYES -> model.bayes().ifPresentOrElse(this::areaDiagram, this::noEvidence);
            case BayesModel.STEP_WORDS -> posteriorPath();
            default -> grid();
        }
        diagrams.xy().batch(diagrams::update);
    }

    private void grid() {
        xy.setWindow(0.5, 6.5, 0.5, 6.5);
        xy.setAxisLabels(text.get("figure.first"), text.get("figure.second"));
        xy.setTitle(text.format("figure.gridTitle", model.editingProperty().get().name()));
        double[] fx = new double[DiceEvent.OUTCOMES], fy = new double[DiceEvent.OUTCOMES];
        for (int i = 0; i < DiceEvent.OUTCOMES; i++) {
            fx[i] = i / DiceEvent.FACES + 1;
            fy[i] = i % DiceEvent.FACES + 1;
        }
        outcomes.set(fx, fy);
        cells(cellsA, model.a());
        cells(cellsB, model.b());
        DiceEvent ab = model.a().and(model.b());
        double[] bx = new double[ab.size()], by = new double[ab.size()];
        int j = 0;
        for (int first = 1; first <= DiceEvent.FACES; first++) {
            for (int second = 1; second <= DiceEvent.FACES; second++) {
                if (ab.contains(first, second)) {
                    bx[j] = first;
                    by[j++] = second;
                }
            }
        }
        both.set(bx, by);
        both.setVisible(true);
    }

    /** Every cell of the event as one band of squares, broken by NaN between them. */
    private static void cells(Band band, DiceEvent e) {
        int n = e.size();
        double[] x = new double[3 * n], lo = new double[3 * n], hi = new double[3 * n];
        int j = 0;
        for (int first = 1; first <= DiceEvent.FACES; first++) {
            for (int second = 1; second <= DiceEvent.FACES; second++) {
                if (e.contains(first, second)) {
                    x[j] = first - HALF;
                    x[j + 1] = first + HALF;
                    x[j + 2] = Double.NaN;
                    lo[j] = lo[j + 1] = second - HALF;
                    hi[j] = hi[j + 1] = second + HALF;
                    lo[j + 2] = hi[j + 2] = Double.NaN;
                    j += 3;
                }
            }
        }
        band.set(x, lo, hi);
    }

    private static void rectangle(Band band, double x0, double x1, double y0, double y1) {
        band.set(new double[] {x0, x1}, new double[] {y0, y0}, new double[] {y1, y1});
    }

    private void areaDiagram(BayesUpdate b) {
        double p = b.prior(), l = b.likelihood(), f = b.falseAlarm();
        xy.setWindow(0, 1, 0, 1.12);
        xy.setAxisLabels(text.get("figure.areaX"), text.get("figure.areaY"));
        xy.setTitle(text.get("figure.areaTitle"));
        rectangle(spamAll, 0, p, 0, 1);
        rectangle(otherAll, p, 1, 0, 1);
        rectangle(spamWord, 0, p, 0, l);
        rectangle(otherWord, p, 1, 0, f);
        // The column names inside the top of their columns, the posterior above the box: the two never meet.
        notes[0].setAnchor(TextAnchor.TOP_CENTER);
        notes[0].set(p / 2, 0.99, text.get("figure.spam"));
        notes[1].setAnchor(TextAnchor.TOP_CENTER);
        notes[1].set((1 + p) / 2, 0.99, text.get("figure.notSpam"));
        notes[2].set(p / 2, l / 2, NumberText.display(b.jointWithWord()));
        notes[3].set((1 + p) / 2, f / 2, NumberText.display(b.otherWithWord()));
        notes[4].set(0.5, 1.01, text.format("figure.areaShare", NumberText.display(b.jointWithWord()),
                NumberText.display(b.otherWithWord()), NumberText.display(b.posterior())));
    }

    private void noEvidence() {
        xy.setWindow(0, 1, 0, 1.12);
        xy.setTitle(text.get("figure.areaTitle"));
        notes[4].set(0.5, 0.5, text.get("readout.noEvidence"));
    }

    private void posteriorPath() {
        List<NaiveBayes.Word> words = model.wordsPresent();
        xy.setWindow(-0.5, words.size() + 0.5, 0, 1.15);
        xy.setAxisLabels(text.get("figure.wordsAxis"), "P(spam | …)");
        xy.setTitle(text.get("figure.pathTitle"));
        Optional<double[]> p = model.posteriorPath();
        if (p.isEmpty()) {
            notes[0].set(words.size() / 2.0, 0.5, text.get("readout.noEvidence"));
            return;
        }
        double[] xs = new double[p.get().length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
            if (i < NOTES) {
                String label = i == 0 ? text.get("figure.prior") : "+ " + words.get(i - 1).word();
                notes[i].set(i, p.get()[i] + 0.02, label + ": " + NumberText.display(p.get()[i]));
            }
        }
        path.set(xs, p.get());
        path.setVisible(true);
    }
}
