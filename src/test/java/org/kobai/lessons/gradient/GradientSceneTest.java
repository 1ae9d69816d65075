package org.kobai.lessons.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneFile;

/** A scene of the gradient lesson carries the typed f, the field F and the map, and reports a typo in any. */
class GradientSceneTest {

    @Test
    void theTypedFunctionFieldAndMapSurviveTheRoundTripThroughAFile() throws Exception {
        GradientModel model = new GradientModel();
        model.setFunction("sin(x1) + x2^3");
        model.enterStep(GradientModel.STEP_FIELD);
        model.setComponent(0, "x1 x2");
        model.setComponent(1, "-x1 + 2");
        model.enterStep(GradientModel.STEP_JACOBIAN);
        model.setComponent(0, "exp(x1) cos(x2)");
        model.c().set(-0.75);
        model.size().set(0.3);
        SceneFile.Scene scene = SceneFile.parse(SceneFile.format(new SceneFile.Scene("gradient", model.saveState()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        GradientModel restored = new GradientModel();
        assertThat(restored.restoreState(scene.state())).isEmpty();
        assertThat(restored.step()).isEqualTo(GradientModel.STEP_JACOBIAN);
        assertThat(restored.values()).isEqualTo(model.values());
        assertThat(restored.function()).isEqualTo(model.function());
        assertThat(restored.field().first().text()).isEqualTo(model.field().first().text());
        assertThat(restored.field().second()).isEqualTo(GradientModel.preset(GradientModel.FIRST_MAP).second());
        restored.enterStep(GradientModel.STEP_FIELD);
        assertThat(restored.field().first().text()).isEqualTo("x1 x2");
        assertThat(restored.divergence()).isEqualTo(restored.d().get()); // ∇·(x1x2, −x1 + 2) = x2
    }

    @Test
    void aTypoIsReportedAndTheRestIsStillRestored() {
        Map<String, String> state = new LinkedHashMap<>(new GradientModel().saveState());
        state.put("function", "x1 +* x2");
        state.put("field.first", "x2");
        state.put("field.second", "cos(");
        state.put("param.c", "-1.5");
        GradientModel restored = new GradientModel();
        assertThat(restored.restoreState(state)).containsExactly(
                new StateProblem("function", "x1 +* x2", StateProblem.Reason.NOT_READABLE),
                new StateProblem("field.second", "cos(", StateProblem.Reason.NOT_READABLE));
        assertThat(restored.function().text()).as("f stays as it was").isEqualTo(new GradientModel().function().text());
        assertThat(restored.c().get()).isEqualTo(-1.5);
        restored.enterStep(GradientModel.STEP_FIELD);
        assertThat(restored.field().first().text()).isEqualTo("x2");
        assertThat(restored.field().second()).isEqualTo(GradientModel.preset(GradientModel.FIRST_FIELD).second());
    }
}
