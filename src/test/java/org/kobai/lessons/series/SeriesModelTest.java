package org.kobai.lessons.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sequences lesson's model: every step's worked example from article 000, exactly. */
class SeriesModelTest {

    @Test
    void firstStepIsTheArticlesOneSixEleven() {
        SeriesModel m = new SeriesModel();
        m.enterStep(SeriesModel.STEP_ARITHMETIC);
        assertThat(m.terms()).containsExactly(1, 6, 11, 16, 21, 26);
        // 6/2 · (2 + 5 · 5) = 81 = 1 + 6 + 11 + 16 + 21 + 26
        assertThat(m.sum()).isEqualTo(81.0);
        assertThat(m.runningSum()).isEqualTo(81.0);
        assertThat(m.isGeometric()).isFalse();
        assertThat(m.limit()).isEmpty();
    }

    @Test
    void gaussStepSumsOneToTenTo55() {
        SeriesModel m = new SeriesModel();
        m.enterStep(SeriesModel.STEP_GAUSS);
        assertThat(m.sum()).isEqualTo(55.0);
        assertThat(m.runningSums()).containsExactly(1, 3, 6, 10, 15, 21, 28, 36, 45, 55);
        assertThat(m.arithmetic().pairSum(m.count())).isEqualTo(11.0);
    }

    @Test
    void geometricStepsUseTheRatio() {
        SeriesModel m = new SeriesModel();
        m.enterStep(SeriesModel.STEP_GEOMETRIC);
        // 1 + 2 + … + 128 = 2⁸ − 1 = 255
        assertThat(m.terms()).containsExactly(1, 2, 4, 8, 16, 32, 64, 128);
        assertThat(m.sum()).isEqualTo(255.0);
        assertThat(m.limit()).isEmpty();
        m.enterStep(SeriesModel.STEP_CONVERGENCE);
        // 1 + 1/2 + … + 1/2¹⁹ = 2 − 2⁻¹⁹; the infinite sum is 2
        assertThat(m.sum()).isEqualTo(2 - Math.pow(2, -19));
        assertThat(m.limit()).hasValue(2.0);
        m.r().set(1);
        assertThat(m.sum()).isEqualTo(20.0);
        assertThat(m.limit()).isEmpty();
        m.r().set(-1);
        assertThat(m.sum()).isEqualTo(0.0);
        assertThat(m.limit()).isEmpty();
    }

    @Test
    void closedFormAndRunningSumAgreeAcrossTheSliders() {
        SeriesModel m = new SeriesModel();
        for (int step : new int[] {SeriesModel.STEP_ARITHMETIC, SeriesModel.STEP_CONVERGENCE}) {
            m.enterStep(step);
            for (double a = m.a().min(); a <= m.a().max(); a += 1.5) {
                for (double q = -2; q <= 2; q += 0.25) {
                    m.a().set(a);
                    m.d().set(q);
                    m.r().set(q);
                    m.n().set(30);
                    double[] running = m.runningSums();
                    double[] closed = m.closedFormSums();
                    for (int k = 0; k < running.length; k++) {
                        // sums of at most 30 terms below 5 · 2³⁰: rounding stays below 1e-12 relative
                        assertThat(closed[k]).isCloseTo(running[k],
                                org.assertj.core.api.Assertions.within(1e-12 * Math.max(1, Math.abs(running[k]))));
                    }
                }
            }
        }
    }

    @Test
    void nIsAWholeNumber() {
        SeriesModel m = new SeriesModel();
        m.n().valueProperty().set(7.4);
        assertThat(m.count()).isEqualTo(7);
        assertThat(m.terms()).hasSize(7);
    }
}
