package org.kobai.lessons.partial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.ExpressionException;
import org.kobai.math.expr.Gradient;
import org.kobai.math.expr.GradientValue;

/**
 * Partial derivatives of f(x1, x2) (articles 000 and 001): the slices f(x1, d) and f(c, x2) and their
 * slopes ∂f/∂x1 and ∂f/∂x2 at (c, d), the tangent plane z = f(c, d) + f_x1(c, d)(x1 − c) + f_x2(c, d)(x2 − d),
 * the total differential dy = f_x1 dx1 + f_x2 dx2 against the true change, and ∂f/∂x1 = ∂f/∂x2 = 0 at a
 * minimum.
 */
public final class PartialModel extends LessonModel {
    public static final int STEP_MAP = 0;
    public static final int STEP_X1 = 1;
    public static final int STEP_X2 = 2;
    public static final int STEP_PLANE = 3;
    public static final int STEP_MINIMUM = 4;

    static final List<String> VARIABLES = List.of("x1", "x2");
    /** Article 001's example. */
    static final String ARTICLE_001 = "x1^2 + 2x1x2 - x2^2";
    /** Article 000's example. */
    static final String ARTICLE_000 = "4x1^2 + 3x2";

    private final Parameter c = parameter("c", -3, 3, 1, 0.01);
    private final Parameter d = parameter("d", -3, 3, 2, 0.01);
    private final Parameter s = parameter("s", 0.01, 1, 0.5, 0.01);
    private final ObjectProperty<Expression> function =
            new SimpleObjectProperty<>(this, "function", Expression.parse(ARTICLE_001));
    private Expression compiledFor;
    private Gradient gradient;
    private DoubleBinaryOperator f;

    public PartialModel() {
        super(5);
        stepProperty().addListener((o, old, now) -> function.set(Expression.parse(functionFor(now.intValue()))));
    }

    static String functionFor(int step) {
        return step == STEP_MINIMUM ? ARTICLE_000 : ARTICLE_001;
    }

    private void ensureCompiled() {
        Expression now = function.get();
        if (now != compiledFor) {
            gradient = Gradient.of(now, VARIABLES);
            f = now.compile(VARIABLES).asBinaryOperator();
            compiledFor = now;
        }
    }

    public Parameter c() { return c; }
    public Parameter d() { return d; }
    public Parameter s() { return s; }

    public ReadOnlyObjectProperty<Expression> functionProperty() { return function; }
    public Expression function() { return function.get(); }

    public Gradient gradient() {
        ensureCompiled();
        return gradient;
    }

    /**
     * Reads a typed f(x1, x2) and makes it the lesson's function. A function that cannot be read, or that
     * uses a variable other than x1 and x2, leaves the current one in place.
     *
     * @throws ExpressionException with the column of the mistake
     */
    public void setFunction(String typed) {
        Expression e = Expression.parse(typed, VARIABLES);
        function.set(e);
    }

    /** f(x1, x2); NaN where f is not defined. */
    public double valueAt(double x1, double x2) {
        ensureCompiled();
        return f.applyAsDouble(x1, x2);
    }

    /** f(c, d). */
    public double value() {
        return valueAt(c.get(), d.get());
    }

    /** (∂f/∂x1, ∂f/∂x2) at (x1, x2). */
    public GradientValue partialsAt(double x1, double x2) {
        return gradient().at(x1, x2);
    }

    /** ∂f/∂x1 at (c, d). */
    public DerivativeValue partialX1() {
        return partialsAt(c.get(), d.get()).partials().get(0);
    }

    /** ∂f/∂x2 at (c, d). */
    public DerivativeValue partialX2() {
        return partialsAt(c.get(), d.get()).partials().get(1);
    }

    /**
     * The tangent plane at (c, d), evaluated at (x1, x2): f(c, d) + f_x1(c, d)(x1 − c) + f_x2(c, d)(x2 − d);
     * NaN where f or a partial derivative is not defined at (c, d).
     */
    public double tangentPlaneAt(double x1, double x2) {
        double fc = value();
        DerivativeValue p1 = partialX1();
        DerivativeValue p2 = partialX2();
        if (!Double.isFinite(fc) || !p1.isDefined() || !p2.isDefined()) {
            return Double.NaN;
        }
        return fc + p1.value() * (x1 - c.get()) + p2.value() * (x2 - d.get());
    }

    /** The total differential dy = f_x1 dx1 + f_x2 dx2 for the step (dx1, dx2) = t·(1, 1); NaN if undefined. */
    public double totalDifferential(double t) {
        DerivativeValue p1 = partialX1();
        DerivativeValue p2 = partialX2();
        return p1.isDefined() && p2.isDefined() ? (p1.value() + p2.value()) * t : Double.NaN;
    }

    /** The true change Δy = f(c + t, d + t) − f(c, d). */
    public double trueChange(double t) {
        return valueAt(c.get() + t, d.get() + t) - value();
    }

    /** Δy − dy for the step s·(1, 1). */
    public double differentialError(double t) {
        return trueChange(t) - totalDifferential(t);
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(function);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_PLANE -> Map.of("c", 1.0, "d", 2.0, "s", 0.5);
            case STEP_MINIMUM -> Map.of("c", 1.0, "d", 1.0);
            default -> Map.of("c", 1.0, "d", 2.0);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return step == STEP_PLANE ? Set.of("c", "d", "s") : Set.of("c", "d");
    }

    @Override
    public Parameter mainParameter() {
        return c;
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("c", "d", "s");
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
