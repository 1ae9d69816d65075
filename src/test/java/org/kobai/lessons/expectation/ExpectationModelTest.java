package org.kobai.lessons.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.probability.DistributionProblem;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class ExpectationModelTest {
    private static ExpectationFigure figure(ExpectationModel model) {
        return new ExpectationFigure(model, new FigureContext(new ExpectationLesson().text(Locale.ENGLISH),
                FigureStyle.DEFAULT));
    }

    @Test
    void theArticlesDieGivesThreePointSix() {
        // Article 000: E[X] = 3.6; Var(X) = 15 − 3.6² = 2.04 by hand.
        ExpectationModel model = new ExpectationModel();
        assertThat(model.distribution().orElseThrow().mean()).isEqualTo(3.6);
        assertThat(model.distribution().orElseThrow().variance()).isEqualTo(2.04);
        ExpectationFigure f = figure(model);
        assertThat(f.probabilityData()[1]).containsExactly(0.1, 0.1, 0.3, 0.2, 0.2, 0.1);
    }

    @Test
    void changingAProbabilityWarnsAndNormaliseRepairs() {
        ExpectationModel model = new ExpectationModel();
        ExpectationFigure f = figure(model);
        model.probability(6).set(0.2);
        assertThat(model.problem()).map(DistributionProblem::kind).contains(DistributionProblem.Kind.SUM_NOT_ONE);
        assertThat(model.distribution()).isEmpty();
        assertThat(f.noteText()).contains("1.1");
        assertThat(f.runningData()[0]).isEmpty();
        assertThat(model.normalise()).isTrue();
        // (0.1, 0.1, 0.3, 0.2, 0.2, 0.2) / 1.1
        assertThat(model.table()[2]).isCloseTo(0.3 / 1.1, within(1e-15));
        assertThat(model.problem()).isEmpty();
        assertThat(f.noteText()).isEmpty();
        assertThat(f.runningData()[0]).isNotEmpty();
    }

    @Test
    void allZeroCannotBeNormalised() {
        ExpectationModel model = new ExpectationModel();
        for (int face = 1; face <= 6; face++) {
            model.probability(face).set(0);
        }
        assertThat(model.normalise()).isFalse();
        assertThat(model.sum()).isZero();
    }

    @Test
    void sameSeedSameHistogramAndNewSampleChangesIt() {
        ExpectationModel a = new ExpectationModel();
        ExpectationModel b = new ExpectationModel();
        a.enterStep(ExpectationModel.STEP_ROLLS);
        b.enterStep(ExpectationModel.STEP_ROLLS);
        assertThat(a.frequencies()).containsExactly(b.frequencies());
        ExpectationFigure f = figure(a);
        double[] before = f.frequencyData()[1];
        assertThat(before).hasSize(6);
        a.newSample();
        assertThat(a.seed()).isEqualTo(ExpectationModel.FIRST_SEED + 1);
        assertThat(f.frequencyData()[1]).isNotEqualTo(before);
    }

    @Test
    void runningMeanApproachesTheExpectedValue() {
        ExpectationModel model = new ExpectationModel();
        model.rolls().set(10_000);
        double[] m = model.runningMean();
        assertThat(m).hasSize(10_000);
        // Five standard errors √(2.04/n) around E[X] = 3.6.
        assertThat(m[9_999]).isCloseTo(3.6, within(5 * Math.sqrt(2.04 / 10_000)));
        ExpectationFigure f = figure(model);
        double[][] line = f.runningData();
        assertThat(line[0].length).isLessThanOrEqualTo(ExpectationFigure.MAX_POINTS + 1);
        assertThat(line[0][line[0].length - 1]).isEqualTo(10_000);
        assertThat(line[1][line[1].length - 1]).isEqualTo(m[9_999]);
        // Fewer rolls are the first rolls of the same sequence.
        model.rolls().set(100);
        assertThat(model.runningMean()[99]).isEqualTo(m[99]);
    }
}
