package org.kobai.lessons.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneRoundTrip;
import org.kobai.math.probability.DiceEvent;
import org.kobai.math.probability.Fraction;

/** The events clicked on the grid, the event being edited and the words in the mail travel in a scene. */
class BayesSceneTest {
    @Test
    void clickedEventsAndChosenWordsComeBack() {
        BayesModel model = new BayesModel();
        model.enterStep(BayesModel.STEP_WORDS);
        model.editingProperty().set(BayesModel.Editing.B);
        model.clearEvent();
        model.toggle(1, 1);
        model.toggle(6, 6);
        model.toggle(3, 5);
        model.present(0).set(false);
        model.present(2).set(true);
        model.prior().set(0.45);
        Map<String, String> state = SceneRoundTrip.throughFile("bayes", model);
        assertThat(state).containsEntry("eventB", "11 35 66").containsEntry("editing", "B")
                .containsEntry("words", "winner, meeting, offer");

        BayesModel restored = new BayesModel();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.a()).isEqualTo(DiceEvent.firstDieMultipleOfThree());
        assertThat(restored.b()).isEqualTo(model.b());
        assertThat(restored.editingProperty().get()).isEqualTo(BayesModel.Editing.B);
        assertThat(restored.wordsPresent()).isEqualTo(model.wordsPresent());
        assertThat(restored.posteriorPath().orElseThrow()).containsExactly(model.posteriorPath().orElseThrow());
        // A = first die 3 or 6 (12 outcomes), B = {11, 35, 66}: A∩B = {35, 66}, P(B|A) = 2/12 = 1/6
        assertThat(restored.bGivenA()).hasValue(Fraction.of(1, 6));
    }

    @Test
    void anEmptyEventAndNoWordsComeBackEmpty() {
        BayesModel model = new BayesModel();
        model.clearEvent();
        for (int i = 0; i < BayesModel.WORDS.size(); i++) {
            model.present(i).set(false);
        }
        BayesModel restored = new BayesModel();
        assertThat(restored.restoreState(SceneRoundTrip.throughFile("bayes", model))).isEmpty();
        assertThat(restored.a().isEmpty()).isTrue();
        assertThat(restored.wordsPresent()).isEmpty();
    }

    @Test
    void damagedEventsEditingOrWordsAreReportedAndLeftAsTheyWere() {
        Map<String, String> state = new HashMap<>(new BayesModel().saveState());
        state.put("eventA", "31 37");
        state.put("editing", "C");
        state.put("words", "free, lottery");
        BayesModel restored = new BayesModel();
        List<StateProblem> problems = restored.restoreState(state);
        assertThat(problems).extracting(StateProblem::key).containsExactlyInAnyOrder("eventA", "editing", "words");
        assertThat(problems).extracting(StateProblem::reason).containsOnly(StateProblem.Reason.NOT_READABLE);
        assertThat(restored.a()).isEqualTo(DiceEvent.firstDieMultipleOfThree());
        assertThat(restored.editingProperty().get()).isEqualTo(BayesModel.Editing.A);
        assertThat(restored.wordsPresent()).isEqualTo(new BayesModel().wordsPresent());
    }

    @Test
    void everyEventReadsBackAsWritten() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            long bits = random.nextLong();
            DiceEvent e = DiceEvent.where((first, second) -> (bits >>> ((first - 1) * 6 + second - 1) & 1) == 1);
            assertThat(BayesModel.event(BayesModel.outcomes(e))).hasValue(e);
        }
    }
}
