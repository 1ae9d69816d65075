package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import org.junit.jupiter.api.Test;

/** The lesson model runs without a UI toolkit: these tests never start JavaFX. */
class LessonModelTest {

    /** Three steps; step 2 (index 1) is written for k = 3, step 3 for k = −1 and m = 0.5. */
    static final class ThreeSteps extends LessonModel {
        final Parameter k = parameter("k", -5, 5, 1, 0.5);
        final Parameter m = parameter("m", 0, 1, 0.25, 0.05);

        ThreeSteps() {
            super(3);
        }

        @Override
        protected Map<String, Double> valuesForStep(int index) {
            return switch (index) {
                case 1 -> Map.of("k", 3.0);
                case 2 -> Map.of("k", -1.0, "m", 0.5, "unknown", 7.0);
                default -> Map.of();
            };
        }
    }

    @Test
    void startsOnTheFirstStepWithDefaults() {
        ThreeSteps model = new ThreeSteps();
        assertThat(model.step()).isZero();
        assertThat(model.stepCount()).isEqualTo(3);
        assertThat(model.values()).containsExactly(Map.entry("k", 1.0), Map.entry("m", 0.25));
        assertThat(model.parameters()).extracting(Parameter::id).containsExactly("k", "m");
        assertThat(model.mainParameter().id()).isEqualTo("k");
    }

    @Test
    void enterStepAppliesTheValuesTheStepIsWrittenFor() {
        ThreeSteps model = new ThreeSteps();
        model.m.set(0.9);
        model.enterStep(1);
        assertThat(model.step()).isEqualTo(1);
        assertThat(model.k.get()).isEqualTo(3.0);
        assertThat(model.m.get()).as("values the step does not name stay").isEqualTo(0.9);
        model.enterStep(2);
        assertThat(model.k.get()).isEqualTo(-1.0);
        assertThat(model.m.get()).isEqualTo(0.5);
        assertThat(model.parameter("unknown")).as("unknown ids in a step's values are ignored").isEmpty();
    }

    @Test
    void enterStepClampsOutOfRangeIndexes() {
        ThreeSteps model = new ThreeSteps();
        model.enterStep(99);
        assertThat(model.step()).isEqualTo(2);
        assertThat(model.k.get()).as("the clamped step's values apply").isEqualTo(-1.0);
        model.enterStep(-4);
        assertThat(model.step()).isZero();
    }

    @Test
    void changeListenerFiresForParametersAndSteps() {
        ThreeSteps model = new ThreeSteps();
        List<Map<String, Double>> seen = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        // Like a figure, the listener reads what it draws; an invalidation listener hears the next change
        // only after the value has been read.
        InvalidationListener redraw = o -> {
            seen.add(model.values());
            steps.add(model.step());
        };
        model.addChangeListener(redraw);

        model.k.set(2);
        model.m.set(0.75);
        model.enterStep(1);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.get(0)).containsEntry("k", 2.0);
        assertThat(seen.get(1)).containsEntry("m", 0.75);
        assertThat(steps).contains(1);
        assertThat(seen.get(seen.size() - 1)).containsEntry("k", 3.0);

        int before = seen.size();
        model.removeChangeListener(redraw);
        model.k.set(-4);
        model.enterStep(0);
        assertThat(seen).as("no calls after removal").hasSize(before);
    }

    @Test
    void dependenciesCoverEveryParameterAndTheStep() {
        ThreeSteps model = new ThreeSteps();
        assertThat(model.dependencies()).containsExactly(
                model.k.valueProperty(), model.m.valueProperty(), model.stepProperty());
    }

    @Test
    void resetParametersRestoresDefaults() {
        ThreeSteps model = new ThreeSteps();
        model.enterStep(2);
        model.resetParameters();
        assertThat(model.values()).containsExactly(Map.entry("k", 1.0), Map.entry("m", 0.25));
        assertThat(model.step()).as("the step is not a parameter").isEqualTo(2);
    }

    @Test
    void rejectsBadDeclarations() {
        assertThatThrownBy(() -> new LessonModel(0) {}).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> new LessonModel(1) {
            {
                parameter("p", 0, 1, 0, 0.1);
                parameter("p", 0, 2, 0, 0.1);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("Duplicate parameter 'p'.");
    }

    @Test
    void parameterListIsReadOnly() {
        ThreeSteps model = new ThreeSteps();
        assertThatThrownBy(() -> model.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSavedStateRestoresStepAndValuesOverWhatTheStepWouldSet() {
        ThreeSteps saved = new ThreeSteps();
        saved.enterStep(1);
        saved.k.set(-2.5);
        Map<String, String> state = saved.saveState();
        assertThat(state).containsEntry("step", "1").containsEntry("param.k", "-2.5").containsEntry("param.m", "0.25");

        ThreeSteps restored = new ThreeSteps();
        assertThat(restored.restoreState(state)).isEmpty();
        assertThat(restored.step()).isEqualTo(1);
        assertThat(restored.values()).isEqualTo(saved.values());
    }

    @Test
    void whatCannotBeRestoredIsReportedAndTheRestIsRestored() {
        ThreeSteps model = new ThreeSteps();
        List<StateProblem> problems = model.restoreState(Map.of(
                "step", "7",
                "param.k", "abc",
                "param.m", "2",
                "param.q", "1",
                "note", "ignored by this lesson"));
        assertThat(problems).containsExactlyInAnyOrder(
                new StateProblem("step", "7", StateProblem.Reason.OUT_OF_RANGE),
                new StateProblem("param.k", "abc", StateProblem.Reason.NOT_A_NUMBER),
                new StateProblem("param.m", "2", StateProblem.Reason.OUT_OF_RANGE),
                new StateProblem("param.q", "1", StateProblem.Reason.UNKNOWN));
        assertThat(model.step()).isZero();
        assertThat(model.values()).containsExactly(Map.entry("k", 1.0), Map.entry("m", 0.25));

        assertThat(model.restoreState(Map.of("step", "two", "param.k", " 4.5 "))).containsExactly(
                new StateProblem("step", "two", StateProblem.Reason.NOT_A_NUMBER));
        assertThat(model.k.get()).isEqualTo(4.5);
    }

    @Test
    void theSurfaceAngleIsSavedOnceTurnedAndComesBackExactly() {
        ThreeSteps saved = new ThreeSteps();
        assertThat(saved.saveState()).doesNotContainKey("view.surface");
        SurfaceAngle turned = new SurfaceAngle(1.0 / 3, 2.4981, -0.1);
        saved.setSurfaceAngle(turned);
        List<SurfaceAngle> seen = new ArrayList<>();
        ThreeSteps opened = new ThreeSteps();
        opened.followSurfaceAngle(seen::add);
        assertThat(opened.restoreState(saved.saveState())).isEmpty();
        assertThat(opened.surfaceAngle()).isEqualTo(turned);
        assertThat(seen).containsExactly(turned);
    }

    @Test
    void anUnreadableSurfaceAngleIsReportedAndTheAngleKept() {
        ThreeSteps model = new ThreeSteps();
        SurfaceAngle before = new SurfaceAngle(0.5, 1, 0);
        model.setSurfaceAngle(before);
        for (String bad : List.of("1, 2", "1, two, 3", "NaN, 1, 2", "1, 2, 3, 4", "")) {
            assertThat(model.restoreState(Map.of("view.surface", bad)))
                    .containsExactly(new StateProblem("view.surface", bad, StateProblem.Reason.NOT_READABLE));
        }
        assertThat(model.surfaceAngle()).isEqualTo(before);
    }
}
