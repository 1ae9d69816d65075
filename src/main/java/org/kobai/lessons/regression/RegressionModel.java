package org.kobai.lessons.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.regression.PointsCsv;
import org.kobai.math.regression.PointsCsvException;
import org.kobai.lesson.UndoHistory;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LeastSquares;
import org.kobai.math.regression.LineFit;
import org.kobai.math.regression.NoUniqueFitException;
import org.kobai.math.regression.NormalEquations;
import org.kobai.math.regression.SquaredError;
import org.kobai.math.optimize.Descent;
import org.kobai.math.optimize.LearningRateSchedule;
import org.kobai.math.optimize.Optimizer;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.StoppingRule;

/**
 * Least squares for simple regression (article 000): data points (x_k, y_k), a line ŷ = ax + b the
 * learner moves, the residuals e_k = y_k − ŷ_k and the objective E(a, b) = Σ (y_k − ŷ_k)² as a sum of
 * squares, E as a map over (a, b), its minimum where ∂E/∂a = ∂E/∂b = 0, and the same answer in matrix
 * form, w = (XᵀX)⁻¹Xᵀy; and gradient descent on E reaching that same minimum from any start. The learner edits the points (drag, add, remove, undo), draws new random data or
 * imports a file.
 */
public final class RegressionModel extends LessonModel {
    public static final int STEP_LINE = 0;
    public static final int STEP_SQUARES = 1;
    public static final int STEP_MAP = 2;
    public static final int STEP_MINIMUM = 3;
    public static final int STEP_DESCENT = 4;
    public static final int STEP_MATRIX = 5;
    private static final int STEPS = 6;
    /** Descent stops when |∇E| falls to this share of |∇E| at the start. */
    static final double DESCENT_TOLERANCE = 1e-9;

    /**
     * The lesson's example: five points scattered about a rising line, as in article 000's figure 4.
     * Least squares gives a = b = 1.3, E = 1.9 (worked by hand in the tests).
     */
    public static final DataPoints EXAMPLE = new DataPoints(new double[] {1, 2, 3, 4, 5}, new double[] {3, 3, 6, 6, 8});
    /** The most points the lesson takes from a file: every one is drawn with its square. */
    public static final int MAX_POINTS = 2000;
    /** How many points "new random data" draws. */
    public static final int RANDOM_POINTS = 12;

    private final ObjectProperty<DataPoints> points = new SimpleObjectProperty<>(this, "points", EXAMPLE);
    private final ObjectProperty<DataWindows> windows = new SimpleObjectProperty<>(this, "windows", DataWindows.of(EXAMPLE));
    private final Parameter a;
    private final Parameter b;
    private final Parameter rate;
    private final Parameter steps;
    private long seed;
    private Object descentKey;
    private Run descent;
    private boolean gestureOpen;
    private int gesturePoint = -1;
    private DataPoints derivedFor;
    private LineFit fit;
    private NormalEquations matrixForm;
    private SquaredError squaredError;

    /**
     * One undoable change of the data: the data before it, and whether the windows were fitted anew. The
     * data after it is taken when it is undone, so one whole drag is one edit.
     */
    private final class Edit implements UndoHistory.Edit {
        private final DataPoints before;
        private final boolean refitted;
        private DataPoints after;

        Edit(DataPoints before, boolean refitted) {
            this.before = before;
            this.refitted = refitted;
        }

        @Override
        public void undo() {
            after = points();
            restore(before);
        }

        @Override
        public void redo() {
            restore(after);
        }

        private void restore(DataPoints data) {
            endGesture();
            if (refitted) {
                show(data);
            } else {
                points.set(data);
            }
        }
    }

    public RegressionModel() {
        super(STEPS);
        DataWindows w = windows.get();
        a = parameter("a", w.aMin(), w.aMax(), 0, DataWindows.increment(w.aMin(), w.aMax()));
        b = parameter("b", w.bMin(), w.bMax(), EXAMPLE.meanY(), DataWindows.increment(w.bMin(), w.bMax()));
        rate = parameter("rate", 0.05, 1.2, 0.5, 0.01);
        steps = wholeParameter("steps", 1, 2000, 300);
    }

    public Parameter a() { return a; }
    public Parameter b() { return b; }
    /** The learning rate as a share of the largest stable one, 2 / λ_max. */
    public Parameter rate() { return rate; }
    /** How many descent steps at most. */
    public Parameter steps() { return steps; }

    public ReadOnlyObjectProperty<DataPoints> pointsProperty() { return points; }
    public DataPoints points() { return points.get(); }
    public ReadOnlyObjectProperty<DataWindows> windowsProperty() { return windows; }
    public DataWindows windows() { return windows.get(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return history().canUndoProperty(); }

    // ---- derived -------------------------------------------------------------------------------------

    private void derive() {
        DataPoints now = points.get();
        if (now == derivedFor) {
            return;
        }
        derivedFor = now;
        squaredError = new SquaredError(now);
        fit = LeastSquares.fittable(now) ? LeastSquares.fit(now) : null;
        NormalEquations m = null;
        if (fit != null) {
            try {
                m = NormalEquations.forLine(now);
            } catch (NoUniqueFitException e) {
                m = null; // x so nearly equal that XᵀX cannot be inverted in floating point
            }
        }
        matrixForm = m;
    }

    /** The least-squares line; empty when the data has none (all x equal). */
    public Optional<LineFit> fit() {
        derive();
        return Optional.ofNullable(fit);
    }

    /** w = (XᵀX)⁻¹Xᵀy with X = [1 x]; empty when XᵀX cannot be inverted. */
    public Optional<NormalEquations> matrixForm() {
        derive();
        return Optional.ofNullable(matrixForm);
    }

    /** E(a, b) of the current data. */
    public SquaredError squaredError() {
        derive();
        return squaredError;
    }

    /** ŷ_k = a x_k + b for the current line. */
    public double predicted(int k) {
        return a.get() * points().x(k) + b.get();
    }

    /** e_k = y_k − ŷ_k for the current line. */
    public double[] residuals() {
        return LeastSquares.residuals(points(), a.get(), b.get());
    }

    /** E = Σ (y_k − ŷ_k)² for the current line. */
    public double error() {
        return LeastSquares.sumOfSquaredErrors(points(), a.get(), b.get());
    }

    /** (∂E/∂a, ∂E/∂b) at the current (a, b). */
    public double[] gradient() {
        return squaredError().gradientAt(a.get(), b.get());
    }

    /** η = rate · 2 / λ_max: the learning rate of the descent on E. */
    public double learningRate() {
        return rate.get() * squaredError().largestStableLearningRate();
    }

    /**
     * Gradient descent on E from the current (a, b): (a, b) ← (a, b) − η (∂E/∂a, ∂E/∂b), at most
     * {@code steps} steps, stopping once |∇E| is a billionth of where it started.
     */
    public Run descent() {
        double[] start = {a.get(), b.get()};
        int most = (int) Math.round(steps.get());
        java.util.List<Object> key = java.util.List.of(points(), start[0], start[1], rate.get(), most);
        if (!key.equals(descentKey)) {
            SquaredError e = squaredError();
            double g0 = Math.hypot(e.gradientAt(start)[0], e.gradientAt(start)[1]);
            StoppingRule rule = StoppingRule.of(most, DESCENT_TOLERANCE * Math.max(1, g0));
            descent = Descent.run(e, start, Optimizer.gradientDescent(), LearningRateSchedule.constant(),
                    learningRate(), rule);
            descentKey = key;
        }
        return descent;
    }

    // ---- the line ------------------------------------------------------------------------------------

    /** The two handles that move the line, {x[], y[]}: on the line an eighth in from each side. */
    public double[][] lineHandles() {
        double[] x = handleXs();
        return new double[][] {x, {a.get() * x[0] + b.get(), a.get() * x[1] + b.get()}};
    }

    private double[] handleXs() {
        DataWindows w = windows();
        double span = w.xMax() - w.xMin();
        return new double[] {w.xMin() + span / 8, w.xMax() - span / 8};
    }

    /** Handle {@code which} (0 left, 1 right) dragged to height y: the line turns about the other handle. */
    public void moveHandle(int which, double y) {
        double[][] h = lineHandles();
        double x0 = h[0][which], xOther = h[0][1 - which], yOther = h[1][1 - which];
        double slope = (y - yOther) / (x0 - xOther);
        double slopeSet = Math.max(a.min(), Math.min(a.max(), slope));
        a.valueProperty().set(slopeSet);
        b.valueProperty().set(yOther - slopeSet * xOther);
    }

    /** Puts the line on the least-squares answer (when there is one). */
    public void useBestLine() {
        fit().ifPresent(f -> {
            a.valueProperty().set(f.slope());
            b.valueProperty().set(f.intercept());
        });
    }

    // ---- editing the data ----------------------------------------------------------------------------

    /** Point k dragged to (x, y); one drag is one undo step (see {@link #endGesture}). */
    public void movePoint(int k, double x, double y) {
        DataPoints now = points();
        if (!gestureOpen || gesturePoint != k) {
            remember(new Edit(now, false));
            gestureOpen = true;
            gesturePoint = k;
        }
        points.set(now.moved(k, x, y));
    }

    /** The mouse was released: the next drag is a new undo step. */
    public void endGesture() {
        gestureOpen = false;
        gesturePoint = -1;
    }

    public void addPoint(double x, double y) {
        if (points().size() >= MAX_POINTS) {
            return;
        }
        endGesture();
        remember(new Edit(points(), false));
        points.set(points().added(x, y));
    }

    /** Removes point k unless only two are left (a line needs two); false if it stays. */
    public boolean removePoint(int k) {
        if (points().size() <= 2) {
            return false;
        }
        endGesture();
        remember(new Edit(points(), false));
        points.set(points().removed(k));
        return true;
    }

    /**
     * New data (a file, random points, the example): the windows and slider ranges fit it, and the line
     * starts flat at the mean ȳ. Undoable.
     */
    public void replaceData(DataPoints data) {
        LeastSquares.requireFittable(data);
        endGesture();
        remember(new Edit(points(), true));
        show(data);
    }

    private void show(DataPoints data) {
        DataWindows w = DataWindows.of(data);
        windows.set(w);
        a.setRange(w.aMin(), w.aMax(), DataWindows.increment(w.aMin(), w.aMax()));
        b.setRange(w.bMin(), w.bMax(), DataWindows.increment(w.bMin(), w.bMax()));
        points.set(data);
        a.valueProperty().set(0);
        b.valueProperty().set(data.meanY());
    }

    /**
     * {@value #RANDOM_POINTS} points about a random line, drawn from the next seed (1, 2, 3, … in turn), so
     * a class that presses the button together sees the same data.
     *
     * @return the seed used
     */
    public long newRandomData() {
        seed++;
        Random r = new Random(seed);
        double slope = Math.round((4 * r.nextDouble() - 2) * 10) / 10.0;
        double intercept = Math.round((6 * r.nextDouble() + 2) * 10) / 10.0;
        double noise = 0.5 + 1.5 * r.nextDouble();
        replaceData(DataPoints.scattered(seed, RANDOM_POINTS, 0, 10, slope, intercept, noise));
        return seed;
    }

    public void useExample() {
        replaceData(EXAMPLE);
    }

    /** Takes back the last edit (the lesson's history: data and typed values); false if there is none. */
    public boolean undo() {
        return history().undo();
    }

    private void remember(Edit edit) {
        history().record(edit);
    }

    // ---- steps ---------------------------------------------------------------------------------------

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        // The lesson starts from the flat line through the mean, whose E is Σ (y_k − ȳ)².
        return index == STEP_LINE ? Map.of("a", 0.0, "b", points().meanY()) : Map.of();
    }

    /** The sliders each step shows. */
    public Set<String> parametersShownIn(int step) {
        return step == STEP_DESCENT ? Set.of("a", "b", "rate", "steps") : Set.of("a", "b");
    }

    public List<String> controlOrder() {
        return List.of("a", "b", "rate", "steps");
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(points);
        all.add(windows);
        return all;
    }

    // ---- scenes: the data travels with the line ------------------------------------------------------

    /** The points as "x y; x y; …" with every digit kept, so a scene gives back the same data. */
    @Override
    protected void saveExtras(Map<String, String> into) {
        DataPoints p = points();
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < p.size(); k++) {
            s.append(k == 0 ? "" : "; ").append(p.x(k)).append(' ').append(p.y(k));
        }
        into.put(POINTS_KEY, s.toString());
    }

    /**
     * Shows the saved points with windows fitted to them, then puts the saved line back: (a, b) were read
     * before the windows fitted the data, so a line outside the example's ranges is set again here.
     */
    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        String text = from.get(POINTS_KEY);
        if (text == null) {
            return;
        }
        DataPoints data;
        try {
            data = PointsCsv.read(new java.io.StringReader(text.replace(';', '\n')), MAX_POINTS);
        } catch (PointsCsvException | java.io.IOException e) {
            problems.add(new StateProblem(POINTS_KEY, text, StateProblem.Reason.NOT_READABLE));
            return;
        }
        endGesture();
        history().clear(); // the edits referred to the data before the scene
        show(data);
        for (Parameter p : List.of(a, b)) {
            String key = "param." + p.id();
            String saved = from.get(key);
            if (saved == null) {
                continue;
            }
            try {
                double v = Double.parseDouble(saved.trim());
                if (p.accepts(v)) {
                    p.set(v);
                    problems.removeIf(q -> q.key().equals(key));
                }
            } catch (NumberFormatException e) {
                // already reported as not a number
            }
        }
    }

    private static final String POINTS_KEY = "points";
}
