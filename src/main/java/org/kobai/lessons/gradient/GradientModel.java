package org.kobai.lessons.gradient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.expr.CompiledExpression;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.ExpressionException;
import org.kobai.math.expr.Gradient;
import org.kobai.math.expr.GradientValue;
import org.kobai.math.field.DirectionalDerivative;
import org.kobai.math.field.JacobianValue;
import org.kobai.math.field.VectorField;

/**
 * The gradient and what ∇ does (article 001): ∇f of f(x1, x2) across the level curves, the directional
 * derivative D_u f = ∇f·u for u = (cos θ, sin θ), largest (|∇f|) along ∇f; a vector field F = (F1, F2)
 * with its divergence ∇·F = ∂F1/∂x1 + ∂F2/∂x2 and curl ∇×F = ∂F2/∂x1 − ∂F1/∂x2 at a point (c, d); and a map
 * F: R² → R² with its Jacobian J, comparing the image of a small square of side h with its image under the
 * linear approximation F(p) + J·(x − p).
 */
public final class GradientModel extends LessonModel {
    public static final int STEP_GRADIENT = 0;
    public static final int STEP_DIRECTION = 1;
    public static final int STEP_FIELD = 2;
    public static final int STEP_JACOBIAN = 3;

    static final List<String> VARIABLES = List.of("x1", "x2");
    /** Article 001's example. */
    static final String ARTICLE_001 = "x1^2 + 2x1x2 - x2^2";
    static final FieldPreset FIRST_FIELD = FieldPreset.ROTATION;
    static final FieldPreset FIRST_MAP = FieldPreset.SQUARE;
    /** Samples along each side of the square when its image is drawn. */
    static final int SIDE_SAMPLES = 40;

    private final Parameter c = parameter("c", -3, 3, 1, 0.01);
    private final Parameter d = parameter("d", -3, 3, 2, 0.01);
    private final Parameter angle = parameter("angle", 0, 360, 45, 1);
    private final Parameter size = parameter("h", 0.02, 1.5, 0.5, 0.01);
    private final ObjectProperty<Expression> function =
            new SimpleObjectProperty<>(this, "function", Expression.parse(ARTICLE_001));
    private final ObjectProperty<VectorField> field = new SimpleObjectProperty<>(this, "field", preset(FIRST_FIELD));
    private final ObjectProperty<VectorField> map = new SimpleObjectProperty<>(this, "map", preset(FIRST_MAP));
    private Expression compiledFor;
    private Gradient gradient;
    private VectorField gradientField;
    private CompiledExpression f;

    public GradientModel() {
        super(4);
    }

    static VectorField preset(FieldPreset p) {
        return VectorField.of(Expression.parse(p.first()), Expression.parse(p.second()), VARIABLES);
    }

    public Parameter c() { return c; }
    public Parameter d() { return d; }
    /** θ in degrees, from the x1 axis towards the x2 axis. */
    public Parameter angle() { return angle; }
    /** h, the side of the small square. */
    public Parameter size() { return size; }

    public ReadOnlyObjectProperty<Expression> functionProperty() { return function; }
    public Expression function() { return function.get(); }
    public ReadOnlyObjectProperty<VectorField> fieldProperty() { return field; }
    public ReadOnlyObjectProperty<VectorField> mapProperty() { return map; }

    /** The vector field of this step: F in the divergence-and-curl step, the map in the Jacobian step. */
    public VectorField field() {
        return step() == STEP_JACOBIAN ? map.get() : field.get();
    }

    /** Whether this step is about a vector field (typed as two components) rather than f. */
    public boolean showsField() {
        return step() >= STEP_FIELD;
    }

    /**
     * Reads a typed f(x1, x2). A function that cannot be read, or uses another variable, leaves f as it was.
     *
     * @throws ExpressionException with the column of the mistake
     */
    public void setFunction(String typed) {
        function.set(Expression.parse(typed, VARIABLES));
    }

    /**
     * Reads a typed component of this step's field: {@code component} 0 is F1, 1 is F2. A component that
     * cannot be read leaves the field as it was.
     *
     * @throws ExpressionException with the column of the mistake
     */
    public void setComponent(int component, String typed) {
        Expression e = Expression.parse(typed, VARIABLES);
        VectorField now = field();
        VectorField next = component == 0 ? VectorField.of(e, now.second(), VARIABLES)
                : VectorField.of(now.first(), e, VARIABLES);
        (step() == STEP_JACOBIAN ? map : field).set(next);
    }

    /** The preset this step's field is, if it is one. */
    public Optional<FieldPreset> presetShown() {
        VectorField now = field();
        return Arrays.stream(FieldPreset.values())
                .filter(p -> Expression.parse(p.first()).equals(now.first())
                        && Expression.parse(p.second()).equals(now.second()))
                .findFirst();
    }

    /** Makes a preset this step's field. */
    public void usePreset(FieldPreset p) {
        (step() == STEP_JACOBIAN ? map : field).set(preset(p));
    }

    private void ensureCompiled() {
        Expression now = function.get();
        if (now != compiledFor) {
            gradient = Gradient.of(now, VARIABLES);
            gradientField = VectorField.gradientOf(now, VARIABLES);
            f = now.compile(VARIABLES);
            compiledFor = now;
        }
    }

    public Gradient gradient() {
        ensureCompiled();
        return gradient;
    }

    /** ∇f as a vector field (∂f/∂x1, ∂f/∂x2), for drawing its arrows. */
    public VectorField gradientField() {
        ensureCompiled();
        return gradientField;
    }

    /** f(x1, x2); NaN (or ±∞) where f is not defined. */
    public double valueAt(double x1, double x2) {
        ensureCompiled();
        return f.valueAt(x1, x2);
    }

    /** ∇f at (x1, x2). */
    public GradientValue gradientAt(double x1, double x2) {
        return gradient().at(x1, x2);
    }

    /** ∇f at (c, d). */
    public GradientValue gradientHere() {
        return gradientAt(c.get(), d.get());
    }

    /** θ in radians. */
    public double angleRadians() {
        return Math.toRadians(angle.get());
    }

    /** D_u f(c, d) = ∇f·u for u = (cos θ, sin θ); NaN where ∇f has no value. */
    public double directionalDerivative() {
        return directionalDerivative(angleRadians());
    }

    /** D_u f(c, d) for u at the given angle (radians); NaN where ∇f has no value. */
    public double directionalDerivative(double radians) {
        GradientValue g = gradientHere();
        return g.isDefined() ? DirectionalDerivative.along(g.vector(), radians) : Double.NaN;
    }

    /** The direction of ∇f(c, d) in degrees [0, 360); NaN where ∇f is 0 or has no value. */
    public double steepestDegrees() {
        GradientValue g = gradientHere();
        return g.isDefined() ? Math.toDegrees(DirectionalDerivative.steepestAngle(g.vector())) : Double.NaN;
    }

    /** |∇f(c, d)|, the largest D_u f; NaN where ∇f has no value. */
    public double steepestRate() {
        GradientValue g = gradientHere();
        return g.isDefined() ? DirectionalDerivative.largest(g.vector()) : Double.NaN;
    }

    /** F(c, d). */
    public double[] fieldHere() {
        return field().valueAt(c.get(), d.get());
    }

    /** ∇·F at (c, d); NaN where undefined. */
    public double divergence() {
        return field().divergenceAt(c.get(), d.get());
    }

    /** ∇×F at (c, d); NaN where undefined. */
    public double curl() {
        return field().curlAt(c.get(), d.get());
    }

    /** J at (c, d) for this step's map. */
    public JacobianValue jacobian() {
        return field().jacobian().at(c.get(), d.get());
    }

    /** The boundary of the square of side h centred on (c, d), counter-clockwise and closed: {x1[], x2[]}. */
    public double[][] square() {
        double h = size.get() / 2, x0 = c.get(), y0 = d.get();
        int n = 4 * SIDE_SAMPLES + 1;
        double[][] out = new double[2][n];
        double[][] corners = {{x0 - h, y0 - h}, {x0 + h, y0 - h}, {x0 + h, y0 + h}, {x0 - h, y0 + h}};
        for (int side = 0; side < 4; side++) {
            double[] from = corners[side], to = corners[(side + 1) % 4];
            for (int k = 0; k < SIDE_SAMPLES; k++) {
                double t = (double) k / SIDE_SAMPLES;
                out[0][side * SIDE_SAMPLES + k] = from[0] + t * (to[0] - from[0]);
                out[1][side * SIDE_SAMPLES + k] = from[1] + t * (to[1] - from[1]);
            }
        }
        out[0][n - 1] = out[0][0];
        out[1][n - 1] = out[1][0];
        return out;
    }

    /** F applied to every point of {@link #square()}: the curved image. */
    public double[][] squareImage() {
        double[][] s = square();
        double[][] out = new double[2][s[0].length];
        for (int i = 0; i < s[0].length; i++) {
            double[] v = field().valueAt(s[0][i], s[1][i]);
            out[0][i] = v[0];
            out[1][i] = v[1];
        }
        return out;
    }

    /** F(p) + J(p)·(q − p) for every q of {@link #square()}: a parallelogram; NaN where F or J has no value at p. */
    public double[][] linearImage() {
        double[][] s = square();
        double[][] out = new double[2][s[0].length];
        double p1 = c.get(), p2 = d.get();
        double[] fp = field().valueAt(p1, p2);
        JacobianValue j = jacobian();
        boolean defined = j.isDefined() && Double.isFinite(fp[0]) && Double.isFinite(fp[1]);
        for (int i = 0; i < s[0].length; i++) {
            double[] step = defined ? j.times(s[0][i] - p1, s[1][i] - p2) : new double[] {Double.NaN, Double.NaN};
            out[0][i] = fp[0] + step[0];
            out[1][i] = fp[1] + step[1];
        }
        return out;
    }

    /** The largest distance between F(q) and its linear approximation over the square's boundary; NaN if undefined. */
    public double linearizationGap() {
        double[][] exact = squareImage(), linear = linearImage();
        double gap = 0;
        for (int i = 0; i < exact[0].length; i++) {
            double dist = Math.hypot(exact[0][i] - linear[0][i], exact[1][i] - linear[1][i]);
            if (!Double.isFinite(dist)) {
                return Double.NaN;
            }
            gap = Math.max(gap, dist);
        }
        return gap;
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(function);
        all.add(field);
        all.add(map);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_DIRECTION -> Map.of("c", 1.0, "d", 2.0, "angle", 45.0);
            case STEP_FIELD -> Map.of("c", 1.0, "d", 0.5);
            case STEP_JACOBIAN -> Map.of("c", 1.0, "d", 0.5, "h", 0.5);
            default -> Map.of("c", 1.0, "d", 2.0);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_DIRECTION -> Set.of("c", "d", "angle");
            case STEP_JACOBIAN -> Set.of("c", "d", "h");
            default -> Set.of("c", "d");
        };
    }

    @Override
    public Parameter mainParameter() {
        return c;
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("angle", "h", "c", "d");
    }

    // ---- scenes: the typed f, the field F and the map, beyond the parameters ----

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(FUNCTION_KEY, function().text());
        into.put(FIELD_KEY + ".first", field.get().first().text());
        into.put(FIELD_KEY + ".second", field.get().second().text());
        into.put(MAP_KEY + ".first", map.get().first().text());
        into.put(MAP_KEY + ".second", map.get().second().text());
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        String typed = from.get(FUNCTION_KEY);
        if (typed != null) {
            try {
                setFunction(typed);
            } catch (ExpressionException e) {
                problems.add(new StateProblem(FUNCTION_KEY, typed, StateProblem.Reason.NOT_READABLE));
            }
        }
        restoreField(from, FIELD_KEY, field, problems);
        restoreField(from, MAP_KEY, map, problems);
    }

    /** Each component that reads replaces its own; one with a typo is reported and the other is still kept. */
    private static void restoreField(Map<String, String> from, String key, ObjectProperty<VectorField> into,
            List<StateProblem> problems) {
        Expression first = component(from, key + ".first", problems);
        Expression second = component(from, key + ".second", problems);
        if (first != null || second != null) {
            VectorField now = into.get();
            into.set(VectorField.of(first != null ? first : now.first(), second != null ? second : now.second(),
                    VARIABLES));
        }
    }

    private static Expression component(Map<String, String> from, String key, List<StateProblem> problems) {
        String typed = from.get(key);
        if (typed == null) {
            return null;
        }
        try {
            return Expression.parse(typed, VARIABLES);
        } catch (ExpressionException e) {
            problems.add(new StateProblem(key, typed, StateProblem.Reason.NOT_READABLE));
            return null;
        }
    }

    private static final String FUNCTION_KEY = "function";
    private static final String FIELD_KEY = "field";
    private static final String MAP_KEY = "map";
}
