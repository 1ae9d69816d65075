package org.kobai.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of one lesson: its parameters and the current step. Views and figures bind to it; it knows
 * nothing of either, so it runs (and is tested) without a UI toolkit.
 */
public abstract class LessonModel {
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final int stepCount;
    private final UndoHistory history = new UndoHistory();
    private final ObjectProperty<SurfaceAngle> surfaceAngle = new SimpleObjectProperty<>(this, "surfaceAngle");

    protected LessonModel(int stepCount) {
        if (stepCount < 1) {
            throw new IllegalArgumentException("Requires at least one step.");
        }
        this.stepCount = stepCount;
    }

    /** Declares a parameter; call from the subclass constructor. */
    protected final Parameter parameter(String id, double min, double max, double defaultValue, double increment) {
        return add(new Parameter(id, min, max, defaultValue, increment));
    }

    /** Declares a parameter that takes only whole numbers (a count); call from the subclass constructor. */
    protected final Parameter wholeParameter(String id, int min, int max, int defaultValue) {
        return add(Parameter.wholeNumbers(id, min, max, defaultValue));
    }

    private Parameter add(Parameter p) {
        if (parameters.containsKey(p.id())) {
            throw new IllegalArgumentException("Duplicate parameter '" + p.id() + "'.");
        }
        parameters.put(p.id(), p);
        return p;
    }

    public final List<Parameter> parameters() {
        return Collections.unmodifiableList(new ArrayList<>(parameters.values()));
    }

    public final Optional<Parameter> parameter(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    /** The parameter the benchmark drives: the one a learner moves most. The first by default. */
    public Parameter mainParameter() {
        return parameters.values().iterator().next();
    }

    /**
     * The parameters whose controls a step shows; the others keep their values. Every parameter by default.
     * The walkthrough moves these, and the projector view lists them.
     */
    public Set<String> parametersShownIn(int step) {
        return Set.copyOf(parameters.keySet());
    }

    public final int stepCount() { return stepCount; }

    /** The learner's edits in this lesson, for undo and redo (Ctrl+Z, Ctrl+Y). */
    public final UndoHistory history() { return history; }
    public final IntegerProperty stepProperty() { return step; }

    /**
     * The angle the lesson's 3-D surface is seen from: null until the learner turns it (the figure keeps its
     * own angle), then what they turned it to. Scenes keep it, so a class sees the surface as prepared.
     */
    public final SurfaceAngle surfaceAngle() { return surfaceAngle.get(); }

    public final void setSurfaceAngle(SurfaceAngle angle) { surfaceAngle.set(angle); }

    /**
     * Calls {@code turn} with the surface's angle now (if set) and whenever it is set again, until the
     * returned stop is run.
     */
    public final Runnable followSurfaceAngle(java.util.function.Consumer<SurfaceAngle> turn) {
        javafx.beans.value.ChangeListener<SurfaceAngle> listener = (o, was, now) -> {
            if (now != null) {
                turn.accept(now);
            }
        };
        surfaceAngle.addListener(listener);
        if (surfaceAngle.get() != null) {
            turn.accept(surfaceAngle.get());
        }
        return () -> surfaceAngle.removeListener(listener);
    }
    public final int step() { return step.get(); }

    /**
     * Goes to a step and applies the values that step is written for (see {@link #valuesForStep}).
     * Out-of-range indexes are clamped, so a stale saved step never fails.
     */
    public final void enterStep(int index) {
        int target = Math.max(0, Math.min(stepCount - 1, index));
        valuesForStep(target).forEach((id, v) -> parameter(id).ifPresent(p -> p.set(v)));
        step.set(target);
    }

    /** The parameter values a step sets when the learner arrives at it; none by default. */
    protected Map<String, Double> valuesForStep(int index) {
        return Map.of();
    }

    public final void resetParameters() {
        parameters.values().forEach(Parameter::reset);
    }

    /** Everything whose change should redraw the figure: every parameter and the step. */
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>();
        parameters.values().forEach(p -> all.add(p.valueProperty()));
        all.add(step);
        return all;
    }

    /** Calls {@code listener} whenever any dependency changes. */
    public final void addChangeListener(InvalidationListener listener) {
        dependencies().forEach(o -> o.addListener(listener));
    }

    public final void removeChangeListener(InvalidationListener listener) {
        dependencies().forEach(o -> o.removeListener(listener));
    }

    /**
     * Runs {@code action} whenever any dependency changes, until the returned stop is run: for followers
     * that go before the model does (a figure of a lesson that closes).
     */
    public final Runnable onChange(Runnable action) {
        InvalidationListener listener = o -> action.run();
        addChangeListener(listener);
        return () -> removeChangeListener(listener);
    }

    /** Current values by parameter id, in declaration order. */
    public final Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        parameters.forEach((id, p) -> out.put(id, p.get()));
        return out;
    }

    // ---- animations: what File → Export animation and `export --animate` move, frame by frame ----

    /**
     * The animation the current step is about (the one its Play button runs), offered for export as an
     * animated picture; none by default. One line in a lesson: {@code Optional.of(Animation.of("h", 2, 0.01))}.
     */
    public Optional<Animation> animation() {
        return Optional.empty();
    }

    /**
     * Quantities an animation may move besides the parameters (a run revealed step by step), each with its
     * range now; none by default. A lesson adding one also overrides {@link #setAnimated}.
     */
    protected Map<String, Parameter.Range> animatedQuantities() {
        return Map.of();
    }

    /** Moves one of the lesson's own {@link #animatedQuantities()} to {@code value}. */
    protected void setAnimated(String quantity, double value) {
        throw new IllegalArgumentException("'" + quantity + "' cannot be animated");
    }

    /** Everything an animation may move, with its range: the parameters, then the lesson's own quantities. */
    public final Map<String, Parameter.Range> animatable() {
        Map<String, Parameter.Range> out = new LinkedHashMap<>();
        parameters.forEach((id, p) -> out.put(id, p.rangeProperty().get()));
        animatedQuantities().forEach(out::putIfAbsent);
        return out;
    }

    /**
     * Shows one frame of an animation: moves a parameter (clamped into its range, rounded if whole) or one of
     * the lesson's own quantities to {@code value}.
     *
     * @throws IllegalArgumentException when the lesson has no such quantity
     */
    public final void animate(String quantity, double value) {
        Parameter p = parameters.get(quantity);
        if (p != null) {
            p.valueProperty().set(value);
        } else if (animatedQuantities().containsKey(quantity)) {
            setAnimated(quantity, value);
        } else {
            throw new IllegalArgumentException("no quantity '" + quantity + "' to animate; there are "
                    + List.copyOf(animatable().keySet()));
        }
    }

    // ---- scenes: the lesson's state as text, for files a teacher saves and opens again ----

    /**
     * The step, every parameter, the view (the surface's angle, once turned) and whatever the lesson adds in
     * {@link #saveExtras} (a typed function, data points), as text keys and values: {@code step},
     * {@code param.<id>}, {@code view.surface}, and the lesson's own keys.
     */
    public final Map<String, String> saveState() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(STEP_KEY, Integer.toString(step()));
        parameters.forEach((id, p) -> out.put(PARAMETER_PREFIX + id, Double.toString(p.get())));
        if (surfaceAngle.get() != null) {
            out.put(SURFACE_ANGLE_KEY, surfaceAngle.get().text());
        }
        saveExtras(out);
        return out;
    }

    /**
     * Restores what {@link #saveState} wrote, as far as it can: a key it cannot use is skipped and
     * reported, the rest is restored. The step comes first, so values a step would set are then
     * overwritten by the saved ones.
     *
     * @return what could not be restored; empty when everything was
     */
    public final List<StateProblem> restoreState(Map<String, String> state) {
        List<StateProblem> problems = new ArrayList<>();
        String savedStep = state.get(STEP_KEY);
        if (savedStep != null) {
            try {
                int k = Integer.parseInt(savedStep.trim());
                if (k < 0 || k >= stepCount) {
                    problems.add(new StateProblem(STEP_KEY, savedStep, StateProblem.Reason.OUT_OF_RANGE));
                } else {
                    step.set(k);
                }
            } catch (NumberFormatException e) {
                problems.add(new StateProblem(STEP_KEY, savedStep, StateProblem.Reason.NOT_A_NUMBER));
            }
        }
        state.forEach((key, text) -> {
            if (!key.startsWith(PARAMETER_PREFIX)) {
                return;
            }
            Parameter p = parameters.get(key.substring(PARAMETER_PREFIX.length()));
            if (p == null) {
                problems.add(new StateProblem(key, text, StateProblem.Reason.UNKNOWN));
                return;
            }
            double v;
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                problems.add(new StateProblem(key, text, StateProblem.Reason.NOT_A_NUMBER));
                return;
            }
            if (p.accepts(v)) {
                p.set(v);
            } else {
                problems.add(new StateProblem(key, text, StateProblem.Reason.OUT_OF_RANGE));
            }
        });
        String angle = state.get(SURFACE_ANGLE_KEY);
        if (angle != null) {
            try {
                surfaceAngle.set(SurfaceAngle.parse(angle));
            } catch (IllegalArgumentException e) {
                problems.add(new StateProblem(SURFACE_ANGLE_KEY, angle, StateProblem.Reason.NOT_READABLE));
            }
        }
        restoreExtras(state, problems);
        return problems;
    }

    /** Adds the lesson's own state (typed functions, data) to a scene; keys must not start with "param.". */
    protected void saveExtras(Map<String, String> into) {
    }

    /** Restores what {@link #saveExtras} wrote; adds a problem for anything it cannot use. */
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
    }

    private static final String STEP_KEY = "step";
    private static final String PARAMETER_PREFIX = "param.";
    private static final String SURFACE_ANGLE_KEY = "view.surface";
}
