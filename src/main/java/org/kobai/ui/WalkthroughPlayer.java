package org.kobai.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.Walkthrough;
import org.kobai.lesson.Walkthrough.Beat;
import org.kobai.lesson.Walkthrough.Motion;
import org.kobai.lesson.Walkthrough.Target;

/**
 * Plays a {@link Walkthrough} on a lesson's model: goes to each step, waits while it is read, and moves the
 * parameters with {@link ParameterAnimation}s, one frame at a time on the JavaFX thread (nothing waits or
 * blocks). Whoever sets a moving parameter takes it over: the player lets go of everything and reports
 * {@link State#HANDED_OVER}; the shell does the same through {@link #handOver()} for any other control the
 * teacher touches.
 */
public final class WalkthroughPlayer {
    /** Where the player is. */
    public enum State {
        /** Not started yet. */
        READY,
        PLAYING,
        PAUSED,
        /** Played to the end; the lesson is free to play with. */
        FINISHED,
        /** Stopped by the teacher (Stop, Esc). */
        STOPPED,
        /** The teacher touched a control; the values stay where they are. */
        HANDED_OVER;

        public boolean isOver() {
            return this == FINISHED || this == STOPPED || this == HANDED_OVER;
        }
    }

    private final LessonModel model;
    private final Walkthrough script;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyIntegerWrapper beat = new ReadOnlyIntegerWrapper(this, "beat", -1);
    /** The motion under way, or null while a step is read or a result held. */
    private final ReadOnlyObjectWrapper<Motion> motion = new ReadOnlyObjectWrapper<>(this, "motion");
    private final Map<String, ParameterAnimation> animations = new HashMap<>();
    private final List<ParameterAnimation> moving = new ArrayList<>();
    private PauseTransition wait;
    private int motionIndex;
    private long motionStartedAt;
    private double motionSecondsLeft;

    public WalkthroughPlayer(LessonModel model, Walkthrough script) {
        List<String> problems = script.problemsWith(model);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The walkthrough does not fit the lesson: " + problems);
        }
        this.model = model;
        this.script = script;
    }

    public Walkthrough script() { return script; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public State state() { return state.get(); }
    /** The index of the beat being played in {@link Walkthrough#beats()}; −1 before the start. */
    public ReadOnlyIntegerProperty beatProperty() { return beat.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Motion> motionProperty() { return motion.getReadOnlyProperty(); }

    /** Plays from the first beat. */
    public void play() {
        if (state.get() != State.READY) {
            throw new IllegalStateException("A player plays once; make a new one.");
        }
        state.set(State.PLAYING);
        startBeat(0);
    }

    /** Holds everything where it is, to talk about it; {@link #resume()} goes on. */
    public void pause() {
        if (state.get() != State.PLAYING) {
            return;
        }
        state.set(State.PAUSED);
        if (wait != null) {
            wait.pause();
        }
        if (!moving.isEmpty()) {
            double elapsed = (System.nanoTime() - motionStartedAt) / 1e9;
            motionSecondsLeft = Math.max(0.05, motionSecondsLeft - elapsed);
            stopMoving();
        }
    }

    public void resume() {
        if (state.get() != State.PAUSED) {
            return;
        }
        state.set(State.PLAYING);
        if (wait != null) {
            wait.play();
        } else if (motion.get() != null) {
            startMotion(motion.get(), motionSecondsLeft, false);
        }
    }

    /** Ends the walkthrough at once, leaving the values where they are. */
    public void stop() {
        end(State.STOPPED);
    }

    /** Ends the walkthrough because the teacher took a control; the values stay where they are. */
    public void handOver() {
        end(State.HANDED_OVER);
    }

    private void end(State how) {
        if (state.get().isOver()) {
            return;
        }
        cancelWait();
        stopMoving();
        motion.set(null);
        state.set(how);
    }

    private void startBeat(int index) {
        if (index >= script.beats().size()) {
            end(State.FINISHED);
            return;
        }
        Beat b = script.beats().get(index);
        motion.set(null);
        model.enterStep(b.step());
        beat.set(index);
        motionIndex = 0;
        after(b.readSeconds(), this::nextMotion);
    }

    private void nextMotion() {
        Beat b = script.beats().get(beat.get());
        if (motionIndex >= b.motions().size()) {
            startBeat(beat.get() + 1);
            return;
        }
        Motion m = b.motions().get(motionIndex++);
        motion.set(m);
        startMotion(m, m.seconds(), true);
    }

    /** Starts every target of {@code m}; from the script's start values only when {@code fromStart}. */
    private void startMotion(Motion m, double seconds, boolean fromStart) {
        stopMoving();
        motionStartedAt = System.nanoTime();
        motionSecondsLeft = seconds;
        ParameterAnimation.Pace pace = m.targets().size() == 1 || allPositive(m)
                ? ParameterAnimation.Pace.GEOMETRIC : ParameterAnimation.Pace.EVEN;
        int[] left = {m.targets().size()};
        for (Target t : m.targets()) {
            Parameter p = model.parameter(t.parameter()).orElseThrow();
            ParameterAnimation a = animations.computeIfAbsent(t.parameter(), id -> {
                ParameterAnimation created = new ParameterAnimation(p);
                created.setOnLetGo(this::handOver);
                return created;
            });
            moving.add(a);
            double from = fromStart && !t.fromCurrent() ? t.from() : p.get();
            a.play(from, t.to(), seconds, pace, () -> {
                if (--left[0] == 0 && state.get() == State.PLAYING) {
                    moving.clear();
                    motion.set(null);
                    after(m.holdSeconds(), this::nextMotion);
                }
            });
        }
    }

    /** Targets moving together keep in step: geometrically only when every one of them can. */
    private boolean allPositive(Motion m) {
        for (Target t : m.targets()) {
            double from = t.fromCurrent() ? model.parameter(t.parameter()).orElseThrow().get() : t.from();
            if (!(from > 0 && t.to() > 0)) {
                return false;
            }
        }
        return true;
    }

    private void after(double seconds, Runnable next) {
        cancelWait();
        if (seconds <= 0) {
            next.run();
            return;
        }
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> {
            if (wait == p) {
                wait = null;
                next.run();
            }
        });
        wait = p;
        p.play();
    }

    private void cancelWait() {
        if (wait != null) {
            PauseTransition w = wait;
            wait = null;
            w.stop();
        }
    }

    private void stopMoving() {
        List<ParameterAnimation> now = List.copyOf(moving);
        moving.clear();
        now.forEach(ParameterAnimation::stop);
    }
}
