package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Walkthrough;
import org.kobai.lessons.descent.Preset;

/** Every registered lesson has a walkthrough that can be played as written. */
class WalkthroughScriptsTest {

    @Test
    void everyLessonsWalkthroughFitsItsModelAndVisitsItsSteps() {
        for (Lesson<?> lesson : LessonRegistry.standard().all()) {
            LessonModel model = lesson.createModel();
            Walkthrough w = lesson.createWalkthrough(model);
            assertThat(w.problemsWith(model)).as(lesson.id()).isEmpty();
            assertThat(w.beats().stream().map(Walkthrough.Beat::step).collect(Collectors.toSet()))
                    .as(lesson.id() + " visits every step").hasSize(model.stepCount());
        }
    }

    @Test
    void theDescentScriptTakesTheRateFromSmallToJustPastTwoOverL() {
        Lesson<?> descent = LessonRegistry.standard().find("descent").orElseThrow();
        Walkthrough w = descent.createWalkthrough(descent.createModel());
        Walkthrough.Target eta = w.beats().stream().filter(b -> b.step() == 2).findFirst().orElseThrow()
                .motions().get(0).targets().get(0);
        // The elongated bowl x² + 10y² has L = 20 (the largest eigenvalue of its Hessian diag(2, 20)): 2/L = 0.1.
        assertThat(Preset.ELONGATED.bowl().criticalLearningRate()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(eta.parameter()).isEqualTo("eta");
        assertThat(eta.from()).isLessThan(0.1 / 5);
        assertThat(eta.to()).isGreaterThan(0.1).isLessThan(0.11);
    }

    @Test
    void theNormalScriptWidensTheIntervalToOneTwoAndThreeSigmas() {
        Lesson<?> normal = LessonRegistry.standard().find("normal").orElseThrow();
        Walkthrough w = normal.createWalkthrough(normal.createModel());
        List<Walkthrough.Motion> sigmas = w.beats().stream().filter(b -> b.step() == 1).findFirst().orElseThrow()
                .motions();
        assertThat(sigmas).extracting(m -> m.targets().stream().map(Walkthrough.Target::to).toList())
                .containsExactly(List.of(-1.0, 1.0), List.of(-2.0, 2.0), List.of(-3.0, 3.0));
    }
}
