package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ParameterTest {
    /** Nudges add 0.1 at a time, which is not exact in binary. */
    private static final double TOLERANCE = 1e-12;

    private static Parameter slope() {
        // The linearity lesson's slope: a from −2 to 2, starting at 2, arrow keys move it by 0.1.
        return new Parameter("a", -2, 2, 1, 0.1);
    }

    @Test
    void startsAtTheDefault() {
        Parameter p = slope();
        assertThat(p.get()).isEqualTo(1.0);
        assertThat(p.id()).isEqualTo("a");
        assertThat(p.min()).isEqualTo(-2.0);
        assertThat(p.max()).isEqualTo(2.0);
        assertThat(p.defaultValue()).isEqualTo(1.0);
        assertThat(p.increment()).isEqualTo(0.1);
    }

    @Test
    void constructorChecksItsArgumentsAndNamesTheParameter() {
        assertThatThrownBy(() -> new Parameter("a", 2, 2, 2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Requires min < max for 'a'.");
        assertThatThrownBy(() -> new Parameter("a", 3, 2, 2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min < max");
        assertThatThrownBy(() -> new Parameter("b", -1, 1, 5, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Requires min <= default <= max for 'b'.");
        assertThatThrownBy(() -> new Parameter("c", -1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Requires increment > 0 for 'c'.");
        assertThatThrownBy(() -> new Parameter("c", -1, 1, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increment > 0");
        assertThatThrownBy(() -> new Parameter("d", Double.NaN, 1, 0, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min < max");
    }

    @Test
    void setAcceptsTheWholeRangeIncludingTheEnds() {
        Parameter p = slope();
        for (double v : new double[] {-2, -0.5, 0, 1.75, 2}) {
            p.set(v);
            assertThat(p.get()).isEqualTo(v);
        }
    }

    @Test
    void setRefusesValuesOutsideTheRangeAndSaysWhy() {
        Parameter p = slope();
        assertThatThrownBy(() -> p.set(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'a' must be between -2 and 2, got 5");
        assertThatThrownBy(() -> p.set(-2.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'a' must be between -2 and 2, got -2.5");
        assertThatThrownBy(() -> p.set(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.set(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.get()).as("a refused value leaves the old one").isEqualTo(1.0);
    }

    @Test
    void acceptsMatchesTheRange() {
        Parameter p = slope();
        assertThat(p.accepts(-2)).isTrue();
        assertThat(p.accepts(2)).isTrue();
        assertThat(p.accepts(2.0000001)).isFalse();
        assertThat(p.accepts(Double.NaN)).isFalse();
        assertThat(p.requireInRange(0.5)).isEqualTo(0.5);
    }

    @Test
    void propertyClampsWhatBindingsPush() {
        Parameter p = slope();
        p.valueProperty().set(10);
        assertThat(p.get()).isEqualTo(2.0);
        p.valueProperty().set(-10);
        assertThat(p.get()).isEqualTo(-2.0);
        p.valueProperty().set(Double.NaN);
        assertThat(p.get()).as("NaN keeps the last value").isEqualTo(-2.0);
    }

    @Test
    void nudgeMovesByIncrementsAndStopsAtTheEnds() {
        Parameter p = slope();
        p.nudge(3);
        assertThat(p.get()).isCloseTo(1.3, within(TOLERANCE)); // 1 + 3 · 0.1
        p.nudge(-5);
        assertThat(p.get()).isCloseTo(0.8, within(TOLERANCE)); // 1.3 − 5 · 0.1
        p.nudge(100);
        assertThat(p.get()).isEqualTo(2.0);
        p.nudge(-1000);
        assertThat(p.get()).isEqualTo(-2.0);
    }

    @Test
    void resetReturnsToTheDefault() {
        Parameter p = slope();
        p.set(-1.5);
        p.reset();
        assertThat(p.get()).isEqualTo(1.0);
    }

    @Test
    void formatWritesShortNumbers() {
        assertThat(Parameter.format(2.0)).isEqualTo("2");
        assertThat(Parameter.format(-3)).isEqualTo("-3");
        assertThat(Parameter.format(0.25)).isEqualTo("0.25");
        assertThat(Parameter.format(1.0 / 3)).isEqualTo("0.333333");
        assertThat(slope().toString()).isEqualTo("a=1 in [-2, 2]");
    }

    @Test
    void wholeNumberParameterRoundsEveryValue() {
        // n terms of a sequence: 1 to 30, starting at 10
        Parameter n = Parameter.wholeNumbers("n", 1, 30, 10);
        assertThat(n.whole()).isTrue();
        assertThat(n.increment()).isEqualTo(1.0);
        n.set(7.4);
        assertThat(n.get()).isEqualTo(7.0);
        n.valueProperty().set(7.6); // a slider pushing a value in between
        assertThat(n.get()).isEqualTo(8.0);
        n.valueProperty().set(99);
        assertThat(n.get()).isEqualTo(30.0);
        n.nudge(-3);
        assertThat(n.get()).isEqualTo(27.0);
        assertThatThrownBy(() -> n.set(31)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 30");
        assertThat(slope().whole()).isFalse();
    }

    @Test
    void aNewRangeClampsTheValueBeforeItIsPublished() {
        Parameter p = slope();
        java.util.List<String> seen = new java.util.ArrayList<>();
        p.rangeProperty().addListener((o, old, now) -> seen.add(now.min() + ".." + now.max() + " at " + p.get()));
        p.setRange(100, 200, 1);
        assertThat(p.get()).isEqualTo(100.0);
        assertThat(p.min()).isEqualTo(100.0);
        assertThat(p.max()).isEqualTo(200.0);
        assertThat(p.increment()).isEqualTo(1.0);
        assertThat(seen).containsExactly("100.0..200.0 at 100.0");
        assertThatThrownBy(() -> p.set(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 100 and 200");
        p.reset(); // the default 1 is outside: reset goes to the nearest allowed value
        assertThat(p.get()).isEqualTo(100.0);
        p.setRange(-2, 2, 0.1);
        assertThat(p.get()).isEqualTo(2.0);
        assertThatThrownBy(() -> p.setRange(1, 1, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setRange(0, Double.POSITIVE_INFINITY, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setRange(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
