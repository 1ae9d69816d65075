package org.kobai.lessons.descent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;

/** A scene carries the descent's typed functions, preset, schedule and tolerance besides its sliders. */
class DescentSceneTest {
    @Test
    void typedSurfaceStartScheduleAndToleranceComeBack() {
        DescentModel saved = new DescentModel();
        saved.enterStep(DescentModel.STEP_ONE_VARIABLE);
        saved.setFunction("x^4 - 3x");
        saved.enterStep(DescentModel.STEP_SURFACE);
        saved.setFunction("x^2 + 3y^2 + x*y");
        saved.setStart(-2.5, 1.25);
        saved.scheduleProperty().set(ScheduleKind.COSINE);
        saved.toleranceProperty().set(1e-8);
        Map<String, String> state = saved.saveState();

        DescentModel opened = new DescentModel();
        assertThat(opened.restoreState(state)).isEmpty();
        assertThat(opened.step()).isEqualTo(DescentModel.STEP_SURFACE);
        assertThat(opened.preset()).isEqualTo(Preset.TYPED);
        assertThat(opened.function().text()).isEqualTo(saved.function().text());
        assertThat(opened.start()).containsExactly(-2.5, 1.25);
        assertThat(opened.scheduleProperty().get()).isEqualTo(ScheduleKind.COSINE);
        assertThat(opened.toleranceValue()).isEqualTo(1e-8);
        // the same run: every iterate of the reopened scene equals the saved one's
        assertThat(opened.run().iterations()).isEqualTo(saved.run().iterations());
        assertThat(opened.run().last().coordinate(0)).isEqualTo(saved.run().last().coordinate(0));
        opened.enterStep(DescentModel.STEP_ONE_VARIABLE);
        saved.enterStep(DescentModel.STEP_ONE_VARIABLE);
        assertThat(opened.function().text()).isEqualTo(saved.function().text());
    }

    @Test
    void aPresetOtherThanTheStepsOwnComesBack() {
        DescentModel saved = new DescentModel();
        saved.enterStep(DescentModel.STEP_COMPARE);
        saved.choose(Preset.ROSENBROCK);
        DescentModel opened = new DescentModel();
        assertThat(opened.restoreState(saved.saveState())).isEmpty();
        assertThat(opened.preset()).isEqualTo(Preset.ROSENBROCK);
        assertThat(opened.start()).containsExactly(Preset.ROSENBROCK.startX, Preset.ROSENBROCK.startY);
        assertThat(opened.methods()).containsExactly(Method.GRADIENT_DESCENT, Method.MOMENTUM, Method.ADAM);
    }

    @Test
    void unreadableExtrasAreReportedAndTheRestIsKept() {
        Map<String, String> state = new LinkedHashMap<>(new DescentModel().saveState());
        state.put("function", "x^2 + (y");
        state.put("schedule", "FASTEST");
        state.put("tolerance", "0.3");
        state.put("preset", "ROSENBROCK");
        DescentModel opened = new DescentModel();
        List<StateProblem> problems = opened.restoreState(state);
        assertThat(problems).extracting(StateProblem::key).containsExactlyInAnyOrder("function", "schedule", "tolerance");
        assertThat(problems).allMatch(p -> p.reason() == StateProblem.Reason.NOT_READABLE);
        assertThat(opened.preset()).isEqualTo(Preset.ROSENBROCK);
        assertThat(opened.scheduleProperty().get()).isEqualTo(ScheduleKind.CONSTANT);
        assertThat(opened.toleranceValue()).isEqualTo(1e-6);
    }

    @Test
    void aRunPausedPartWayWithEtaChangedOnTheWayComesBackAsItWas() {
        DescentModel saved = new DescentModel();
        saved.enterStep(DescentModel.STEP_SURFACE);
        saved.reset();
        for (int k = 0; k < 4; k++) {
            saved.stepOnce();
        }
        saved.eta().set(0.3); // from the fifth step on
        saved.stepOnce();
        saved.stepOnce();
        Map<String, String> state = saved.saveState();
        assertThat(state).containsEntry("run.shown", "6").containsEntry("run.rates", "0: 0.1, 4: 0.3");

        DescentModel opened = new DescentModel();
        assertThat(opened.restoreState(state)).isEmpty();
        assertThat(opened.revealed()).isEqualTo(6);
        assertThat(opened.current().coordinate(0)).isEqualTo(saved.current().coordinate(0));
        assertThat(opened.current().coordinate(1)).isEqualTo(saved.current().coordinate(1));
        assertThat(opened.run().last().coordinate(0)).isEqualTo(saved.run().last().coordinate(0));

        DescentModel whole = new DescentModel(); // a finished run saves neither key
        assertThat(whole.saveState()).doesNotContainKeys("run.shown", "run.rates");
    }

    @Test
    void anUnreadableRunPositionIsReported() {
        Map<String, String> state = new LinkedHashMap<>(new DescentModel().saveState());
        state.put("run.shown", "-2");
        state.put("run.rates", "3: 0.1");
        DescentModel opened = new DescentModel();
        assertThat(opened.restoreState(state)).extracting(StateProblem::key)
                .containsExactlyInAnyOrder("run.shown", "run.rates");
        assertThat(opened.isFinished()).isTrue();
    }
}
