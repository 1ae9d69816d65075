package org.kobai.lessons.series;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.math.series.ArithmeticSequence;
import org.kobai.math.series.GeometricSequence;
import org.kobai.math.series.Sequence;

/**
 * Sequences and series (article 000, with errata 6): the arithmetic sequence aₙ = a + (n − 1)d and its
 * sum Sₙ = n/2 (2a + (n − 1)d) found by Gauss's pairing, Σ notation, the geometric sequence aₙ = a·rⁿ⁻¹
 * with Sₙ = a(1 − rⁿ)/(1 − r) (n·a for r = 1), and the infinite sum a/(1 − r) for |r| &lt; 1.
 */
public final class SeriesModel extends LessonModel {
    public static final int STEP_ARITHMETIC = 0;
    public static final int STEP_GAUSS = 1;
    public static final int STEP_SIGMA = 2;
    public static final int STEP_GEOMETRIC = 3;
    public static final int STEP_CONVERGENCE = 4;

    private final Parameter a = parameter("a", -5, 5, 1, 0.5);
    private final Parameter d = parameter("d", -5, 5, 1, 0.5);
    private final Parameter r = parameter("r", -2, 2, 0.5, 0.05);
    private final Parameter n = wholeParameter("n", 1, 30, 10);

    public SeriesModel() {
        super(5);
    }

    public Parameter a() { return a; }
    public Parameter d() { return d; }
    public Parameter r() { return r; }
    public Parameter n() { return n; }

    /** The number of terms shown. */
    public int count() { return (int) n.get(); }

    /** The geometric steps use r, the others d. */
    public boolean isGeometric() {
        return step() >= STEP_GEOMETRIC;
    }

    public Sequence sequence() {
        return isGeometric() ? geometric() : arithmetic();
    }

    public ArithmeticSequence arithmetic() {
        return new ArithmeticSequence(a.get(), d.get());
    }

    public GeometricSequence geometric() {
        return new GeometricSequence(a.get(), r.get());
    }

    /** a₁, …, aₙ. */
    public double[] terms() { return sequence().terms(count()); }

    /** S₁, …, Sₙ, adding one term at a time. */
    public double[] runningSums() { return sequence().runningSums(count()); }

    /** S₁, …, Sₙ from the closed form. */
    public double[] closedFormSums() { return sequence().closedFormSums(count()); }

    /** Sₙ from the closed form. */
    public double sum() { return sequence().sum(count()); }

    /** Sₙ as the running sum adds it up. */
    public double runningSum() {
        double[] s = runningSums();
        return s[s.length - 1];
    }

    /** a/(1 − r) in the geometric steps when the series converges; empty otherwise. */
    public OptionalDouble limit() {
        return isGeometric() ? geometric().limit() : OptionalDouble.empty();
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            // article 000: 1, 6, 11, 16, 21, 26
            case STEP_ARITHMETIC -> Map.of("a", 1.0, "d", 5.0, "n", 6.0);
            // article 000: 1 + 2 + … + 10 = 55
            case STEP_GAUSS, STEP_SIGMA -> Map.of("a", 1.0, "d", 1.0, "n", 10.0);
            case STEP_GEOMETRIC -> Map.of("a", 1.0, "r", 2.0, "n", 8.0);
            default -> Map.of("a", 1.0, "r", 0.5, "n", 20.0);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return step >= STEP_GEOMETRIC ? Set.of("a", "r", "n") : Set.of("a", "d", "n");
    }

    @Override
    public Parameter mainParameter() {
        return n;
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("a", "d", "r", "n");
    }
}
