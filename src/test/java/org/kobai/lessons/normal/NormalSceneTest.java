package org.kobai.lessons.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneRoundTrip;

/** The learner's readings and the samples' seed travel in a scene, each reading exactly. */
class NormalSceneTest {
    @Test
    void typedReadingsAndTheSamplesComeBack() {
        NormalModel model = new NormalModel();
        model.enterStep(NormalModel.STEP_OUTLIERS);
        model.setData("18.25, 19.1, 20.0, 20.4, 35.123456789, 19.8");
        model.k().set(1.5);
        model.newSample();
        Map<String, String> state = SceneRoundTrip.throughFile("normal", model);

        NormalModel restored = new NormalModel();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.step()).isEqualTo(NormalModel.STEP_OUTLIERS);
        assertThat(restored.data().values()).containsExactly(18.25, 19.1, 20.0, 20.4, 35.123456789, 19.8);
        assertThat(restored.outliers().orElseThrow().indexes()).containsExactly(model.outliers().orElseThrow().indexes());
        assertThat(restored.seed()).isEqualTo(NormalModel.FIRST_SEED + 1);
        assertThat(restored.samples()).containsExactly(model.samples());
    }

    @Test
    void tooFewOrUnreadableReadingsAreReportedAndTheSensorDataStays() {
        Map<String, String> state = new HashMap<>(new NormalModel().saveState());
        state.put("data", "21.5");
        NormalModel restored = new NormalModel();
        assertThat(restored.restoreState(state)).containsExactly(new StateProblem("data", "21.5", StateProblem.Reason.NOT_READABLE));
        assertThat(restored.data().values()).containsExactly(NormalModel.SENSOR);
        state.put("data", "21.5, 2l.3");
        state.put("seed", "");
        assertThat(restored.restoreState(state)).extracting(StateProblem::key).containsExactlyInAnyOrder("data", "seed");
    }
}
