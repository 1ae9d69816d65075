package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kobai.lesson.Walkthrough.sweep;
import static org.kobai.lesson.Walkthrough.to;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Walkthrough.Beat;
import org.kobai.lesson.Walkthrough.Motion;
import org.kobai.lesson.Walkthrough.Target;

/** Scripts are plain data: written with the builder, checked against a model, derived for any lesson. */
class WalkthroughTest {

    /** Step 0 shows k and the count n; step 1 shows nothing; step 2 sets k = −4 and shows k and m. */
    static final class Lesson3 extends LessonModel {
        final Parameter k = parameter("k", -5, 5, 1, 0.5);
        final Parameter m = parameter("m", 0, 1, 0.25, 0.05);
        final Parameter n = wholeParameter("n", 1, 100, 10);

        Lesson3() {
            super(3);
        }

        @Override
        protected Map<String, Double> valuesForStep(int index) {
            return index == 2 ? Map.of("k", -4.0) : Map.of();
        }

        @Override
        public Set<String> parametersShownIn(int step) {
            return switch (step) {
                case 0 -> Set.of("k", "n");
                case 1 -> Set.of();
                default -> Set.of("k", "m", "n");
            };
        }
    }

    @Test
    void theBuilderWritesBeatsInOrderWithTheirMotionsAndHolds() {
        Walkthrough w = Walkthrough.builder()
                .step(0).read(2).move(4, sweep("h", 1, 0.01)).hold(1.5)
                .step(3).move(2, to("a", -2), to("b", 2))
                .build();
        assertThat(w.beats()).containsExactly(
                new Beat(0, 2, List.of(new Motion(List.of(new Target("h", 1, 0.01)), 4, 1.5))),
                new Beat(3, Walkthrough.READ_SECONDS, List.of(new Motion(
                        List.of(new Target("a", Double.NaN, -2), new Target("b", Double.NaN, 2)), 2, 0))));
        assertThat(w.beats().get(1).motions().get(0).targets().get(0).fromCurrent()).isTrue();
        // 2 + 4 + 1.5, then 3 (default read) + 2
        assertThat(w.seconds()).isEqualTo(12.5);
    }

    @Test
    void nonsenseIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> Walkthrough.builder().build()).hasMessageContaining("at least one step");
        assertThatThrownBy(() -> Walkthrough.builder().read(2)).hasMessageContaining("step(");
        assertThatThrownBy(() -> Walkthrough.builder().step(0).hold(1)).hasMessageContaining("follows a move");
        assertThatThrownBy(() -> Walkthrough.builder().step(0).move(0, to("h", 1))).hasMessageContaining("seconds > 0");
        assertThatThrownBy(() -> Walkthrough.builder().step(0).move(1, to("h", 1), to("h", 2)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> to("h", Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> sweep("h", Double.NaN, 1)).hasMessageContaining("finite start");
        assertThatThrownBy(() -> Walkthrough.builder().step(-1)).hasMessageContaining("step >= 0");
    }

    @Test
    void problemsWithAModelNameTheStepTheParameterAndTheRange() {
        Walkthrough w = Walkthrough.builder()
                .step(0).move(1, to("k", 6), sweep("m", 0, 1))
                .step(1).move(1, to("nothing", 1))
                .step(3)
                .build();
        assertThat(w.problemsWith(new Lesson3())).containsExactly(
                "step 0: k = 6 is outside -5 … 5",
                "step 1: no parameter 'nothing'",
                "step 3 is past the last step 2");
        assertThat(Walkthrough.builder().step(2).move(1, sweep("k", -5, 5)).build().problemsWith(new Lesson3()))
                .isEmpty();
    }

    @Test
    void theStandardScriptVisitsEveryStepAndMovesTheShownParametersHalfWayToTheFartherEndAndBack() {
        Lesson3 model = new Lesson3();
        Walkthrough w = Walkthrough.standard(model);
        assertThat(w.beats()).extracting(Beat::step).containsExactly(0, 1, 2);
        assertThat(w.problemsWith(model)).isEmpty();

        // Step 0: k (the main parameter) from its default 1 half-way to −5, the farther end: 1 + ½(−5 − 1) = −2.
        // The count n is not moved: it is not the main parameter.
        assertThat(w.beats().get(0).motions()).containsExactly(
                new Motion(List.of(new Target("k", 1, -2)), Walkthrough.MOVE_SECONDS, Walkthrough.HOLD_SECONDS),
                new Motion(List.of(new Target("k", Double.NaN, 1)), Walkthrough.MOVE_SECONDS, Walkthrough.HOLD_SECONDS));

        // Step 1 shows nothing: a longer pause to read.
        assertThat(w.beats().get(1).motions()).isEmpty();
        assertThat(w.beats().get(1).readSeconds()).isEqualTo(Walkthrough.QUIET_STEP_SECONDS);

        // Step 2 sets k = −4: half-way to 5 is 0.5. Then m from 0.25 half-way to 1: 0.625.
        List<Motion> third = w.beats().get(2).motions();
        assertThat(third).extracting(m -> m.targets().get(0)).containsExactly(
                new Target("k", -4, 0.5), new Target("k", Double.NaN, -4),
                new Target("m", 0.25, 0.625), new Target("m", Double.NaN, 0.25));
    }

    @Test
    void everyParameterIsShownInEveryStepUnlessTheModelSaysOtherwise() {
        LessonModelTest.ThreeSteps model = new LessonModelTest.ThreeSteps();
        assertThat(model.parametersShownIn(0)).containsExactlyInAnyOrder("k", "m");
    }
}
