package org.kobai.lessons.derivative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.ExpressionException;

class DerivativeModelTest {
    @Test
    void secantSlopeOfTheParabolaIsTheDifferenceQuotient() {
        DerivativeModel model = new DerivativeModel();
        model.c().set(1);
        model.h().set(0.5);
        // (1.5² − 1²) / 0.5 = 1.25 / 0.5, exact in binary
        assertThat(model.secantSlope().getAsDouble()).isEqualTo(2.5);
    }

    @Test
    void secantSlopeApproachesTheTangentSlope() {
        DerivativeModel model = new DerivativeModel();
        model.c().set(1);
        model.h().set(0.01);
        assertThat(model.secantSlope().getAsDouble()).isEqualTo(2.01, offset(1e-9));
    }

    @Test
    void tangentSlopeOfTheParabolaAtOneIsTwo() {
        DerivativeModel model = new DerivativeModel();
        model.c().set(1);
        DerivativeValue slope = model.tangentSlope();
        assertThat(slope.isDefined()).isTrue();
        assertThat(slope.value()).isEqualTo(2.0);
    }

    @Test
    void absoluteValueIsNotDifferentiableAtZero() {
        DerivativeModel model = new DerivativeModel();
        model.enterStep(DerivativeModel.STEP_CORNER);
        assertThat(model.c().get()).isZero();
        DerivativeValue slope = model.tangentSlope();
        assertThat(slope.isDefined()).isFalse();
        assertThat(slope.note()).contains("not differentiable");
        model.h().set(0.1);
        assertThat(model.leftSlope().getAsDouble()).isEqualTo(-1.0);
        assertThat(model.secantSlope().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void stationaryPointsOfTheCubicAreMinusOneAndOne() {
        DerivativeModel model = new DerivativeModel();
        model.setFunction("x^3 - 3x");
        List<Double> points = model.stationaryPoints(-3, 3);
        assertThat(points).hasSize(2);
        assertThat(points.get(0)).isEqualTo(-1, offset(1e-9));
        assertThat(points.get(1)).isEqualTo(1, offset(1e-9));
    }

    @Test
    void stationaryPointsOffTheGridAreRefined() {
        DerivativeModel model = new DerivativeModel();
        model.setFunction("(x - 0.123)^2");
        List<Double> points = model.stationaryPoints(-3, 3);
        assertThat(points).hasSize(1);
        assertThat(points.get(0)).isEqualTo(0.123, offset(1e-9));
    }

    @Test
    void aCornerIsNoStationaryPoint() {
        DerivativeModel model = new DerivativeModel();
        model.setFunction("abs(x - 0.001)");
        assertThat(model.stationaryPoints(-3, 3)).isEmpty();
    }

    @Test
    void aBadFunctionKeepsTheOldOne() {
        DerivativeModel model = new DerivativeModel();
        model.setFunction("x^3");
        assertThatThrownBy(() -> model.setFunction("x^3 + (2"))
                .isInstanceOf(ExpressionException.class)
                .satisfies(e -> assertThat(((ExpressionException) e).column()).isPositive());
        assertThat(model.function().text()).isEqualTo("x^3");
        assertThatThrownBy(() -> model.setFunction("x + y")).isInstanceOf(ExpressionException.class);
        assertThat(model.function().text()).isEqualTo("x^3");
    }

    @Test
    void eachStepStartsFromItsFunction() {
        DerivativeModel model = new DerivativeModel();
        model.enterStep(DerivativeModel.STEP_STATIONARY);
        assertThat(model.stationaryPoints(-3, 3)).hasSize(2);
        model.enterStep(DerivativeModel.STEP_SECANT);
        assertThat(model.tangentSlope().value()).isEqualTo(2.0);
    }
}
