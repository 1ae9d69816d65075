package org.kobai.lessons.regression;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LineFit;
import org.kobai.math.regression.NormalEquations;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.PointEdits;
import org.kobai.ui.ViewContext;

/**
 * The scatter plot (drag, add and remove points; drag the line's two handles) and the E map (click to
 * set (a, b)); sliders for a and b; buttons for the example, random data, a file, the best line and
 * undo (Ctrl+Z); the line, E and the least-squares answer as numbers, and the matrix form typeset.
 */
final class RegressionView implements LessonView {
    private static final int LISTED_RESIDUALS = 8;

    private final RegressionModel model;
    private final Messages text;
    private final Function<String, Node> typeset;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(8);
    private final VBox readouts = new VBox(4);
    private final ParameterPanel sliders;
    private final Label readout = new Label();
    private final Label dataMessage = new Label();
    private final FlowPane matrices = new FlowPane(24, 8);
    private final Button undo;
    private final Button importButton;
    private final DataImport importer;
    private final InvalidationListener onChange = o -> update();
    private NormalEquations typesetFor;
    /** The readout's tallest height in this step: it never shrinks while the learner drags, so the figure stays put. */
    private double readoutHeight;
    private int readoutStep = -1;

    RegressionView(RegressionModel model, RegressionFigure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.typeset = context.typeset();
        this.importer = new DataImport(context.background(), Platform::runLater, text);
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).editPoints(model::lineHandles, (which, x, y) -> model.moveHandle(which, y))
                .allowAdding(false).allowRemoving(false);
        figurePane.interaction(0).editPoints(() -> new double[][] {model.points().xs(), model.points().ys()},
                new PointEdits() {
                    @Override
                    public void moved(int index, double x, double y) {
                        model.movePoint(index, x, y);
                    }

                    @Override
                    public void added(double x, double y) {
                        model.addPoint(x, y);
                        say("");
                    }

                    @Override
                    public void removed(int index) {
                        say(model.removePoint(index) ? "" : text.get("data.keepTwo"));
                    }
                });
        figurePane.canvases().get(0).addEventFilter(MouseEvent.MOUSE_RELEASED, e -> model.endGesture());
        figurePane.interaction(1).clickToSet((a, b) -> {
            model.a().valueProperty().set(a);
            model.b().valueProperty().set(b);
        });

        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        Button example = button("data-example", "button.example", () -> {
            model.useExample();
            say(text.get("data.example"));
        });
        Button random = button("data-random", "button.random", () -> {
            long seed = model.newRandomData();
            say(text.format("data.random", Long.toString(seed)));
        });
        importButton = button("data-import", "button.import", this::chooseFile);
        Button best = button("best-line", "button.best", model::useBestLine);
        undo = button("undo", "button.undo", this::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        FlowPane buttons = new FlowPane(8, 6, example, random, importButton, best, undo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        dataMessage.setId("data-message");
        dataMessage.setWrapText(true);
        dataMessage.getStyleClass().add("readout");
        controls.getChildren().addAll(sliders, buttons, dataMessage);

        readout.setId("readout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readout.widthProperty().addListener((o, was, now) -> {
            readoutStep = -1; // measured anew at the new width
            keepReadoutHeight(model.step());
        });
        matrices.setId("matrices");
        readouts.getChildren().addAll(readout, matrices);

        model.addChangeListener(onChange);
        update();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readouts; }

    @Override
    public void restyle() {
        typesetFor = null;
        update();
    }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        undo.disableProperty().unbind();
        sliders.dispose();
    }

    private void undo() {
        say(model.undo() ? text.get("data.undone") : text.get("data.nothingToUndo"));
    }

    private void say(String message) {
        dataMessage.setText(message);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("import.csvFiles"), "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter(text.get("import.allFiles"), "*"));
        File file = chooser.showOpenDialog(figurePane.getScene() == null ? null : figurePane.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Reads the file in the background; the current data stays until it has been read in full. */
    void importFile(java.nio.file.Path file) {
        importButton.setDisable(true);
        say(text.format("import.reading", file.getFileName()));
        importer.start(file, outcome -> {
            importButton.setDisable(false);
            if (outcome.succeeded()) {
                model.replaceData(outcome.points());
            }
            say(outcome.message());
        });
    }

    private void update() {
        sliders.show(model.parametersShownIn(model.step()));
        DataPoints p = model.points();
        double a = model.a().get(), b = model.b().get();
        List<String> lines = new ArrayList<>();
        lines.add(text.format("readout.line", lineText(a, b), NumberText.display(model.error()),
                Integer.toString(p.size())));
        int step = model.step();
        LineFit fit = model.fit().orElse(null);
        if (step == RegressionModel.STEP_LINE && p.size() <= LISTED_RESIDUALS) {
            List<String> e = new ArrayList<>();
            for (double r : model.residuals()) {
                e.add(NumberText.display(r));
            }
            lines.add(text.format("readout.residuals", String.join(", ", e)));
        }
        if (step == RegressionModel.STEP_SQUARES && p.size() <= LISTED_RESIDUALS) {
            List<String> e = new ArrayList<>();
            for (double r : model.residuals()) {
                e.add(NumberText.display(r * r));
            }
            lines.add(text.format("readout.squares", String.join(" + ", e), NumberText.display(model.error())));
        }
        if (step >= RegressionModel.STEP_MAP) {
            double[] g = model.gradient();
            lines.add(text.format("readout.gradient", NumberText.display(g[0]), NumberText.display(g[1])));
        }
        if (step == RegressionModel.STEP_DESCENT) {
            lines.add(descentText(fit));
        }
        if (fit == null) {
            lines.add(text.get("readout.noBest"));
        } else if (step >= RegressionModel.STEP_MINIMUM) {
            String r2 = fit.hasR2() ? NumberText.display(fit.r2()) : text.get("readout.noR2");
            lines.add(text.format("readout.best", lineText(fit.slope(), fit.intercept()),
                    NumberText.display(fit.sse()), r2));
        }
        readout.setText(String.join("\n", lines));
        keepReadoutHeight(step);
        updateMatrices(step);
    }

    /**
     * A readout that wraps onto one more line would shrink the figure under the learner's mouse; its
     * height only grows within a step (and with the width it was measured at).
     */
    private void keepReadoutHeight(int step) {
        double width = readout.getWidth();
        if (step != readoutStep || !(width > 0)) {
            readoutStep = step;
            readoutHeight = 0;
            readout.setMinHeight(Label.USE_COMPUTED_SIZE); // measured without the old floor
        }
        if (width > 0) {
            readoutHeight = Math.max(readoutHeight, readout.prefHeight(width));
        }
        readout.setMinHeight(readoutHeight > 0 ? readoutHeight : Label.USE_COMPUTED_SIZE);
    }

    private void updateMatrices(int step) {
        boolean show = step == RegressionModel.STEP_MATRIX;
        matrices.setVisible(show);
        matrices.setManaged(show);
        if (!show) {
            return;
        }
        NormalEquations m = model.matrixForm().orElse(null);
        if (m == typesetFor && !matrices.getChildren().isEmpty()) {
            return;
        }
        typesetFor = m;
        if (m == null) {
            Label none = new Label(text.get("readout.noMatrix"));
            none.setWrapText(true);
            matrices.getChildren().setAll(none);
            return;
        }
        matrices.getChildren().setAll(typeset.apply(MatrixLatex.data(m)),
                typeset.apply(MatrixLatex.normalEquations(m)), typeset.apply(MatrixLatex.solution(m)));
    }

    private String descentText(LineFit fit) {
        org.kobai.math.optimize.Run run = model.descent();
        var last = run.last();
        String words = text.format("readout.descent", NumberText.display(model.learningRate()),
                NumberText.display(model.rate().get()), Integer.toString(run.iterations()),
                NumberText.display(last.coordinate(0)), NumberText.display(last.coordinate(1)),
                NumberText.display(last.value()), text.get("status." + run.status().word()));
        if (fit != null) {
            double gap = Math.hypot(last.coordinate(0) - fit.slope(), last.coordinate(1) - fit.intercept());
            words += "\n" + text.format("readout.descentGap", NumberText.display(gap));
        }
        return words;
    }

    /** "y = 1.3x + 1.3", with a true minus sign. */
    static String lineText(double a, double b) {
        String sign = b < 0 ? " \u2212 " : " + ";
        return "y = " + NumberText.display(a) + "x" + sign + NumberText.display(Math.abs(b));
    }
}
