package org.kobai.lessons.linearity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.math.AffineFunction;
import org.kobai.math.EqualityCheck;

/**
 * Functions and linearity (article 001): y = a·x + b as a mapping, its slope Δy = a·Δx, and the two laws
 * of a linear function (additivity and homogeneity), which hold for y = a·x and fail for y = x + 1.
 */
public final class LinearityModel extends LessonModel {
    public static final int STEP_MAPPING = 0;
    public static final int STEP_SLOPE = 1;
    public static final int STEP_ADDITIVITY = 2;
    public static final int STEP_HOMOGENEITY = 3;
    public static final int STEP_COUNTEREXAMPLE = 4;

    private final Parameter slope = parameter("a", -2, 2, 2, 0.1);
    private final Parameter intercept = parameter("b", -3, 3, 0, 0.1);
    private final Parameter input = parameter("x", -4, 4, 1.5, 0.1);
    private final Parameter run = parameter("dx", 0.1, 3, 1, 0.1);
    private final Parameter u = parameter("u", -2.5, 2.5, 1, 0.1);
    private final Parameter v = parameter("v", -2.5, 2.5, 1.5, 0.1);
    private final Parameter c = parameter("c", -2, 2, 2, 0.1);

    public LinearityModel() {
        super(5);
    }

    public Parameter slope() { return slope; }
    public Parameter intercept() { return intercept; }
    public Parameter input() { return input; }
    public Parameter run() { return run; }
    public Parameter u() { return u; }
    public Parameter v() { return v; }
    public Parameter c() { return c; }

    public AffineFunction function() {
        return new AffineFunction(slope.get(), intercept.get());
    }

    /** f(u + v) against f(u) + f(v). */
    public EqualityCheck additivity() {
        return function().additivity(u.get(), v.get());
    }

    /** f(c·u) against c·f(u). */
    public EqualityCheck homogeneity() {
        return function().homogeneity(c.get(), u.get());
    }

    /**
     * The steps about y = a·x start from b = 0; the last step is article 001's counterexample
     * f(x) = x + 1 with u = 1, v = 2, where f(1 + 2) = 4 but f(1) + f(2) = 5.
     */
    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return index == STEP_COUNTEREXAMPLE
                ? Map.of("a", 1.0, "b", 1.0, "u", 1.0, "v", 2.0, "c", 2.0)
                : Map.of("b", 0.0);
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_MAPPING -> Set.of("a", "x");
            case STEP_SLOPE -> Set.of("a", "x", "dx");
            case STEP_ADDITIVITY -> Set.of("a", "u", "v");
            case STEP_HOMOGENEITY -> Set.of("a", "u", "c");
            default -> Set.of("a", "b", "u", "v", "c");
        };
    }

    @Override
    public Parameter mainParameter() {
        return slope;
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("a", "b", "x", "dx", "u", "v", "c");
    }
}
