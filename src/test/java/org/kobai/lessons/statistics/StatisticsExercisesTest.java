package org.kobai.lessons.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;

/**
 * For many seeds, each exercise's answer agrees with commons-math3 (an independent implementation), the
 * data fit on paper, equivalent forms are accepted, and the classic slips (1/n against 1/(n − 1), the
 * variance for the standard deviation, the sum for the mean) get their own hints.
 */
class StatisticsExercisesTest {
    private static final int SEEDS = 300;
    /** Means and variances of a few small integers: both implementations agree to rounding. */
    private static final double ROUNDING = 1e-12;
    private static final Messages EN = new StatisticsLesson().text(Locale.ENGLISH);
    private static final Messages JA = new StatisticsLesson().text(Locale.JAPANESE);

    private static double[] asDoubles(int[] v) {
        return Arrays.stream(v).asDoubleStream().toArray();
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new StatisticsLesson().exercises()).extracting(ExerciseKind::id).containsExactly("mean", "variance", "sd");
    }

    @Test
    void theDataAreFourToSixSmallWholeNumbersWithAWholeMean() {
        for (long seed = 0; seed < SEEDS; seed++) {
            int[] x = StatisticsExercises.smallData(new Random(seed));
            assertThat(x.length).isBetween(4, 6);
            assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(20);
            assertThat(Arrays.stream(x).sum() % x.length).isZero();
            assertThat(Arrays.stream(x).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void meanAgreesWithCommonsMathAndTheSlipsAreRecognised() {
        StatisticsExercises.Mean kind = new StatisticsExercises.Mean();
        int divisor = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            StatisticsExercises.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double[] x = asDoubles(p.values());
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(StatUtils.mean(x), within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (EN.get("exercise.mean.hint.divisor").equals(ExerciseAssertions.hintForSlip(e, StatUtils.sum(x) / (x.length - 1)))) {
                divisor++;
            }
            ExerciseAssertions.hintForSlip(e, StatUtils.sum(x));
        }
        assertThat(divisor).isEqualTo(SEEDS);
    }

    @Test
    void varianceDividesByWhatThePromptSaysAndTheOtherDivisorGetsItsHint() {
        StatisticsExercises.Variance kind = new StatisticsExercises.Variance();
        int unbiased = 0, other = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            StatisticsExercises.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double[] x = asDoubles(p.values());
            double population = new Variance(false).evaluate(x);
            double sample = new Variance(true).evaluate(x);
            double expected = p.unbiased() ? sample : population;
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(expected, within(ROUNDING));
            assertThat(e.prompt()).contains(EN.get(p.unbiased() ? "exercise.variance.unbiased" : "exercise.variance.population"));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            String hint = ExerciseAssertions.hintForSlip(e, p.unbiased() ? population : sample);
            if (EN.get(p.unbiased() ? "exercise.variance.hint.n" : "exercise.variance.hint.nMinusOne").equals(hint)) {
                other++;
            }
            ExerciseAssertions.hintForSlip(e, Math.sqrt(expected));
            unbiased += p.unbiased() ? 1 : 0;
        }
        assertThat(other).isEqualTo(SEEDS);
        assertThat(unbiased).as("both divisors are asked for").isBetween(SEEDS / 3, 2 * SEEDS / 3);
    }

    @Test
    void standardDeviationAgreesWithCommonsMathAndTheVarianceGetsTheRootHint() {
        StatisticsExercises.StandardDeviation kind = new StatisticsExercises.StandardDeviation();
        int root = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            StatisticsExercises.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double[] x = asDoubles(p.values());
            double sd = new StandardDeviation(false).evaluate(x);
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(sd, within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (EN.get("exercise.sd.hint.root").equals(ExerciseAssertions.hintForSlip(e, sd * sd))) {
                root++;
            }
            ExerciseAssertions.hintForSlip(e, new StandardDeviation(true).evaluate(x));
        }
        // σ = σ² only when σ is 0 or 1
        assertThat(root).isGreaterThan(SEEDS * 9 / 10);
    }

    @Test
    void theStandardDeviationTypedAsARootOrToFourFiguresCounts() {
        StatisticsExercises.StandardDeviation kind = new StatisticsExercises.StandardDeviation();
        Exercise e = kind.create(7, EN);
        double variance = new Variance(false).evaluate(asDoubles(kind.problem(7).values()));
        assertThat(org.kobai.lesson.exercise.AnswerChecker.check(e, "sqrt(" + variance + ")"))
                .isInstanceOf(org.kobai.lesson.exercise.Verdict.Correct.class);
        assertThat(org.kobai.lesson.exercise.AnswerChecker.check(e, String.format(Locale.ROOT, "%.4g", Math.sqrt(variance))))
                .isInstanceOf(org.kobai.lesson.exercise.Verdict.Correct.class);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(StatisticsExercises.ALL, EN, JA, 40);
    }
}
