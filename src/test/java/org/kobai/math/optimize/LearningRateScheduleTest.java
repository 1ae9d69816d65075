package org.kobai.math.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    private static final double EXACT = 1e-15;

    @Test
    void valuesByHand() {
        assertThat(LearningRateSchedule.constant().rate(0.3, 17)).isEqualTo(0.3);
        // η·0.5^⌊k/10⌋: k = 9 → η, k = 10 → η/2, k = 25 → η/4
        LearningRateSchedule step = new LearningRateSchedule.StepDecay(0.5, 10);
        assertThat(step.rate(0.4, 9)).isEqualTo(0.4);
        assertThat(step.rate(0.4, 10)).isEqualTo(0.2);
        assertThat(step.rate(0.4, 25)).isEqualTo(0.1);
        // η/(1 + 0.1k): k = 10 → η/2
        assertThat(new LearningRateSchedule.InverseTime(0.1).rate(0.4, 10)).isCloseTo(0.2, within(EXACT));
        // η(1 + cos(πk/T))/2: k = 0 → η, k = T/2 → η/2, k = T → 0
        LearningRateSchedule cosine = new LearningRateSchedule.Cosine(100);
        assertThat(cosine.rate(0.4, 0)).isEqualTo(0.4);
        assertThat(cosine.rate(0.4, 50)).isCloseTo(0.2, within(EXACT));
        assertThat(cosine.rate(0.4, 100)).isZero();
        assertThat(cosine.rate(0.4, 150)).isZero();
    }

    @Property
    void decayingSchedulesNeverIncreaseAndStartAtEta(@ForAll @IntRange(min = 0, max = 500) int k) {
        for (LearningRateSchedule s : new LearningRateSchedule[] {new LearningRateSchedule.StepDecay(0.7, 7),
                new LearningRateSchedule.InverseTime(0.05), new LearningRateSchedule.Cosine(300)}) {
            assertThat(s.rate(1, 0)).isEqualTo(1);
            assertThat(s.rate(1, k + 1)).as(s.id()).isLessThanOrEqualTo(s.rate(1, k)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> new LearningRateSchedule.StepDecay(0, 5)).hasMessage("Requires 0 < 'factor' <= 1.");
        assertThatThrownBy(() -> new LearningRateSchedule.StepDecay(0.5, 0)).hasMessage("Requires 'every' >= 1.");
        assertThatThrownBy(() -> new LearningRateSchedule.InverseTime(-1)).hasMessage("Requires 'decay' >= 0.");
        assertThatThrownBy(() -> new LearningRateSchedule.Cosine(0)).hasMessage("Requires 'steps' >= 1.");
    }
}
