package org.kobai.lessons.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.ColorMap;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class GradientFigureTest {
    /** Plotted values come from the same doubles. */
    private static final double ROUNDING = 1e-12;

    private static GradientFigure figure(GradientModel model) {
        return new GradientFigure(model, new FigureContext(new GradientLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void tangentThroughThePointIsPerpendicularToTheGradient() {
        GradientModel model = new GradientModel();
        GradientFigure f = figure(model);
        double[][] t = f.tangentData();
        assertThat(t[0]).hasSize(3);
        assertThat(t[0][1]).isEqualTo(1.0);
        assertThat(t[1][1]).isEqualTo(2.0);
        double dx = t[0][2] - t[0][0], dy = t[1][2] - t[1][0];
        // ∇f(1, 2) = (6, −2) · tangent = 0
        assertThat(6 * dx - 2 * dy).isCloseTo(0, offset(ROUNDING));
        assertThat(Math.hypot(dx, dy)).isCloseTo(2 * GradientFigure.POINTER, offset(ROUNDING));
        model.c().set(-1.5);
        assertThat(f.pointData()[0]).containsExactly(-1.5);
        assertThat(f.tangentData()[0][1]).isEqualTo(-1.5);
    }

    @Test
    void rateCurveIsTheDotProductAndPeaksAtTheGradientsNorm() {
        GradientModel model = new GradientModel();
        GradientFigure f = figure(model);
        model.enterStep(GradientModel.STEP_DIRECTION);
        double[][] rates = f.side().rateData();
        assertThat(rates[0]).hasSize(361);
        for (int i = 0; i < rates[0].length; i++) {
            double theta = Math.toRadians(rates[0][i]);
            // D_u f = (6, −2)·(cos θ, sin θ)
            assertThat(rates[1][i]).isCloseTo(6 * Math.cos(theta) - 2 * Math.sin(theta), offset(ROUNDING));
        }
        assertThat(f.side().mostData()[1]).containsExactly(Math.sqrt(40));
        assertThat(f.side().zerosData()[1]).containsExactly(0.0, 0.0);
        assertThat(f.side().nowData()[0]).containsExactly(45.0);
        model.angle().set(200);
        assertThat(f.side().nowData()[0]).containsExactly(200.0);
        assertThat(f.side().nowData()[1][0]).isCloseTo(6 * Math.cos(Math.toRadians(200)) - 2 * Math.sin(Math.toRadians(200)),
                offset(ROUNDING));
    }

    @Test
    void nowMarkerOnlyInTheDirectionStep() {
        GradientModel model = new GradientModel();
        GradientFigure f = figure(model);
        assertThat(f.side().nowData()[0]).isEmpty();
        assertThat(f.side().rateData()[0]).isNotEmpty();
    }

    @Test
    void jacobianStepDrawsTheSquareAndBothImages() {
        GradientModel model = new GradientModel();
        GradientFigure f = figure(model);
        model.enterStep(GradientModel.STEP_JACOBIAN);
        assertThat(f.squareData()[0]).hasSize(4 * GradientModel.SIDE_SAMPLES + 1);
        assertThat(f.tangentData()[0]).isEmpty();
        double[][] exact = f.side().exactImageData(), linear = f.side().linearImageData(), square = f.squareData();
        for (int i = 0; i < exact[0].length; i++) {
            double x1 = square[0][i], x2 = square[1][i];
            // F = (x1² − x2², 2x1x2); linear: F(1, 0.5) + [[2, −1], [1, 2]]·(x − p)
            assertThat(exact[0][i]).isCloseTo(x1 * x1 - x2 * x2, offset(ROUNDING));
            assertThat(exact[1][i]).isCloseTo(2 * x1 * x2, offset(ROUNDING));
            assertThat(linear[0][i]).isCloseTo(0.75 + 2 * (x1 - 1) - (x2 - 0.5), offset(ROUNDING));
            assertThat(linear[1][i]).isCloseTo(1 + (x1 - 1) + 2 * (x2 - 0.5), offset(ROUNDING));
        }
        model.size().set(0.1);
        assertThat(f.side().exactImageData()[0][0]).isCloseTo(0.95 * 0.95 - 0.45 * 0.45, offset(ROUNDING));
        // the window follows the images as they shrink
        assertThat(f.side().figure().xMax() - f.side().figure().xMin()).isLessThan(1.0);
    }

    @Test
    void curlMapIsSymmetricAboutZero() {
        GradientModel model = new GradientModel();
        GradientFigure f = figure(model);
        model.enterStep(GradientModel.STEP_FIELD);
        model.usePreset(FieldPreset.SQUARE);
        // ∇·F = 4x1 on [−3, 3]²: the colour of 0 is the middle of the scale, ±12 its ends
        assertThat(f.mapColourOf(0)).isEqualTo(ColorMap.VIRIDIS.argb(0, -1, 1, 0));
        assertThat(f.mapColourOf(-12)).isEqualTo(ColorMap.VIRIDIS.argb(-1, -1, 1, 0));
        assertThat(f.mapColourOf(12)).isEqualTo(ColorMap.VIRIDIS.argb(1, -1, 1, 0));
        assertThat(f.charts()).hasSize(2);
    }
}
