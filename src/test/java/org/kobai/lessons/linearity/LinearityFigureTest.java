package org.kobai.lessons.linearity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.kobai.math.AffineFunction;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;

class LinearityFigureTest {
    /** The figure samples y = a·x + b with the same arithmetic as the test: exact agreement. */
    private static final double TOLERANCE = 0;

    private static LinearityFigure figure(LinearityModel model) {
        return new LinearityFigure(model, new FigureContext(new LinearityLesson().text(Locale.ENGLISH),
                FigureStyle.DEFAULT));
    }

    private static void assertLineFollows(LinearityFigure figure, double a, double b) {
        double[][] data = figure.graphData();
        assertThat(data[0]).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < data[0].length; i++) {
            double x = data[0][i];
            assertThat(data[1][i]).as("y at x = %s", x).isEqualTo(a * x + b, offset(TOLERANCE));
        }
    }

    @Test
    void lineSpansTheVisibleWindow() {
        LinearityFigure f = figure(new LinearityModel());
        double[] x = f.graphData()[0];
        XYPlot plot = f.xy().chart().getXYPlot();
        assertThat(x[0]).isLessThanOrEqualTo(plot.getDomainAxis().getLowerBound());
        assertThat(x[x.length - 1]).isGreaterThanOrEqualTo(plot.getDomainAxis().getUpperBound());
    }

    @Test
    void lineFollowsTheSlopeAndIntercept() {
        LinearityModel model = new LinearityModel();
        LinearityFigure f = figure(model);
        assertLineFollows(f, 2, 0); // the model's defaults: y = 2x
        model.slope().set(-1.3);
        assertLineFollows(f, -1.3, 0);
        model.intercept().set(2.5);
        assertLineFollows(f, -1.3, 2.5);
        model.slope().set(0.7);
        assertLineFollows(f, 0.7, 2.5);
    }

    @Test
    void lineFollowsEveryStepsValues() {
        LinearityModel model = new LinearityModel();
        LinearityFigure f = figure(model);
        for (int step = 0; step < model.stepCount(); step++) {
            model.enterStep(step);
            assertLineFollows(f, model.slope().get(), model.intercept().get());
        }
        // The last step is article 001's y = x + 1.
        assertLineFollows(f, 1, 1);
    }

    @Test
    void titleShowsTheEquation() {
        LinearityModel model = new LinearityModel();
        LinearityFigure f = figure(model);
        model.enterStep(LinearityModel.STEP_COUNTEREXAMPLE);
        // figure.title=The line {0} with the equation as a student writes it.
        assertThat(f.xy().chart().getTitle().getText()).isEqualTo("The line y = x + 1");
    }

    @Test
    void equationIsWrittenAsAStudentWritesIt() {
        assertThat(LinearityFigure.equation(new AffineFunction(2, 0))).isEqualTo("y = 2x");
        assertThat(LinearityFigure.equation(new AffineFunction(1, 1))).isEqualTo("y = x + 1");
        assertThat(LinearityFigure.equation(new AffineFunction(-1, 0))).isEqualTo("y = \u2212x");
        assertThat(LinearityFigure.equation(new AffineFunction(-0.5, -2))).isEqualTo("y = \u22120.5x \u2212 2");
        assertThat(LinearityFigure.equation(new AffineFunction(0, 3))).isEqualTo("y = 3");
    }

    @Test
    void largerScaleMeansLargerAxisLabels() {
        LinearityFigure f = figure(new LinearityModel());
        ValueAxis x = f.xy().chart().getXYPlot().getDomainAxis();
        Font label = x.getLabelFont();
        Font ticks = x.getTickLabelFont();
        f.applyStyle(FigureStyle.DEFAULT.withScale(2));
        assertThat(x.getLabelFont().getSize()).isGreaterThan(label.getSize());
        assertThat(x.getTickLabelFont().getSize()).isGreaterThan(ticks.getSize());
        // FigureStyle.font multiplies the size given at scale 1 by the scale.
        assertThat(x.getLabelFont().getSize()).isEqualTo(2 * label.getSize());
        f.applyStyle(FigureStyle.DEFAULT.withScale(FigureStyle.MIN_SCALE));
        assertThat(x.getLabelFont().getSize()).isLessThan(label.getSize());
    }

    @Test
    void themeChangesTheBackground() {
        LinearityFigure f = figure(new LinearityModel());
        f.applyStyle(FigureStyle.DEFAULT.withTheme(Theme.DARK));
        assertThat(f.xy().chart().getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(f.charts()).containsExactly(f.xy().chart());
    }
}
