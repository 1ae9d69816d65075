package org.kobai.lessons.linearity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;

/**
 * For many seeds the stored answers are the closed forms of the lesson: Δy = aΔx, and for y = ax + b the
 * additivity gap −b and the homogeneity gap (1 − c)b, which vanish only when b = 0.
 */
class LinearityExercisesTest {
    private static final int SEEDS = 300;
    private static final Messages EN = new LinearityLesson().text(Locale.ENGLISH);
    private static final Messages JA = new LinearityLesson().text(Locale.JAPANESE);

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new LinearityLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("slope", "additivity", "homogeneity");
    }

    @Test
    void answersAreTheClosedForms() {
        for (long seed = 0; seed < SEEDS; seed++) {
            LinearityExercises.Problem p = LinearityExercises.Problem.draw(seed);
            Exercise additivity = new LinearityExercises.Additivity().create(seed, EN);
            Exercise homogeneity = new LinearityExercises.Homogeneity().create(seed, EN);
            Exercise slope = new LinearityExercises.Slope().create(seed, EN);
            assertThat(additivity.answer().values()).containsExactly(-p.b());
            assertThat(homogeneity.answer().values()).containsExactly((1 - p.k()) * (double) p.b());
            assertThat(p.b()).as("b ≠ 0, so neither gap is 0").isNotZero();
            // On y = ax the change from x = u to x = u + Δx, computed from the two heights.
            assertThat(slope.answer().values()).containsExactly((double) p.a() * (p.u() + p.dx()) - (double) p.a() * p.u());
            for (Exercise e : new Exercise[] {additivity, homogeneity, slope}) {
                ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(LinearityExercises.ALL, EN, JA, 40);
    }
}
