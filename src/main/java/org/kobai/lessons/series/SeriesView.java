package org.kobai.lessons.series;

import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.series.GeometricSequence;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * Sliders for a, d or r, and n; beneath the figure the terms, the running sum beside the closed form, the
 * sum in Σ notation typeset and read aloud in words, and whether a geometric series converges.
 */
final class SeriesView implements LessonView {
    private final SeriesModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final Label terms = new Label();
    private final Label sums = new Label();
    private final HBox sigma = new HBox();
    private final Label words = new Label();
    private final Label verdict = new Label();
    private final InvalidationListener onChange = o -> update();
    private String shownSigma;

    SeriesView(SeriesModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        controls.getChildren().add(sliders);
        label(terms, "terms");
        label(sums, "sums");
        label(words, "sigma-words");
        label(verdict, "verdict");
        verdict.getStyleClass().add("verdict");
        sigma.setId("sigma");
        sigma.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox sigmaRow = new HBox(16, sigma, words);
        sigmaRow.setAlignment(Pos.CENTER_LEFT);
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        readouts.getChildren().addAll(terms, sums, sigmaRow, verdict);
        model.addChangeListener(onChange);
        update();
    }

    private static void label(Label l, String id) {
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("readout");
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        shownSigma = null;
        update();
    }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    private void update() {
        sliders.show(model.parametersShownIn(model.step()));
        int n = model.count();
        String nText = Integer.toString(n);
        String a = NumberText.display(model.a().get());
        double[] t = model.terms();
        terms.setText(text.format("readout.terms", nText, list(t)));
        String running = NumberText.display(model.runningSum(), SeriesFigure.DIGITS);
        String closed = NumberText.display(model.sum(), SeriesFigure.DIGITS);
        String formula;
        String latexTerm;
        String spoken;
        if (model.isGeometric()) {
            String r = NumberText.display(model.r().get());
            formula = model.r().get() == 1 ? text.format("readout.closedGeometricOne", nText, a)
                    : text.format("readout.closedGeometric", nText, a, r);
            latexTerm = latex(model.a().get()) + " \\cdot " + factor(model.r().get()) + "^{k-1}";
            spoken = text.format("sigma.words.geometric", nText, a, r);
        } else {
            String d = NumberText.display(model.d().get());
            formula = text.format("readout.closedArithmetic", nText, a, d);
            latexTerm = latex(model.a().get()) + " + (k-1) \\cdot " + factor(model.d().get());
            spoken = text.format("sigma.words.arithmetic", nText, a, d);
        }
        sums.setText(text.format("readout.sums", nText, running, formula, closed));
        String latex = "S_{" + n + "} = \\sum_{k=1}^{" + n + "} \\left(" + latexTerm + "\\right) = "
                + NumberText.plain(model.sum(), SeriesFigure.DIGITS);
        if (!latex.equals(shownSigma)) {
            shownSigma = latex;
            sigma.getChildren().setAll(typeset.apply(latex));
            sigma.setAccessibleText(latex);
        }
        words.setText(spoken);
        verdict.setText(model.isGeometric() ? verdict(model.geometric()) : "");
    }

    private String verdict(GeometricSequence g) {
        OptionalDouble limit = g.limit();
        return switch (g.behaviour()) {
            case CONVERGES -> text.format("readout.converges", NumberText.display(limit.orElseThrow(), SeriesFigure.DIGITS));
            case GROWS_LINEARLY -> text.get("readout.ratioOne");
            case OSCILLATES -> text.get("readout.ratioMinusOne");
            case DIVERGES -> text.get("readout.diverges");
        };
    }

    /** Every term up to ten of them; beyond that the first six, an ellipsis and the last two. */
    private static String list(double[] values) {
        StringBuilder s = new StringBuilder();
        int n = values.length;
        for (int i = 0; i < n; i++) {
            if (n > 10 && i == 6) {
                s.append(", \u2026");
                i = n - 3;
                continue;
            }
            s.append(i == 0 ? "" : ", ").append(NumberText.display(values[i]));
        }
        return s.toString();
    }

    /** A number in LaTeX: a true minus, digits as shown on screen. */
    private static String latex(double v) {
        return NumberText.plain(v);
    }

    /** A number as a factor or a base: negative ones in parentheses. */
    private static String factor(double v) {
        return v < 0 ? "(" + latex(v) + ")" : latex(v);
    }
}
