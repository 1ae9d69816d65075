package org.kobai.lessons.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneFile;

/** A scene of the vectors lesson carries the two typed sentences; one that cannot be a sentence is reported. */
class VectorsSceneTest {

    @Test
    void theTypedSentencesSurviveTheRoundTripThroughAFile() throws Exception {
        VectorsModel model = new VectorsModel();
        model.enterStep(VectorsModel.STEP_TEXT);
        model.firstTextProperty().set("猫が好き = cats, #1");
        model.secondTextProperty().set("I like cats");
        model.a1().set(-3.5);
        SceneFile.Scene scene = SceneFile.parse(SceneFile.format(new SceneFile.Scene("vectors", model.saveState()))
                .getBytes(StandardCharsets.UTF_8));

        VectorsModel restored = new VectorsModel();
        assertThat(restored.restoreState(scene.state())).isEmpty();
        assertThat(restored.step()).isEqualTo(VectorsModel.STEP_TEXT);
        assertThat(restored.values()).isEqualTo(model.values());
        assertThat(restored.firstTextProperty().get()).isEqualTo("猫が好き = cats, #1");
        assertThat(restored.secondTextProperty().get()).isEqualTo("I like cats");
        assertThat(restored.textCosine().orElseThrow()).isCloseTo(model.textCosine().orElseThrow(), within(1e-15));
    }

    @Test
    void anEmptySentenceIsASentenceButAMultiLineOrHugeOneIsReported() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("sentence.first", "");
        state.put("sentence.second", "line one\nline two");
        VectorsModel restored = new VectorsModel();
        assertThat(restored.restoreState(state)).containsExactly(
                new StateProblem("sentence.second", "line one\nline two", StateProblem.Reason.NOT_READABLE));
        assertThat(restored.firstTextProperty().get()).isEmpty();
        assertThat(restored.secondTextProperty().get()).isEqualTo(VectorsModel.SECOND_SENTENCE);

        state.put("sentence.second", "word ".repeat(VectorsModel.MAX_SENTENCE));
        assertThat(new VectorsModel().restoreState(state)).extracting(StateProblem::key).containsExactly("sentence.second");
    }
}
