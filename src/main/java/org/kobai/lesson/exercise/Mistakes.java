package org.kobai.lesson.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an exercise's likely slips, each with its hint. A slip is left out when, typed, it would count
 * as the answer or as an earlier slip (the first hint wins), or when it is not a finite number (a slip
 * that divides by zero), so every listed slip is recognised by the hint it was given.
 */
public final class Mistakes {
    private final Answer answer;
    private final List<Exercise.Mistake> listed = new ArrayList<>();

    /** Slips for this answer; each slip is compared with the answer's tolerance. */
    public Mistakes(Answer answer) {
        this.answer = answer;
    }

    /**
     * Adds the wrong answer {@code wrong} (as many numbers as the answer has) with its hint, unless it is
     * left out as described above.
     */
    public Mistakes add(String hint, double... wrong) {
        if (wrong.length != answer.size()) {
            throw new IllegalArgumentException("Requires " + answer.size() + " numbers, got " + wrong.length + ".");
        }
        for (double v : wrong) {
            if (!Double.isFinite(v)) {
                return this;
            }
        }
        // typed, a slip the answer or an earlier slip already matches would never reach this hint
        if (answer.matches(wrong) || listed.stream().anyMatch(m -> m.value().matches(wrong))) {
            return this;
        }
        listed.add(new Exercise.Mistake(new Answer(wrong, answer.tolerance()), hint));
        return this;
    }

    /** The slips kept, in the order they were added. */
    public List<Exercise.Mistake> list() {
        return List.copyOf(listed);
    }
}
