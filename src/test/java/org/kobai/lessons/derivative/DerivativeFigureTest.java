package org.kobai.lessons.derivative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class DerivativeFigureTest {
    private static DerivativeFigure figure(DerivativeModel model) {
        return new DerivativeFigure(model, new FigureContext(new DerivativeLesson().text(Locale.ENGLISH),
                FigureStyle.DEFAULT));
    }

    private static void assertTangent(DerivativeFigure figure, DerivativeModel model) {
        double c = model.c().get();
        double fc = model.valueAt(c);
        double slope = model.tangentSlope().value();
        double[][] data = figure.tangentData();
        assertThat(data[0]).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < data[0].length; i++) {
            double x = data[0][i];
            assertThat(data[1][i]).as("tangent at x = %s", x).isEqualTo(slope * (x - c) + fc, offset(1e-12));
        }
    }

    @Test
    void tangentIsTheLineThroughThePointWithSlopeFPrime() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        model.enterStep(DerivativeModel.STEP_TANGENT);
        assertTangent(f, model);
        double[][] data = f.tangentData();
        // y = 2(x − 1) + 1 for x² at 1
        for (int i = 0; i < data[0].length; i++) {
            assertThat(data[1][i]).isEqualTo(2 * data[0][i] - 1, offset(1e-12));
        }
        model.c().set(-0.7);
        assertTangent(f, model);
        model.setFunction("sin(x)");
        assertTangent(f, model);
    }

    @Test
    void tangentFollowsEveryStep() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        for (int step = 0; step < DerivativeModel.STEP_CORNER; step++) {
            model.enterStep(step);
            assertTangent(f, model);
        }
    }

    @Test
    void noTangentAtTheCornerOfAbsoluteValue() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        model.enterStep(DerivativeModel.STEP_CORNER);
        assertThat(f.tangentData()[0]).isEmpty();
        model.c().set(0.5);
        assertTangent(f, model);
    }

    @Test
    void secantPassesThroughBothPoints() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        model.h().set(0.5);
        double[][] s = f.secantData();
        assertThat(s[0]).contains(1.0, 1.5);
        for (int i = 0; i < s[0].length; i++) {
            assertThat(s[1][i]).isEqualTo(1 + 2.5 * (s[0][i] - 1), offset(1e-12));
        }
    }

    @Test
    void stationaryPointsAreMarkedOnTheCurve() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        model.enterStep(DerivativeModel.STEP_STATIONARY);
        double[][] p = f.stationaryData();
        assertThat(p[0]).hasSize(2);
        assertThat(p[1][0]).isEqualTo(2, offset(1e-9));
        assertThat(p[1][1]).isEqualTo(-2, offset(1e-9));
    }

    @Test
    void theCurveNeverCarriesInfinity() {
        DerivativeModel model = new DerivativeModel();
        DerivativeFigure f = figure(model);
        model.setFunction("1/x");
        for (double y : f.curveData()[1]) {
            assertThat(Double.isInfinite(y)).isFalse();
        }
    }
}
