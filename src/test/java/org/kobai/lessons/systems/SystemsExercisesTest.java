package org.kobai.lessons.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kobai.lesson.exercise.ExerciseAssertions.assertAnswer;
import static org.kobai.lesson.exercise.ExerciseAssertions.typed;

import java.util.Locale;
import org.apache.commons.math3.fraction.Fraction;
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
import org.kobai.math.linalg.RationalMatrix;

/**
 * For many seeds each stored answer equals commons-math's inverse or solution (LU) or the row operation
 * worked with commons-math fractions, exact fractions typed as a student writes them are accepted, near
 * misses are not, and the likely slips get their own hints.
 */
class SystemsExercisesTest {
    private static final int SEEDS = 300;
    /** LU on small whole entries is good to rounding. */
    private static final double LU = 1e-9;
    private static final Messages EN = new SystemsLesson().text(Locale.ENGLISH);
    private static final Messages JA = new SystemsLesson().text(Locale.JAPANESE);

    private static RealMatrix oracle(RationalMatrix m) {
        return new Array2DRowRealMatrix(m.toDoubles());
    }

    private static void assertHint(Exercise e, String key, double... slip) {
        assertThat(AnswerChecker.check(e, typed(slip))).as("%s typed %s", e.prompt(), typed(slip))
                .isEqualTo(new Verdict.Wrong(EN.get(key), true));
    }

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new SystemsLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("inverse", "solve", "sweep");
    }

    @Test
    void inversesAgreeWithLuAndExactFractionsCount() {
        SystemsExercises.Inverse kind = new SystemsExercises.Inverse();
        for (long seed = 0; seed < SEEDS; seed++) {
            RationalMatrix a = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            RealMatrix inverse = new LUDecomposition(oracle(a)).getSolver().getInverse();
            double[] expected = {inverse.getEntry(0, 0), inverse.getEntry(0, 1), inverse.getEntry(1, 0), inverse.getEntry(1, 1)};
            assertAnswer(e, LU, expected);
            // The fractions a student writes, e.g. "3/17, -5/17, 1/17, 4/17", with a true minus too.
            StringBuilder fractions = new StringBuilder();
            for (double v : expected) {
                fractions.append(fractions.length() == 0 ? "" : ", ").append(new Fraction(v, 1e-12, 100).toString()
                        .replace(" ", "").replace('-', '\u2212'));
            }
            assertThat(AnswerChecker.check(e, fractions.toString())).as(fractions.toString()).isInstanceOf(Verdict.Correct.class);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // Forgetting the factor 1/(ad − bc): the matrix (d −b; −c a) itself.
            double det = a.determinant().toDouble();
            double[] adjugate = {det * expected[0], det * expected[1], det * expected[2], det * expected[3]};
            if (!e.answer().matches(adjugate)) {
                assertHint(e, "exercise.inverse.hint.scale", adjugate);
            }
        }
    }

    @Test
    void articleInverseOfFourFiveMinusOneThree() {
        // Article 000: A = (4 5; −1 3), det A = 17, A⁻¹ = (1/17)(3 −5; 1 4).
        RationalMatrix inverse = RationalMatrix.parse("4,5; -1,3").inverse();
        assertThat(inverse).isEqualTo(RationalMatrix.parse("3/17,-5/17; 1/17,4/17"));
    }

    @Test
    void solutionsAreTheWholeNumbersTheSystemWasMadeFromAndSolveItAgain() {
        SystemsExercises.Solve kind = new SystemsExercises.Solve();
        for (long seed = 0; seed < SEEDS; seed++) {
            SystemsExercises.Solve.Problem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            RealMatrix system = oracle(p.augmented());
            RealMatrix a = system.getSubMatrix(0, 1, 0, 1);
            double[] b = system.getColumn(2);
            double[] x = new LUDecomposition(a).getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(b)).toArray();
            assertAnswer(e, LU, x);
            assertThat(x[0]).isCloseTo(p.x(), within(LU));
            assertThat(x[1]).isCloseTo(p.y(), within(LU));
            assertThat(e.prompt()).contains(SystemsExercises.Solve.equation(p.augmented(), 0));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            assertHint(e, "exercise.solve.hint.order", x[1], x[0]);
        }
    }

    @Test
    void equationsAreWrittenAsOnPaper() {
        RationalMatrix article = RationalMatrix.parse("4,5,14; -1,3,5");
        assertThat(SystemsExercises.Solve.equation(article, 0)).isEqualTo("4x + 5y = 14");
        assertThat(SystemsExercises.Solve.equation(article, 1)).isEqualTo("-x + 3y = 5");
        RationalMatrix odd = RationalMatrix.parse("0,-1,-3; 2,0,4");
        assertThat(SystemsExercises.Solve.equation(odd, 0)).isEqualTo("-y = -3");
        assertThat(SystemsExercises.Solve.equation(odd, 1)).isEqualTo("2x = 4");
    }

    @Test
    void theFactorIsShownAsTypedAndInLowestTermsWhenItSimplifies() {
        assertThat(SystemsExercises.ratio(RationalMatrix.parse("2,1,0; 1,3,0"))).isEqualTo("\\frac{1}{2}");
        assertThat(SystemsExercises.ratio(RationalMatrix.parse("-4,2,-1; 1,3,1")))
                .isEqualTo("\\frac{1}{-4} = -\\frac{1}{4}");
        assertThat(SystemsExercises.ratio(RationalMatrix.parse("2,1,0; 4,3,0"))).isEqualTo("\\frac{4}{2} = 2");
    }

    @Test
    void theFirstSweepClearsTheEntryBelowThePivotRightSideIncluded() {
        SystemsExercises.Sweep kind = new SystemsExercises.Sweep();
        int rightSide = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            RationalMatrix m = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // R2 ← R2 − (c/a) R1, worked with commons-math's exact fractions.
            Fraction a = new Fraction(m.get(0, 0).numerator().intValueExact());
            Fraction c = new Fraction(m.get(1, 0).numerator().intValueExact());
            Fraction k = c.divide(a);
            double[] row = new double[3];
            for (int j = 0; j < 3; j++) {
                Fraction top = new Fraction(m.get(0, j).numerator().intValueExact());
                Fraction bottom = new Fraction(m.get(1, j).numerator().intValueExact());
                row[j] = bottom.subtract(k.multiply(top)).doubleValue();
            }
            assertThat(row[0]).isZero();
            assertAnswer(e, LU, row);
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            double untouched = m.get(1, 2).toDouble();
            if (!e.answer().matches(new double[] {0, row[1], untouched})) {
                assertHint(e, "exercise.sweep.hint.rhs", 0, row[1], untouched);
                rightSide++;
            }
        }
        assertThat(rightSide).isGreaterThan(SEEDS / 2);
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(SystemsExercises.ALL, EN, JA, 40);
    }
}
