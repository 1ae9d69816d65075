package org.kobai.lessons.partial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;

/** Every stored answer recomputed by central differences on the drawn function, for many seeds. */
class PartialExercisesTest {
    private static final int SEEDS = 300;
    private static final double DIFFERENCE = 1e-6;
    private static final double H = 1e-5;
    private static final Messages EN = new PartialLesson().text(Locale.ENGLISH);
    private static final Messages JA = new PartialLesson().text(Locale.JAPANESE);

    private static double f(PartialExercises.Problem p, double x1, double x2) {
        return p.f().valueAt(Map.of("x1", x1, "x2", x2));
    }

    private static double[] gradient(PartialExercises.Problem p) {
        double c = p.c(), d = p.d();
        return new double[] {(f(p, c + H, d) - f(p, c - H, d)) / (2 * H), (f(p, c, d + H) - f(p, c, d - H)) / (2 * H)};
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new PartialLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("partial", "gradient", "differential");
    }

    @Test
    void answersAgreeWithCentralDifferences() {
        for (long seed = 0; seed < SEEDS; seed++) {
            PartialExercises.Problem p = PartialExercises.Problem.draw(seed);
            double[] g = gradient(p);
            Exercise partial = new PartialExercises.PartialX1().create(seed, EN);
            Exercise gradient = new PartialExercises.GradientAt().create(seed, EN);
            Exercise differential = new PartialExercises.Differential().create(seed, EN);
            assertThat(partial.answer().values()[0]).as("seed %d", seed).isCloseTo(g[0], within(DIFFERENCE * (1 + Math.abs(g[0]))));
            assertThat(gradient.answer().values()).hasSize(2);
            assertThat(gradient.answer().values()[0]).isCloseTo(g[0], within(DIFFERENCE * (1 + Math.abs(g[0]))));
            assertThat(gradient.answer().values()[1]).isCloseTo(g[1], within(DIFFERENCE * (1 + Math.abs(g[1]))));
            double dy = g[0] * p.dx1() + g[1] * p.dx2(); // dy = f_x1 dx1 + f_x2 dx2
            assertThat(differential.answer().values()[0]).isCloseTo(dy, within(DIFFERENCE * (1 + Math.abs(dy))));
            for (Exercise e : new Exercise[] {partial, gradient, differential}) {
                ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(PartialExercises.ALL, EN, JA, 40);
    }
}
