package org.kobai.lessons.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneFile;
import org.kobai.math.linalg.RationalMatrix;

/** A scene of the systems lesson carries the typed system, the sweep position and fractions or decimals. */
class SystemsSceneTest {

    @Test
    void theTypedSystemAndTheSweepSurviveTheRoundTripThroughAFile() throws Exception {
        SystemsModel model = new SystemsModel();
        model.enterStep(SystemsModel.STEP_SWEEP);
        model.setSize(3);
        model.setEntry(0, 0, org.kobai.math.linalg.Rational.of(1, 3));
        model.sweepForward();
        model.sweepForward();
        model.exactProperty().set(false);
        SceneFile.Scene scene = SceneFile.parse(SceneFile.format(new SceneFile.Scene("systems", model.saveState()))
                .getBytes(StandardCharsets.UTF_8));

        SystemsModel restored = new SystemsModel();
        assertThat(restored.restoreState(scene.state())).isEmpty();
        assertThat(restored.step()).isEqualTo(SystemsModel.STEP_SWEEP);
        assertThat(restored.system()).isEqualTo(model.system());
        assertThat(restored.system().get(0, 0)).isEqualTo(org.kobai.math.linalg.Rational.of(1, 3));
        assertThat(restored.sweepIndex()).isEqualTo(2);
        assertThat(restored.sweptMatrix()).isEqualTo(model.sweptMatrix());
        assertThat(restored.exact()).isFalse();
        assertThat(restored.values()).isEqualTo(model.values());
    }

    @Test
    void aBadSystemSweepOrFlagIsReportedAndTheStepsOwnSystemStays() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("step", Integer.toString(SystemsModel.STEP_SYSTEM));
        state.put("system", "1,2,3; 4,5");            // ragged
        state.put("sweep", "99");
        state.put("exact", "maybe");
        SystemsModel restored = new SystemsModel();
        assertThat(restored.restoreState(state)).containsExactly(
                new StateProblem("system", "1,2,3; 4,5", StateProblem.Reason.NOT_READABLE),
                new StateProblem("sweep", "99", StateProblem.Reason.OUT_OF_RANGE),
                new StateProblem("exact", "maybe", StateProblem.Reason.NOT_READABLE));
        assertThat(restored.system()).isEqualTo(RationalMatrix.parse(SystemsModel.ARTICLE_SYSTEM));
        assertThat(restored.sweepIndex()).isZero();
        assertThat(restored.exact()).isTrue();

        state.put("system", "1,2; 3,4");              // square: no right-hand side
        state.put("sweep", "one");
        state.remove("exact");
        assertThat(new SystemsModel().restoreState(state)).containsExactly(
                new StateProblem("system", "1,2; 3,4", StateProblem.Reason.NOT_READABLE),
                new StateProblem("sweep", "one", StateProblem.Reason.NOT_A_NUMBER));
    }
}
