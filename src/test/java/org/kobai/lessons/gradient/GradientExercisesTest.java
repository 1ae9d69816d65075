package org.kobai.lessons.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kobai.lesson.exercise.ExerciseAssertions.assertAnswer;
import static org.kobai.lesson.exercise.ExerciseAssertions.typed;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;

/**
 * For many seeds each stored answer equals the one worked out by hand from the drawn coefficients (and, for
 * the gradient, a central difference of f), exact forms are accepted, near misses are not, and the likely
 * slips get their own hints.
 */
class GradientExercisesTest {
    private static final int SEEDS = 300;
    /** Hand formulas on small integers are exact up to rounding. */
    private static final double EXACT = 1e-9;
    /** A central difference with h = 1e-5 on a quadratic: its error is rounding only, about 1e-10 · |f| / h. */
    private static final double DIFFERENCE = 1e-6;
    private static final Messages EN = new GradientLesson().text(Locale.ENGLISH);
    private static final Messages JA = new GradientLesson().text(Locale.JAPANESE);

    /** Typing {@code slip} gets the hint of {@code key}, unless the slip happens to be the answer. */
    private static boolean recognised(Exercise e, String key, String typed, double... slip) {
        if (e.answer().matches(slip)) {
            return false;
        }
        Verdict v = AnswerChecker.check(e, typed);
        assertThat(v).as("%s typed %s", e.prompt(), typed).isInstanceOf(Verdict.Wrong.class);
        Verdict.Wrong wrong = (Verdict.Wrong) v;
        assertThat(wrong.recognised()).as("%s typed %s", e.prompt(), typed).isTrue();
        return wrong.hint().equals(EN.get(key));
    }

    @Test
    void theLessonOffersFourKinds() {
        assertThat(new GradientLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("gradient", "directional", "divcurl", "descent");
    }

    @Test
    void gradientAnswersAreThePartialDerivativesAtThePoint() {
        GradientExercises.GradientAt kind = new GradientExercises.GradientAt();
        int order = 0;
        int mixed = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            GradientExercises.Quadratic p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // ∂/∂x1 (a x1² + b x1 x2 + e x2² + p x1 + q x2) = 2a x1 + b x2 + p; ∂/∂x2 = b x1 + 2e x2 + q.
            double g1 = 2 * p.a() * p.c() + p.b() * p.d() + p.p();
            double g2 = p.b() * p.c() + 2 * p.e() * p.d() + p.q();
            assertAnswer(e, EXACT, g1, g2);
            double h = 1e-5;
            double d1 = (value(p, p.c() + h, p.d()) - value(p, p.c() - h, p.d())) / (2 * h);
            double d2 = (value(p, p.c(), p.d() + h) - value(p, p.c(), p.d() - h)) / (2 * h);
            assertThat(g1).isCloseTo(d1, within(DIFFERENCE * (1 + Math.abs(g1))));
            assertThat(g2).isCloseTo(d2, within(DIFFERENCE * (1 + Math.abs(g2))));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            order += recognised(e, "exercise.gradient.hint.order", typed(g2, g1), g2, g1) ? 1 : 0;
            mixed += recognised(e, "exercise.gradient.hint.mixed", typed(g1 - p.b() * p.d(), g2 - p.b() * p.c()),
                    g1 - p.b() * p.d(), g2 - p.b() * p.c()) ? 1 : 0;
        }
        assertThat(order).isGreaterThan(SEEDS / 2);
        assertThat(mixed).isGreaterThan(SEEDS / 2);
    }

    private static double value(GradientExercises.Quadratic p, double x1, double x2) {
        return p.f().valueAt(Map.of("x1", x1, "x2", x2));
    }

    @Test
    void directionalAnswersAreTheGradientDottedWithTheUnitDirection() {
        GradientExercises.Directional kind = new GradientExercises.Directional();
        int unit = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            GradientExercises.Directional.Problem pr = kind.problem(seed);
            GradientExercises.Quadratic p = pr.f();
            Exercise e = kind.create(seed, EN);
            assertThat(pr.m() * pr.m() + pr.n() * pr.n()).isEqualTo(25);
            double g1 = 2 * p.a() * p.c() + p.b() * p.d() + p.p();
            double g2 = p.b() * p.c() + 2 * p.e() * p.d() + p.q();
            assertThat(g1 != 0 || g2 != 0).as("no flat point: every direction would give 0").isTrue();
            assertAnswer(e, EXACT, (g1 * pr.m() + g2 * pr.n()) / 5); // ∇f·(v / |v|) with |v| = 5
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double notUnit = g1 * pr.m() + g2 * pr.n();
            unit += recognised(e, "exercise.directional.hint.unit", typed(notUnit), notUnit) ? 1 : 0;
        }
        assertThat(unit).isGreaterThan(SEEDS / 2);
    }

    @Test
    void divergenceAndCurlOfALinearFieldComeFromItsCoefficients() {
        GradientExercises.DivergenceCurl kind = new GradientExercises.DivergenceCurl();
        int sign = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            GradientExercises.DivergenceCurl.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // F = (a x1 + b x2, c x1 + d x2): ∇·F = a + d, ∇×F = ∂F2/∂x1 − ∂F1/∂x2 = c − b (errata 001-5).
            assertAnswer(e, EXACT, p.a() + p.d(), p.c() - p.b());
            assertThat(p.c() - p.b()).as("the curl is never 0, so its sign matters").isNotZero();
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            sign += recognised(e, "exercise.divcurl.hint.sign", typed(p.a() + p.d(), p.b() - p.c()),
                    p.a() + p.d(), p.b() - p.c()) ? 1 : 0;
        }
        assertThat(sign).isEqualTo(SEEDS);
    }

    @Test
    void aDescentStepSubtractsTheLearningRateTimesTheGradient() {
        GradientExercises.DescentStep kind = new GradientExercises.DescentStep();
        int uphill = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            GradientExercises.DescentStep.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double eta = p.learningRate();
            // f = a x1² + e x2²: ∇f = (2a x1, 2e x2), so x ← x − η∇f = ((1 − 2aη) c, (1 − 2eη) d).
            assertAnswer(e, EXACT, (1 - 2 * p.a() * eta) * p.c(), (1 - 2 * p.e() * eta) * p.d());
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double up1 = (1 + 2 * p.a() * eta) * p.c();
            double up2 = (1 + 2 * p.e() * eta) * p.d();
            uphill += recognised(e, "exercise.descent.hint.sign", typed(up1, up2), up1, up2) ? 1 : 0;
        }
        assertThat(uphill).isEqualTo(SEEDS);
    }

    @Test
    void articleExampleGradientAtOneTwoIsSixMinusTwo() {
        // Article 001: f = x1² + 2x1x2 − x2² has ∇f(1, 2) = (6, −2); the drawn family includes it (a=1, b=2, e=−1).
        GradientExercises.Quadratic p = new GradientExercises.Quadratic(1, 2, -1, 0, 0, 1, 2);
        assertThat(p.gradient()).containsExactly(6, -2);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(GradientExercises.ALL, EN, JA, 40);
    }
}
