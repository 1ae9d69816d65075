package org.kobai.lessons.bayes;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.ui.TextAnchor;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.Fraction;
import org.kobai.math.probability.NaiveBayes;
import org.kobai.math.probability.NaturalFrequencies;
import org.kobai.plot.Bars;
import org.kobai.plot.Dash;
import org.kobai.plot.FigureContext;
import org.kobai.plot.XYFigure;

/**
 * The right-hand chart of the Bayes lesson: P(A), P(B), P(A∩B), P(A)P(B) (and P(B|A), P(A|B)) as bars with
 * their exact fractions, or the probability tree of 1000 mails with prior, likelihood and posterior named.
 */
final class BayesDiagrams {
    static final double MAILS = 1000;
    private static final int NOTES = 12;
    private List<String> barLabels = List.of();
    private final BayesModel model;
    private final Messages text;
    private final XYFigure xy;
    private final Bars bars;
    private final XYFigure.Line edges;
    private final XYFigure.Line wordEdges;
    private final XYFigure.Line nodes;
    private final XYFigure.Note[] notes = new XYFigure.Note[NOTES];

    BayesDiagrams(BayesModel model, FigureContext context) {
        this.model = model;
        this.text = context.text();
        xy = new XYFigure("", text.get("figure.probability"), context.style());
        bars = xy.bars(null, BayesFigure.BOTH, 0.6);
        edges = xy.line(null, BayesFigure.MUTED, 1.5, Dash.SOLID);
        wordEdges = xy.line(null, BayesFigure.A_COLOUR, 3.0, Dash.SOLID);
        nodes = xy.points(null, BayesFigure.MUTED, 8);
        for (int i = 0; i < NOTES; i++) {
            notes[i] = xy.note(-1, 14, TextAnchor.BOTTOM_CENTER).framed(); // on the tree's lines
        }
    }

    XYFigure xy() { return xy; }

    /** The bars as drawn, {position[], probability[]}. */
    double[][] barData() { return bars.data(); }

    /** The bars now shown as "name = value" ("P(A∩B) = 1/6"); none when the diagram is not the bars. */
    List<String> barLabels() {
        return barLabels;
    }

    /** The texts of the notes now shown. */
    List<String> noteTexts() {
        return java.util.Arrays.stream(notes).map(XYFigure.Note::text).filter(s -> !s.isEmpty()).toList();
    }

    void update() {
        bars.set(new double[0], new double[0]);
        xy.setXTickNames(List.of());
        barLabels = List.of();
        for (XYFigure.Line l : List.of(edges, wordEdges, nodes)) {
            l.set(new double[0], new double[0]);
        }
        for (XYFigure.Note n : notes) {
            n.set(0, 0, "");
            n.setAnchor(TextAnchor.BOTTOM_CENTER);
        }
        int step = model.step();
        if (step == BayesModel.STEP_BAYES) {
            xy.setAxesVisible(false);
            model.bayes().ifPresentOrElse(b -> tree(b, text.get("figure.word")), this::nothing);
        } else if (step == BayesModel.STEP_WORDS) {
            xy.setAxesVisible(false);
            lastWord().ifPresentOrElse(b -> tree(b.update(), b.word()), this::nothing);
        } else {
            xy.setAxesVisible(true);
            probabilityBars(step == BayesModel.STEP_CONDITIONAL);
        }
    }

    private void nothing() {
        xy.setWindow(0, 1, 0, 1);
        xy.setTitle(text.get("figure.treeTitle"));
        notes[0].set(0.5, 0.5, text.get("readout.noEvidence"));
    }

    private record WordUpdate(BayesUpdate update, String word) {}

    /** The update for the last present word, its prior the posterior after the words before it. */
    private Optional<WordUpdate> lastWord() {
        List<NaiveBayes.Word> words = model.wordsPresent();
        Optional<double[]> path = model.posteriorPath();
        if (words.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        NaiveBayes.Word last = words.get(words.size() - 1);
        double before = path.get()[words.size() - 1];
        return Optional.of(new WordUpdate(new BayesUpdate(before, last.likelihood(), last.falseAlarm()), last.word()));
    }

    private void probabilityBars(boolean conditional) {
        Fraction pa = model.a().probability(), pb = model.b().probability();
        Fraction joint = model.joint();
        Optional<Fraction> bGivenA = model.bGivenA(), aGivenB = model.aGivenB();
        String[] labels = conditional
                ? new String[] {"P(A)", "P(B)", "P(A∩B)", "P(A)P(B)", "P(B|A)", "P(A|B)"}
                : new String[] {"P(A)", "P(B)", "P(A∩B)", "P(A)P(B)"};
        Fraction[] values = conditional
                ? new Fraction[] {pa, pb, joint, pa.times(pb), bGivenA.orElse(null), aGivenB.orElse(null)}
                : new Fraction[] {pa, pb, joint, pa.times(pb)};
        double[] xs = new double[values.length], hs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            xs[i] = i + 1;
            hs[i] = values[i] == null ? 0 : values[i].doubleValue();
            String shown = values[i] == null ? text.get("figure.undefined") : values[i].toString();
            notes[i].set(i + 1, hs[i] + 0.02, shown); // the name is on the axis below the bar
        }
        xy.setXTickNames(List.of(labels));
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            named.add(labels[i] + " = " + notes[i].text());
        }
        barLabels = List.copyOf(named);
        bars.set(xs, hs);
        xy.setWindow(0.4, values.length + 0.6, 0, 1.1);
        xy.setAxisLabels(text.get("figure.quantity"), text.get("figure.probability"));
        xy.setTitle(text.get(model.independent() ? "figure.independent" : "figure.dependent"));
    }

    /** The tree: mails → spam / not spam → word / no word, with the probabilities and counts of 1000. */
    private void tree(BayesUpdate b, String word) {
        NaturalFrequencies f = NaturalFrequencies.of(b, MAILS);
        xy.setWindow(-0.3, 2.9, 0, 1.1);
        xy.setTitle(text.format("figure.treeTitle2", word));
        double[][] e = {
                {0, 0.5, 1, 0.78}, {0, 0.5, 1, 0.22},               // root → spam, root → other
                {1, 0.78, 2, 0.9}, {1, 0.78, 2, 0.66},              // spam → word, spam → no word
                {1, 0.22, 2, 0.34}, {1, 0.22, 2, 0.1}};             // other → word, other → no word
        double[] ex = new double[e.length * 3], ey = new double[e.length * 3];
        for (int i = 0; i < e.length; i++) {
            ex[3 * i] = e[i][0];
            ey[3 * i] = e[i][1];
            ex[3 * i + 1] = e[i][2];
            ey[3 * i + 1] = e[i][3];
            ex[3 * i + 2] = Double.NaN;
            ey[3 * i + 2] = Double.NaN;
        }
        edges.set(ex, ey);
        wordEdges.set(new double[] {1, 2, Double.NaN, 1, 2}, new double[] {0.78, 0.9, Double.NaN, 0.22, 0.34});
        nodes.set(new double[] {0, 1, 1, 2, 2, 2, 2}, new double[] {0.5, 0.78, 0.22, 0.9, 0.66, 0.34, 0.1});
        String n = NumberText.display(MAILS);
        notes[0].set(0, 0.53, text.format("figure.mails", n));
        notes[1].set(0.5, 0.67, text.format("figure.edgePrior", NumberText.display(b.prior())));
        notes[2].set(0.5, 0.37, NumberText.display(1 - b.prior()));
        // The middle nodes' counts sit on the nodes as boxes the edges run into; the edges' probabilities
        // beyond them, nearer the leaves, where the boxes leave room at any type size.
        notes[3].setAnchor(TextAnchor.CENTER);
        notes[3].set(1, 0.78, text.format("figure.nodeSpam", count(f.spam())));
        notes[4].setAnchor(TextAnchor.CENTER);
        notes[4].set(1, 0.22, text.format("figure.nodeOther", count(f.other())));
        notes[5].set(1.65, 0.88, text.format("figure.edgeLikelihood", NumberText.display(b.likelihood())));
        notes[6].set(1.65, 0.32, NumberText.display(b.falseAlarm()));
        notes[7].set(2.3, 0.91, text.format("figure.leafWord", count(f.spamWithWord())));
        notes[8].set(2.3, 0.67, text.format("figure.leafNoWord", count(f.spam() - f.spamWithWord())));
        notes[9].set(2.3, 0.35, text.format("figure.leafWord", count(f.otherWithWord())));
        notes[10].set(2.3, 0.11, text.format("figure.leafNoWord", count(f.other() - f.otherWithWord())));
        notes[11].set(1.3, 1.0, text.format("figure.treePosterior", count(f.spamWithWord()), count(f.withWord()),
                NumberText.display(b.posterior())));
    }

    private static String count(double c) {
        return NumberText.display(c);
    }
}
