package org.kobai.lessons.descent;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.Status;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.FunctionField;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * The controls of the descent: the function (a preset or typed), η on a logarithmic slider with 2/L marked,
 * the start, β, the step limit, tolerance and schedule, Step / Play / Reset with a speed, CSV export; and
 * beneath the figure the step (Δx, Δy) = −η∇f with the current numbers, how each run ended, and why a run
 * diverged.
 */
final class DescentView implements LessonView, PathCsv {
    private final DescentModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final Executor background;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(8);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final EtaControl etaControl;
    private final FunctionField functionField;
    private final ComboBox<Preset> presets = new ComboBox<>();
    private final ComboBox<ScheduleKind> schedules = new ComboBox<>();
    private final ComboBox<Double> tolerances = new ComboBox<>();
    private final Button stepButton = new Button();
    private final Button playButton = new Button();
    private final Button resetButton = new Button();
    private final Button exportButton = new Button();
    private final javafx.scene.control.CheckBox surfaceToggle = new javafx.scene.control.CheckBox();
    private final VBox formulaRow = new VBox(2);
    private final Label status = new Label();
    private final Label divergence = new Label();
    private final Label exportStatus = new Label();
    private final HBox presetRow;
    private final Timeline timeline;
    private final InvalidationListener onChange = o -> update();
    private final InvalidationListener onPlaying = o -> syncTimeline();
    private String shownFormula;
    private Function<javafx.stage.Window, File> fileChoice = this::askForFile;

    DescentView(DescentModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        this.background = context.background();
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).clickToSet((x, y) -> model.setStart(x, y));
        figurePane.interaction(1).clickToSet((logEta, beta) -> {
            org.kobai.math.optimize.RegimeMap map = ((DescentFigure) figure).regimeMap();
            if (model.step() == DescentModel.STEP_REGIMES && map != null) {
                // the cell clicked: η and β at its centre, the values its colour was computed for
                model.eta().valueProperty().set(map.learningRate(map.column(Math.pow(10, logEta))));
                model.beta().valueProperty().set(map.momentum(map.row(beta)));
            }
        });
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        etaControl = new EtaControl(model.eta(), text);
        functionField = new FunctionField(text.get("field.function"), 22, model::setFunction,
                (column, reason) -> text.format("error.function", Integer.toString(column), reason));

        presets.setId("preset");
        presets.getItems().setAll(Preset.values());
        presets.setConverter(named(p -> text.get(p.messageKey())));
        presets.setOnAction(e -> {
            Preset p = presets.getValue();
            if (p != null && p != model.preset()) {
                model.choose(p);
            }
        });
        schedules.setId("schedule");
        schedules.getItems().setAll(ScheduleKind.values());
        schedules.setConverter(named(s -> text.get(s.messageKey())));
        schedules.setOnAction(e -> {
            if (schedules.getValue() != null) {
                model.scheduleProperty().set(schedules.getValue());
            }
        });
        tolerances.setId("tolerance");
        for (double t : DescentModel.TOLERANCES) {
            tolerances.getItems().add(t);
        }
        tolerances.setConverter(named(t -> "10^" + Math.round(Math.log10(t))));
        tolerances.setOnAction(e -> {
            if (tolerances.getValue() != null) {
                model.toleranceProperty().set(tolerances.getValue());
            }
        });

        stepButton.setId("step-button");
        stepButton.setOnAction(e -> {
            model.pause();
            model.stepOnce();
        });
        playButton.setId("play-button");
        playButton.setOnAction(e -> {
            if (model.isPlaying()) {
                model.pause();
            } else {
                model.play();
            }
        });
        resetButton.setId("reset-button");
        resetButton.setOnAction(e -> model.reset());
        exportButton.setId("export-csv");
        exportButton.setOnAction(e -> exportCsv());
        surfaceToggle.setId("surface-toggle");
        surfaceToggle.setText(text.get("button.surface"));
        surfaceToggle.selectedProperty().bindBidirectional(model.surfaceShownProperty());
        stepButton.setText(text.get("button.step"));
        resetButton.setText(text.get("button.reset"));
        exportButton.setText(text.get("button.export"));

        presetRow = new HBox(8, new Label(text.get("field.preset")), presets, surfaceToggle);
        presetRow.setAlignment(Pos.BASELINE_LEFT);
        HBox buttons = new HBox(8, stepButton, playButton, resetButton, exportButton, exportStatus);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(8, new Label(text.get("field.schedule")), schedules,
                new Label(text.get("field.tolerance")), tolerances);
        options.setAlignment(Pos.BASELINE_LEFT);
        FlowPane top = new FlowPane(16, 6, presetRow, functionField);
        controls.getChildren().addAll(top, etaControl, buttons, options, sliders);

        formulaRow.setId("formula");
        formulaRow.setAlignment(Pos.CENTER_LEFT);
        status.setId("run-status");
        status.setWrapText(true);
        status.getStyleClass().add("readout");
        divergence.setId("divergence");
        divergence.setWrapText(true);
        divergence.getStyleClass().add("bad");
        exportStatus.setId("export-status");
        readouts.getChildren().addAll(formulaRow, status, divergence);

        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.advance()));
        timeline.setCycleCount(Animation.INDEFINITE);
        model.addChangeListener(onChange);
        model.playingProperty().addListener(onPlaying);
        update();
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        shownFormula = null;
        update();
    }

    @Override
    public void dispose() {
        timeline.stop();
        model.pause();
        model.removeChangeListener(onChange);
        model.playingProperty().removeListener(onPlaying);
        surfaceToggle.selectedProperty().unbindBidirectional(model.surfaceShownProperty());
        sliders.dispose();
    }

    private void syncTimeline() {
        timeline.setRate(model.speed().get());
        if (model.isPlaying()) {
            timeline.play();
        } else {
            timeline.stop();
        }
        playButton.setText(text.get(model.isPlaying() ? "button.pause" : "button.play"));
    }

    private void update() {
        figurePane.refreshPanels(); // the surface in place of the right-hand chart, or back
        int step = model.step();
        boolean one = model.isOneVariable();
        sliders.show(model.parametersShownIn(step));
        presetRow.setVisible(!one);
        presetRow.setManaged(!one);
        presets.setValue(model.preset());
        schedules.setValue(model.scheduleProperty().get());
        tolerances.setValue(model.toleranceValue());
        functionField.show(model.function().text());
        timeline.setRate(model.speed().get());
        playButton.setText(text.get(model.isPlaying() ? "button.pause" : "button.play"));
        double critical = model.criticalRate();
        etaControl.markCritical(critical, Double.isFinite(critical)
                ? text.format("figure.critical", NumberText.display(critical)) : "");
        Iterate now = model.current();
        if (now == null) {
            formulaRow.getChildren().clear();
            shownFormula = null;
            status.setText(text.get("note.undefinedStart"));
            divergence.setText("");
            return;
        }
        showFormula(now, one);
        status.setText(statusText());
        divergence.setText(model.showsDivergence() ? divergenceText() : "");
    }

    /** (Δx, Δy) = −η ∇f(x, y) with the numbers of the next step filled in. */
    private void showFormula(Iterate now, boolean one) {
        double eta = model.nextRate();
        String e = latexNumber(eta);
        String latex;
        if (one) {
            double g = now.partial(0);
            latex = "\\Delta x = -\\eta\\, f'(x) = -" + e + " \\cdot " + paren(g) + " = " + latexNumber(-eta * g);
        } else {
            double gx = now.partial(0), gy = now.partial(1);
            latex = "(\\Delta x, \\Delta y) = -\\eta\\, \\nabla f(x, y) = -" + e + " \\cdot (" + latexNumber(gx) + ", "
                    + latexNumber(gy) + ") = (" + latexNumber(-eta * gx) + ", " + latexNumber(-eta * gy) + ")";
        }
        String at = one ? "x_{" + now.index() + "} = " + latexNumber(now.coordinate(0))
                : "(x, y)_{" + now.index() + "} = (" + latexNumber(now.coordinate(0)) + ", "
                        + latexNumber(now.coordinate(1)) + ")";
        String full = at + ",\\quad " + latex;
        if (!full.equals(shownFormula)) {
            shownFormula = full;
            // The point and the step as two formulas, one above the other: as one line, the whole was shrunk
            // to fit the width and became too small to read.
            formulaRow.getChildren().setAll(typeset.apply(at + ","), typeset.apply(latex));
        }
    }

    private static String paren(double v) {
        return v < 0 ? "(" + latexNumber(v) + ")" : latexNumber(v);
    }

    /** A number for a formula: 0.6, -0.8, 1.2 \\times 10^{-5}. */
    static String latexNumber(double v) {
        String plain = NumberText.plain(v);
        int e = plain.indexOf('e');
        return e < 0 ? plain : plain.substring(0, e) + " \\times 10^{" + plain.substring(e + 1) + "}";
    }

    private String statusText() {
        StringBuilder s = new StringBuilder();
        Map<Method, Run> runs = model.runs();
        int best = Integer.MAX_VALUE;
        Method first = null;
        for (Method m : model.methods()) {
            Run r = runs.get(m);
            if (r == null) {
                continue;
            }
            if (s.length() > 0) {
                s.append('\n');
            }
            String name = text.get(m.messageKey());
            int k = Math.min(model.revealed(), r.iterations());
            Iterate it = r.at(k);
            String where = text.format("readout.at", name, Integer.toString(k), NumberText.display(it.value()),
                    NumberText.display(it.gradientNorm()));
            s.append(where);
            if (model.isFinished()) {
                s.append("  ").append(text.format("status." + r.status().word(), Integer.toString(r.iterations())));
                if (r.status() == Status.CONVERGED && r.iterations() < best) {
                    best = r.iterations();
                    first = m;
                }
            }
        }
        if (model.methods().size() > 1 && model.isFinished()) {
            s.append('\n').append(first == null ? text.get("readout.noneReached")
                    : text.format("readout.first", text.get(first.messageKey()), Integer.toString(best)));
        }
        return s.toString();
    }

    /** One sentence: why the run blew up. */
    private String divergenceText() {
        Run r = model.run();
        double critical = model.criticalRate();
        if (r.last().value() < r.start().value()) {
            return text.get("readout.unbounded");
        }
        if (Double.isFinite(critical) && model.eta().get() > critical) {
            return text.format("readout.tooLarge", NumberText.display(model.eta().get()), NumberText.display(critical));
        }
        return text.format("readout.overshoot", NumberText.display(model.eta().get()));
    }

    @Override
    public void setFileChoice(Function<javafx.stage.Window, File> choice) {
        fileChoice = choice;
    }

    private void exportCsv() {
        Run r = model.run();
        if (r == null || figurePane.getScene() == null) {
            return;
        }
        File file = fileChoice.apply(figurePane.getScene().getWindow());
        if (file != null) {
            writeCsv(r, model.variables(), file);
        }
    }

    private File askForFile(javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("button.export"));
        chooser.setInitialFileName("descent.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser.showSaveDialog(owner);
    }

    /** Writes the run on the background executor and reports on the JavaFX thread. */
    void writeCsv(Run run, List<String> variables, File file) {
        String csv = run.toCsv(variables);
        exportStatus.setText(text.get("export.writing"));
        background.execute(() -> {
            String message;
            try {
                Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
                message = text.format("export.done", file.getName());
            } catch (IOException | RuntimeException e) {
                message = text.format("export.failed", file.getName());
            }
            String shown = message;
            Platform.runLater(() -> exportStatus.setText(shown));
        });
    }
}
