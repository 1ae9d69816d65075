package org.kobai.lessons.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;

/**
 * For many seeds, each exercise's answer is recomputed another way (adding the terms one by one, a long
 * partial sum, the exact fraction), equivalent forms are accepted, near misses are not, and the likely
 * slips (n against n − 1, the missing half, 1 + r) get their own hints.
 */
class SeriesExercisesTest {
    private static final int SEEDS = 300;
    /** Sums of at most 30 small integers are exact in double arithmetic. */
    private static final double EXACT = 0;
    /** |r| ≤ 3/4: after 200 terms the tail a·r²⁰⁰/(1 − r) is far below 1e-12. */
    private static final double TAIL = 1e-12;
    private static final Messages EN = new SeriesLesson().text(Locale.ENGLISH);
    private static final Messages JA = new SeriesLesson().text(Locale.JAPANESE);

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new SeriesLesson().exercises()).extracting(ExerciseKind::id).containsExactly("term", "sum", "limit");
    }

    @Test
    void termIsTheFirstTermWithTheDifferenceAddedNMinusOneTimes() {
        SeriesExercises.Term kind = new SeriesExercises.Term();
        int steps = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SeriesExercises.ArithmeticProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double term = p.a();
            for (int k = 2; k <= p.n(); k++) {
                term += p.d();
            }
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(term, within(EXACT));
            assertThat(p.sequence().term(p.n())).isEqualTo(term);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (EN.get("exercise.term.hint.steps").equals(ExerciseAssertions.hintForSlip(e, p.a() + (double) p.n() * p.d()))) {
                steps++;
            }
            ExerciseAssertions.hintForSlip(e, (double) (p.n() - 1) * p.d());
        }
        assertThat(steps).isEqualTo(SEEDS);
    }

    @Test
    void sumIsTheTermsAddedUpAndTheUsualSlipsGetTheirHints() {
        SeriesExercises.ArithmeticSum kind = new SeriesExercises.ArithmeticSum();
        int count = 0, half = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SeriesExercises.ArithmeticProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double sum = 0;
            for (int k = 1; k <= p.n(); k++) {
                sum += p.a() + (k - 1) * p.d();
            }
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(sum, within(EXACT));
            double[] running = p.sequence().runningSums(p.n());
            assertThat(running[running.length - 1]).isEqualTo(sum);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // n/2 · (2a + nd): one d too many in the last term
            if (EN.get("exercise.sum.hint.count").equals(ExerciseAssertions.hintForSlip(e, p.n() / 2.0 * (2 * p.a() + p.n() * p.d())))) {
                count++;
            }
            // n · (2a + (n − 1)d): twice the sum
            if (EN.get("exercise.sum.hint.half").equals(ExerciseAssertions.hintForSlip(e, 2 * sum))) {
                half++;
            }
        }
        assertThat(count).isEqualTo(SEEDS);
        assertThat(half).isGreaterThan(SEEDS * 9 / 10);
    }

    @Test
    void limitIsTheExactFractionAndTheLongPartialSumApproachesIt() {
        SeriesExercises.Limit kind = new SeriesExercises.Limit();
        int sign = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SeriesExercises.GeometricProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            assertThat(Math.abs(p.r())).isLessThan(1);
            // a/(1 − p/q) = a·q/(q − p)
            double exact = (double) p.a() * p.q() / (p.q() - p.p());
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(exact, within(TAIL));
            assertThat(p.sequence().sum(200)).isCloseTo(exact, within(TAIL));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            String asFraction = (p.a() * p.q()) + "/" + (p.q() - p.p());
            assertThat(AnswerChecker.check(e, asFraction)).as(asFraction).isInstanceOf(Verdict.Correct.class);
            if (EN.get("exercise.limit.hint.sign").equals(ExerciseAssertions.hintForSlip(e, p.a() / (1 + p.r())))) {
                sign++;
            }
            ExerciseAssertions.hintForSlip(e, p.a() * p.r() / (1 - p.r()));
        }
        assertThat(sign).isEqualTo(SEEDS);
    }

    @Test
    void typedFormsAStudentWouldUseAreRead() {
        Exercise e = new SeriesExercises.Limit().create(3, EN);
        double v = e.answer().values()[0];
        String typed = v < 0 ? "−" + (-v) : Double.toString(v);
        assertThat(AnswerChecker.check(e, typed)).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, "3//4")).isInstanceOf(Verdict.Unreadable.class);
        assertThat(AnswerChecker.check(e, "")).isInstanceOf(Verdict.Unreadable.class);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(SeriesExercises.ALL, EN, JA, 40);
    }
}
