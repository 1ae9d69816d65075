package org.kobai.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.kobai.lesson.Parameter;

/**
 * Moves a parameter from one value to another over a few seconds, one step per frame, as if a hand
 * were on the slider. The moment anything else sets the parameter (the learner grabs the slider or types
 * a value) the animation lets go, so free play takes over without a fight.
 *
 * <p>Between two positive values the motion is geometric (equal ratios in equal times), which is how a
 * step size h → 0 should shrink: as long on 1 → 0.1 as on 0.1 → 0.01.
 */
public final class ParameterAnimation {
    /** How the value travels between its two ends. */
    public enum Pace {
        /** Equal steps in equal times. */
        EVEN,
        /** Equal ratios in equal times between two positive values; even otherwise. */
        GEOMETRIC
    }

    private final Parameter parameter;
    private Runnable onLetGo = () -> { };
    private Runnable whenDone = () -> { };
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final InvalidationListener letGoWhenTouched = o -> letGoIfTouched();
    private AnimationTimer timer;
    private double lastSet = Double.NaN;

    public ParameterAnimation(Parameter parameter) {
        this.parameter = parameter;
    }

    /** True while the parameter is moving. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.getReadOnlyProperty().get(); }

    /**
     * Starts moving the parameter from {@code from} to {@code to} (both clamped to its range) over
     * {@code seconds}. A run already going is stopped first.
     */
    public void play(double from, double to, double seconds) {
        play(from, to, seconds, Pace.GEOMETRIC, () -> { });
    }

    /**
     * Like {@link #play(double, double, double)}, at the given pace; {@code whenDone} runs once the value has
     * arrived, never when the run is stopped or let go.
     */
    public void play(double from, double to, double seconds, Pace pace, Runnable whenDone) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("Requires seconds > 0.");
        }
        stop();
        double start = clamp(from);
        double end = clamp(to);
        boolean geometric = pace != Pace.EVEN && start > 0 && end > 0;
        this.whenDone = whenDone;
        set(start);
        parameter.valueProperty().addListener(letGoWhenTouched);
        running.set(true);
        timer = new AnimationTimer() {
            private long startedAt = -1;

            @Override
            public void handle(long now) {
                if (startedAt < 0) {
                    startedAt = now;
                }
                double t = Math.min(1, (now - startedAt) / 1e9 / seconds);
                set(t >= 1 ? end : geometric ? start * Math.pow(end / start, t) : start + (end - start) * t);
                if (t >= 1) {
                    Runnable done = ParameterAnimation.this.whenDone;
                    ParameterAnimation.this.stop(); // not AnimationTimer.stop(): the run is over, not just the timer
                    done.run();
                }
            }
        };
        timer.start();
    }

    /** Runs when someone else sets the parameter during a run, after the animation has let go. */
    public void setOnLetGo(Runnable action) {
        this.onLetGo = action == null ? () -> { } : action;
    }

    /** Stops where the parameter is now. */
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        parameter.valueProperty().removeListener(letGoWhenTouched);
        whenDone = () -> { };
        running.set(false);
    }

    private void set(double v) {
        lastSet = v;
        parameter.valueProperty().set(v);
        // The property clamps; remember what it holds so our own write is not mistaken for the learner's.
        lastSet = parameter.get();
    }

    private void letGoIfTouched() {
        if (running.get() && parameter.get() != lastSet) {
            stop();
            onLetGo.run();
        }
    }

    private double clamp(double v) {
        return Math.max(parameter.min(), Math.min(parameter.max(), v));
    }
}
