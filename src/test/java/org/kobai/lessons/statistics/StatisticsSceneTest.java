package org.kobai.lessons.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneRoundTrip;
import org.kobai.math.stats.DataSet;

/** The learner's data and the sampling seed travel in a scene; a damaged value is reported and skipped. */
class StatisticsSceneTest {
    @Test
    void typedDataAndTheSampleComeBackExactly() {
        StatisticsModel model = new StatisticsModel();
        model.enterStep(StatisticsModel.STEP_SAMPLING);
        model.setData(DataSet.of(2.5, -1, 0.1, 7, 1e-7, 12345.678));
        model.addValue(4);
        model.newSample();
        model.newSample();
        model.sampleSize().set(3);
        Map<String, String> state = SceneRoundTrip.throughFile("statistics", model);

        StatisticsModel restored = new StatisticsModel();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.step()).isEqualTo(StatisticsModel.STEP_SAMPLING);
        assertThat(restored.data()).isEqualTo(model.data());
        assertThat(restored.seed()).isEqualTo(model.seed()).isNotEqualTo(StatisticsModel.FIRST_SEED);
        assertThat(restored.sample()).isEqualTo(model.sample());
        assertThat(restored.sampling().means()).containsExactly(model.sampling().means());
    }

    @Test
    void unreadableDataOrSeedIsReportedAndTheRestIsRestored() {
        StatisticsModel model = new StatisticsModel();
        model.setData(DataSet.of(1, 2, 3));
        Map<String, String> state = new HashMap<>(model.saveState());
        state.put("data", "1, 2, three");
        state.put("seed", "12.5");
        state.put("param.n", "7");

        StatisticsModel restored = new StatisticsModel();
        assertThat(restored.restoreState(state)).containsExactlyInAnyOrder(
                new StateProblem("data", "1, 2, three", StateProblem.Reason.NOT_READABLE),
                new StateProblem("seed", "12.5", StateProblem.Reason.NOT_A_NUMBER));
        assertThat(restored.data()).isEqualTo(StatisticsModel.ARTICLE_DATA);
        assertThat(restored.seed()).isEqualTo(StatisticsModel.FIRST_SEED);
        assertThat(restored.sampleSize().get()).isEqualTo(7.0);
        assertThat(restored.restoreState(Map.of("data", " "))).extracting(StateProblem::reason)
                .containsExactly(StateProblem.Reason.NOT_READABLE);
    }
}
