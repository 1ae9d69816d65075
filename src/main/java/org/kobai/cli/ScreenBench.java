package org.kobai.cli;

import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;

/**
 * Times figure updates on a real JavaFX canvas. The command line itself never starts JavaFX; the launcher
 * hands in an implementation from the app layer when one is wanted ({@code bench --screen}).
 */
public interface ScreenBench {
    /** What one run measured, in milliseconds per update. */
    record Result(double[] fxThreadMs, double[] frameMs) {}

    /**
     * Shows the lesson's figure over {@code model} (already at the step to measure) and times
     * {@code updates} changes of {@code swept}, one per frame, swept back and forth across its range.
     */
    Result measure(Lesson<?> lesson, LessonModel model, Parameter swept, int updates, int width, int height);
}
