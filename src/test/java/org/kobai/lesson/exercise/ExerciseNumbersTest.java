package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseNumbersTest {
    @Test
    void betweenCoversTheRangeWithBothEnds() {
        Random r = new Random(1);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(ExerciseNumbers.between(r, -2, 3));
        }
        assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2, 3);
        assertThatThrownBy(() -> ExerciseNumbers.between(r, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonZeroCoversBothSignsAndSkipsZero() {
        Random r = new Random(2);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(ExerciseNumbers.nonZero(r, 3));
        }
        assertThat(seen).containsExactlyInAnyOrder(-3, -2, -1, 1, 2, 3);
    }

    @Test
    void negativeNumbersAreBracketedAndSignsSpelledOut() {
        assertThat(ExerciseNumbers.paren(-3)).isEqualTo("(-3)");
        assertThat(ExerciseNumbers.paren(2.5)).isEqualTo("2.5");
        assertThat(ExerciseNumbers.signed(-4)).isEqualTo("- 4");
        assertThat(ExerciseNumbers.signed(0.5)).isEqualTo("+ 0.5");
    }
}
