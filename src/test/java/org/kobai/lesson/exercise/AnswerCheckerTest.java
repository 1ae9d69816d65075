package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kobai.math.expr.ExpressionException;

/** Answers typed as a student writes them, judged fairly; typos are told apart from wrong answers. */
class AnswerCheckerTest {
    private static final double EXACT = 1e-12;

    private static Exercise exercise(Answer answer, Exercise.Mistake... mistakes) {
        return new Exercise("test", "prompt", answer, List.of(mistakes), "general hint", "solution");
    }

    @Test
    void numbersAreReadAsStudentsWriteThem() {
        assertThat(AnswerChecker.read("3/4")).containsExactly(0.75);
        assertThat(AnswerChecker.read(" 0.75 ")).containsExactly(0.75);
        assertThat(AnswerChecker.read("\u22122")).containsExactly(-2);
        assertThat(AnswerChecker.read("-2")).containsExactly(-2);
        assertThat(AnswerChecker.read("2\u03c0")[0]).isCloseTo(2 * Math.PI, within(EXACT));
        assertThat(AnswerChecker.read("pi/2")[0]).isCloseTo(Math.PI / 2, within(EXACT));
        assertThat(AnswerChecker.read("sqrt(2)")[0]).isCloseTo(Math.sqrt(2), within(EXACT));
        assertThat(AnswerChecker.read("1e-3")).containsExactly(1e-3);
        assertThat(AnswerChecker.read("\uff13\uff0f\uff14")).as("full-width 3/4").containsExactly(0.75);
        assertThat(AnswerChecker.read("2\u00d73")).containsExactly(6);
    }

    @Test
    void severalNumbersAreSeparatedByCommasOrSemicolonsWithOrWithoutBrackets() {
        assertThat(AnswerChecker.read("1, 2")).containsExactly(1, 2);
        assertThat(AnswerChecker.read("(1, -2)")).containsExactly(1, -2);
        assertThat(AnswerChecker.read("[1/2; 3]")).containsExactly(0.5, 3);
        assertThat(AnswerChecker.read("1\u30012")).as("Japanese comma").containsExactly(1, 2);
        assertThat(AnswerChecker.read("(1 + 2)")).as("brackets around one number stay brackets").containsExactly(3);
        assertThat(AnswerChecker.read("(1+1)*2, 3")).containsExactly(4, 3);
    }

    @Test
    void typosNameTheirColumn() {
        assertThatThrownBy(() -> AnswerChecker.read("")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.column()).isEqualTo(1));
        assertThatThrownBy(() -> AnswerChecker.read("1, ")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.column()).isEqualTo(3));
        assertThatThrownBy(() -> AnswerChecker.read("2, 3/")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.column()).isEqualTo(6));
        assertThatThrownBy(() -> AnswerChecker.read("2x")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.reason()).contains("number").contains("x"));
        assertThatThrownBy(() -> AnswerChecker.read("1/0")).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.reason()).contains("finite"));
    }

    @Test
    void aFractionAndItsDecimalBothCount() {
        Exercise third = exercise(Answer.of(1.0 / 3));
        assertThat(AnswerChecker.check(third, "1/3")).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(third, "0.3333")).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(third, "0.333")).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(third, "0.33")).as("two digits are not enough").isInstanceOf(Verdict.Wrong.class);
        assertThat(AnswerChecker.check(exercise(Answer.of(1200)), "1201")).as("a large answer is still exact")
                .isInstanceOf(Verdict.Wrong.class);
        assertThat(AnswerChecker.check(exercise(Answer.of(2 * Math.PI)), "6.283")).isInstanceOf(Verdict.Correct.class);
        Exercise zero = exercise(Answer.of(0));
        assertThat(AnswerChecker.check(zero, "0")).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(zero, "0.01")).isInstanceOf(Verdict.Wrong.class);
    }

    @Test
    void aKnownMistakeGetsItsOwnHint() {
        Exercise e = exercise(Answer.of(6), new Exercise.Mistake(Answer.of(3), "forgot the exponent"));
        assertThat(AnswerChecker.check(e, "3")).isEqualTo(new Verdict.Wrong("forgot the exponent", true));
        assertThat(AnswerChecker.check(e, "5")).isEqualTo(new Verdict.Wrong("general hint", false));
    }

    @Test
    void theWrongCountOfNumbersIsNotAWrongAnswer() {
        Exercise e = exercise(Answer.of(2, -1));
        assertThat(AnswerChecker.check(e, "2")).isEqualTo(new Verdict.Unreadable(0, "", 2, 1));
        assertThat(AnswerChecker.check(e, "2, -1")).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, "-1, 2")).isInstanceOf(Verdict.Wrong.class);
    }

    @Property
    void anIntegerAnswerIsAcceptedAsAFractionAndRejectedWhenOffByOne(@ForAll @IntRange(min = -500, max = 500) int n,
                                                                       @ForAll @IntRange(min = 1, max = 9) int d) {
        Exercise e = exercise(Answer.of(n));
        assertThat(AnswerChecker.check(e, (n * d) + "/" + d)).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, Integer.toString(n + 1))).isInstanceOf(Verdict.Wrong.class);
    }
}
