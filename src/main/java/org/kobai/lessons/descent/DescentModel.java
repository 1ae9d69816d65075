package org.kobai.lessons.descent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.expr.Expression;
import org.kobai.math.optimize.Descent;
import org.kobai.math.optimize.ExpressionObjective;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.LearningRateSchedule;
import org.kobai.math.optimize.Objective;
import org.kobai.math.optimize.QuadraticBowl;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.Status;
import org.kobai.math.optimize.StoppingRule;

/**
 * Gradient descent (article 000): from a start point, repeat (Δx, Δy) = −η ∇f(x, y). One variable first, then
 * a surface, a learning rate too large, momentum and Adam beside plain descent, and the regimes of momentum
 * on the quadratic bowls.
 *
 * <p>The runs are computed whole from the start; {@link #shown()} says how many steps are revealed, so a
 * run can be played, stepped and reset. Changing η while part of a run is revealed keeps that part and bends
 * the path from the next step on; otherwise the whole run is computed again with the new η.
 */
public final class DescentModel extends LessonModel {
    public static final int STEP_ONE_VARIABLE = 0;
    public static final int STEP_SURFACE = 1;
    public static final int STEP_TOO_LARGE = 2;
    public static final int STEP_COMPARE = 3;
    public static final int STEP_REGIMES = 4;
    /** {@link #shown()} when every step of the runs is revealed. */
    public static final int ALL = Integer.MAX_VALUE;
    /** The quantity an animation of a run moves: how many steps are revealed. */
    public static final String ITERATION = "iteration";
    static final List<String> XY = List.of("x", "y");
    static final List<String> X = List.of("x");
    static final String ONE_VARIABLE = "x^2";
    static final double[] TOLERANCES = {1e-2, 1e-4, 1e-6, 1e-8, 1e-10};

    private final Parameter eta = parameter("eta", 0.001, 2, 0.1, 0.001);
    private final Parameter x0 = parameter("x0", -5, 5, 3, 0.01);
    private final Parameter y0 = parameter("y0", -5, 5, 4, 0.01);
    private final Parameter beta = parameter("beta", 0, 0.99, 0.9, 0.01);
    private final Parameter maxSteps = parameter("steps", 10, 1000, 200, 1);
    private final Parameter speed = parameter("speed", 1, 60, 10, 1);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.BOWL);
    private final ObjectProperty<Expression> typed =
            new SimpleObjectProperty<>(this, "typed", Expression.parse(Preset.BOWL.function()));
    private final ObjectProperty<Expression> oneVariable =
            new SimpleObjectProperty<>(this, "oneVariable", Expression.parse(ONE_VARIABLE));
    private final ObjectProperty<ScheduleKind> schedule = new SimpleObjectProperty<>(this, "schedule", ScheduleKind.CONSTANT);
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", 1e-6);
    private final IntegerProperty shown = new SimpleIntegerProperty(this, "shown", ALL);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final BooleanProperty surfaceShown = new SimpleBooleanProperty(this, "surfaceShown", false);
    /** Base η by the step it starts from: {0: η} unless η was changed part way through a run. */
    private final TreeMap<Integer, Double> rates = new TreeMap<>(Map.of(0, 0.1));
    private final Map<Preset, Expression> presetFunctions = new EnumMap<>(Preset.class);
    private Map<Method, Run> runs;
    private List<Method> runsFor;
    private Objective objective;
    private Expression objectiveFor;

    public DescentModel() {
        super(5);
        InvalidationListener rerun = o -> {
            rates.clear();
            rates.put(0, eta.get());
            runs = null;
        };
        for (Observable o : List.of(x0.valueProperty(), y0.valueProperty(), beta.valueProperty(),
                maxSteps.valueProperty(), preset, typed, oneVariable, schedule, tolerance)) {
            o.addListener(rerun);
        }
        eta.valueProperty().addListener(o -> {
            int at = shown.get();
            if (at > 0 && at < longest()) {
                rates.tailMap(at, true).clear();
                rates.put(at, eta.get());
            } else {
                rates.clear();
                rates.put(0, eta.get());
            }
            runs = null;
        });
        // An invalidation listener, added before any figure's: it runs first, so a figure redrawing on the
        // step change already sees this step's surface and runs.
        stepProperty().addListener((Observable o) -> {
            playing.set(false);
            preset.set(presetFor(step()));
            rerun.invalidated(o);
            shown.set(ALL);
        });
    }

    static Preset presetFor(int step) {
        return switch (step) {
            case STEP_TOO_LARGE, STEP_COMPARE, STEP_REGIMES -> Preset.ELONGATED;
            default -> Preset.BOWL;
        };
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_ONE_VARIABLE -> Map.of("eta", 0.1, "x0", 3.0, "steps", 50.0);
            case STEP_TOO_LARGE -> Map.of("eta", 0.105, "x0", -4.0, "y0", 1.0, "steps", 200.0);
            case STEP_COMPARE -> Map.of("eta", 0.05, "x0", -4.0, "y0", 2.0, "beta", 0.9, "steps", 300.0);
            case STEP_REGIMES -> Map.of("eta", 0.05, "x0", -4.0, "y0", 2.0, "beta", 0.5, "steps", 200.0);
            default -> Map.of("eta", 0.1, "x0", 3.0, "y0", 4.0, "steps", 200.0);
        };
    }

    public Parameter eta() { return eta; }
    public Parameter x0() { return x0; }
    public Parameter y0() { return y0; }
    public Parameter beta() { return beta; }
    public Parameter maxSteps() { return maxSteps; }
    public Parameter speed() { return speed; }
    public ObjectProperty<Preset> presetProperty() { return preset; }
    public Preset preset() { return preset.get(); }
    public ObjectProperty<ScheduleKind> scheduleProperty() { return schedule; }
    public DoubleProperty toleranceProperty() { return tolerance; }
    public IntegerProperty shownProperty() { return shown; }
    public BooleanProperty playingProperty() { return playing; }
    public boolean isPlaying() { return playing.get(); }
    /** Whether the surface is shown as a rotatable 3-D view beside the map (in the steps with two variables). */
    public BooleanProperty surfaceShownProperty() { return surfaceShown; }
    public boolean showsSurface() { return surfaceShown.get() && !isOneVariable(); }

    /** Whether this step is about a function of one variable. */
    public boolean isOneVariable() { return step() == STEP_ONE_VARIABLE; }

    /** The function descended now: f(x) in the first step, the preset's or the typed f(x, y) after. */
    public Expression function() {
        if (isOneVariable()) {
            return oneVariable.get();
        }
        Preset p = preset.get();
        return p == Preset.TYPED ? typed.get() : presetFunctions.computeIfAbsent(p, q -> Expression.parse(q.function()));
    }

    /** The variables of {@link #function()}: x, or x and y. */
    public List<String> variables() { return isOneVariable() ? X : XY; }

    /**
     * Reads a typed function, f(x) in the first step and f(x, y) after (which makes the preset "typed").
     *
     * @throws org.kobai.math.expr.ExpressionException with the column of the mistake
     */
    public void setFunction(String text) {
        Expression e = Expression.parse(text, variables());
        if (isOneVariable()) {
            oneVariable.set(e);
        } else {
            typed.set(e);
            preset.set(Preset.TYPED);
        }
    }

    /** Chooses a preset and moves the start to where it shows the surface well. */
    public void choose(Preset p) {
        preset.set(p);
        if (p != Preset.TYPED) {
            x0.set(p.startX);
            y0.set(p.startY);
        }
    }

    /** The start point x₀: (x0) or (x0, y0). */
    public double[] start() {
        return isOneVariable() ? new double[] {x0.get()} : new double[] {x0.get(), y0.get()};
    }

    /** Sets the start (a click on the map); the runs are computed again and shown whole unless playing. */
    public void setStart(double x, double y) {
        x0.set(Math.max(x0.min(), Math.min(x0.max(), x)));
        if (!isOneVariable()) {
            y0.set(Math.max(y0.min(), Math.min(y0.max(), y)));
        }
        shown.set(playing.get() ? 0 : ALL);
    }

    /** The objective f with its symbolic gradient. */
    public Objective objective() {
        Expression f = function();
        if (f != objectiveFor || objective == null) {
            objective = ExpressionObjective.of(f, variables());
            objectiveFor = f;
        }
        return objective;
    }

    /** f at a point (NaN where not defined). */
    public double valueAt(double... point) {
        return objective().valueAt(point);
    }

    /** The methods this step compares: plain descent, all three, or momentum alone for the regimes. */
    public List<Method> methods() {
        return switch (step()) {
            case STEP_COMPARE -> List.of(Method.GRADIENT_DESCENT, Method.MOMENTUM, Method.ADAM);
            case STEP_REGIMES -> List.of(Method.MOMENTUM);
            default -> List.of(Method.GRADIENT_DESCENT);
        };
    }

    /** Every method's whole run (not only the revealed part); empty where f is not defined at the start. */
    public Map<Method, Run> runs() {
        if (runs == null || !methods().equals(runsFor)) {
            runs = computeRuns();
            runsFor = methods();
        }
        return runs;
    }

    /** The run of the first method (plain descent, or momentum in the regimes step); null if none. */
    public Run run() {
        return runs().get(methods().get(0));
    }

    private Map<Method, Run> computeRuns() {
        Map<Method, Run> out = new EnumMap<>(Method.class);
        int limit = (int) Math.round(maxSteps.get());
        LearningRateSchedule s = schedule.get().schedule(limit);
        StoppingRule rule = StoppingRule.of(limit, tolerance.get());
        for (Method m : methods()) {
            Descent d = new Descent(objective(), start(), m.optimizer(beta.get()), rule);
            if (d.path().isEmpty()) {
                continue;
            }
            while (d.isRunning()) {
                int k = d.steps();
                d.step(s.rate(rates.floorEntry(k).getValue(), k));
            }
            out.put(m, d.result());
        }
        return out;
    }

    /** The most steps any run takes. */
    public int longest() {
        return runs().values().stream().mapToInt(Run::iterations).max().orElse(0);
    }

    /** The steps revealed now: all of them, or as far as play or Step has gone. */
    public int revealed() {
        return Math.min(shown.get(), longest());
    }

    /** The revealed part of a run: x₀ … x_k. */
    public List<Iterate> revealedPath(Run run) {
        return run.path().subList(0, Math.min(run.path().size(), revealed() + 1));
    }

    /** The last revealed point of the first method's run; null if f is not defined at the start. */
    public Iterate current() {
        Run r = run();
        return r == null ? null : revealedPath(r).get(revealedPath(r).size() - 1);
    }

    /** Whether every run is revealed to its end. */
    public boolean isFinished() {
        return revealed() >= longest();
    }

    /** Whether the first method's run has ended diverged and that end is revealed. */
    public boolean showsDivergence() {
        Run r = run();
        return r != null && r.status() == Status.DIVERGED && isFinished();
    }

    /** Starts playing from the start point, or goes on from where the runs were paused. */
    public void play() {
        if (shown.get() >= longest()) {
            shown.set(0);
        }
        playing.set(longest() > 0);
    }

    public void pause() {
        playing.set(false);
    }

    /** One more step revealed while playing; stops at the end. Returns whether it still plays. */
    public boolean advance() {
        if (!playing.get()) {
            return false;
        }
        stepOnce();
        if (isFinished()) {
            playing.set(false);
            shown.set(ALL);
        }
        return playing.get();
    }

    /** Reveals one more step; from a finished run, starts again at the first step. */
    public void stepOnce() {
        int now = shown.get() >= longest() ? 0 : shown.get();
        shown.set(Math.min(now + 1, longest()));
    }

    /** Back to the start point with η applying from the first step. */
    public void reset() {
        playing.set(false);
        rates.clear();
        rates.put(0, eta.get());
        runs = null;
        shown.set(0);
    }

    /** The step's learning rate η_k = schedule(η, k) at the current point, as the next step will use it. */
    public double nextRate() {
        Iterate now = current();
        int k = now == null ? 0 : now.index();
        return schedule.get().schedule((int) Math.round(maxSteps.get()))
                .rate(rates.floorEntry(k).getValue(), k);
    }

    /** The bowl when the surface is a quadratic one (for 2/L and the regime map); null otherwise. */
    public QuadraticBowl bowl() {
        return isOneVariable() ? null : preset.get().bowl();
    }

    /** 2/L for plain descent on the bowl; NaN when the surface is no quadratic bowl. */
    public double criticalRate() {
        QuadraticBowl b = bowl();
        return b == null ? Double.NaN : b.criticalLearningRate();
    }

    public double toleranceValue() { return tolerance.get(); }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.addAll(List.of(preset, typed, oneVariable, schedule, tolerance, shown, surfaceShown));
        return all;
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_ONE_VARIABLE -> Set.of("x0", "steps", "speed");
            case STEP_COMPARE, STEP_REGIMES -> Set.of("x0", "y0", "beta", "steps", "speed");
            default -> Set.of("x0", "y0", "steps", "speed");
        };
    }

    @Override
    public Parameter mainParameter() {
        return eta;
    }

    /** For File → Export animation and Play: the runs revealed step by step, one iteration a frame (60 at most). */
    @Override
    public java.util.Optional<org.kobai.lesson.Animation> animation() {
        int n = longest();
        return n < 1 ? java.util.Optional.empty()
                : java.util.Optional.of(org.kobai.lesson.Animation.of(ITERATION, 0, n).withFrames(Math.min(n + 1, 60)));
    }

    @Override
    protected Map<String, Parameter.Range> animatedQuantities() {
        return Map.of(ITERATION, new Parameter.Range(0, Math.max(1, longest()), 1));
    }

    @Override
    protected void setAnimated(String quantity, double value) {
        playing.set(false);
        shown.set((int) Math.round(Math.max(0, value)));
    }

    /** The parameter ids in the order the controls list them (η has a logarithmic slider of its own). */
    public List<String> controlOrder() {
        return List.of("x0", "y0", "beta", "steps", "speed");
    }

    // ---- scenes: what the learner chose beyond the sliders -------------------------------------------

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(PRESET_KEY, preset.get().name());
        into.put(FUNCTION_KEY, typed.get().text());
        into.put(ONE_VARIABLE_KEY, oneVariable.get().text());
        into.put(SCHEDULE_KEY, schedule.get().name());
        into.put(TOLERANCE_KEY, Double.toString(tolerance.get()));
        into.put(SURFACE_KEY, Boolean.toString(surfaceShown.get()));
        if (rates.size() > 1) { // η was changed during the run: from which step each η applies
            StringBuilder r = new StringBuilder();
            rates.forEach((k, v) -> r.append(r.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
            into.put(RATES_KEY, r.toString());
        }
        if (shown.get() != ALL) {
            into.put(SHOWN_KEY, Integer.toString(shown.get()));
        }
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        restore(from, FUNCTION_KEY, problems, text -> typed.set(Expression.parse(text, XY)));
        restore(from, ONE_VARIABLE_KEY, problems, text -> oneVariable.set(Expression.parse(text, X)));
        restore(from, SCHEDULE_KEY, problems, text -> schedule.set(ScheduleKind.valueOf(text.strip())));
        restore(from, TOLERANCE_KEY, problems, text -> {
            double t = Double.parseDouble(text.strip());
            if (java.util.Arrays.stream(TOLERANCES).noneMatch(allowed -> allowed == t)) {
                throw new IllegalArgumentException("not a tolerance the lesson offers");
            }
            tolerance.set(t);
        });
        restore(from, SURFACE_KEY, problems, text -> {
            if (!text.strip().equals("true") && !text.strip().equals("false")) {
                throw new IllegalArgumentException("neither true nor false");
            }
            surfaceShown.set(Boolean.parseBoolean(text.strip()));
        });
        // Last: the step has already chosen its own preset, and the start comes from the saved sliders.
        restore(from, PRESET_KEY, problems, text -> preset.set(Preset.valueOf(text.strip())));
        // After everything that starts the runs afresh: how far the run had gone, with η as it changed.
        restore(from, RATES_KEY, problems, text -> {
            TreeMap<Integer, Double> read = new TreeMap<>();
            for (String pair : text.split(",")) {
                String[] kv = pair.split(":");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("not 'step: rate'");
                }
                int k = Integer.parseInt(kv[0].strip());
                double rate = Double.parseDouble(kv[1].strip());
                if (k < 0 || !eta.accepts(rate)) {
                    throw new IllegalArgumentException("a step or rate out of range");
                }
                read.put(k, rate);
            }
            if (!read.containsKey(0)) {
                throw new IllegalArgumentException("no rate from the first step");
            }
            rates.clear();
            rates.putAll(read);
            runs = null;
        });
        restore(from, SHOWN_KEY, problems, text -> {
            int k = Integer.parseInt(text.strip());
            if (k < 0) {
                throw new IllegalArgumentException("a negative step");
            }
            shown.set(k);
        });
    }

    private static void restore(Map<String, String> from, String key, List<StateProblem> problems,
                                java.util.function.Consumer<String> use) {
        String text = from.get(key);
        if (text == null) {
            return;
        }
        try {
            use.accept(text);
        } catch (IllegalArgumentException e) { // an ExpressionException too
            problems.add(new StateProblem(key, text, StateProblem.Reason.NOT_READABLE));
        }
    }

    private static final String PRESET_KEY = "preset";
    private static final String FUNCTION_KEY = "function";
    private static final String ONE_VARIABLE_KEY = "function1";
    private static final String SCHEDULE_KEY = "schedule";
    private static final String TOLERANCE_KEY = "tolerance";
    private static final String SURFACE_KEY = "surface";
    private static final String RATES_KEY = "run.rates";
    private static final String SHOWN_KEY = "run.shown";
}
