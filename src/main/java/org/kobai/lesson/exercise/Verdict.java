package org.kobai.lesson.exercise;

/** What a typed answer earned. */
public sealed interface Verdict {
    /** Right. */
    record Correct() implements Verdict {}

    /** A number, but not the answer; the hint points at the step that likely went wrong. */
    record Wrong(String hint, boolean recognised) implements Verdict {}

    /**
     * Not something that can be read as the answer: a typo at {@code column} (1-based; 0 when the
     * whole input is the trouble), or the wrong count of numbers.
     */
    record Unreadable(int column, String reason, int expectedCount, int typedCount) implements Verdict {}
}
