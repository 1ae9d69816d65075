package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MistakesTest {
    private static final Answer THREE_QUARTERS = Answer.of(0.75);

    @Test
    void keepsSlipsInOrderWithTheAnswersTolerance() {
        List<Exercise.Mistake> list = new Mistakes(THREE_QUARTERS).add("divided by n", 0.6).add("flipped", 4.0 / 3).list();
        assertThat(list).extracting(Exercise.Mistake::hint).containsExactly("divided by n", "flipped");
        assertThat(list.get(0).value().tolerance()).isEqualTo(THREE_QUARTERS.tolerance());
        Exercise e = new Exercise("k", "p", THREE_QUARTERS, list, "general", "s");
        assertThat(AnswerChecker.check(e, "3/5")).isEqualTo(new Verdict.Wrong("divided by n", true));
        assertThat(AnswerChecker.check(e, "4/3")).isEqualTo(new Verdict.Wrong("flipped", true));
        assertThat(AnswerChecker.check(e, "0.7")).isEqualTo(new Verdict.Wrong("general", false));
    }

    @Test
    void leavesOutASlipThatIsTheAnswerARepeatOrNotFinite() {
        List<Exercise.Mistake> list = new Mistakes(THREE_QUARTERS)
                .add("same as the answer", 0.75)
                .add("within the tolerance of the answer", 0.7500001)
                .add("first", 0.5)
                .add("repeat", 0.5)
                .add("division by zero", Double.POSITIVE_INFINITY)
                .add("not a number", Double.NaN)
                .list();
        assertThat(list).extracting(Exercise.Mistake::hint).containsExactly("first");
    }

    @Test
    void aSlipHasAsManyNumbersAsTheAnswer() {
        List<Exercise.Mistake> pairs = new Mistakes(Answer.of(1, 2)).add("swapped", 2, 1).add("same", 1, 2).list();
        assertThat(pairs).extracting(Exercise.Mistake::hint).containsExactly("swapped");
        assertThatThrownBy(() -> new Mistakes(Answer.of(1, 2)).add("one number", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 numbers");
    }
}
