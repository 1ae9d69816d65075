package org.kobai.lessons.systems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.linalg.GaussJordan;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;

/**
 * Identity, inverse and solving Ax = b (article 000). Steps 0–2 look at a 2×2 matrix A = (a b; c d) as a
 * map of the plane: E leaves it alone, A⁻¹ = (1 / (ad − bc))(d −b; −c a) undoes A, and ad − bc = 0 squashes
 * the plane onto a line so nothing can undo it. Steps 3–5 solve a system [A | b] of 2 to 5 equations
 * exactly, by A⁻¹b and by the sweeping-out method one row operation at a time.
 */
public final class SystemsModel extends LessonModel {
    public static final int STEP_IDENTITY = 0;
    public static final int STEP_INVERSE = 1;
    public static final int STEP_SINGULAR = 2;
    public static final int STEP_SYSTEM = 3;
    public static final int STEP_SWEEP = 4;
    public static final int STEP_NO_UNIQUE = 5;
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 5;
    /** Slider values are read as the simplest fraction this close: a typed 1/3 stays 1/3. */
    static final double FRACTION_TOLERANCE = 1e-9;

    /** Article 000 (erratum 3): 4x + 5y = 14, −x + 3y = 5, solved by (x, y) = (1, 2). */
    static final String ARTICLE_SYSTEM = "4,5,14; -1,3,5";
    /** x + 2y = 3, 2x + 4y = 7: parallel lines, no solution (make 7 a 6 for the same line twice). */
    static final String PARALLEL_SYSTEM = "1,2,3; 2,4,7";
    /** A system of each size with a whole-number solution, for when the learner changes the size. */
    static final List<String> PRESETS = List.of(
            ARTICLE_SYSTEM,
            "1,1,1,6; 0,2,5,-4; 2,5,-1,27",                                      // (5, 3, −2)
            "2,1,-1,3,14; 1,-2,1,1,-1; 3,1,2,-1,0; 1,1,1,1,5",                   // (1, 2, −1, 3)
            "3,1,0,-1,2,11; 1,4,1,0,-1,-4; 0,2,5,1,1,6; -1,0,1,3,1,2; 2,-1,1,1,4,18"); // (2, −1, 1, 0, 3)

    private final Parameter a = parameter("a", -5, 5, 1, 0.25);
    private final Parameter b = parameter("b", -5, 5, 0, 0.25);
    private final Parameter c = parameter("c", -5, 5, 0, 0.25);
    private final Parameter d = parameter("d", -5, 5, 1, 0.25);
    private final ObjectProperty<RationalMatrix> system =
            new SimpleObjectProperty<>(this, "system", RationalMatrix.parse(ARTICLE_SYSTEM));
    private final IntegerProperty sweep = new SimpleIntegerProperty(this, "sweep", 0);
    private final BooleanProperty exact = new SimpleBooleanProperty(this, "exact", true);
    private RationalMatrix eliminatedFor;
    private GaussJordan.Elimination elimination;

    public SystemsModel() {
        super(6);
        stepProperty().addListener((o, old, now) -> arrive(old.intValue(), now.intValue()));
    }

    private void arrive(int from, int to) {
        if (to == STEP_NO_UNIQUE) {
            setSystem(RationalMatrix.parse(PARALLEL_SYSTEM));
        } else if (to == STEP_SYSTEM || (to == STEP_SWEEP && from != STEP_SYSTEM)) {
            setSystem(RationalMatrix.parse(ARTICLE_SYSTEM));
        }
        sweep.set(0);
    }

    public Parameter a() { return a; }
    public Parameter b() { return b; }
    public Parameter c() { return c; }
    public Parameter d() { return d; }

    // ---- the 2×2 map -------------------------------------------------------------------------------

    /** A = (a b; c d), each slider value read as the simplest fraction within {@link #FRACTION_TOLERANCE}. */
    public RationalMatrix map() {
        return RationalMatrix.of(new Rational[][] {
                {fraction(a), fraction(b)},
                {fraction(c), fraction(d)}});
    }

    private static Rational fraction(Parameter p) {
        return Rational.simplest(p.get(), FRACTION_TOLERANCE);
    }

    /** ad − bc. */
    public Rational mapDeterminant() {
        return map().determinant();
    }

    /** A⁻¹ = (1 / (ad − bc)) (d −b; −c a), or empty when ad − bc = 0 (no inverse). */
    public Optional<RationalMatrix> mapInverse() {
        RationalMatrix m = map();
        Rational det = m.determinant();
        if (det.isZero()) {
            return Optional.empty();
        }
        Rational k = det.reciprocal(); // 1 / (ad − bc)
        return Optional.of(RationalMatrix.of(new Rational[][] {
                {k.times(m.get(1, 1)), k.times(m.get(0, 1)).negate()},
                {k.times(m.get(1, 0)).negate(), k.times(m.get(0, 0))}}));
    }

    /** Where A sends (x, y): (ax + by, cx + dy). */
    public double[] apply(double x, double y) {
        return new double[] {a.get() * x + b.get() * y, c.get() * x + d.get() * y};
    }

    // ---- the system [A | b] ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<RationalMatrix> systemProperty() { return system; }

    /** The augmented matrix [A | b], n×(n+1). */
    public RationalMatrix system() { return system.get(); }

    /** The number of equations (and unknowns). */
    public int size() { return system.get().rows(); }

    /**
     * Replaces the system. Requires n×(n+1) with 2 ≤ n ≤ 5; the sweeping-out stepper stays where it was if
     * the new elimination is long enough, else goes to its end.
     */
    public void setSystem(RationalMatrix augmented) {
        int n = augmented.rows();
        if (n < MIN_SIZE || n > MAX_SIZE || augmented.columns() != n + 1) {
            throw new IllegalArgumentException("Requires [A | b] of n equations in n unknowns, 2 <= n <= 5; got "
                    + augmented.shape());
        }
        system.set(augmented);
        sweep.set(Math.min(sweep.get(), elimination().steps().size()));
    }

    /** Changes one entry: row i, column j (j = n is the right-hand side b), both from 0. */
    public void setEntry(int i, int j, Rational value) {
        Rational[][] rows = system.get().toArray();
        rows[i][j] = value;
        setSystem(RationalMatrix.of(rows));
    }

    /** Goes to n equations with the preset system of that size. */
    public void setSize(int n) {
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new IllegalArgumentException("Requires 2 <= n <= 5, got " + n);
        }
        if (n != size()) {
            sweep.set(0);
            setSystem(RationalMatrix.parse(PRESETS.get(n - MIN_SIZE)));
        }
    }

    /** The sweeping-out method on the current system (computed once per system). */
    public GaussJordan.Elimination elimination() {
        RationalMatrix now = system.get();
        if (now != eliminatedFor) {
            elimination = GaussJordan.eliminate(now, now.rows());
            eliminatedFor = now;
        }
        return elimination;
    }

    /** One solution, none, or infinitely many. */
    public Solutions solutions() {
        return elimination().solutions();
    }

    /** The coefficient matrix A of the system. */
    public RationalMatrix coefficients() {
        return system.get().columns(0, size());
    }

    /** The right-hand side b. */
    public List<Rational> rightSide() {
        return system.get().column(size());
    }

    // ---- stepping through the elimination ----------------------------------------------------------

    public ReadOnlyIntegerProperty sweepProperty() { return sweep; }

    /** How many row operations are done: 0 shows [A | b] as typed. */
    public int sweepIndex() { return sweep.get(); }

    public int sweepCount() { return elimination().steps().size(); }

    /** One row operation further; false at the end. */
    public boolean sweepForward() {
        if (sweep.get() >= sweepCount()) {
            return false;
        }
        sweep.set(sweep.get() + 1);
        return true;
    }

    /** One row operation back; false at the start. */
    public boolean sweepBack() {
        if (sweep.get() == 0) {
            return false;
        }
        sweep.set(sweep.get() - 1);
        return true;
    }

    /** The augmented matrix after the row operations done so far. */
    public RationalMatrix sweptMatrix() {
        return elimination().after(sweep.get());
    }

    /** The last row operation done, or empty at the start. */
    public Optional<GaussJordan.Step> lastOperation() {
        int k = sweep.get();
        return k == 0 ? Optional.empty() : Optional.of(elimination().steps().get(k - 1));
    }

    // ---- how numbers are shown ---------------------------------------------------------------------

    public BooleanProperty exactProperty() { return exact; }

    /** Whether numbers are shown as exact fractions (1/17) or decimals (0.0588235). */
    public boolean exact() { return exact.get(); }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(system);
        all.add(sweep);
        all.add(exact);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_INVERSE -> Map.of("a", 4.0, "b", 5.0, "c", -1.0, "d", 3.0);   // article 000's A
            case STEP_SINGULAR -> Map.of("a", 2.0, "b", 1.0, "c", 4.0, "d", 2.0);  // ad − bc = 4 − 4 = 0
            default -> Map.of("a", 1.0, "b", 0.0, "c", 0.0, "d", 1.0);            // E
        };
    }

    /** Whether a step is about the 2×2 map (sliders) rather than a system (entry grid). */
    public static boolean isMapStep(int step) {
        return step <= STEP_SINGULAR;
    }

    /** The sliders a step shows. */
    public Set<String> parametersShownIn(int step) {
        return isMapStep(step) ? Set.of("a", "b", "c", "d") : Set.of();
    }

    public List<String> controlOrder() {
        return List.of("a", "b", "c", "d");
    }

    // ---- scenes: the typed system, how far it is swept out, fractions or decimals ----

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(SYSTEM_KEY, system.get().toString());
        into.put(SWEEP_KEY, Integer.toString(sweep.get()));
        into.put(EXACT_KEY, Boolean.toString(exact.get()));
    }

    /** The system first (restoring the step has put the step's own system in), then the sweep over it. */
    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        String typed = from.get(SYSTEM_KEY);
        if (typed != null) {
            try {
                setSystem(RationalMatrix.parse(typed));
            } catch (IllegalArgumentException e) { // a bad entry, ragged rows, or not n×(n+1) with 2 ≤ n ≤ 5
                problems.add(new StateProblem(SYSTEM_KEY, typed, StateProblem.Reason.NOT_READABLE));
            }
        }
        String swept = from.get(SWEEP_KEY);
        if (swept != null) {
            try {
                int k = Integer.parseInt(swept.strip());
                if (k < 0 || k > sweepCount()) {
                    problems.add(new StateProblem(SWEEP_KEY, swept, StateProblem.Reason.OUT_OF_RANGE));
                } else {
                    sweep.set(k);
                }
            } catch (NumberFormatException e) {
                problems.add(new StateProblem(SWEEP_KEY, swept, StateProblem.Reason.NOT_A_NUMBER));
            }
        }
        String fractions = from.get(EXACT_KEY);
        if (fractions != null) {
            switch (fractions.strip()) {
                case "true" -> exact.set(true);
                case "false" -> exact.set(false);
                default -> problems.add(new StateProblem(EXACT_KEY, fractions, StateProblem.Reason.NOT_READABLE));
            }
        }
    }

    private static final String SYSTEM_KEY = "system";
    private static final String SWEEP_KEY = "sweep";
    private static final String EXACT_KEY = "exact";
}
