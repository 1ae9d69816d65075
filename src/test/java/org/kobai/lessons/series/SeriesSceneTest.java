package org.kobai.lessons.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.SceneRoundTrip;

/** The sequences lesson keeps nothing beyond its step and parameters: a scene brings back the same sums. */
class SeriesSceneTest {
    @Test
    void aGeometricSceneComesBackWithItsRatioAndCount() {
        SeriesModel model = new SeriesModel();
        model.enterStep(SeriesModel.STEP_CONVERGENCE);
        model.a().set(3);
        model.r().set(-0.4);
        model.n().set(17);
        Map<String, String> state = SceneRoundTrip.throughFile("series", model);
        assertThat(state).containsOnlyKeys("step", "param.a", "param.d", "param.r", "param.n");

        SeriesModel restored = new SeriesModel();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.step()).isEqualTo(SeriesModel.STEP_CONVERGENCE);
        assertThat(restored.values()).isEqualTo(model.values());
        assertThat(restored.runningSums()).containsExactly(model.runningSums());
        // 3/(1 + 0.4), the limit the restored lesson draws
        assertThat(restored.limit()).hasValue(3 / 1.4);
    }

    @Test
    void anArithmeticStepIsNotOverwrittenByItsOwnDefaults() {
        SeriesModel model = new SeriesModel();
        model.enterStep(SeriesModel.STEP_GAUSS);
        model.d().set(2.5);
        model.n().set(4);
        SeriesModel restored = new SeriesModel();
        assertThat(restored.restoreState(SceneRoundTrip.throughFile("series", model))).isEmpty();
        // 1 + 3.5 + 6 + 8.5 = 19
        assertThat(restored.sum()).isEqualTo(19.0);
    }
}
