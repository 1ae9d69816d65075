package org.kobai.lessons.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneRoundTrip;

/** The die's edited probabilities (even a table that is not yet a distribution) and the rolls' seed travel in a scene. */
class ExpectationSceneTest {
    @Test
    void editedProbabilitiesAndTheRollsComeBack() {
        ExpectationModel model = new ExpectationModel();
        model.enterStep(ExpectationModel.STEP_ROLLS);
        double[] edited = {0.05, 0.15, 0.2, 0.2, 0.25, 0.15};
        for (int face = 1; face <= 6; face++) {
            model.probability(face).set(edited[face - 1]);
        }
        model.rolls().set(250);
        model.newSample();
        Map<String, String> state = SceneRoundTrip.throughFile("expectation", model);

        ExpectationModel restored = new ExpectationModel();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.table()).containsExactly(edited);
        assertThat(restored.seed()).isEqualTo(ExpectationModel.FIRST_SEED + 1);
        assertThat(restored.rollFaces()).containsExactly(model.rollFaces());
        // E[X] = 0.05 + 0.3 + 0.6 + 0.8 + 1.25 + 0.9 = 3.9
        assertThat(restored.distribution().orElseThrow().mean()).isCloseTo(3.9, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aTableThatIsNotYetADistributionStaysAsTheLearnerLeftIt() {
        ExpectationModel model = new ExpectationModel();
        model.probability(3).set(0.6);
        ExpectationModel restored = new ExpectationModel();
        assertThat(restored.restoreState(SceneRoundTrip.throughFile("expectation", model))).isEmpty();
        assertThat(restored.sum()).isEqualTo(model.sum());
        assertThat(restored.problem()).isEqualTo(model.problem()).isPresent();
    }

    @Test
    void aDamagedSeedIsReported() {
        Map<String, String> state = new HashMap<>(new ExpectationModel().saveState());
        state.put("seed", "soon");
        ExpectationModel restored = new ExpectationModel();
        assertThat(restored.restoreState(state)).containsExactly(new StateProblem("seed", "soon", StateProblem.Reason.NOT_A_NUMBER));
        assertThat(restored.seed()).isEqualTo(ExpectationModel.FIRST_SEED);
    }
}
