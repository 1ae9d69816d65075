package org.kobai.app.progress;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner has done, lesson by lesson: the steps seen and the exercises tried and solved.
 * Immutable; every change gives a new value, which the store writes.
 */
public final class Progress {
    /** One lesson's record. */
    public record Lesson(SortedSet<Integer> stepsSeen, int attempted, int solved) {
        public Lesson {
            if (attempted < 0 || solved < 0 || solved > attempted) {
                throw new IllegalArgumentException("Requires 0 <= solved <= attempted.");
            }
            stepsSeen = Collections.unmodifiableSortedSet(new TreeSet<>(stepsSeen));
        }

        static final Lesson NONE = new Lesson(new TreeSet<>(), 0, 0);

        /** The first step not seen yet, counting from 0; {@code stepCount} when all have been seen. */
        public int firstUnseen(int stepCount) {
            for (int s = 0; s < stepCount; s++) {
                if (!stepsSeen.contains(s)) {
                    return s;
                }
            }
            return stepCount;
        }
    }

    private static final Progress EMPTY = new Progress(Map.of());
    private final Map<String, Lesson> lessons;

    private Progress(Map<String, Lesson> lessons) {
        this.lessons = Collections.unmodifiableMap(new TreeMap<>(lessons));
    }

    public static Progress empty() { return EMPTY; }

    static Progress of(Map<String, Lesson> lessons) { return new Progress(lessons); }

    public Lesson of(String lessonId) { return lessons.getOrDefault(lessonId, Lesson.NONE); }

    public Map<String, Lesson> lessons() { return lessons; }

    public Progress withStepSeen(String lessonId, int step) {
        Lesson l = of(lessonId);
        if (l.stepsSeen().contains(step)) {
            return this;
        }
        TreeSet<Integer> seen = new TreeSet<>(l.stepsSeen());
        seen.add(step);
        return with(lessonId, new Lesson(seen, l.attempted(), l.solved()));
    }

    /** Counts an exercise tried, and solved if {@code solved}. */
    public Progress withExercise(String lessonId, boolean solved) {
        Lesson l = of(lessonId);
        return with(lessonId, new Lesson(l.stepsSeen(), l.attempted() + 1, l.solved() + (solved ? 1 : 0)));
    }

    /** Counts an exercise already counted as tried as solved now (never more solved than tried). */
    public Progress withSolved(String lessonId) {
        Lesson l = of(lessonId);
        if (l.solved() >= l.attempted()) {
            return this;
        }
        return with(lessonId, new Lesson(l.stepsSeen(), l.attempted(), l.solved() + 1));
    }

    public Progress withoutLesson(String lessonId) {
        Map<String, Lesson> m = new TreeMap<>(lessons);
        m.remove(lessonId);
        return new Progress(m);
    }

    private Progress with(String lessonId, Lesson lesson) {
        Map<String, Lesson> m = new TreeMap<>(lessons);
        m.put(lessonId, lesson);
        return new Progress(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Progress p && p.lessons.equals(lessons);
    }

    @Override
    public int hashCode() { return lessons.hashCode(); }

    @Override
    public String toString() { return "Progress" + lessons; }
}
