package org.kobai.math.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Regimes read off the iteration agree with the roots of r² − (1 + β − ηλ) r + β = 0 (the independent
 * oracle): divergence when the largest |r| ≥ 1, no crossing when both roots are real and positive.
 */
class RegimeTest {
    private static final QuadraticBowl ROUND = QuadraticBowl.of(1, 1);
    private static final QuadraticBowl ELONGATED = QuadraticBowl.of(1, 10);
    /** Cells whose largest |r| is this close to 1 are left out: a finite run cannot tell them apart. */
    private static final double MARGIN = 0.03;

    @Test
    void criticalRatesByHand() {
        // x² + y²: L = 2, 2/L = 1; x² + 10y²: L = 20, 2/L = 0.1; with β = 0.5: 2(1.5)/20 = 0.15
        assertThat(ROUND.criticalLearningRate()).isEqualTo(1);
        assertThat(ELONGATED.criticalLearningRate()).isCloseTo(0.1, within(1e-15));
        assertThat(ELONGATED.criticalLearningRate(0.5)).isCloseTo(0.15, within(1e-15));
    }

    @Test
    void plainDescentByHand() {
        // β = 0, x² + y²: factor 1 − 2η; η = 0.2 → 0.6 (monotone), 0.7 → −0.4 (oscillating), 1.2 → −1.4
        assertThat(Regime.of(ROUND, 0.2, 0)).isEqualTo(Regime.MONOTONE);
        assertThat(Regime.of(ROUND, 0.7, 0)).isEqualTo(Regime.OSCILLATING);
        assertThat(Regime.of(ROUND, 1.2, 0)).isEqualTo(Regime.DIVERGING);
        // η = 1: factor −1, the size never shrinks
        assertThat(Regime.of(ROUND, 1, 0)).isEqualTo(Regime.DIVERGING);
        // x² + 10y² at η = 0.08: factors 0.84 and −0.6; at 0.11: −1.2 along y
        assertThat(Regime.of(ELONGATED, 0.08, 0)).isEqualTo(Regime.OSCILLATING);
        assertThat(Regime.of(ELONGATED, 0.11, 0)).isEqualTo(Regime.DIVERGING);
    }

    @Test
    void agreesWithTheCharacteristicRootsOverTheMap() {
        RegimeMap map = RegimeMap.compute(ELONGATED, 0.001, 2, 40, 0.95, 20);
        int checked = 0;
        for (int i = 0; i < map.etaCells(); i++) {
            for (int j = 0; j < map.betaCells(); j++) {
                double eta = map.learningRate(i), beta = map.momentum(j);
                double radius = 0;
                boolean realPositive = true;
                for (double c : ELONGATED.coefficients()) {
                    double lambda = 2 * c;
                    double b = 1 + beta - eta * lambda;             // r² − b r + β = 0
                    double disc = b * b - 4 * beta;
                    if (disc >= 0) {
                        double r1 = (b + Math.sqrt(disc)) / 2, r2 = (b - Math.sqrt(disc)) / 2;
                        radius = Math.max(radius, Math.max(Math.abs(r1), Math.abs(r2)));
                        realPositive &= r2 > 0;
                    } else {
                        radius = Math.max(radius, Math.sqrt(beta));
                        realPositive = false;
                    }
                }
                if (Math.abs(radius - 1) < MARGIN) {
                    continue;
                }
                Regime r = map.at(i, j);
                if (radius > 1) {
                    assertThat(r).as("η=%s β=%s", eta, beta).isEqualTo(Regime.DIVERGING);
                } else if (!realPositive) {
                    assertThat(r).as("η=%s β=%s", eta, beta).isEqualTo(Regime.OSCILLATING);
                } else {
                    assertThat(r).as("η=%s β=%s", eta, beta).isNotEqualTo(Regime.DIVERGING);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void cellLookupInvertsCentres() {
        RegimeMap map = RegimeMap.compute(ROUND, 0.001, 2, 30, 0.9, 10);
        for (int i = 0; i < 30; i++) {
            assertThat(map.column(map.learningRate(i))).isEqualTo(i);
        }
        for (int j = 0; j < 10; j++) {
            assertThat(map.row(map.momentum(j))).isEqualTo(j);
        }
        assertThat(map.column(100)).isEqualTo(29);
        assertThat(map.row(-1)).isZero();
    }
}
