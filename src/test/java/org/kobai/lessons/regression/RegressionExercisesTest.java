package org.kobai.lessons.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;

/**
 * For many seeds each exercise's answer is recomputed another way: the line with commons-math's
 * SimpleRegression, E and the residual by hand from the points, so a slip in the generator or the core
 * shows; exact forms (fractions) are accepted and near misses are not.
 */
class RegressionExercisesTest {
    private static final int SEEDS = 300;
    private static final double EXACT = 1e-9;
    private static final Messages EN = new RegressionLesson().text(Locale.ENGLISH);
    private static final Messages JA = new RegressionLesson().text(Locale.JAPANESE);

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new RegressionLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("fit", "error", "residual");
    }

    @Test
    void fitAnswersAreTheLeastSquaresLine() {
        RegressionExercises.Fit kind = new RegressionExercises.Fit();
        for (long seed = 0; seed < SEEDS; seed++) {
            RegressionExercises.PointsProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            SimpleRegression oracle = new SimpleRegression();
            for (int k = 0; k < p.x().length; k++) {
                oracle.addData(p.x()[k], p.y()[k]);
            }
            assertThat(p.x()).as("3 or 4 points with different x").doesNotHaveDuplicates().hasSizeBetween(3, 4);
            assertThat(e.answer().values()).as("seed %d", seed)
                    .containsExactly(new double[] {oracle.getSlope(), oracle.getIntercept()}, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // slope and intercept swapped: recognised unless they are equal
            double a = oracle.getSlope(), b = oracle.getIntercept();
            if (!e.answer().matches(new double[] {b, a})) {
                assertThat(AnswerChecker.check(e, NumberText.plain(b) + ", " + NumberText.plain(a)))
                        .isEqualTo(new Verdict.Wrong(EN.get("exercise.fit.hint.swapped"), true));
            }
        }
    }

    @Test
    void theLessonsExampleIsSolvedExactly() {
        // The lesson's five points (1, 3), (2, 3), (3, 6), (4, 6), (5, 8): a = b = 1.3 (worked by hand in
        // LeastSquaresTest). As an exercise's fraction form: a = 13/10, b = 13/10.
        RegressionExercises.PointsProblem p = new RegressionExercises.PointsProblem(new int[] {1, 2, 3, 4, 5},
                new int[] {3, 3, 6, 6, 8});
        SimpleRegression oracle = new SimpleRegression();
        for (int k = 0; k < 5; k++) {
            oracle.addData(p.x()[k], p.y()[k]);
        }
        assertThat(oracle.getSlope()).isCloseTo(1.3, within(EXACT));
        assertThat(org.kobai.math.regression.LeastSquares.fit(p.points()).intercept()).isCloseTo(1.3, within(EXACT));
    }

    @Test
    void errorAnswersAreTheSumOfSquaredResiduals() {
        RegressionExercises.SumOfSquares kind = new RegressionExercises.SumOfSquares();
        int repeatedRecognised = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            RegressionExercises.LineProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double sse = 0, sum = 0;
            for (int k = 0; k < p.x().length; k++) {
                double r = p.y()[k] - (p.a() * p.x()[k] + p.b());
                sse += r * r;
                sum += r;
            }
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(sse, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (!e.answer().matches(new double[] {sum})) {
                assertThat(((Verdict.Wrong) AnswerChecker.check(e, NumberText.plain(sum))).recognised()).isTrue();
            }
            // the article's slip (erratum 4): the first term twice and no last term
            int n = p.x().length;
            double first = p.y()[0] - (p.a() * p.x()[0] + p.b());
            double last = p.y()[n - 1] - (p.a() * p.x()[n - 1] + p.b());
            double repeated = sse - last * last + first * first;
            Verdict v = AnswerChecker.check(e, NumberText.plain(repeated));
            if (v instanceof Verdict.Wrong w && w.hint().equals(EN.get("exercise.error.hint.repeated"))) {
                repeatedRecognised++;
            }
        }
        assertThat(repeatedRecognised).isGreaterThan(SEEDS / 2);
    }

    @Test
    void residualAnswersAreDataMinusLine() {
        RegressionExercises.Residual kind = new RegressionExercises.Residual();
        for (long seed = 0; seed < SEEDS; seed++) {
            RegressionExercises.LineProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            double residual = p.y()[0] - (p.a() * p.x()[0] + p.b());
            assertThat(e.answer().values()[0]).as("seed %d", seed).isCloseTo(residual, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (residual != 0) {
                assertThat(AnswerChecker.check(e, NumberText.plain(-residual)))
                        .isEqualTo(new Verdict.Wrong(EN.get("exercise.residual.hint.sign"), true));
            }
        }
    }

    @Test
    void linesAreWrittenAsAStudentWritesThem() {
        assertThat(RegressionExercises.line(2, 1)).isEqualTo("2x + 1");
        assertThat(RegressionExercises.line(-1, -3)).isEqualTo("-x - 3");
        assertThat(RegressionExercises.line(1, 0)).isEqualTo("x");
        assertThat(RegressionExercises.line(0, 4)).isEqualTo("4");
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(RegressionExercises.ALL, EN, JA, 40);
    }
}
