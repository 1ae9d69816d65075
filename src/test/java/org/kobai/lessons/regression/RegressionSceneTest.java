package org.kobai.lessons.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.math.regression.DataPoints;

/** A scene carries the data points, and the line on them even where it lies outside the example's ranges. */
class RegressionSceneTest {
    @Test
    void pointsAndTheLineComeBackExactly() {
        RegressionModel saved = new RegressionModel();
        // far from the example: slopes near −40 and intercepts near 1000 lie outside its slider ranges
        saved.replaceData(new DataPoints(new double[] {0.1, 2.5, 3.3333333333333335, 7},
                new double[] {1000, 901.7, 870.25, 720.125}));
        saved.enterStep(RegressionModel.STEP_MINIMUM);
        saved.useBestLine();
        saved.movePoint(1, 2.75, 899.5);
        saved.endGesture();
        Map<String, String> state = saved.saveState();

        RegressionModel opened = new RegressionModel();
        assertThat(opened.restoreState(state)).isEmpty();
        assertThat(opened.points()).isEqualTo(saved.points());
        assertThat(opened.step()).isEqualTo(RegressionModel.STEP_MINIMUM);
        assertThat(opened.a().get()).isEqualTo(saved.a().get());
        assertThat(opened.b().get()).isEqualTo(saved.b().get());
        assertThat(opened.error()).isEqualTo(saved.error());
        assertThat(opened.windows()).isEqualTo(saved.windows());
        assertThat(opened.canUndoProperty().get()).isFalse();
    }

    @Test
    void unreadablePointsAreReportedAndTheExampleStays() {
        Map<String, String> state = new LinkedHashMap<>(new RegressionModel().saveState());
        state.put("points", "1 2; 1 5"); // all x equal: no line to fit
        RegressionModel opened = new RegressionModel();
        assertThat(opened.restoreState(state)).extracting(StateProblem::key).containsExactly("points");
        assertThat(opened.points()).isEqualTo(RegressionModel.EXAMPLE);
    }
}
