package org.kobai.lessons.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;

/**
 * For many seeds, P(A∩B) and P(B|A) agree with counting the 36 outcomes by hand (and are accepted as the
 * exact fraction or its decimal), the posterior agrees with natural frequencies out of 10,000, and the
 * classic slips (P(A|B) for P(B|A), the likelihood for the posterior, the forgotten prior) get their hints.
 */
class BayesExercisesTest {
    private static final int SEEDS = 300;
    /** Quotients of small counts: rounding only. */
    private static final double ROUNDING = 1e-12;
    private static final Messages EN = new BayesLesson().text(Locale.ENGLISH);
    private static final Messages JA = new BayesLesson().text(Locale.JAPANESE);

    /** Outcomes (first, second) of two dice for which the test holds, counted one by one. */
    private static int count(BiPredicate<Integer, Integer> test) {
        int n = 0;
        for (int first = 1; first <= 6; first++) {
            for (int second = 1; second <= 6; second++) {
                n += test.test(first, second) ? 1 : 0;
            }
        }
        return n;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new BayesLesson().exercises()).extracting(ExerciseKind::id).containsExactly("joint", "conditional", "posterior");
    }

    @Test
    void everyEventIsWordedInBothLanguages() {
        for (BayesExercises.Kind k : BayesExercises.Kind.values()) {
            assertThat(EN.has(k.key())).as(k.key()).isTrue();
            assertThat(JA.has(k.key())).as(k.key()).isTrue();
        }
        // the article's events: P(A∩B) = 1/6
        BayesExercises.Condition a = new BayesExercises.Condition(BayesExercises.Kind.FIRST_MULTIPLE_OF_THREE, 0);
        BayesExercises.Condition b = new BayesExercises.Condition(BayesExercises.Kind.SECOND_ODD, 0);
        assertThat(a.event().and(b.event()).probability().toString()).isEqualTo("1/6");
    }

    @Test
    void jointIsTheCountOfSharedOutcomesOver36() {
        BayesExercises.Joint kind = new BayesExercises.Joint();
        int product = 0, dependent = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            BayesExercises.DicePair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            BiPredicate<Integer, Integer> a = p.a().test(), b = p.b().test();
            int both = count(a.and(b));
            assertThat(both).isPositive();
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(both / 36.0, within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            int g = gcd(both, 36);
            assertThat(AnswerChecker.check(e, (both / g) + "/" + (36 / g))).isInstanceOf(Verdict.Correct.class);
            assertThat(AnswerChecker.check(e, both + "/36")).isInstanceOf(Verdict.Correct.class);
            double pa = count(a) / 36.0, pb = count(b) / 36.0;
            if (count(a) * count(b) != 36 * both) {
                dependent++;
                if (EN.get("exercise.joint.hint.product").equals(ExerciseAssertions.hintForSlip(e, pa * pb))) {
                    product++;
                }
            }
            ExerciseAssertions.hintForSlip(e, pa + pb);
        }
        assertThat(product).isEqualTo(dependent).isGreaterThan(SEEDS / 3);
    }

    @Test
    void conditionalIsSharedOutcomesOverTheOutcomesOfA() {
        BayesExercises.Conditional kind = new BayesExercises.Conditional();
        int swapped = 0, asymmetric = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            BayesExercises.DicePair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            int a = count(p.a().test()), b = count(p.b().test()), both = count(p.a().test().and(p.b().test()));
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo((double) both / a, within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertThat(AnswerChecker.check(e, both + "/" + a)).isInstanceOf(Verdict.Correct.class);
            if (a != b) {
                asymmetric++;
                // P(A|B) = |A∩B|/|B|
                if (EN.get("exercise.conditional.hint.swapped").equals(ExerciseAssertions.hintForSlip(e, (double) both / b))) {
                    swapped++;
                }
            }
        }
        assertThat(swapped).isEqualTo(asymmetric).isGreaterThan(SEEDS / 2);
    }

    @Test
    void posteriorAgreesWithNaturalFrequenciesAndTheLikelihoodGetsItsHint() {
        BayesExercises.Posterior kind = new BayesExercises.Posterior();
        int likelihood = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            BayesExercises.BayesProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // out of 10,000: 100·prior% are A; of those likelihood% show B; of the rest falseAlarm% show B
            double a = 100.0 * p.priorPercent();
            double aAndB = a * p.likelihoodPercent() / 100;
            double notAAndB = (10_000 - a) * p.falseAlarmPercent() / 100;
            double expected = aAndB / (aAndB + notAAndB);
            assertThat(e.answer().values()[0]).as("seed %d: %s", seed, p).isCloseTo(expected, within(ROUNDING));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // three significant figures, as a student rounds, count
            String rounded = String.format(Locale.ROOT, "%.3g", expected);
            assertThat(AnswerChecker.check(e, rounded)).as(rounded).isInstanceOf(Verdict.Correct.class);
            assertThat(e.prompt()).contains(p.priorPercent() + "%", p.likelihoodPercent() + "%", p.falseAlarmPercent() + "%");
            if (EN.get("exercise.posterior.hint.likelihood").equals(ExerciseAssertions.hintForSlip(e, p.likelihoodPercent() / 100.0))) {
                likelihood++;
            }
            // without the prior: P(B|A) / (P(B|A) + P(B|¬A))
            ExerciseAssertions.hintForSlip(e, (double) p.likelihoodPercent() / (p.likelihoodPercent() + p.falseAlarmPercent()));
        }
        assertThat(likelihood).isGreaterThan(SEEDS * 9 / 10);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(BayesExercises.ALL, EN, JA, 40);
    }
}
