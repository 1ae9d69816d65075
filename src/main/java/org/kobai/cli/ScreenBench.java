package org.kobai.cli;

import org.kobai.lessons.Lesson;

/**
 * Times figure updates on a real JavaFX canvas. The command line itself never starts JavaFX; the launcher
 * hands in an implementation from the app layer when one is wanted ({@code bench --screen}).
 */
public interface ScreenBench {
    /** What one run measured, in milliseconds per update. */
    record Result(double[] fxThreadMs, double[] frameMs) {}

    Result measure(Lesson<?> lesson, int updates, int width, int height);
}
