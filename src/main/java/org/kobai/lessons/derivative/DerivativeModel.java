package org.kobai.lessons.derivative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.ExpressionException;

/**
 * The derivative (article 001): the secant through (c, f(c)) and (c + h, f(c + h)) turning into the
 * tangent as h shrinks, f'(c) = lim_{h→0} (f(c + h) − f(c)) / h, the tangent line, local linearity
 * dy = f'(c) dx, the points where f' = 0, and |x|, which has no derivative at 0.
 */
public final class DerivativeModel extends LessonModel {
    public static final int STEP_SECANT = 0;
    public static final int STEP_TANGENT = 1;
    public static final int STEP_LOCAL = 2;
    public static final int STEP_STATIONARY = 3;
    public static final int STEP_CORNER = 4;

    /** The function each step starts from when the learner arrives at it. */
    static final String PARABOLA = "x^2";
    static final String CUBIC = "x^3 - 3x";
    static final String ABSOLUTE = "abs(x)";

    private final Parameter c = parameter("c", -3, 3, 1, 0.01);
    private final Parameter h = parameter("h", 0.01, 2, 1, 0.01);
    private final Parameter zoom = parameter("zoom", 0, 3, 0, 0.1);
    private final ObjectProperty<Expression> function =
            new SimpleObjectProperty<>(this, "function", Expression.parse(PARABOLA));
    private Expression compiledFor;
    private Derivative derivative;
    private DoubleUnaryOperator f;

    public DerivativeModel() {
        super(5);
        stepProperty().addListener((o, old, now) -> function.set(Expression.parse(functionFor(now.intValue()))));
    }

    /** Differentiates and compiles the current function once, on first use after it changes. */
    private void ensureCompiled() {
        Expression now = function.get();
        if (now != compiledFor) {
            derivative = Derivative.of(now, "x");
            f = now.compile(List.of("x")).asUnaryOperator();
            compiledFor = now;
        }
    }

    static String functionFor(int step) {
        return switch (step) {
            case STEP_STATIONARY -> CUBIC;
            case STEP_CORNER -> ABSOLUTE;
            default -> PARABOLA;
        };
    }

    public Parameter c() { return c; }
    public Parameter h() { return h; }
    public Parameter zoom() { return zoom; }

    public ReadOnlyObjectProperty<Expression> functionProperty() { return function; }
    public Expression function() { return function.get(); }
    public Derivative derivative() {
        ensureCompiled();
        return derivative;
    }

    /**
     * Reads a typed f(x) and makes it the lesson's function. A function that cannot be read, or that uses
     * a variable other than x, leaves the current one in place.
     *
     * @throws ExpressionException with the column of the mistake
     */
    public void setFunction(String typed) {
        Expression e = Expression.parse(typed, List.of("x"));
        function.set(e);
    }

    /** f(x); NaN where f is not defined. */
    public double valueAt(double x) {
        ensureCompiled();
        return f.applyAsDouble(x);
    }

    /** f'(x) from the derivative's formula, or why there is none. */
    public DerivativeValue slopeAt(double x) {
        return derivative().at(x);
    }

    /** The slope of the tangent at c: f'(c). */
    public DerivativeValue tangentSlope() {
        return slopeAt(c.get());
    }

    /** The difference quotient (f(c + h) − f(c)) / h: the slope of the secant; empty where undefined. */
    public OptionalDouble secantSlope() {
        return quotient(c.get(), c.get() + h.get());
    }

    /** (f(c) − f(c − h)) / h: the slope of the secant to the left of c. */
    public OptionalDouble leftSlope() {
        return quotient(c.get() - h.get(), c.get());
    }

    private OptionalDouble quotient(double from, double to) {
        double q = (valueAt(to) - valueAt(from)) / (to - from);
        return Double.isFinite(q) ? OptionalDouble.of(q) : OptionalDouble.empty();
    }

    /** How many times the local-linearity window is magnified: 10^zoom. */
    public double magnification() {
        return Math.pow(10, zoom.get());
    }

    /**
     * The points a in [from, to] where f'(a) = 0: sign changes of f' on a grid, refined by bisection, and
     * kept only where f' really vanishes (a jump of f' from − to +, as for |x|, is no stationary point).
     */
    public List<Double> stationaryPoints(double from, double to) {
        Derivative derivative = derivative();
        DoubleUnaryOperator fp = derivative.compiled().asUnaryOperator();
        int n = 600;
        double step = (to - from) / n;
        List<Double> found = new ArrayList<>();
        double x0 = from;
        double y0 = fp.applyAsDouble(x0);
        if (y0 == 0) {
            found.add(x0);
        }
        for (int i = 1; i <= n; i++) {
            double x1 = i == n ? to : from + i * step;
            double y1 = fp.applyAsDouble(x1);
            if (y1 == 0) {
                found.add(x1);
            } else if (Double.isFinite(y0) && Double.isFinite(y1) && y0 != 0 && (y0 < 0) != (y1 < 0)) {
                double root = bisect(fp, x0, x1, y0);
                DerivativeValue at = derivative.at(root);
                if (at.isDefined() && Math.abs(at.value()) < 1e-6) {
                    found.add(root);
                }
            }
            x0 = x1;
            y0 = y1;
        }
        return List.copyOf(found);
    }

    private static double bisect(DoubleUnaryOperator fp, double lo, double hi, double yLo) {
        for (int i = 0; i < 100 && lo < hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double y = fp.applyAsDouble(mid);
            if (y == 0) {
                return mid;
            }
            if ((y < 0) == (yLo < 0)) {
                lo = mid;
                yLo = y;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Every parameter, the step and the function. */
    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(function);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_SECANT -> Map.of("c", 1.0, "h", 1.0);
            case STEP_TANGENT -> Map.of("c", 1.0);
            case STEP_LOCAL -> Map.of("c", 1.0, "zoom", 0.0);
            case STEP_STATIONARY -> Map.of("c", 1.0);
            default -> Map.of("c", 0.0, "h", 0.5);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_SECANT, STEP_CORNER -> Set.of("c", "h");
            case STEP_LOCAL -> Set.of("c", "zoom");
            default -> Set.of("c");
        };
    }

    @Override
    public Parameter mainParameter() {
        return c;
    }

    /** What Play animates, for File → Export animation: h → 0 for the secant, the zoom on f near c. */
    @Override
    public java.util.Optional<org.kobai.lesson.Animation> animation() {
        return java.util.Optional.ofNullable(switch (step()) {
            case STEP_SECANT, STEP_CORNER -> org.kobai.lesson.Animation.of(h.id(), h.max(), h.min());
            case STEP_LOCAL -> org.kobai.lesson.Animation.of(zoom.id(), zoom.min(), zoom.max());
            default -> null;
        });
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("c", "h", "zoom");
    }

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(FUNCTION_KEY, function().text());
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        String typed = from.get(FUNCTION_KEY);
        if (typed == null) {
            return;
        }
        try {
            setFunction(typed);
        } catch (ExpressionException e) {
            problems.add(new StateProblem(FUNCTION_KEY, typed, StateProblem.Reason.NOT_READABLE));
        }
    }

    private static final String FUNCTION_KEY = "function";
}
