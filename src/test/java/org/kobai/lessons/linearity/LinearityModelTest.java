package org.kobai.lessons.linearity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Parameter;
import org.kobai.math.EqualityCheck;

class LinearityModelTest {
    /** Rounding slack for sums of slider values (all at most 3 in size). */
    private static final double TOLERANCE = 1e-9;

    @Test
    void hasFiveSteps() {
        // Mapping, slope, additivity, homogeneity, the counterexample y = x + 1.
        assertThat(new LinearityModel().stepCount()).isEqualTo(5);
    }

    @Test
    void counterexampleStepSetsArticleValues() {
        LinearityModel model = new LinearityModel();
        model.enterStep(LinearityModel.STEP_COUNTEREXAMPLE);
        // Article 001: f(x) = x + 1 with u = 1, v = 2.
        assertThat(model.slope().get()).isEqualTo(1.0);
        assertThat(model.intercept().get()).isEqualTo(1.0);
        assertThat(model.u().get()).isEqualTo(1.0);
        assertThat(model.v().get()).isEqualTo(2.0);
        assertThat(model.c().get()).isEqualTo(2.0);

        EqualityCheck additivity = model.additivity();
        // Article 001: f(1 + 2) = f(3) = 4 but f(1) + f(2) = 2 + 3 = 5.
        assertThat(additivity.left()).isEqualTo(4.0);
        assertThat(additivity.right()).isEqualTo(5.0);
        assertThat(additivity.holds()).isFalse();

        EqualityCheck homogeneity = model.homogeneity();
        // Lesson step 5: f(2 · 1) = 3 but 2 f(1) = 4.
        assertThat(homogeneity.left()).isEqualTo(3.0);
        assertThat(homogeneity.right()).isEqualTo(4.0);
        assertThat(homogeneity.holds()).isFalse();
        assertThat(model.function().isLinear()).isFalse();
    }

    @Test
    void stepsAboutProportionalFunctionsStartFromZeroIntercept() {
        LinearityModel model = new LinearityModel();
        model.enterStep(LinearityModel.STEP_COUNTEREXAMPLE);
        for (int step = 0; step < LinearityModel.STEP_COUNTEREXAMPLE; step++) {
            model.intercept().set(2.5);
            model.enterStep(step);
            assertThat(model.intercept().get()).as("b on step %d", step + 1).isZero();
            assertThat(model.function().isLinear()).isTrue();
        }
    }

    @Test
    void lawsHoldForEverySliderPositionWithoutIntercept() {
        LinearityModel model = new LinearityModel();
        model.enterStep(LinearityModel.STEP_ADDITIVITY);
        Random random = new Random(2024);
        for (int i = 0; i < 2000; i++) {
            set(model.slope(), random);
            set(model.u(), random);
            set(model.v(), random);
            set(model.c(), random);
            assertThat(model.additivity().holds()).as("additivity at %s", model.values()).isTrue();
            assertThat(model.homogeneity().holds()).as("homogeneity at %s", model.values()).isTrue();
        }
    }

    @Test
    void lawsFailForEveryNonZeroInterceptOnTheSliders() {
        LinearityModel model = new LinearityModel();
        model.enterStep(LinearityModel.STEP_COUNTEREXAMPLE);
        Random random = new Random(4202);
        for (int i = 0; i < 2000; i++) {
            set(model.slope(), random);
            set(model.u(), random);
            set(model.v(), random);
            double b = model.intercept().min() + random.nextInt(61) * 0.1; // the slider's 0.1 grid
            if (Math.abs(b) < 0.05) {
                continue;
            }
            model.intercept().set(b);
            // f(u+v) − (f(u) + f(v)) = −b
            assertThat(model.additivity().holds()).as("additivity at %s", model.values()).isFalse();
            assertThat(model.additivity().gap()).isCloseTo(-b, within(TOLERANCE));
        }
    }

    @Test
    void functionFollowsTheSliders() {
        LinearityModel model = new LinearityModel();
        model.slope().set(-0.5);
        model.intercept().set(2);
        // By hand: −0.5 · 4 + 2 = 0.
        assertThat(model.function().valueAt(4)).isZero();
    }

    @Test
    void mainParameterIsTheSlope() {
        assertThat(new LinearityModel().mainParameter().id()).isEqualTo("a");
    }

    @Test
    void everyParameterHasAControlAndEveryStepShowsOnlyRealParameters() {
        LinearityModel model = new LinearityModel();
        Set<String> ids = new HashSet<>();
        model.parameters().forEach(p -> ids.add(p.id()));
        assertThat(model.controlOrder()).containsExactlyInAnyOrderElementsOf(ids);
        for (int step = 0; step < model.stepCount(); step++) {
            assertThat(model.parametersShownIn(step)).isNotEmpty().isSubsetOf(ids).contains("a");
        }
        assertThat(model.parametersShownIn(LinearityModel.STEP_COUNTEREXAMPLE)).contains("b", "u", "v");
    }

    @Test
    void defaultsMatchTheFirstSteps() {
        LinearityModel model = new LinearityModel();
        // Step 1 starts from f(x) = 2x at x = 1.5 (lesson text: "With f(x) = 2x, one step right is two steps up").
        assertThat(model.slope().get()).isEqualTo(2.0);
        assertThat(model.intercept().get()).isZero();
        assertThat(model.input().get()).isEqualTo(1.5);
    }

    private static void set(Parameter p, Random random) {
        p.set(p.min() + random.nextDouble() * (p.max() - p.min()));
    }
}
