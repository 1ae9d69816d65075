package org.kobai.lesson.exercise;

import org.kobai.lesson.Messages;

/**
 * A kind of exercise a lesson offers, made with fresh numbers from a seed: the same seed gives the same
 * exercise, so "try again" can repeat one and "new exercise" draws another.
 */
public interface ExerciseKind {
    /** A short id, unique within the lesson; its name is the bundle key {@code exercise.<id>.name}. */
    String id();

    /** An exercise in the language of {@code text} (the lesson's bundle). */
    Exercise create(long seed, Messages text);
}
