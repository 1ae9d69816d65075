package org.kobai.lessons.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** What the sequences figure draws follows the model. */
class SeriesFigureTest {
    private static SeriesFigure figure(SeriesModel model) {
        return new SeriesFigure(model, new FigureContext(new SeriesLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void barsAreTheTermsAndTheSums() {
        SeriesModel m = new SeriesModel();
        SeriesFigure f = figure(m);
        m.enterStep(SeriesModel.STEP_ARITHMETIC);
        assertThat(f.termData()[0]).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(f.termData()[1]).containsExactly(1, 6, 11, 16, 21, 26);
        assertThat(f.sumData()[1]).containsExactly(1, 7, 18, 34, 55, 81);
        assertThat(f.closedFormData()[1]).containsExactly(1, 7, 18, 34, 55, 81);
        assertThat(f.pairData()[0]).isEmpty();
        assertThat(f.limitShown()).isNaN();
    }

    @Test
    void gaussColumnsAllReachEleven() {
        SeriesModel m = new SeriesModel();
        SeriesFigure f = figure(m);
        m.enterStep(SeriesModel.STEP_GAUSS);
        assertThat(f.pairData()[1]).hasSize(10).containsOnly(11.0);
        assertThat(f.xy().chart().getTitle().getText()).isEqualTo("10 columns × 11 = 110 = 2 × 55");
    }

    @Test
    void limitLineOnlyWhenTheSeriesConverges() {
        SeriesModel m = new SeriesModel();
        SeriesFigure f = figure(m);
        m.enterStep(SeriesModel.STEP_CONVERGENCE);
        assertThat(f.limitShown()).isEqualTo(2.0);
        assertThat(f.sums().yMax()).isGreaterThan(2.0);
        m.r().set(1);
        assertThat(f.limitShown()).isNaN();
        assertThat(f.sumData()[1]).hasSize(20).endsWith(20.0);
    }

    @Test
    void movingNChangesTheBars() {
        SeriesModel m = new SeriesModel();
        SeriesFigure f = figure(m);
        m.enterStep(SeriesModel.STEP_GAUSS);
        m.n().set(4);
        assertThat(f.termData()[1]).containsExactly(1, 2, 3, 4);
        assertThat(f.xy().xMax()).isEqualTo(4.5);
        assertThat(f.pairData()[1]).containsOnly(5.0);
    }
}
