package org.kobai.lessons.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.stats.CsvColumn;
import org.kobai.math.stats.DataSet;
import org.kobai.math.stats.DataText;
import org.kobai.math.stats.RepeatedSampling;
import org.kobai.plot.Figure;
import org.kobai.ui.FigurePane;
import org.kobai.ui.LessonView;
import org.kobai.ui.ParameterPanel;
import org.kobai.ui.ViewContext;

/**
 * The data as text (typed or pasted, read as it is typed), a CSV import read on the background executor,
 * clicks on the number line that add a value, and the statistics beneath the figure; in the sampling step
 * the sample size, the number of samples and a button for a new sample.
 */
public final class StatisticsView implements LessonView {
    private final StatisticsModel model;
    private final Messages text;
    private final Executor background;
    private final FigurePane figurePane;
    private final VBox controls = new VBox(6);
    private final Label readout = new Label();
    private final TextArea dataField = new TextArea();
    private final Label dataError = new Label();
    private final TextField column = new TextField();
    private final Button importButton;
    private final Button newSample;
    private final ParameterPanel sliders;
    private final InvalidationListener onChange = o -> update();
    private boolean showingData;

    StatisticsView(StatisticsModel model, Figure figure, ViewContext context) {
        this.model = model;
        this.text = context.text();
        this.background = context.background();
        figurePane = new FigurePane(figure);
        figurePane.interaction(0).clickToSet((x, y) -> {
            if (model.step() != StatisticsModel.STEP_SQUARES && model.data().size() < StatisticsModel.MAX_VALUES) {
                model.addValue(Math.round(x * 10) / 10.0);
            }
        });
        dataField.setId("data-field");
        dataField.setPrefRowCount(2);
        dataField.setWrapText(true);
        dataField.setPromptText(text.get("data.prompt"));
        dataField.textProperty().addListener((o, old, now) -> {
            if (!showingData) {
                read(now);
            }
        });
        dataError.setId("data-error");
        dataError.setWrapText(true);
        dataError.getStyleClass().add("bad");
        Button reset = new Button(text.get("data.reset"));
        reset.setId("data-reset");
        reset.setOnAction(e -> model.setData(StatisticsModel.ARTICLE_DATA));
        column.setId("csv-column");
        column.setPromptText(text.get("data.column"));
        column.setPrefColumnCount(8);
        importButton = new Button(text.get("data.import"));
        importButton.setId("data-import");
        importButton.setOnAction(e -> chooseFile());
        newSample = new Button(text.get("sample.new"));
        newSample.setId("new-sample");
        newSample.setOnAction(e -> model.newSample());
        Label dataLabel = new Label(text.get("data.label"));
        dataLabel.setLabelFor(dataField);
        HBox buttons = new HBox(8, reset, importButton, column, newSample);
        buttons.setAlignment(Pos.CENTER_LEFT);
        sliders = new ParameterPanel(model, model.controlOrder(), text, context.appText());
        controls.getChildren().addAll(dataLabel, dataField, dataError, buttons, sliders);
        readout.setId("stats");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        model.addChangeListener(onChange);
        update();
    }

    @Override public Node figure() { return figurePane; }
    @Override public Node controls() { return controls; }
    @Override public Node readout() { return readout; }

    @Override
    public void dispose() {
        model.removeChangeListener(onChange);
        sliders.dispose();
    }

    /** Reads the typed numbers; a mistake is shown and the last good data stays. */
    private void read(String typed) {
        double[] values;
        try {
            values = DataText.parse(typed);
        } catch (DataText.DataTextException e) {
            showError(text.format(e.problem() == DataText.Problem.TOO_LARGE ? "data.tooLarge" : "data.notANumber",
                    Integer.toString(e.item()), e.text()));
            return;
        }
        if (values.length == 0) {
            showError(text.get("data.empty"));
            return;
        }
        if (values.length > StatisticsModel.MAX_VALUES) {
            showError(text.format("data.tooMany", Integer.toString(StatisticsModel.MAX_VALUES)));
            return;
        }
        dataError.setText("");
        model.setData(DataSet.of(values));
    }

    private void showError(String message) {
        dataError.setText(message);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("*", "*"));
        java.io.File file = chooser.showOpenDialog(importButton.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /**
     * What Import does once a file is chosen: reads a column of a CSV file on the background executor; the data changes only when every row is
     * a number, otherwise the message names the bad rows and the current data stays.
     */
    public void importFile(Path file) {
        String wanted = column.getText();
        importButton.setDisable(true);
        dataError.setText(text.format("data.reading", file.getFileName().toString()));
        background.execute(() -> {
            String message = null;
            double[] values = null;
            try {
                values = CsvColumn.read(Files.readString(file, StandardCharsets.UTF_8), wanted).values();
            } catch (CsvColumn.CsvException e) {
                message = text.format("data.badFile", file.getFileName().toString(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                message = text.format("data.unreadable", file.getFileName().toString());
            }
            String error = message;
            double[] read = values;
            Platform.runLater(() -> {
                importButton.setDisable(false);
                if (error != null) {
                    dataError.setText(error);
                } else {
                    dataError.setText(text.format("data.imported", Integer.toString(read.length),
                            file.getFileName().toString()));
                    model.setData(DataSet.of(read));
                }
            });
        });
    }

    private void update() {
        int step = model.step();
        sliders.show(model.parametersShownIn(step));
        newSample.setVisible(step == StatisticsModel.STEP_SAMPLING);
        newSample.setManaged(step == StatisticsModel.STEP_SAMPLING);
        DataSet d = model.data();
        if (!dataField.isFocused()) {
            showingData = true;
            try {
                dataField.setText(DataText.format(d.values()));
            } finally {
                showingData = false;
            }
        }
        String n = Integer.toString(d.size());
        String mean = NumberText.display(d.mean());
        String variance = NumberText.display(d.variance());
        OptionalDouble s2 = d.sampleVariance();
        String unbiased = s2.isPresent() ? NumberText.display(s2.getAsDouble()) : text.get("readout.undefined");
        String sd = NumberText.display(d.standardDeviation());
        String basics = text.format("readout.basics", n, mean, variance, unbiased, sd);
        switch (step) {
            case StatisticsModel.STEP_MEAN -> readout.setText(text.format("readout.mean", n,
                    NumberText.display(d.mean() * d.size()), mean));
            case StatisticsModel.STEP_DEVIATIONS -> readout.setText(text.format("readout.deviations", mean));
            case StatisticsModel.STEP_SHORTCUT -> readout.setText(basics + "\n" + text.format("readout.shortcut",
                    NumberText.display(d.meanOfSquares()), mean, NumberText.display(d.varianceByShortcut()), variance));
            case StatisticsModel.STEP_SAMPLING -> readout.setText(sampling(d));
            default -> readout.setText(basics);
        }
    }

    private String sampling(DataSet population) {
        DataSet sample = model.sample();
        RepeatedSampling.Run run = model.sampling();
        return text.format("readout.population", NumberText.display(population.mean()),
                NumberText.display(population.variance()))
                + "\n" + text.format("readout.sample", DataText.format(sample.values()).replace('-', '\u2212'),
                NumberText.display(sample.mean()), NumberText.display(sample.variance()),
                NumberText.display(sample.sampleVariance().orElseThrow()))
                + "\n" + text.format("readout.averages", Integer.toString(run.samples()),
                NumberText.display(run.averageMean()), NumberText.display(run.averageVariance()),
                NumberText.display(run.averageSampleVariance()),
                NumberText.display(RepeatedSampling.expectedVariance(population.variance(), run.sampleSize())));
    }
}
