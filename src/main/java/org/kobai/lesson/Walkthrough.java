package org.kobai.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lesson played as a scripted demonstration, for a teacher in front of a class: the script goes to a
 * step, leaves time to read it, then moves the step's parameters to the values it is about, one motion
 * after another, and goes on to the next step. The script only says what to do; a player in the UI does
 * it, and hands over to free play the moment the teacher touches a control.
 *
 * <p>Write one with {@link #builder()}:
 * <pre>{@code
 * Walkthrough.builder().step(0).move(4, sweep("h", 1, 0.01)).hold(2).build()
 * }</pre>
 * or take {@link #standard(LessonModel)}, derived from any lesson's steps and parameters.
 *
 * @param beats the steps as the script plays them, in order; at least one
 */
public record Walkthrough(List<Beat> beats) {
    /** Time to read a step's explanation before anything moves, unless the script says otherwise. */
    public static final double READ_SECONDS = 3;
    /** How long a motion of the standard script takes. */
    public static final double MOVE_SECONDS = 3;
    /** How long the standard script rests on the value a motion reached. */
    public static final double HOLD_SECONDS = 1;
    /** How long the standard script stays on a step that moves nothing. */
    public static final double QUIET_STEP_SECONDS = 6;
    /** How far towards the farther end of its range the standard script takes a parameter. */
    static final double STANDARD_REACH = 0.5;
    /** How many parameters of one step the standard script moves, at most. */
    static final int STANDARD_PARAMETERS_PER_STEP = 2;

    public Walkthrough {
        if (beats == null || beats.isEmpty()) {
            throw new IllegalArgumentException("Requires at least one step.");
        }
        beats = List.copyOf(beats);
    }

    /**
     * One parameter's part in a motion: from {@code from} (NaN: wherever the parameter is) to {@code to}.
     */
    public record Target(String parameter, double from, double to) {
        public Target {
            if (parameter == null || parameter.isBlank()) {
                throw new IllegalArgumentException("Requires a parameter id.");
            }
            if (!Double.isFinite(to) || Double.isInfinite(from)) {
                throw new IllegalArgumentException("Requires finite values for '" + parameter + "'.");
            }
        }

        /** True when the motion starts from wherever the parameter is. */
        public boolean fromCurrent() { return Double.isNaN(from); }
    }

    /**
     * Parameters moving together for {@code seconds}, then resting for {@code holdSeconds} so the class sees
     * the result.
     */
    public record Motion(List<Target> targets, double seconds, double holdSeconds) {
        public Motion {
            if (targets == null || targets.isEmpty()) {
                throw new IllegalArgumentException("Requires at least one parameter to move.");
            }
            targets = List.copyOf(targets);
            Set<String> ids = new HashSet<>();
            for (Target t : targets) {
                if (!ids.add(t.parameter())) {
                    throw new IllegalArgumentException("Moves '" + t.parameter() + "' twice at once.");
                }
            }
            if (!(seconds > 0 && seconds < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Requires seconds > 0.");
            }
            if (!(holdSeconds >= 0 && holdSeconds < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Requires holdSeconds >= 0.");
            }
        }
    }

    /** A lesson step as the script plays it: go to the step, read for {@code readSeconds}, then the motions. */
    public record Beat(int step, double readSeconds, List<Motion> motions) {
        public Beat {
            if (step < 0) {
                throw new IllegalArgumentException("Requires step >= 0.");
            }
            if (!(readSeconds >= 0 && readSeconds < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Requires readSeconds >= 0.");
            }
            motions = List.copyOf(motions);
        }
    }

    /** Moves a parameter from where it is to {@code value}. */
    public static Target to(String parameter, double value) {
        return new Target(parameter, Double.NaN, value);
    }

    /** Moves a parameter from {@code from} (set at once) to {@code to}. */
    public static Target sweep(String parameter, double from, double to) {
        if (!Double.isFinite(from)) {
            throw new IllegalArgumentException("Requires a finite start for '" + parameter + "'.");
        }
        return new Target(parameter, from, to);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How long the whole script plays, in seconds, if nobody interrupts it. */
    public double seconds() {
        double total = 0;
        for (Beat b : beats) {
            total += b.readSeconds();
            for (Motion m : b.motions()) {
                total += m.seconds() + m.holdSeconds();
            }
        }
        return total;
    }

    /**
     * What in this script does not fit {@code model}: a step past the last, a parameter the model does not
     * have, a value outside a parameter's range. Empty when the script can be played as written.
     */
    public List<String> problemsWith(LessonModel model) {
        List<String> problems = new ArrayList<>();
        for (Beat b : beats) {
            if (b.step() >= model.stepCount()) {
                problems.add("step " + b.step() + " is past the last step " + (model.stepCount() - 1));
            }
            for (Motion m : b.motions()) {
                for (Target t : m.targets()) {
                    var p = model.parameter(t.parameter());
                    if (p.isEmpty()) {
                        problems.add("step " + b.step() + ": no parameter '" + t.parameter() + "'");
                        continue;
                    }
                    for (double v : new double[] {t.from(), t.to()}) {
                        if (!Double.isNaN(v) && !p.get().accepts(v)) {
                            problems.add(String.format(Locale.ROOT, "step %d: %s = %s is outside %s … %s", b.step(),
                                    t.parameter(), Parameter.format(v), Parameter.format(p.get().min()),
                                    Parameter.format(p.get().max())));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The script any lesson gets unless it writes its own: every step in order; on each, after time to read,
     * up to two of the parameters the step shows (the lesson's main parameter first; counts only when they
     * are the main parameter) go from the value the step sets, or their default, half-way towards the
     * farther end of their range, and back.
     */
    public static Walkthrough standard(LessonModel model) {
        Builder script = builder();
        for (int s = 0; s < model.stepCount(); s++) {
            script.step(s);
            Map<String, Double> stepValues = model.valuesForStep(s);
            List<Parameter> moved = standardParameters(model, s);
            if (moved.isEmpty()) {
                script.read(QUIET_STEP_SECONDS);
            }
            for (Parameter p : moved) {
                double start = Math.max(p.min(), Math.min(p.max(), stepValues.getOrDefault(p.id(), p.defaultValue())));
                double far = p.max() - start >= start - p.min() ? p.max() : p.min();
                double reached = start + STANDARD_REACH * (far - start);
                if (p.whole()) {
                    reached = Math.rint(reached);
                }
                script.move(MOVE_SECONDS, sweep(p.id(), start, reached)).hold(HOLD_SECONDS)
                        .move(MOVE_SECONDS, to(p.id(), start)).hold(HOLD_SECONDS);
            }
        }
        return script.build();
    }

    private static List<Parameter> standardParameters(LessonModel model, int step) {
        Set<String> shown = model.parametersShownIn(step);
        Parameter main = model.mainParameter();
        List<Parameter> chosen = new ArrayList<>();
        if (shown.contains(main.id())) {
            chosen.add(main);
        }
        for (Parameter p : model.parameters()) {
            if (chosen.size() < STANDARD_PARAMETERS_PER_STEP && p != main && shown.contains(p.id()) && !p.whole()) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    /** Writes a script step by step; each {@link #step} starts a new beat. */
    public static final class Builder {
        private final List<Beat> beats = new ArrayList<>();
        private int step = -1;
        private double read = READ_SECONDS;
        private final List<Motion> motions = new ArrayList<>();

        private Builder() {}

        /** Goes to a lesson step (0-based) and starts its beat. */
        public Builder step(int index) {
            if (index < 0) {
                throw new IllegalArgumentException("Requires step >= 0.");
            }
            flush();
            step = index;
            read = READ_SECONDS;
            return this;
        }

        /** How long to leave the step to be read before anything moves. */
        public Builder read(double seconds) {
            requireStep();
            read = seconds;
            return this;
        }

        /** Moves these parameters together over {@code seconds}. */
        public Builder move(double seconds, Target... targets) {
            requireStep();
            motions.add(new Motion(List.of(targets), seconds, 0));
            return this;
        }

        /** Rests on the values the last motion reached. */
        public Builder hold(double seconds) {
            requireStep();
            if (motions.isEmpty()) {
                throw new IllegalStateException("hold(...) follows a move(...); use read(...) before the first.");
            }
            Motion last = motions.remove(motions.size() - 1);
            motions.add(new Motion(last.targets(), last.seconds(), seconds));
            return this;
        }

        public Walkthrough build() {
            flush();
            return new Walkthrough(beats);
        }

        private void requireStep() {
            if (step < 0) {
                throw new IllegalStateException("Start with step(...).");
            }
        }

        private void flush() {
            if (step >= 0) {
                beats.add(new Beat(step, read, motions));
                motions.clear();
                step = -1;
            }
        }
    }
}
