package org.kobai.lessons.normal;

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
 * For many seeds, the answers agree with commons-math3's normal distribution (an independent
 * implementation), an answer worked from a four-decimal z-table is accepted, a different probability is
 * not, and the slips (dividing by σ², one tail for two, Φ(z_b) alone) get their hints.
 */
class NormalExercisesTest {
    private static final int SEEDS = 300;
    /** commons-math3's Φ against ours (erf by Cody's approximations): both good to about 1e-15. */
    private static final double AGREEMENT = 1e-12;
    private static final org.apache.commons.math3.distribution.NormalDistribution PHI =
            new org.apache.commons.math3.distribution.NormalDistribution(0, 1);
    private static final Messages EN = new NormalLesson().text(Locale.ENGLISH);
    private static final Messages JA = new NormalLesson().text(Locale.JAPANESE);

    /** Φ(z) as a four-decimal z-table prints it. */
    private static double table(double z) {
        return Math.round(PHI.cumulativeProbability(z) * 10_000) / 10_000.0;
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new NormalLesson().exercises()).extracting(ExerciseKind::id).containsExactly("zscore", "between", "beyond");
    }

    @Test
    void zScoreIsTheDistanceInStandardDeviationsAndDividingByTheVarianceIsRecognised() {
        NormalExercises.ZScore kind = new NormalExercises.ZScore();
        int variance = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            NormalExercises.ZProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            int mu = p.normal().mu(), sigma = p.normal().sigma();
            double z = (p.x() - mu) / sigma;
            assertThat(z).isNotZero();
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(z, within(AGREEMENT));
            assertThat(e.prompt()).contains("N(" + mu + ", " + sigma + "^2)");
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (EN.get("exercise.zscore.hint.variance").equals(ExerciseAssertions.hintForSlip(e, (p.x() - mu) / (sigma * sigma)))) {
                variance++;
            }
            ExerciseAssertions.hintForSlip(e, -z);
        }
        assertThat(variance).isGreaterThan(SEEDS * 9 / 10);
    }

    @Test
    void betweenAgreesWithCommonsMathAndTheTableWorkIsAccepted() {
        NormalExercises.Between kind = new NormalExercises.Between();
        int upper = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            NormalExercises.BetweenProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            org.apache.commons.math3.distribution.NormalDistribution x =
                    new org.apache.commons.math3.distribution.NormalDistribution(p.normal().mu(), p.normal().sigma());
            double expected = x.probability(p.a(), p.b());
            assertThat(p.za()).isLessThan(p.zb());
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(expected, within(AGREEMENT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // worked on paper from a four-decimal table
            String fromTable = String.format(Locale.ROOT, "%.4f - %.4f", table(p.zb()), table(p.za()));
            assertThat(AnswerChecker.check(e, fromTable)).as(fromTable).isInstanceOf(Verdict.Correct.class);
            // a probability 0.01 away is another answer
            double off = expected > 0.5 ? expected - 0.01 : expected + 0.01;
            assertThat(AnswerChecker.check(e, Double.toString(off))).isInstanceOf(Verdict.Wrong.class);
            if (EN.get("exercise.between.hint.upper").equals(ExerciseAssertions.hintForSlip(e, PHI.cumulativeProbability(p.zb())))) {
                upper++;
            }
        }
        assertThat(upper).isGreaterThan(SEEDS * 3 / 4);
    }

    @Test
    void beyondIsOneOrTwoTailsAndTheOtherCountGetsItsHint() {
        NormalExercises.Beyond kind = new NormalExercises.Beyond();
        int sides = 0, rule = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            NormalExercises.BeyondProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double tail = 1 - PHI.cumulativeProbability(p.k());
            double expected = p.twoSided() ? 2 * tail : tail;
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(expected, within(AGREEMENT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double fromTable = (p.twoSided() ? 2 : 1) * (1 - table(p.k()));
            assertThat(AnswerChecker.check(e, String.format(Locale.ROOT, "%.4f", fromTable))).isInstanceOf(Verdict.Correct.class);
            String hint = ExerciseAssertions.hintForSlip(e, p.twoSided() ? tail : 2 * tail);
            if (EN.get(p.twoSided() ? "exercise.beyond.hint.oneSide" : "exercise.beyond.hint.bothSides").equals(hint)) {
                sides++;
            }
            if (p.k() == 2) {
                // the 68–95–99.7 rule's 5% for two sides, 2.5% for one
                rule += EN.get("exercise.beyond.hint.rule").equals(ExerciseAssertions.hintForSlip(e, p.twoSided() ? 0.05 : 0.025)) ? 1 : 0;
            }
        }
        assertThat(sides).isEqualTo(SEEDS);
        assertThat(rule).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(NormalExercises.ALL, EN, JA, 40);
    }
}
