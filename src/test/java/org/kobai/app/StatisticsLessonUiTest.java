package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.statistics.StatisticsFigure;
import org.kobai.lessons.statistics.StatisticsModel;
import org.kobai.lessons.statistics.StatisticsView;
import org.kobai.math.stats.DataSet;

/** The statistics lesson driven by hand: typing data, a bad import, and the new-sample button. */
class StatisticsLessonUiTest extends AppUiTest {
    @BeforeEach
    void firstStep() {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("statistics").orElseThrow(), StatisticsModel.STEP_SQUARES);
            model().resetParameters();
            model().setData(StatisticsModel.ARTICLE_DATA);
            model().enterStep(StatisticsModel.STEP_SQUARES);
        });
    }

    private static StatisticsModel model() {
        return (StatisticsModel) app.window().host().model();
    }

    private static StatisticsFigure figure() {
        return (StatisticsFigure) app.window().host().figure();
    }

    private void typeData(String text) {
        TextArea field = lookup("#data-field").queryAs(TextArea.class);
        clickOn(field);
        interact(() -> field.setText(text));
    }

    @Test
    void articleNumbersAreShown() {
        // 1…10: mean 5.5, 1/n 8.25, 1/(n − 1) 9.16667, σ = √8.25 ≈ 2.87228
        assertThat(textOf("#stats")).contains("mean = 5.5").contains("σ² = 8.25 (標本分散)")
                .contains("s² = 9.16667 (不偏分散)").contains("σ = 2.87228");
    }

    @Test
    void typingDataUpdatesMeanAndVariance() {
        clickOn("#data-field");
        interact(() -> lookup("#data-field").queryAs(TextArea.class).clear());
        write("2, 4 4\n4 5 5 7 9");
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, 1/n 4, 1/(n − 1) 32/7 ≈ 4.57143, σ = 2
        assertThat(fx(() -> model().data())).isEqualTo(DataSet.of(2, 4, 4, 4, 5, 5, 7, 9));
        assertThat(textOf("#stats")).contains("mean = 5").contains("σ² = 4 ").contains("s² = 4.57143")
                .contains("σ = 2");
        assertThat(fx(() -> figure().barData()[1])).containsExactly(9, 1, 1, 1, 0, 0, 4, 16);
    }

    @Test
    void fullWidthDigitsAndABadItem() {
        typeData("１，２，３");
        assertThat(fx(() -> model().data())).isEqualTo(DataSet.of(1, 2, 3));
        typeData("1, 2, x");
        assertThat(textOf("#data-error")).isEqualTo("Item 3 (x) is not a number. The last data stay.");
        assertThat(fx(() -> model().data())).isEqualTo(DataSet.of(1, 2, 3));
        typeData("  ");
        assertThat(textOf("#data-error")).contains("at least one number");
        assertThat(fx(() -> model().data())).isEqualTo(DataSet.of(1, 2, 3));
    }

    @Test
    void importReadsOffTheFxThreadAndABadFileKeepsTheData() throws Exception {
        Path dir = Files.createTempDirectory("kobai-csv");
        Path good = Files.writeString(dir.resolve("good.csv"), "height\n170\n165\n180\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "height\n170\ntall\n180\n");
        StatisticsView view = (StatisticsView) app.window().host().view();
        interact(() -> view.importFile(bad));
        waitUntil("the bad file is reported", () -> textOf("#data-error").contains("line 3"));
        assertThat(textOf("#data-error")).contains("'tall' is not a number").contains("Nothing was imported");
        assertThat(fx(() -> model().data())).isEqualTo(StatisticsModel.ARTICLE_DATA);
        interact(() -> view.importFile(good));
        waitUntil("the good file is read", () -> fx(() -> model().data().size()) == 3);
        assertThat(fx(() -> model().data())).isEqualTo(DataSet.of(170, 165, 180));
        assertThat(textOf("#data-error")).contains("3 values read from good.csv");
        deleteTree(dir);
    }

    @Test
    void clickingTheNumberLineAddsAValue() {
        interact(() -> model().enterStep(StatisticsModel.STEP_MEAN));
        javafx.geometry.Point2D at = fx(() -> screenPoint(3.0, 2.0));
        clickOn(at);
        // a click adds the value under it, rounded to 0.1; 1…10 and 3: mean 58/11
        assertThat(fx(() -> model().data().size())).isEqualTo(11);
        double added = fx(() -> model().data().value(10));
        assertThat(added).isCloseTo(3.0, org.assertj.core.api.Assertions.within(0.25));
        assertThat(fx(() -> figure().meanShown())).isCloseTo((55 + added) / 11, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(textOf("#stats")).contains("n = 11");
    }

    /** Where the data point (x, y) is on the screen, through the left chart's own axes. */
    private static javafx.geometry.Point2D screenPoint(double x, double y) {
        org.kobai.ui.FigurePane pane = (org.kobai.ui.FigurePane) app.window().lookup("#figure");
        org.jfree.chart.fx.ChartCanvas canvas = pane.canvases().get(0);
        org.jfree.chart.plot.XYPlot plot = (org.jfree.chart.plot.XYPlot) canvas.getChart().getPlot();
        java.awt.geom.Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        double sx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double sy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return canvas.localToScreen(sx, sy);
    }

    @Test
    void newSampleButtonChangesTheSample() {
        interact(() -> model().enterStep(StatisticsModel.STEP_SAMPLING));
        double[][] before = fx(() -> figure().sampleData());
        String shown = textOf("#stats");
        clickOn("#new-sample");
        assertThat(fx(() -> figure().sampleData())).isNotEqualTo(before);
        assertThat(textOf("#stats")).isNotEqualTo(shown).contains("this sample:");
    }
}
