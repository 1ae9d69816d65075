package org.kobai.lessons.derivative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;
import org.kobai.ui.Formulas;
import org.kobai.ui.RichText;

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
            assertAcceptsExactFormsAndRejectsNearMisses(e);
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
            assertAcceptsExactFormsAndRejectsNearMisses(e);
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
            assertAcceptsExactFormsAndRejectsNearMisses(e);
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

    private static void assertAcceptsExactFormsAndRejectsNearMisses(Exercise e) {
        double[] v = e.answer().values();
        StringBuilder exact = new StringBuilder();
        StringBuilder asFractions = new StringBuilder();
        StringBuilder offByOne = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            String sep = i == 0 ? "" : ", ";
            exact.append(sep).append(NumberText.plain(v[i]));
            asFractions.append(sep).append(NumberText.plain(3 * v[i])).append("/3");
            offByOne.append(sep).append(NumberText.plain(v[i] + (i == v.length - 1 ? 1 : 0)));
        }
        assertThat(AnswerChecker.check(e, exact.toString())).as("%s", exact).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, asFractions.toString())).as("%s", asFractions).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, offByOne.toString())).as("%s", offByOne).isInstanceOf(Verdict.Wrong.class);
        for (Exercise.Mistake m : e.mistakes()) {
            assertThat(e.answer().matches(m.value().values())).as("a listed mistake is never the answer").isFalse();
        }
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        for (ExerciseKind kind : DerivativeExercises.ALL) {
            for (long seed = 0; seed < 40; seed++) {
                Exercise en = kind.create(seed, EN);
                Exercise ja = kind.create(seed, JA);
                assertThat(kind.create(seed, EN)).isEqualTo(en);
                assertThat(ja.answer()).isEqualTo(en.answer());
                assertThat(ja.prompt()).isNotEqualTo(en.prompt());
                for (Exercise x : List.of(en, ja)) {
                    for (String text : List.of(x.prompt(), x.solution(), x.hint())) {
                        assertThat(text).doesNotContain("{0}").doesNotContain("{1}");
                        for (List<RichText.Piece> paragraph : RichText.parse(text)) {
                            for (RichText.Piece piece : paragraph) {
                                if (piece.kind() != RichText.Kind.TEXT) {
                                    Formulas.requireValid(piece.text());
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
