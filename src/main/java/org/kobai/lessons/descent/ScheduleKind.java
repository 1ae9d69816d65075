package org.kobai.lessons.descent;

import org.kobai.math.optimize.LearningRateSchedule;

/** The learning-rate schedules offered, each with the constants the lesson uses. */
public enum ScheduleKind {
    CONSTANT, STEP_DECAY, INVERSE_TIME, COSINE;

    /** The schedule for a run of at most {@code steps} steps. */
    public LearningRateSchedule schedule(int steps) {
        return switch (this) {
            case CONSTANT -> LearningRateSchedule.constant();
            case STEP_DECAY -> new LearningRateSchedule.StepDecay(0.5, 20);
            case INVERSE_TIME -> new LearningRateSchedule.InverseTime(0.05);
            case COSINE -> new LearningRateSchedule.Cosine(Math.max(1, steps));
        };
    }

    public String messageKey() {
        return "schedule." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
