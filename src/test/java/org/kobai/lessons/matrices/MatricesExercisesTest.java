package org.kobai.lessons.matrices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kobai.lesson.exercise.ExerciseAssertions.assertAnswer;
import static org.kobai.lesson.exercise.ExerciseAssertions.typed;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.linalg.LinearMap2;

/**
 * For many seeds each stored answer equals commons-math's product, determinant or image of the drawn
 * matrices, exact forms are accepted, near misses are not, and the likely slips get their own hints.
 */
class MatricesExercisesTest {
    private static final int SEEDS = 300;
    /** Small whole entries: every result is a whole number, up to LU's rounding. */
    private static final double EXACT = 1e-9;
    private static final Messages EN = new MatricesLesson().text(Locale.ENGLISH);
    private static final Messages JA = new MatricesLesson().text(Locale.JAPANESE);

    private static RealMatrix oracle(LinearMap2 m) {
        return new Array2DRowRealMatrix(new double[][] {{m.a11(), m.a12()}, {m.a21(), m.a22()}});
    }

    private static void assertHint(Exercise e, String key, double... slip) {
        assertThat(AnswerChecker.check(e, typed(slip))).as("%s typed %s", e.prompt(), typed(slip))
                .isEqualTo(new Verdict.Wrong(EN.get(key), true));
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new MatricesLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("product", "determinant", "image");
    }

    @Test
    void productsAreRowTimesColumnAndTheReversedOrderIsRecognised() {
        MatricesExercises.Product kind = new MatricesExercises.Product();
        for (long seed = 0; seed < SEEDS; seed++) {
            MatricesExercises.Pair p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            RealMatrix ab = oracle(p.a()).multiply(oracle(p.b()));
            RealMatrix ba = oracle(p.b()).multiply(oracle(p.a()));
            assertAnswer(e, EXACT, ab.getEntry(0, 0), ab.getEntry(0, 1), ab.getEntry(1, 0), ab.getEntry(1, 1));
            assertThat(ab.subtract(ba).getNorm()).as("AB ≠ BA, so the order is tested").isPositive();
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertHint(e, "exercise.product.hint.order", ba.getEntry(0, 0), ba.getEntry(0, 1), ba.getEntry(1, 0),
                    ba.getEntry(1, 1));
        }
    }

    @Test
    void articleProductOfOneTwoThreeFourAndFiveSixSevenEight() {
        // Article 000: (1 2; 3 4)(5 6; 7 8) = (19 22; 43 50).
        LinearMap2 ab = new LinearMap2(1, 2, 3, 4).times(new LinearMap2(5, 6, 7, 8));
        assertThat(new double[] {ab.a11(), ab.a12(), ab.a21(), ab.a22()}).containsExactly(19, 22, 43, 50);
    }

    @Test
    void determinantsAreAdMinusBcAndTheAddedDiagonalsAreRecognised() {
        MatricesExercises.Determinant kind = new MatricesExercises.Determinant();
        int added = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            LinearMap2 a = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            assertAnswer(e, EXACT, new LUDecomposition(oracle(a)).getDeterminant());
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double plus = a.a11() * a.a22() + a.a12() * a.a21();
            if (!e.answer().matches(new double[] {plus})) {
                assertHint(e, "exercise.determinant.hint.sign", plus);
                added++;
            }
        }
        assertThat(added).isGreaterThan(SEEDS / 2);
    }

    @Test
    void imagesAreRowsTimesXAndTheTransposeIsRecognised() {
        MatricesExercises.Image kind = new MatricesExercises.Image();
        int columns = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            MatricesExercises.Image.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double[] x = {p.x1(), p.x2()};
            double[] y = oracle(p.a()).operate(x);
            assertAnswer(e, EXACT, y);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double[] transposed = oracle(p.a()).transpose().operate(x);
            if (!e.answer().matches(transposed)) {
                assertHint(e, "exercise.image.hint.columns", transposed);
                columns++;
            }
        }
        assertThat(columns).isGreaterThan(SEEDS / 2);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(MatricesExercises.ALL, EN, JA, 40);
    }
}
