package org.kobai.lessons.partial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class PartialFigureTest {
    private static PartialFigure figure(PartialModel model) {
        return new PartialFigure(model, new FigureContext(new PartialLesson().text(Locale.ENGLISH),
                FigureStyle.DEFAULT));
    }

    @Test
    void sliceAlongX1IsFWithX2HeldAtD() {
        PartialModel model = new PartialModel();
        PartialFigure f = figure(model);
        model.enterStep(PartialModel.STEP_X1);
        model.d().set(-0.75);
        double[][] data = f.sliceData();
        assertThat(data[0]).hasSizeGreaterThan(100);
        for (int i = 0; i < data[0].length; i++) {
            assertThat(data[1][i]).isEqualTo(model.valueAt(data[0][i], -0.75), offset(1e-12));
        }
    }

    @Test
    void sliceAlongX2IsFWithX1HeldAtC() {
        PartialModel model = new PartialModel();
        PartialFigure f = figure(model);
        model.enterStep(PartialModel.STEP_X2);
        model.c().set(1.5);
        double[][] data = f.sliceData();
        for (int i = 0; i < data[0].length; i++) {
            assertThat(data[1][i]).isEqualTo(model.valueAt(1.5, data[0][i]), offset(1e-12));
        }
    }

    @Test
    void tangentHasTheSlopeOfThePartialDerivative() {
        PartialModel model = new PartialModel();
        PartialFigure f = figure(model);
        model.enterStep(PartialModel.STEP_X1);
        double[][] t = f.tangentData();
        assertThat(t[0]).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < t[0].length; i++) {
            // f(1, 2) = 1, slope 6
            assertThat(t[1][i]).isEqualTo(1 + 6 * (t[0][i] - 1), offset(1e-12));
        }
        model.enterStep(PartialModel.STEP_X2);
        t = f.tangentData();
        for (int i = 0; i < t[0].length; i++) {
            assertThat(t[1][i]).isEqualTo(1 - 2 * (t[0][i] - 2), offset(1e-12));
        }
    }

    @Test
    void twoChartsAndThePointOnTheMap() {
        PartialModel model = new PartialModel();
        PartialFigure f = figure(model);
        assertThat(f.charts()).hasSize(2);
        model.c().set(-2);
        assertThat(f.pointData()[0]).containsExactly(-2.0);
        assertThat(f.pointData()[1]).containsExactly(2.0);
        assertThat(f.grid().nx()).isEqualTo(PartialFigure.GRID);
    }
}
