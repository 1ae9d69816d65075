package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terms of a sum are written as on paper: no coefficient 1, signs joined, zero terms left out. */
class ExerciseTermsTest {

    @Test
    void termsAreWrittenAsOnPaper() {
        assertThat(ExerciseNumbers.term(1, "x^2", true) + ExerciseNumbers.term(-1, "x", false)
                + ExerciseNumbers.constant(-3)).isEqualTo("x^2 - x - 3");
        assertThat(ExerciseNumbers.term(-2, "x1", true) + ExerciseNumbers.term(0, "x2", false)
                + ExerciseNumbers.term(3, "x2", false) + ExerciseNumbers.constant(0)).isEqualTo("-2x1 + 3x2");
        assertThat(ExerciseNumbers.term(0, "x", true)).isEqualTo("0");
    }
}
