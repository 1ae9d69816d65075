package org.kobai.app;

import java.awt.Color;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.ui.ExercisePanel;
import org.kobai.ui.Formulas;
import org.kobai.ui.LessonView;
import org.kobai.ui.RichText;
import org.kobai.ui.ViewContext;

/**
 * Shows one lesson: the step's explanation on the left, the live figure and its controls on the right,
 * and Previous/Next beneath. The model comes from the shell and outlives this host, so values survive a
 * language or theme change.
 */
final class LessonHost extends BorderPane {
    /** The least share of the lesson's height the figure gets, whatever else the step shows. */
    static final double FIGURE_SHARE = 0.45;
    static final double BASE_FONT_PX = 15;

    private final Lesson<?> lesson;
    private final LessonModel model;
    private final Messages text;
    private final Messages appText;
    private final Formulas formulas;
    private final Figure figure;
    private final LessonView view;
    private final Label stepTitle = new Label();
    private final Label stepIndicator = new Label();
    private final VBox explanation = new VBox(10);
    private final Button previous;
    private final Button next;
    private final InvalidationListener onStep = o -> showStep();
    private FigureStyle style;
    private Runnable fitControls = () -> { };
    private ScrollPane explanationScroller;
    private VBox words;
    private ExercisePanel practice;
    private Button practiceButton;
    private BiConsumer<String, Boolean> onExercise = (kind, solved) -> { };
    private org.kobai.ui.FigureTrace trace;

    LessonHost(Lesson<?> lesson, LessonModel model, Messages appText, Formulas formulas, FigureStyle style,
               Executor background) {
        this.lesson = lesson;
        this.model = model;
        this.appText = appText;
        this.formulas = formulas;
        this.style = style;
        this.text = lesson.text(appText.locale());
        getStyleClass().add("lesson-host");
        setId("lesson-host");
        org.kobai.ui.EditHistory.install(this, model.history());

        figure = lesson.createFigure(model, new FigureContext(text, style));
        view = lesson.createView(model, figure, new ViewContext(text, appText, this::typeset, background));

        Label title = new Label(text.get("title"));
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        stepIndicator.setId("step-indicator");
        stepIndicator.getStyleClass().add("step-indicator");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, stepIndicator);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("lesson-header");
        setTop(header);

        stepTitle.setId("step-title");
        stepTitle.getStyleClass().add("step-title");
        stepTitle.setWrapText(true);
        explanation.setId("explanation");
        VBox words = new VBox(12, stepTitle, explanation);
        words.getStyleClass().add("explanation");
        words.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroller = new ScrollPane(words);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("explanation-scroller");
        scroller.setMinWidth(240);
        // The explanation takes a share of the width, so the figure keeps most of a projector's screen.
        scroller.prefWidthProperty().bind(widthProperty().multiply(0.3));
        setLeft(scroller);
        this.explanationScroller = scroller;
        this.words = words;

        ScrollPane controls = new ScrollPane(view.controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().add("controls-scroller");
        // At large presentation scales the controls scroll rather than squeeze the figure.
        controls.maxHeightProperty().bind(heightProperty().multiply(0.38));
        controls.setMinHeight(0);
        // Sized from the scroller's own width, never from its viewport: a viewport that narrows when the
        // scroll bar appears would feed back into the height and make layout oscillate.
        Node content = view.controls();
        fitControls = () -> controls.setPrefViewportHeight(
                content.prefHeight(Math.max(100, controls.getWidth() - 24)));
        controls.widthProperty().addListener(o -> fitControls.run());
        fitControls.run();
        VBox stage = new VBox(10, view.figure());
        if (view.readout() != null) {
            if (view.readout() instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE); // the numbers never get cut off
            }
            stage.getChildren().add(view.readout());
        }
        stage.getChildren().add(controls);
        VBox.setVgrow(view.figure(), Priority.ALWAYS);
        if (view.figure() instanceof Region figure) {
            // The figure is what the lesson is about: however long the readout and however many controls,
            // it keeps this share of the height (the controls scroll, the explanation beside it scrolls).
            figure.minHeightProperty().bind(heightProperty().multiply(FIGURE_SHARE));
        }
        stage.getStyleClass().add("lesson-stage");
        stage.setPadding(new Insets(0, 0, 0, 12));
        setCenter(stage);

        previous = new Button(appText.get("step.previous"));
        previous.setId("previous-step");
        previous.setOnAction(e -> go(-1));
        next = new Button(appText.get("step.next"));
        next.setId("next-step");
        next.setOnAction(e -> go(+1));
        previous.setFocusTraversable(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(10, previous, gap, next);
        if (!lesson.exercises().isEmpty()) {
            practiceButton = new Button(appText.get("exercise.open"));
            practiceButton.setId("practice");
            practiceButton.setOnAction(e -> togglePractice());
            nav.getChildren().add(2, practiceButton);
        }
        nav.getStyleClass().add("step-nav");
        nav.setPadding(new Insets(10, 0, 0, 0));
        setBottom(nav);

        model.stepProperty().addListener(onStep);
        showStep();
        org.kobai.ui.KeyboardAccess.apply(view.controls());
        if (view.readout() != null) {
            org.kobai.ui.KeyboardAccess.apply(view.readout());
        }
    }

    Lesson<?> lesson() { return lesson; }
    LessonModel model() { return model; }
    Figure figure() { return figure; }
    LessonView view() { return view; }
    /** The step's title and explanation with its formulas (or the exercises), left of the figure. */
    Node explanationPane() { return explanationScroller; }

    /** Moves by {@code delta} steps; false at either end. */
    boolean go(int delta) {
        int target = model.step() + delta;
        if (target < 0 || target >= model.stepCount()) {
            return false;
        }
        model.enterStep(target);
        return true;
    }

    void applyStyle(FigureStyle newStyle) {
        this.style = newStyle;
        figure.applyStyle(newStyle);
        view.restyle();
        if (view.figure() instanceof org.kobai.ui.FigurePane pane) {
            pane.setPresentationScale(newStyle.scale()); // hit radii grow with the figure
        }
        showStep();
    }

    /** A formula in the current theme and scale, for lesson views. */
    private javafx.scene.Node typeset(String latex) {
        return RichText.build("$" + latex + "$", formulas, BASE_FONT_PX * style.scale(), style.theme().foreground(),
                density());
    }

    private double density() {
        double screen = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        return Math.max(screen, 1.5);
    }

    /**
     * Makes the figure reachable by Tab, traceable by the arrow keys with tones from {@code tones}, and
     * described to screen readers and on request.
     */
    void enableTrace(org.kobai.ui.sound.TonePlayer tones) {
        if (trace == null && view.figure() instanceof org.kobai.ui.FigurePane pane && !figure.charts().isEmpty()) {
            trace = new org.kobai.ui.FigureTrace(pane, appText, tones, this::showDescription);
        }
    }

    org.kobai.ui.FigureTrace trace() { return trace; }

    /** Shows the figure's description in a dialog the screen reader reads (and the learner can copy). */
    void describeFigure() {
        String words = trace != null ? trace.description()
                : org.kobai.plot.FigureDescription.of(figure, appText);
        showDescription(words);
    }

    private void showDescription(String words) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(words);
        area.setId("figure-description");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(48);
        area.setPrefRowCount(Math.min(16, 3 + words.split("\n").length * 2));
        area.setAccessibleText(appText.get("describe.title"));
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.setTitle(appText.get("describe.title"));
        a.setHeaderText(text.get("title"));
        a.getDialogPane().setContent(area);
        if (getScene() != null && getScene().getWindow() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.setOnShown(e -> area.requestFocus());
        a.show();
    }

    /** Told (exercise kind, solved) when an exercise is first checked and when it is solved. */
    void setOnExercise(BiConsumer<String, Boolean> listener) {
        this.onExercise = listener;
    }

    /** Swaps the step's explanation for the lesson's exercises, and back. */
    void togglePractice() {
        if (practiceButton == null) {
            return;
        }
        if (explanationScroller.getContent() == words) {
            if (practice == null) {
                practice = new ExercisePanel(lesson.exercises(), text, appText,
                        s -> RichText.build(s, formulas, BASE_FONT_PX * style.scale(), style.theme().foreground(),
                                density()),
                        (kind, solved) -> onExercise.accept(kind, solved), firstExerciseSeed());
                practice.setPadding(new Insets(4, 12, 12, 4));
            }
            explanationScroller.setContent(practice);
            practiceButton.setText(appText.get("exercise.close"));
        } else {
            explanationScroller.setContent(words);
            practiceButton.setText(appText.get("exercise.open"));
        }
    }

    ExercisePanel practice() { return practice; }

    /**
     * Where a practice session's numbers start: different every time, unless -Dkobai.exercise.seed fixes
     * them (the documentation's pictures show the same exercises at every retake).
     */
    private static long firstExerciseSeed() {
        return Long.getLong("kobai.exercise.seed", System.nanoTime());
    }

    /** True while the exercises stand in for the step's explanation. */
    boolean isPracticing() {
        return explanationScroller.getContent() != words;
    }

    void dispose() {
        model.stepProperty().removeListener(onStep);
        if (trace != null) {
            trace.dispose();
        }
        view.dispose();
        figure.dispose(); // the model stays for the next visit; this figure must not stay with it
    }

    private void showStep() {
        int step = model.step();
        stepTitle.setText(text.get("step." + step + ".title"));
        stepIndicator.setText(appText.format("step.indicator", step + 1, model.stepCount()));
        Color ink = style.theme().foreground();
        double px = BASE_FONT_PX * style.scale();
        explanation.getChildren().setAll(
                RichText.build(text.get("step." + step + ".body"), formulas, px, ink, density()));
        javafx.application.Platform.runLater(fitControls); // a step shows other controls
        javafx.application.Platform.runLater(() -> org.kobai.ui.KeyboardAccess.apply(view.controls()));
        if (view.figure() instanceof org.kobai.ui.FigurePane pane) {
            pane.refreshPanels(); // a step may show other panels
        }
        previous.setDisable(step == 0);
        next.setDisable(step == model.stepCount() - 1);
    }
}
