package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Drawn numbers stay in their range; terms and numbers are written as on paper. */
class DrawTest {

    @Test
    void drawnNumbersCoverTheirRangeAndNonZeroSkipsZero() {
        Random r = new Random(7);
        Set<Integer> seen = new HashSet<>();
        Set<Integer> between = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(Draw.nonZero(r, 3));
            between.add(Draw.between(r, -2, 2));
        }
        assertThat(seen).containsExactlyInAnyOrder(-3, -2, -1, 1, 2, 3);
        assertThat(between).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
    }

    @Test
    void termsAreWrittenAsOnPaper() {
        assertThat(ExerciseText.term(1, "x^2", true) + ExerciseText.term(-1, "x", false)
                + ExerciseText.constant(-3)).isEqualTo("x^2 - x - 3");
        assertThat(ExerciseText.term(-2, "x1", true) + ExerciseText.term(0, "x2", false)
                + ExerciseText.term(3, "x2", false)).isEqualTo("-2x1 + 3x2");
        assertThat(ExerciseText.paren(-2.5)).isEqualTo("(-2.5)");
        assertThat(ExerciseText.signed(-2)).isEqualTo("- 2");
    }
}
