package org.kobai.lessons.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LineFit;
import org.kobai.math.regression.NoUniqueFitException;

/** The lesson's state: the example's numbers, the line's handles, edits with undo, new data and its windows. */
class RegressionModelTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void startsOnTheExampleWithTheFlatLineThroughTheMean() {
        RegressionModel m = new RegressionModel();
        m.enterStep(RegressionModel.STEP_LINE);
        assertThat(m.points()).isEqualTo(RegressionModel.EXAMPLE);
        // ȳ = 26/5 = 5.2; E of the flat line is Σ (y_k − ȳ)² = 18.8 (by hand: 4.84 + 4.84 + 0.64 + 0.64 + 7.84)
        assertThat(m.a().get()).isEqualTo(0.0);
        assertThat(m.b().get()).isCloseTo(5.2, within(TOLERANCE));
        assertThat(m.error()).isCloseTo(18.8, within(TOLERANCE));
        assertThat(m.residuals()).containsExactly(new double[] {-2.2, -2.2, 0.8, 0.8, 2.8}, within(TOLERANCE));
    }

    @Test
    void theExamplesLeastSquaresAnswer() {
        // a = b = 1.3, E = 1.9, R² = 169/188: worked by hand in LeastSquaresTest
        RegressionModel m = new RegressionModel();
        LineFit fit = m.fit().orElseThrow();
        assertThat(fit.slope()).isCloseTo(1.3, within(TOLERANCE));
        assertThat(fit.intercept()).isCloseTo(1.3, within(TOLERANCE));
        m.useBestLine();
        assertThat(m.error()).isCloseTo(1.9, within(TOLERANCE));
        assertThat(m.gradient()[0]).isCloseTo(0, within(TOLERANCE));
        assertThat(m.gradient()[1]).isCloseTo(0, within(TOLERANCE));
        assertThat(m.matrixForm().orElseThrow().weights()).containsExactly(new double[] {1.3, 1.3}, within(TOLERANCE));
    }

    @Test
    void theSlidersReachTheBestLineAndTheFlatOne() {
        RegressionModel m = new RegressionModel();
        DataWindows w = m.windows();
        assertThat(m.a().min()).isEqualTo(w.aMin());
        assertThat(w.aMin()).isLessThan(0);
        assertThat(w.aMax()).isGreaterThan(1.3);
        assertThat(w.bMin()).isLessThan(1.3);
        assertThat(w.bMax()).isGreaterThan(5.2);
        assertThat(w.xMin()).isLessThanOrEqualTo(1);
        assertThat(w.xMax()).isGreaterThanOrEqualTo(5);
        assertThat(w.yMin()).isLessThanOrEqualTo(3);
        assertThat(w.yMax()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void draggingAHandleTurnsTheLineAboutTheOther() {
        RegressionModel m = new RegressionModel();
        double[][] before = m.lineHandles();
        m.moveHandle(1, before[1][1] + 2);
        double[][] after = m.lineHandles();
        assertThat(after[1][0]).as("the other handle stays").isCloseTo(before[1][0], within(TOLERANCE));
        assertThat(after[1][1]).isCloseTo(before[1][1] + 2, within(TOLERANCE));
        // slope = rise / run between the handles
        assertThat(m.a().get()).isCloseTo(2 / (before[0][1] - before[0][0]), within(TOLERANCE));
    }

    @Test
    void oneDragIsOneUndoStep() {
        RegressionModel m = new RegressionModel();
        assertThat(m.canUndoProperty().get()).isFalse();
        m.movePoint(0, 1.5, 4);
        m.movePoint(0, 1.6, 4.5);
        m.endGesture();
        m.addPoint(2.5, 7);
        assertThat(m.points().size()).isEqualTo(6);
        assertThat(m.undo()).isTrue();
        assertThat(m.points().size()).isEqualTo(5);
        assertThat(m.points().x(0)).isEqualTo(1.6);
        assertThat(m.undo()).isTrue();
        assertThat(m.points()).isEqualTo(RegressionModel.EXAMPLE);
        assertThat(m.undo()).isFalse();
        assertThat(m.canUndoProperty().get()).isFalse();
    }

    @Test
    void theLastTwoPointsStay() {
        RegressionModel m = new RegressionModel();
        assertThat(m.removePoint(0)).isTrue();
        assertThat(m.removePoint(0)).isTrue();
        assertThat(m.removePoint(0)).isTrue();
        assertThat(m.points().size()).isEqualTo(2);
        assertThat(m.removePoint(0)).isFalse();
        assertThat(m.points().size()).isEqualTo(2);
    }

    @Test
    void pointsDraggedOntoOneXLeaveNoBestLineButNoFailure() {
        RegressionModel m = new RegressionModel();
        m.replaceData(new DataPoints(new double[] {1, 2}, new double[] {1, 3}));
        m.movePoint(1, 1, 3);
        assertThat(m.fit()).isEmpty();
        assertThat(m.matrixForm()).isEmpty();
        assertThat(Double.isFinite(m.error())).isTrue();
        m.useBestLine(); // nothing to go to: the line stays
        assertThat(Double.isFinite(m.a().get())).isTrue();
    }

    @Test
    void newDataFitsTheWindowsAndUndoRestoresTheOld() {
        RegressionModel m = new RegressionModel();
        DataWindows exampleWindows = m.windows();
        // far from the example: x around 1000, slope −40
        double[] x = {1000, 1010, 1020, 1030}, y = {500, 100, -300, -700};
        m.replaceData(new DataPoints(x, y));
        LineFit fit = m.fit().orElseThrow();
        assertThat(fit.slope()).isCloseTo(-40, within(1e-6));
        assertThat(m.a().min()).isLessThan(-40);
        assertThat(m.b().max()).isGreaterThan(fit.intercept());
        assertThat(m.b().min()).isLessThan(fit.intercept());
        assertThat(m.a().get()).isEqualTo(0.0);
        assertThat(m.b().get()).isCloseTo(-100, within(TOLERANCE));
        m.useBestLine();
        assertThat(m.a().get()).isCloseTo(fit.slope(), within(1e-9));
        assertThat(m.undo()).isTrue();
        assertThat(m.points()).isEqualTo(RegressionModel.EXAMPLE);
        assertThat(m.windows()).isEqualTo(exampleWindows);
        assertThat(m.a().min()).isEqualTo(exampleWindows.aMin());
    }

    @Test
    void randomDataIsSeededAndFollowsTheSeeds() {
        RegressionModel one = new RegressionModel(), other = new RegressionModel();
        assertThat(one.newRandomData()).isEqualTo(1);
        assertThat(other.newRandomData()).isEqualTo(1);
        assertThat(one.points()).isEqualTo(other.points());
        assertThat(one.points().size()).isEqualTo(RegressionModel.RANDOM_POINTS);
        assertThat(one.newRandomData()).isEqualTo(2);
        assertThat(one.points()).isNotEqualTo(other.points());
        assertThat(one.fit()).isPresent();
    }

    @Test
    void descentFromTheCurrentLineReachesTheLeastSquaresLine() {
        RegressionModel m = new RegressionModel();
        m.enterStep(RegressionModel.STEP_DESCENT);
        m.steps().set(2000);
        m.rate().set(0.9);
        var run = m.descent();
        assertThat(run.start().coordinate(0)).isEqualTo(m.a().get());
        assertThat(run.start().coordinate(1)).isEqualTo(m.b().get());
        // a = b = 1.3 (hand-worked)
        assertThat(run.last().coordinate(0)).isCloseTo(1.3, within(1e-6));
        assertThat(run.last().coordinate(1)).isCloseTo(1.3, within(1e-6));
        assertThat(m.learningRate()).isCloseTo(0.9 * 2 / (60 + Math.sqrt(3400)), within(1e-12));
        m.rate().set(1.1);
        assertThat(m.descent().status()).isEqualTo(org.kobai.math.optimize.Status.DIVERGED);
        assertThat(m.parametersShownIn(RegressionModel.STEP_DESCENT)).contains("rate", "steps");
    }

    @Test
    void dataWithoutALineIsRefused() {
        RegressionModel m = new RegressionModel();
        assertThatThrownBy(() -> m.replaceData(new DataPoints(new double[] {2, 2}, new double[] {1, 5})))
                .isInstanceOf(NoUniqueFitException.class);
        assertThat(m.points()).isEqualTo(RegressionModel.EXAMPLE);
        assertThat(m.canUndoProperty().get()).isFalse();
    }
}
