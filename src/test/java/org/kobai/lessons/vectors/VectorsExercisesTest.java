package org.kobai.lessons.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.apache.commons.math3.geometry.euclidean.twod.Vector2D;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;

/**
 * For many seeds each stored answer equals the one commons-math computes from the drawn vectors, exact
 * forms (fractions) are accepted, near misses are not, and the likely slips get their own hints.
 */
class VectorsExercisesTest {
    private static final int SEEDS = 300;
    /** Sums and products of small integers, and their roots and arccosines: good to rounding. */
    private static final double EXACT = 1e-9;
    private static final Messages EN = new VectorsLesson().text(Locale.ENGLISH);
    private static final Messages JA = new VectorsLesson().text(Locale.JAPANESE);

    private static Vector2D alpha(VectorsExercises.Pair p) { return new Vector2D(p.a1(), p.a2()); }
    private static Vector2D beta(VectorsExercises.Pair p) { return new Vector2D(p.b1(), p.b2()); }

    private static double answer(Exercise e) {
        assertThat(e.answer().size()).isOne();
        return e.answer().values()[0];
    }

    /** Typing {@code slip} gets the hint of {@code key}; false when the slip happens to be the answer. */
    private static boolean recognised(Exercise e, String key, double slip) {
        if (e.answer().matches(new double[] {slip})) {
            return false;
        }
        Verdict v = AnswerChecker.check(e, NumberText.plain(slip));
        assertThat(v).as("%s typed %s", e.prompt(), slip).isEqualTo(new Verdict.Wrong(EN.get(key), true));
        return true;
    }

    @Test
    void theLessonOffersFourKinds() {
        assertThat(new VectorsLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("dot", "length", "cosine", "angle");
    }

    @Test
    void innerProductsAreSumsOfProductsAndCrossedPairsAreRecognised() {
        VectorsExercises.Dot kind = new VectorsExercises.Dot();
        int crossed = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            VectorsExercises.Pair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            assertThat(alpha(p).getNorm()).isPositive();
            assertThat(beta(p).getNorm()).isPositive();
            assertThat(answer(e)).isCloseTo(alpha(p).dotProduct(beta(p)), within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            crossed += recognised(e, "exercise.dot.hint.cross", p.a1() * p.b2() + p.a2() * p.b1()) ? 1 : 0;
        }
        assertThat(crossed).isGreaterThan(SEEDS / 2);
    }

    @Test
    void lengthsAreWholeNumbersAndTheMissingRootIsRecognised() {
        VectorsExercises.Length kind = new VectorsExercises.Length();
        for (long seed = 0; seed < SEEDS; seed++) {
            int[] v = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            Vector3D oracle = new Vector3D(v[0], v[1], v[2]);
            assertThat(answer(e)).isCloseTo(oracle.getNorm(), within(EXACT));
            assertThat(answer(e)).as("a whole number, so it fits on paper").isCloseTo(Math.rint(answer(e)), within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertThat(recognised(e, "exercise.length.hint.root", oracle.getNormSq())).isTrue();
        }
    }

    @Test
    void cosineSimilaritiesAreExactFractionsAndTypedFractionsCount() {
        VectorsExercises.Cosine kind = new VectorsExercises.Cosine();
        int divided = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            VectorsExercises.Pair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double dot = alpha(p).dotProduct(beta(p));
            double na = alpha(p).getNorm();
            double nb = beta(p).getNorm();
            assertThat(na).isEqualTo(5);
            assertThat(nb).isIn(5.0, 10.0, 13.0);
            assertThat(answer(e)).isCloseTo(dot / (na * nb), within(EXACT));
            // The exact fraction a student writes, e.g. 33/65, counts.
            String fraction = Math.round(dot) + "/" + Math.round(na * nb);
            assertThat(AnswerChecker.check(e, fraction)).as(fraction).isInstanceOf(Verdict.Correct.class);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            divided += recognised(e, "exercise.cosine.hint.divide", dot) ? 1 : 0;
            // the worked solution ends on the fraction in lowest terms (commons-math reduces it here)
            org.apache.commons.math3.fraction.Fraction lowest =
                    new org.apache.commons.math3.fraction.Fraction((int) Math.round(dot), (int) Math.round(na * nb));
            String ending = lowest.getDenominator() == 1 ? "= " + lowest.getNumerator() + "$"
                    : "\\frac{" + Math.abs(lowest.getNumerator()) + "}{" + lowest.getDenominator() + "}";
            assertThat(e.solution()).as("seed %d", seed).contains(ending);
        }
        assertThat(divided).isGreaterThan(SEEDS / 2);
    }

    @Test
    void anglesAreMultiplesOfFortyFiveDegreesAndRadiansAreRecognised() {
        VectorsExercises.Angle kind = new VectorsExercises.Angle();
        for (long seed = 0; seed < SEEDS; seed++) {
            VectorsExercises.Pair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double degrees = Math.toDegrees(Vector2D.angle(alpha(p), beta(p)));
            assertThat(answer(e)).isCloseTo(degrees, within(EXACT));
            assertThat(degrees % 45).as("seed %d", seed).isCloseTo(0, within(1e-6));
            assertThat(degrees).isPositive();
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertThat(recognised(e, "exercise.angle.hint.radians", Math.toRadians(degrees))).isTrue();
            if (degrees != 90) {
                assertThat(recognised(e, "exercise.angle.hint.supplement", 180 - degrees)).isTrue();
            }
            // cos θ exactly: √2/2 rather than 0.707107
            String cosine = switch ((int) Math.round(degrees)) {
                case 45 -> "= \\frac{\\sqrt{2}}{2}$";
                case 90 -> "= 0$";
                case 135 -> "= -\\frac{\\sqrt{2}}{2}$";
                default -> "= -1$";
            };
            assertThat(e.solution()).as("seed %d", seed).contains(cosine).doesNotContain("0.707");
        }
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(VectorsExercises.ALL, EN, JA, 40);
    }
}
