package org.kobai.lesson.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an exercise's likely slips, each with its hint. A slip is left out when it would count as the
 * answer, when an earlier slip already stands for it (the first hint wins), or when it is not a finite
 * number (a slip that divides by zero), so every listed slip is recognised by the hint it was given.
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
        Answer slip = new Answer(wrong, answer.tolerance());
        if (answer.matches(wrong) || slip.matches(answer.values())) {
            return this;
        }
        for (Exercise.Mistake m : listed) {
            if (m.value().matches(wrong) || slip.matches(m.value().values())) {
                return this;
            }
        }
        listed.add(new Exercise.Mistake(slip, hint));
        return this;
    }

    /** The slips kept, in the order they were added. */
    public List<Exercise.Mistake> list() {
        return List.copyOf(listed);
    }
}
