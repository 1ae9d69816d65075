package org.kobai.lessons.derivative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;

/**
 * For many seeds, each exercise's stored answer is recomputed independently (a central difference, not
 * the symbolic derivative the generator used), its exact forms are accepted and a near miss is not.
 */
class DerivativeExercisesTest {
    private static final int SEEDS = 300;
    /** A central difference with h = 1e-5 on these low-degree polynomials is good to about 1e-8. */
    private static final double DIFFERENCE = 1e-6;
    private static final Messages EN = new DerivativeLesson().text(Locale.ENGLISH);
    private static final Messages JA = new DerivativeLesson().text(Locale.JAPANESE);

    private static double slopeAt(DerivativeExercises.Problem p, double c) {
        DoubleUnaryOperator f = x -> p.f().valueAt(Map.of("x", x));
        double h = 1e-5;
        return (f.applyAsDouble(c + h) - f.applyAsDouble(c - h)) / (2 * h);
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new DerivativeLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("slope", "tangent", "chain");
    }

    @Test
    void slopeAnswersAreTheSlopeAtC() {
        DerivativeExercises.Slope kind = new DerivativeExercises.Slope();
        for (long seed = 0; seed < SEEDS; seed++) {
            DerivativeExercises.PowerProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double expected = slopeAt(p, p.c());
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(expected, within(DIFFERENCE * (1 + Math.abs(expected))));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
        }
    }

    @Test
    void tangentAnswersAreSlopeAndIntercept() {
        DerivativeExercises.Tangent kind = new DerivativeExercises.Tangent();
        for (long seed = 0; seed < SEEDS; seed++) {
            DerivativeExercises.QuadraticProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double m = slopeAt(p, p.c());
            double k = p.f().valueAt(Map.of("x", (double) p.c())) - m * p.c(); // the line through (c, f(c))
            assertThat(e.answer().values()[0]).isCloseTo(m, within(DIFFERENCE * (1 + Math.abs(m))));
            assertThat(e.answer().values()[1]).isCloseTo(k, within(DIFFERENCE * (1 + Math.abs(k))));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
        }
    }

    @Test
    void chainAnswersAreTheSlopeAndForgettingTheInnerFactorIsRecognised() {
        DerivativeExercises.Chain kind = new DerivativeExercises.Chain();
        int recognised = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            DerivativeExercises.ChainProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double expected = slopeAt(p, p.c());
            assertThat(e.answer().values()[0]).isCloseTo(expected, within(DIFFERENCE * (1 + Math.abs(expected))));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // d/dx (px + q)ⁿ without the inner factor p: n(pc + q)ⁿ⁻¹ (worked by hand).
            double slip = p.n() * Math.pow(p.p() * p.c() + p.q(), p.n() - 1);
            Verdict v = AnswerChecker.check(e, NumberText.plain(slip));
            if (!e.answer().matches(new double[] {slip})) {
                assertThat(v).as("seed %d, slip %s, answer %s", seed, NumberText.plain(slip), e.answer()).isInstanceOf(Verdict.Wrong.class);
                assertThat(((Verdict.Wrong) v).recognised()).as("seed %d", seed).isTrue();
                recognised++;
            }
        }
        assertThat(recognised).isGreaterThan(SEEDS / 2);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(DerivativeExercises.ALL, EN, JA, 40);
    }
}
