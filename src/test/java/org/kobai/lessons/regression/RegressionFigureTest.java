package org.kobai.lessons.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.ui.Formulas;

/** What the charts show follows the model: the line, the best line from the minimum step, (a, b) on the map. */
class RegressionFigureTest {
    private static final double TOLERANCE = 1e-9;

    private static RegressionFigure figure(RegressionModel model) {
        return new RegressionFigure(model, new FigureContext(new RegressionLesson().text(Locale.ENGLISH),
                FigureStyle.DEFAULT));
    }

    @Test
    void theLineAndThePointsFollowTheModel() {
        RegressionModel model = new RegressionModel();
        RegressionFigure f = figure(model);
        model.a().set(2);
        model.b().set(-1);
        double[][] line = f.lineData();
        for (int i = 0; i < line[0].length; i++) {
            assertThat(line[1][i]).isCloseTo(2 * line[0][i] - 1, within(TOLERANCE));
        }
        assertThat(f.currentData()[0]).containsExactly(2.0);
        assertThat(f.currentData()[1]).containsExactly(-1.0);
        model.movePoint(2, 3.5, 7);
        assertThat(f.pointsData()[0][2]).isEqualTo(3.5);
        assertThat(f.pointsData()[1][2]).isEqualTo(7.0);
    }

    @Test
    void theBestLineAppearsAtTheMinimumStep() {
        RegressionModel model = new RegressionModel();
        RegressionFigure f = figure(model);
        model.enterStep(RegressionModel.STEP_MAP);
        assertThat(f.bestLineData()[0]).isEmpty();
        model.enterStep(RegressionModel.STEP_MINIMUM);
        double[][] best = f.bestLineData();
        for (int i = 0; i < best[0].length; i++) {
            assertThat(best[1][i]).isCloseTo(1.3 * best[0][i] + 1.3, within(TOLERANCE)); // a = b = 1.3 by hand
        }
    }

    @Test
    void contourLevelsRiseAboveTheMinimum() {
        RegressionModel model = new RegressionModel();
        DataWindows w = model.windows();
        Grid2D grid = Grid2D.sample(model.squaredError()::valueAt, w.aMin(), w.aMax(), 41, w.bMin(), w.bMax(), 41);
        double[] levels = RegressionFigure.levels(grid, 1.9);
        assertThat(levels).isNotEmpty();
        assertThat(levels[0]).isGreaterThan(1.9);
        for (int k = 1; k < levels.length; k++) {
            assertThat(levels[k]).isGreaterThan(levels[k - 1]);
        }
    }

    @Test
    void allXEqualIsSaidOnThePlot() {
        RegressionModel model = new RegressionModel();
        RegressionFigure f = figure(model);
        assertThat(f.noteText()).isEmpty();
        model.replaceData(new org.kobai.math.regression.DataPoints(new double[] {1, 2}, new double[] {1, 2}));
        model.movePoint(1, 1, 2);
        assertThat(f.noteText()).isEqualTo("All x are equal: no best line");
    }

    @Test
    void theMatricesTypeset() {
        RegressionModel model = new RegressionModel();
        var m = model.matrixForm().orElseThrow();
        // X for the example in full: rows (1, x_k)
        assertThat(MatrixLatex.data(m)).startsWith("X = \\begin{pmatrix}1 & 1\\\\1 & 2\\\\1 & 3\\\\1 & 4\\\\1 & 5\\end{pmatrix}");
        assertThat(MatrixLatex.solution(m)).endsWith("\\begin{pmatrix}1.3\\\\1.3\\end{pmatrix}");
        Formulas.requireValid(MatrixLatex.data(m));
        Formulas.requireValid(MatrixLatex.normalEquations(m));
        Formulas.requireValid(MatrixLatex.solution(m));
        model.newRandomData(); // 12 points: shortened with a row of dots
        var big = model.matrixForm().orElseThrow();
        assertThat(MatrixLatex.data(big)).contains("\\vdots & \\vdots");
        Formulas.requireValid(MatrixLatex.data(big));
        assertThat(MatrixLatex.number(1.5e-7)).isEqualTo("1.5 \\cdot 10^{-7}");
    }

    /** Each chart redraws once per update on screen: a layer changed outside its chart's batch redraws it at once. */
    @Test
    void oneUpdateRedrawsEachChartOnce() {
        for (int step = 0; step < 6; step++) {
            RegressionModel model = new RegressionModel();
            RegressionFigure f = figure(model);
            model.enterStep(step);
            int[] events = new int[2];
            f.xy().chart().addChangeListener(e -> events[0]++);
            f.map().chart().addChangeListener(e -> events[1]++);
            model.a().set(model.a().get() + 0.25);
            assertThat(events).as("step %d: scatter and map redraws", step).containsExactly(1, 1);
        }
    }
}
