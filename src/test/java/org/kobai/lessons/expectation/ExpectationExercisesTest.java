package org.kobai.lessons.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;

/**
 * For many seeds, E[X] and Var(X) agree with commons-math3's EnumeratedRealDistribution (an independent
 * implementation) and with exact sums in tenths, the missing probability is what the others leave of 1,
 * and the slips (the plain average, E[X²] for the variance, the sum of the others) get their hints.
 */
class ExpectationExercisesTest {
    private static final int SEEDS = 300;
    /** Sums of a few products of small integers and tenths: rounding only. */
    private static final double ROUNDING = 1e-12;
    private static final Messages EN = new ExpectationLesson().text(Locale.ENGLISH);
    private static final Messages JA = new ExpectationLesson().text(Locale.JAPANESE);

    private static EnumeratedRealDistribution oracle(ExpectationExercises.Table t) {
        double[] p = Arrays.stream(t.tenths()).mapToDouble(k -> k / 10.0).toArray();
        return new EnumeratedRealDistribution(Arrays.stream(t.values()).asDoubleStream().toArray(), p);
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new ExpectationLesson().exercises()).extracting(ExerciseKind::id).containsExactly("mean", "variance", "missing");
    }

    @Test
    void tablesAreDistributionsInTenths() {
        for (long seed = 0; seed < SEEDS; seed++) {
            ExpectationExercises.Table t = ExpectationExercises.table(new Random(seed), seed % 2 == 0);
            assertThat(t.size()).isBetween(3, 4);
            assertThat(Arrays.stream(t.tenths()).sum()).isEqualTo(10);
            assertThat(java.util.Arrays.stream(t.tenths()).min().orElseThrow()).isPositive();
        }
    }

    @Test
    void expectedValueAgreesWithCommonsMathAndTheExactSum() {
        ExpectationExercises.Mean kind = new ExpectationExercises.Mean();
        int plain = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ExpectationExercises.Table t = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            int tenths = 0;
            for (int i = 0; i < t.size(); i++) {
                tenths += t.values()[i] * t.tenths()[i];
            }
            double expected = tenths / 10.0;
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(expected, within(ROUNDING));
            assertThat(oracle(t).getNumericalMean()).isCloseTo(expected, within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertThat(AnswerChecker.check(e, tenths + "/10")).isInstanceOf(Verdict.Correct.class);
            double average = Arrays.stream(t.values()).average().orElseThrow();
            if (EN.get("exercise.mean.hint.plain").equals(ExerciseAssertions.hintForSlip(e, average))) {
                plain++;
            }
        }
        // the plain average is right only when the probabilities balance about it
        assertThat(plain).isGreaterThan(SEEDS * 2 / 3);
    }

    @Test
    void varianceAgreesWithCommonsMathAndEOfXSquaredGetsTheSubtractHint() {
        ExpectationExercises.Variance kind = new ExpectationExercises.Variance();
        int subtract = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ExpectationExercises.Table t = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            EnumeratedRealDistribution d = oracle(t);
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(d.getNumericalVariance(), within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double meanOfSquares = d.getNumericalVariance() + d.getNumericalMean() * d.getNumericalMean();
            if (EN.get("exercise.variance.hint.subtract").equals(ExerciseAssertions.hintForSlip(e, meanOfSquares))) {
                subtract++;
            }
            ExerciseAssertions.hintForSlip(e, Math.sqrt(d.getNumericalVariance()));
        }
        // E[X²] = Var(X) only when E[X] = 0
        assertThat(subtract).isGreaterThan(SEEDS * 3 / 4);
    }

    @Test
    void missingProbabilityIsWhatTheOthersLeaveOfOne() {
        ExpectationExercises.Missing kind = new ExpectationExercises.Missing();
        int rest = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ExpectationExercises.Table t = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            assertThat(t.hidden()).isBetween(0, t.size() - 1);
            double p = t.tenths()[t.hidden()] / 10.0;
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(p, within(ROUNDING));
            assertThat(e.prompt()).contains(" & p");
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertThat(AnswerChecker.check(e, t.tenths()[t.hidden()] + "/10")).isInstanceOf(Verdict.Correct.class);
            if (EN.get("exercise.missing.hint.rest").equals(ExerciseAssertions.hintForSlip(e, 1 - p))) {
                rest++;
            }
        }
        // 1 − p = p only when p = 0.5
        assertThat(rest).isGreaterThan(SEEDS * 3 / 4);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(ExpectationExercises.ALL, EN, JA, 40);
    }
}
