package org.kobai.lessons.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.Regime;
import org.kobai.math.optimize.RegimeMap;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class DescentFigureTest {
    private static final double EXACT = 1e-12;

    private static DescentFigure figure(DescentModel model) {
        return new DescentFigure(model, new FigureContext(new DescentLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void pathAndLogValuesFollowTheRun() {
        DescentModel model = new DescentModel();
        DescentFigure f = figure(model);
        model.enterStep(DescentModel.STEP_SURFACE);
        double[][] path = f.pathData(Method.GRADIENT_DESCENT);
        double[][] values = f.valueData(Method.GRADIENT_DESCENT);
        assertThat(path[0]).hasSize(model.run().path().size());
        for (Iterate it : model.run().path()) {
            int k = it.index();
            assertThat(path[0][k]).isEqualTo(it.coordinate(0));
            assertThat(path[1][k]).isEqualTo(it.coordinate(1));
            // f(x_k) = 25·0.64^k, so log₁₀ f = log₁₀ 25 + k log₁₀ 0.64
            assertThat(values[1][k]).isCloseTo(Math.log10(25) + k * Math.log10(0.64), within(1e-9));
        }
    }

    @Test
    void dotsHiddenUnderTheLastOneDrawnAreLeftOut() {
        DescentModel model = new DescentModel();
        DescentFigure f = figure(model);
        model.enterStep(DescentModel.STEP_SURFACE);
        double[][] path = f.pathData(Method.GRADIENT_DESCENT);
        double[][] dots = f.dotData(Method.GRADIENT_DESCENT);
        // x_k = 0.8^k (3, 4): 74 iterates, but past k ≈ 25 each step is under 1/250 of the 10-wide window
        assertThat(dots[0].length).isLessThan(path[0].length).isGreaterThan(10);
        assertThat(dots[0][0]).isEqualTo(path[0][0]);
        assertThat(dots[0][dots[0].length - 1]).isEqualTo(path[0][path[0].length - 1]);
        double gap = DescentFigure.DOT_GAP * 10;
        for (int k = 1; k < dots[0].length - 1; k++) {
            assertThat(Math.abs(dots[0][k] - dots[0][k - 1]) >= gap || Math.abs(dots[1][k] - dots[1][k - 1]) >= gap)
                    .as("dot %d apart from the one before", k).isTrue();
        }
    }

    @Test
    void revealedStepsOnly() {
        DescentModel model = new DescentModel();
        DescentFigure f = figure(model);
        model.enterStep(DescentModel.STEP_SURFACE);
        model.reset();
        model.stepOnce();
        model.stepOnce();
        assertThat(f.pathData(Method.GRADIENT_DESCENT)[0]).hasSize(3);
    }

    @Test
    void oneVariableTangentHasTheSlopeAtTheCurrentPoint() {
        DescentModel model = new DescentModel();
        DescentFigure f = figure(model);
        model.enterStep(DescentModel.STEP_ONE_VARIABLE);
        model.reset();
        // x₀ = 3 on f = x²: tangent y = 9 + 6(x − 3)
        double[][] t = f.tangentData();
        for (int i = 0; i < t[0].length; i++) {
            assertThat(t[1][i]).isCloseTo(9 + 6 * (t[0][i] - 3), within(EXACT));
        }
    }

    @Test
    void regimeMapMarksTheCurrentPair() {
        DescentModel model = new DescentModel();
        DescentFigure f = figure(model);
        model.enterStep(DescentModel.STEP_REGIMES);
        RegimeMap map = f.regimeMap();
        assertThat(map).isNotNull();
        assertThat(f.regimeMarkData()[0][0]).isCloseTo(Math.log10(0.05), within(EXACT));
        assertThat(f.regimeMarkData()[1][0]).isEqualTo(0.5);
        // η = 0.05, β = 0.5 on x² + 10y²: converges (0.05 < 2·1.5/20 = 0.15); η near 2 diverges
        assertThat(map.at(map.column(0.05), map.row(0.5))).isNotEqualTo(Regime.DIVERGING);
        assertThat(map.at(map.etaCells() - 1, 0)).isEqualTo(Regime.DIVERGING);
    }

    @Test
    void logValueFloorsZeroAndRefusesNegatives() {
        assertThat(DescentFigure.logValue(0)).isEqualTo(DescentFigure.LOG_FLOOR);
        assertThat(DescentFigure.logValue(100)).isEqualTo(2);
        assertThat(DescentFigure.logValue(-1)).isNaN();
    }

    /** Each chart redraws once per update on screen: a layer changed outside its chart's batch redraws it at once. */
    @Test
    void oneUpdateRedrawsEachChartOnce() {
        for (int step = 0; step < 5; step++) {
            DescentModel model = new DescentModel();
            DescentFigure f = figure(model);
            model.enterStep(step);
            int[] events = new int[3];
            f.xy().chart().addChangeListener(e -> events[0]++);
            f.progress().chart().addChangeListener(e -> events[1]++);
            f.surface().chart().addChangeListener(e -> events[2]++);
            model.x0().set(model.x0().get() - 0.5);
            assertThat(events).as("step %d: map, progress, surface (hidden)", step).containsExactly(1, 1, 0);
        }
    }
}
