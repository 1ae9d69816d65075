package org.kobai.lessons.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.stats.DataSet;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** The statistics lesson's model and figure: article 000's numbers, and reproducible samples. */
class StatisticsModelTest {

    private static StatisticsFigure figure(StatisticsModel model) {
        return new StatisticsFigure(model, new FigureContext(new StatisticsLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void startsWithTheArticlesOneToTen() {
        StatisticsModel m = new StatisticsModel();
        // article 000: mean 5.5, 1/n variance 8.25, 1/(n − 1) variance 82.5/9
        assertThat(m.data().mean()).isEqualTo(5.5);
        assertThat(m.data().variance()).isEqualTo(8.25);
        assertThat(m.data().sampleVariance()).hasValue(82.5 / 9);
    }

    @Test
    void sameSeedSameSampleAndNewSampleChangesIt() {
        StatisticsModel a = new StatisticsModel();
        StatisticsModel b = new StatisticsModel();
        assertThat(a.sample()).isEqualTo(b.sample());
        assertThat(a.sampling().means()).containsExactly(b.sampling().means());
        DataSet before = a.sample();
        a.newSample();
        assertThat(a.sample()).isNotEqualTo(before);
        b.newSample();
        assertThat(a.sample()).as("the chain of seeds is fixed").isEqualTo(b.sample());
    }

    @Test
    void samplesScatterAroundTheDataAsAPopulation() {
        StatisticsModel m = new StatisticsModel();
        m.enterStep(StatisticsModel.STEP_SAMPLING);
        m.samples().set(3000);
        // n = 5 from 1…10: E[x̄] = 5.5, E[s²] = 8.25, E[1/n variance] = 4/5 · 8.25 = 6.6; 3000 samples: ±0.4
        assertThat(m.sampling().averageMean()).isBetween(5.1, 5.9);
        assertThat(m.sampling().averageSampleVariance()).isBetween(7.85, 8.65);
        assertThat(m.sampling().averageVariance()).isBetween(6.2, 7.0);
    }

    @Test
    void figureFollowsTheData() {
        StatisticsModel m = new StatisticsModel();
        StatisticsFigure f = figure(m);
        assertThat(f.meanShown()).isEqualTo(5.5);
        assertThat(f.dotData()[0]).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        m.addValue(10);
        // 1…10 and another 10: mean 65/11, the second 10 stacked on the first
        assertThat(f.meanShown()).isCloseTo(65.0 / 11, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(f.dotData()[1]).endsWith(1.0, 2.0);
        m.enterStep(StatisticsModel.STEP_SQUARES);
        double[] squares = f.barData()[1];
        assertThat(squares).hasSize(11);
        m.setData(StatisticsModel.ARTICLE_DATA);
        assertThat(f.barData()[1]).containsExactly(20.25, 12.25, 6.25, 2.25, 0.25, 0.25, 2.25, 6.25, 12.25, 20.25);
        m.enterStep(StatisticsModel.STEP_SAMPLING);
        assertThat(f.cloudData()[0]).hasSize(1000).containsExactly(m.sampling().means());
        assertThat(f.sampleData()[0]).containsExactly(m.sample().values());
        double[][] before = f.cloudData();
        m.newSample();
        assertThat(f.cloudData()).isNotEqualTo(before);
    }

    @Test
    void stackingCountsRepeats() {
        assertThat(StatisticsFigure.stack(new double[] {2, 3, 2, 2}, 1)).containsExactly(1, 1, 2, 3);
        assertThat(StatisticsFigure.stack(new double[] {2, 2}, -1)).containsExactly(-1, -2);
    }
}
