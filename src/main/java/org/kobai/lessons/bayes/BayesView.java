package org.kobai.lessons.bayes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.DiceEvent;
import org.kobai.math.probability.Fraction;
import org.kobai.math.probability.NaiveBayes;
import org.kobai.math.probability.NaturalFrequencies;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * Buttons choosing which event a click edits and the article's presets; the probabilities typeset as
 * exact fractions; sliders for the prior, likelihood and false-alarm rate; a check box per word.
 */
final class BayesView implements LessonView {
    private final BayesModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(8);
    private final VBox readouts = new VBox(4);
    private final HBox eventRow;
    private final HBox wordRow = new HBox(12);
    private final ParameterPanel sliders;
    private final ToggleButton editA = new ToggleButton();
    private final ToggleButton editB = new ToggleButton();
    private final FlowPane formulas = new FlowPane(18, 6);
    private final Label readout = new Label();
    private final List<CheckBox> wordBoxes = new ArrayList<>();
    private String shownFormulas;
    private final InvalidationListener onChange = o -> update();

    BayesView(BayesModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        figurePane = new FigurePane(figure);
        figurePane.canvases().get(0).addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        ToggleGroup group = new ToggleGroup();
        editA.setText(text.get("button.editA"));
        editA.setId("edit-a");
        editA.setToggleGroup(group);
        editB.setText(text.get("button.editB"));
        editB.setId("edit-b");
        editB.setToggleGroup(group);
        editA.setOnAction(e -> model.editingProperty().set(BayesModel.Editing.A));
        editB.setOnAction(e -> model.editingProperty().set(BayesModel.Editing.B));
        Button article = new Button(text.get("button.article"));
        article.setId("article-events");
        article.setOnAction(e -> model.articleEvents());
        Button clear = new Button(text.get("button.clear"));
        clear.setId("clear-event");
        clear.setOnAction(e -> model.clearEvent());
        eventRow = new HBox(8, editA, editB, article, clear);
        eventRow.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < BayesModel.WORDS.size(); i++) {
            NaiveBayes.Word w = BayesModel.WORDS.get(i);
            CheckBox box = new CheckBox(text.format("word.box", w.word(), NumberText.display(w.likelihood()),
                    NumberText.display(w.falseAlarm())));
            box.setId("word-" + w.word());
            box.selectedProperty().bindBidirectional(model.present(i));
            wordBoxes.add(box);
        }
        wordRow.getChildren().addAll(wordBoxes);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        controls.getChildren().addAll(eventRow, wordRow, sliders);
        formulas.setId("formulas");
        formulas.setAlignment(Pos.CENTER_LEFT);
        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readouts.getChildren().addAll(formulas, readout);
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        shownFormulas = null;
        update();
    }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
        for (int i = 0; i < wordBoxes.size(); i++) {
            wordBoxes.get(i).selectedProperty().unbindBidirectional(model.present(i));
        }
    }

    private void clicked(MouseEvent e) {
        int step = model.step();
        if (step != BayesModel.STEP_JOINT && step != BayesModel.STEP_CONDITIONAL) {
            return;
        }
        double[] at = figurePane.toData(0, e.getX(), e.getY());
        if (at == null) {
            return;
        }
        int first = (int) Math.round(at[0]), second = (int) Math.round(at[1]);
        if (first >= 1 && first <= DiceEvent.FACES && second >= 1 && second <= DiceEvent.FACES) {
            model.toggle(first, second);
        }
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void update() {
        int step = model.step();
        boolean dice = step == BayesModel.STEP_JOINT || step == BayesModel.STEP_CONDITIONAL;
        show(eventRow, dice);
        show(wordRow, step == BayesModel.STEP_WORDS);
        sliders.show(model.parametersShownIn(step));
        show(sliders, !dice);
        editA.setSelected(model.editingProperty().get() == BayesModel.Editing.A);
        editB.setSelected(model.editingProperty().get() == BayesModel.Editing.B);
        switch (step) {
            case BayesModel.STEP_BAYES -> {
                setFormulas(List.of());
                readout.setText(model.bayes().map(this::bayesText).orElse(text.get("readout.noEvidence")));
            }
            case BayesModel.STEP_WORDS -> {
                setFormulas(List.of());
                readout.setText(wordsText());
            }
            default -> diceReadouts(step == BayesModel.STEP_CONDITIONAL);
        }
    }

    private void setFormulas(List<String> latex) {
        String key = String.join("|", latex);
        if (key.equals(shownFormulas)) {
            return;
        }
        shownFormulas = key;
        List<Node> nodes = new ArrayList<>();
        for (String l : latex) {
            nodes.add(typeset.apply(l));
        }
        formulas.getChildren().setAll(nodes);
        show(formulas, !latex.isEmpty());
    }

    private void diceReadouts(boolean conditional) {
        Fraction pa = model.a().probability(), pb = model.b().probability(), joint = model.joint();
        List<String> latex = new ArrayList<>();
        latex.add("P(A) = \\frac{" + model.a().size() + "}{36} = " + pa.latex());
        latex.add("P(B) = \\frac{" + model.b().size() + "}{36} = " + pb.latex());
        latex.add("P(A \\cap B) = \\frac{" + model.a().and(model.b()).size() + "}{36} = " + joint.latex());
        if (!conditional) {
            latex.add("P(A)\\,P(B) = " + pa.latex() + " \\cdot " + pb.latex() + " = " + pa.times(pb).latex());
            setFormulas(latex);
            readout.setText(text.get(model.independent() ? "readout.independent" : "readout.dependent"));
            return;
        }
        Optional<Fraction> bGivenA = model.bGivenA(), aGivenB = model.aGivenB();
        if (bGivenA.isPresent()) {
            latex.add("P(B \\mid A) = \\frac{|A \\cap B|}{|A|} = \\frac{" + model.a().and(model.b()).size() + "}{"
                    + model.a().size() + "} = " + bGivenA.get().latex());
        }
        if (aGivenB.isPresent()) {
            latex.add("P(A \\mid B) = " + aGivenB.get().latex());
        }
        if (bGivenA.isPresent() && aGivenB.isPresent()) {
            latex.add("P(A)\\,P(B \\mid A) = " + pa.latex() + " \\cdot " + bGivenA.get().latex() + " = "
                    + pa.times(bGivenA.get()).latex() + " = P(B)\\,P(A \\mid B) = " + pb.latex() + " \\cdot "
                    + aGivenB.get().latex() + " = " + pb.times(aGivenB.get()).latex());
        }
        setFormulas(latex);
        readout.setText(bGivenA.isPresent() && aGivenB.isPresent() ? text.get("readout.theorem")
                : text.get("readout.emptyEvent"));
    }

    private String bayesText(BayesUpdate b) {
        NaturalFrequencies f = NaturalFrequencies.of(b, BayesDiagrams.MAILS);
        return text.format("readout.bayes", NumberText.display(b.prior()), NumberText.display(b.likelihood()),
                NumberText.display(b.falseAlarm()), NumberText.display(b.evidence()), NumberText.display(b.posterior()))
                + "\n" + text.format("readout.frequencies", NumberText.display(f.spam()),
                NumberText.display(f.spamWithWord()), NumberText.display(f.other()),
                NumberText.display(f.otherWithWord()), NumberText.display(f.withWord()),
                NumberText.display(Math.round(f.posterior() * 1000) / 10.0));
    }

    private String wordsText() {
        Optional<double[]> path = model.posteriorPath();
        if (path.isEmpty()) {
            return text.get("readout.noEvidence");
        }
        List<NaiveBayes.Word> words = model.wordsPresent();
        StringBuilder s = new StringBuilder(text.format("readout.start", NumberText.display(path.get()[0])));
        for (int i = 0; i < words.size(); i++) {
            s.append("\n").append(text.format("readout.after", words.get(i).word(), NumberText.display(path.get()[i + 1])));
        }
        if (words.isEmpty()) {
            s.append("\n").append(text.get("readout.noWords"));
        }
        return s.toString();
    }
}
