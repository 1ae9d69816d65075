package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnimationTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void linearFramesAreEquallySpacedFromFirstToLast() {
        Animation a = new Animation("zoom", 0, 3, 4, Animation.Spacing.LINEAR);
        // 0, 1, 2, 3: steps of (3 − 0)/(4 − 1)
        assertThat(a.valueAt(0)).isEqualTo(0.0);
        assertThat(a.valueAt(1)).isCloseTo(1.0, within(TOLERANCE));
        assertThat(a.valueAt(2)).isCloseTo(2.0, within(TOLERANCE));
        assertThat(a.valueAt(3)).isEqualTo(3.0);
    }

    @Test
    void geometricFramesHaveEqualRatios() {
        Animation a = Animation.of("h", 1, 0.001).withFrames(4);
        assertThat(a.spacing()).as("between two positive values, as Play moves h").isEqualTo(Animation.Spacing.GEOMETRIC);
        // 1, 0.1, 0.01, 0.001: ratio (0.001/1)^(1/3) = 0.1
        assertThat(a.valueAt(1)).isCloseTo(0.1, within(TOLERANCE));
        assertThat(a.valueAt(2)).isCloseTo(0.01, within(TOLERANCE));
        assertThat(a.valueAt(3)).isEqualTo(0.001);
        assertThat(Animation.of("x", -1, 1).spacing()).isEqualTo(Animation.Spacing.LINEAR);
        assertThat(Animation.of("x", 0, 1).spacing()).isEqualTo(Animation.Spacing.LINEAR);
    }

    @Test
    void refusesTooFewFramesNonFiniteEndsAndGeometricThroughZero() {
        assertThatThrownBy(() -> Animation.of("h", 1, 2).withFrames(1)).hasMessageContaining("frames must be from 2");
        assertThatThrownBy(() -> Animation.of("h", 1, 2).withFrames(501)).hasMessageContaining("to 500");
        assertThatThrownBy(() -> Animation.of("h", Double.NaN, 2)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Animation.of("h", 0, 2).withSpacing(Animation.Spacing.GEOMETRIC))
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> Animation.of("h", 1, 2).valueAt(30)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Animation.Spacing.of(" Geometric")).isEqualTo(Animation.Spacing.GEOMETRIC);
        assertThatThrownBy(() -> Animation.Spacing.of("log")).hasMessageContaining("linear or geometric");
    }

    /** A model with a parameter k and a quantity of its own, "shown", from 0 to 10. */
    static final class Revealing extends LessonModel {
        final Parameter k = parameter("k", 0, 1, 0.5, 0.1);
        int shown;

        Revealing() {
            super(1);
        }

        @Override
        public Optional<Animation> animation() {
            return Optional.of(Animation.of("shown", 0, 10));
        }

        @Override
        protected Map<String, Parameter.Range> animatedQuantities() {
            return Map.of("shown", new Parameter.Range(0, 10, 1));
        }

        @Override
        protected void setAnimated(String quantity, double value) {
            shown = (int) Math.round(value);
        }
    }

    @Test
    void aModelAnimatesItsParametersAndItsOwnQuantities() {
        Revealing model = new Revealing();
        assertThat(model.animatable()).containsOnlyKeys("k", "shown");
        model.animate("k", 7);
        assertThat(model.k.get()).as("clamped into the range").isEqualTo(1.0);
        model.animate("shown", 6.4);
        assertThat(model.shown).isEqualTo(6);
        assertThatThrownBy(() -> model.animate("q", 1)).hasMessageContaining("no quantity 'q'")
                .hasMessageContaining("[k, shown]");
        assertThat(new LessonModelTest.ThreeSteps().animation()).as("none by default").isEmpty();
    }
}
