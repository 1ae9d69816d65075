package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SceneValuesTest {
    @Test
    void aWholeNumberIsReadAbsentIsNothingAndATypoIsReported() {
        List<StateProblem> problems = new ArrayList<>();
        Map<String, String> state = Map.of("seed", " 2024 ", "bad", "20x4");
        assertThat(SceneValues.wholeNumber(state, "seed", problems)).isEqualTo(OptionalLong.of(2024));
        assertThat(SceneValues.wholeNumber(state, "missing", problems)).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(SceneValues.wholeNumber(state, "bad", problems)).isEmpty();
        assertThat(problems).containsExactly(new StateProblem("bad", "20x4", StateProblem.Reason.NOT_A_NUMBER));
    }

    @Test
    void numbersComeBackExactlyAndTooFewOrATypoAreReported() {
        double[] values = {0.1, -2.5, 1e-9, 123456789.125, 3};
        String text = SceneValues.numbers(values);
        List<StateProblem> problems = new ArrayList<>();
        assertThat(SceneValues.numbers(Map.of("data", text), "data", 2, problems)).hasValueSatisfying(
                v -> assertThat(v).containsExactly(values));
        assertThat(SceneValues.numbers(Map.of("data", "１、２"), "data", 2, problems)).hasValueSatisfying(
                v -> assertThat(v).containsExactly(1, 2));
        assertThat(problems).isEmpty();
        assertThat(SceneValues.numbers(Map.of("data", "1, two"), "data", 1, problems)).isEmpty();
        assertThat(SceneValues.numbers(Map.of("data", "5"), "data", 2, problems)).isEmpty();
        assertThat(problems).extracting(StateProblem::reason)
                .containsExactly(StateProblem.Reason.NOT_READABLE, StateProblem.Reason.NOT_READABLE);
    }
}
