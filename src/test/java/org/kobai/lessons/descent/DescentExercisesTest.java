package org.kobai.lessons.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.AnswerChecker;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseAssertions;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Verdict;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Expression;
import org.kobai.math.optimize.Descent;
import org.kobai.math.optimize.ExpressionObjective;
import org.kobai.math.optimize.LearningRateSchedule;
import org.kobai.math.optimize.Objective;
import org.kobai.math.optimize.Optimizer;
import org.kobai.math.optimize.Status;
import org.kobai.math.optimize.StoppingRule;

/**
 * For many seeds each exercise's answer is recomputed another way: the step with the symbolic gradient of
 * the typed function and the core's optimizer, 2/L from commons-math's eigenvalues of the Hessian and from
 * runs just below and above it, the momentum step with the core's momentum optimizer.
 */
class DescentExercisesTest {
    private static final int SEEDS = 300;
    private static final double EXACT = 1e-9;
    private static final Messages EN = new DescentLesson().text(Locale.ENGLISH);
    private static final Messages JA = new DescentLesson().text(Locale.JAPANESE);

    @Test
    void theLessonOffersThreeKinds() {
        assertThat(new DescentLesson().exercises()).extracting(ExerciseKind::id)
                .containsExactly("step", "critical", "momentum");
    }

    @Test
    void stepAnswersAreOneDescentStep() {
        DescentExercises.Step kind = new DescentExercises.Step();
        int signSlips = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            DescentExercises.StepProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            Objective f = ExpressionObjective.of(Expression.parse(p.a() + "x^2 + " + p.b() + "y^2"), List.of("x", "y"));
            double[] start = {p.x(), p.y()};
            double[] next = Optimizer.gradientDescent().start(2).step(start, f.gradientAt(start), p.eta());
            assertThat(e.answer().values()).as("seed %d: %s", seed, p).containsExactly(next, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // adding η∇f instead of subtracting it: (x, y) + η∇f, recognised with its hint
            double[] g = f.gradientAt(start);
            Verdict v = AnswerChecker.check(e, NumberText.plain(p.x() + p.eta() * g[0]) + ", "
                    + NumberText.plain(p.y() + p.eta() * g[1]));
            assertThat(v).isEqualTo(new Verdict.Wrong(EN.get("exercise.step.hint.sign"), true));
            signSlips++;
        }
        assertThat(signSlips).isEqualTo(SEEDS);
    }

    @Test
    void theArticlesFirstStepIsOneOfTheExercises() {
        // article 000: z = x² + y² from (3, 4) with η = 0.1 goes to (2.4, 3.2); the generator's formula agrees
        DescentExercises.StepProblem p = new DescentExercises.StepProblem(1, 1, 3, 4, 0.1);
        double[] g = p.bowl().gradientAt(new double[] {3, 4});
        assertThat(new double[] {3 - 0.1 * g[0], 4 - 0.1 * g[1]}).containsExactly(new double[] {2.4, 3.2}, within(EXACT));
    }

    @Test
    void criticalAnswersAreTwoOverTheLargestEigenvalue() {
        DescentExercises.Critical kind = new DescentExercises.Critical();
        for (long seed = 0; seed < SEEDS; seed++) {
            DescentExercises.BowlProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // the Hessian of a·x² + b·y² is diag(2a, 2b); L is its largest eigenvalue
            double[] eigen = new EigenDecomposition(new Array2DRowRealMatrix(
                    new double[][] {{2 * p.a(), 0}, {0, 2 * p.b()}})).getRealEigenvalues();
            double largest = Math.max(eigen[0], eigen[1]);
            double critical = e.answer().values()[0];
            assertThat(critical).as("seed %d: %s", seed, p).isCloseTo(2 / largest, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            if (seed < 40) {
                // a little below 2/L descent converges, a little above it diverges
                assertThat(run(p, 0.98 * critical)).isEqualTo(Status.CONVERGED);
                assertThat(run(p, 1.02 * critical)).isEqualTo(Status.DIVERGED);
            }
        }
    }

    private static Status run(DescentExercises.BowlProblem p, double eta) {
        return Descent.run(p.bowl(), new double[] {1, 1}, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                eta, StoppingRule.of(5000, 1e-6)).status();
    }

    @Test
    void momentumAnswersAreOneStepOfTheCoresMomentum() {
        DescentExercises.MomentumStep kind = new DescentExercises.MomentumStep();
        for (long seed = 0; seed < SEEDS; seed++) {
            DescentExercises.MomentumProblem p = kind.problem(seed);
            Exercise e = kind.create(seed, EN);
            // The core's stepper starts at rest; a first step with the "gradient" −v/η leaves velocity v behind.
            Optimizer.Stepper stepper = new Optimizer.Momentum(p.beta()).start(1);
            double before = p.x() - p.v();
            stepper.step(new double[] {before}, new double[] {-p.v() / p.eta()}, p.eta());
            double slope = 2.0 * p.a() * p.x();
            double next = stepper.step(new double[] {p.x()}, new double[] {slope}, p.eta())[0];
            double velocity = next - p.x();
            assertThat(e.answer().values()).as("seed %d: %s", seed, p).containsExactly(new double[] {velocity, next}, within(EXACT));
            ExerciseAssertions.acceptsExactFormsAndRejectsNearMisses(e);
            // forgetting the old velocity is a plain descent step: recognised unless it is the answer
            double plainV = -p.eta() * slope;
            if (!e.answer().matches(new double[] {plainV, p.x() + plainV})) {
                assertThat(AnswerChecker.check(e, NumberText.plain(plainV) + ", " + NumberText.plain(p.x() + plainV)))
                        .isEqualTo(new Verdict.Wrong(EN.get("exercise.momentum.hint.noVelocity"), true));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameExerciseInEitherLanguageAndEveryFormulaTypesets() {
        ExerciseAssertions.reproducibleInBothLanguages(DescentExercises.ALL, EN, JA, 40);
    }
}
