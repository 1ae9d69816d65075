package org.kobai.lesson.exercise;

import java.util.List;

/**
 * One exercise with fresh numbers: what to compute, the answer, the wrong answers a learner is likely to
 * give (each with a hint at the step that went wrong), a general hint, and the worked solution.
 *
 * @param kind     the generator's id, for progress and tests
 * @param prompt   the question, in the learner's language, with {@code $…$} formulas
 * @param answer   the right answer
 * @param mistakes likely wrong answers and the hint each deserves
 * @param hint     the hint for any other wrong answer
 * @param solution the worked solution, with {@code $…$} formulas
 */
public record Exercise(String kind, String prompt, Answer answer, List<Mistake> mistakes, String hint, String solution) {
    public Exercise {
        mistakes = List.copyOf(mistakes);
    }

    /** A wrong answer worth recognising, and what to say about it. */
    public record Mistake(Answer value, String hint) {}
}
