package org.kobai.lessons.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;
import org.kobai.math.linalg.Vector;
import org.kobai.math.linalg.WordCounts;

/**
 * Vectors, the inner product and cosine similarity (article 000): two arrows α and β in the plane, their
 * components and lengths, the angle θ between them, α·β computed as a₁b₁ + a₂b₂ and as |α||β|cos θ,
 * cosine similarity (−1 opposite, 0 orthogonal, 1 same direction), the linear form αᵀX with
 * ∂(αᵀX)/∂X = α, and two typed sentences as word-count vectors.
 */
public final class VectorsModel extends LessonModel {
    public static final int STEP_VECTORS = 0;
    public static final int STEP_INNER_PRODUCT = 1;
    public static final int STEP_COSINE = 2;
    public static final int STEP_LINEAR_FORM = 3;
    public static final int STEP_TEXT = 4;

    /** Article 000's example sentences are not given; these two differ in one word. */
    static final String FIRST_SENTENCE = "I like cats and I like dogs";
    static final String SECOND_SENTENCE = "I like dogs";

    private final Parameter a1 = parameter("a1", -15, 15, 2, 0.1);
    private final Parameter a2 = parameter("a2", -15, 15, 1, 0.1);
    private final Parameter b1 = parameter("b1", -5, 5, -1, 0.1);
    private final Parameter b2 = parameter("b2", -5, 5, 2, 0.1);
    private final Parameter x1 = parameter("x1", -15, 15, 1, 0.1);
    private final Parameter x2 = parameter("x2", -15, 15, -6, 0.1);
    private final StringProperty firstText = new SimpleStringProperty(this, "firstText", FIRST_SENTENCE);
    private final StringProperty secondText = new SimpleStringProperty(this, "secondText", SECOND_SENTENCE);

    public VectorsModel() {
        super(5);
    }

    public Parameter a1() { return a1; }
    public Parameter a2() { return a2; }
    public Parameter b1() { return b1; }
    public Parameter b2() { return b2; }
    public Parameter x1() { return x1; }
    public Parameter x2() { return x2; }

    /** α = (a₁, a₂). */
    public Vector alpha() { return Vector.of(a1.get(), a2.get()); }

    /** β = (b₁, b₂). */
    public Vector beta() { return Vector.of(b1.get(), b2.get()); }

    /** X = (x₁, x₂). */
    public Vector x() { return Vector.of(x1.get(), x2.get()); }

    /** The vector the step compares with α: β, or X in the step about αᵀX. */
    public Vector partner() {
        return step() == STEP_LINEAR_FORM ? x() : beta();
    }

    /** α·β (or αᵀX) as the sum of products a₁b₁ + a₂b₂. */
    public double dot() {
        return alpha().dot(partner());
    }

    /** |α||β|cos θ, the same number the geometric way; empty when a vector is zero (no angle). */
    public Optional<Double> dotFromAngle() {
        return angle().map(theta -> alpha().length() * partner().length() * Math.cos(theta));
    }

    /** θ in radians, in [0, π]; empty when either vector is zero. */
    public Optional<Double> angle() {
        Vector a = alpha();
        Vector b = partner();
        return a.isZero() || b.isZero() ? Optional.empty() : Optional.of(a.angleTo(b));
    }

    /** cos θ = α·β / (|α||β|); empty when either vector is zero. */
    public Optional<Double> cosine() {
        Vector a = alpha();
        Vector b = partner();
        return a.isZero() || b.isZero() ? Optional.empty() : Optional.of(a.cosineSimilarity(b));
    }

    /** αᵀX = a₁x₁ + a₂x₂ as a typed function of x1 and x2, e.g. 8x1 + 12x2. */
    public Expression linearForm() {
        return Expression.parse(coefficient(a1.get()) + "*x1 + " + coefficient(a2.get()) + "*x2",
                List.of("x1", "x2"));
    }

    private static String coefficient(double v) {
        return "(" + org.kobai.math.NumberText.plain(v) + ")";
    }

    /**
     * ∂(αᵀX)/∂X, worked out symbolically from the function a₁x₁ + a₂x₂ (one partial derivative per
     * component); it comes out as α itself.
     */
    public Vector gradientOfLinearForm() {
        Gradient g = Gradient.of(linearForm(), List.of("x1", "x2"));
        double[] at = {x1.get(), x2.get()};
        List<DerivativeValue> partials = g.at(at).partials();
        return Vector.of(partials.get(0).value(), partials.get(1).value());
    }

    public StringProperty firstTextProperty() { return firstText; }
    public StringProperty secondTextProperty() { return secondText; }
    public ReadOnlyStringProperty firstText() { return firstText; }

    /** The two sentences as word-count vectors over their shared vocabulary. */
    public WordCounts wordCounts() {
        return WordCounts.of(firstText.get(), secondText.get());
    }

    /** Cosine similarity of the two sentences; empty when a sentence has no words. */
    public Optional<Double> textCosine() {
        WordCounts w = wordCounts();
        return w.firstIsEmpty() || w.secondIsEmpty() ? Optional.empty() : Optional.of(w.cosineSimilarity());
    }

    /** The angle between the two count vectors, in radians; empty when a sentence has no words. */
    public Optional<Double> textAngle() {
        WordCounts w = wordCounts();
        return w.firstIsEmpty() || w.secondIsEmpty() ? Optional.empty()
                : Optional.of(w.firstVector().angleTo(w.secondVector()));
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(firstText);
        all.add(secondText);
        return all;
    }

    /**
     * Steps 1–3 start from article 000's α = (2, 1), β = (−1, 2) (orthogonal); the cosine step from β
     * opposite to α (cos θ = −1); the step about αᵀX from the article's α = (8, 12).
     */
    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_COSINE -> Map.of("a1", 2.0, "a2", 1.0, "b1", -2.0, "b2", -1.0);
            case STEP_LINEAR_FORM -> Map.of("a1", 8.0, "a2", 12.0, "x1", 1.0, "x2", -6.0);
            case STEP_TEXT -> Map.of();
            default -> Map.of("a1", 2.0, "a2", 1.0, "b1", -1.0, "b2", 2.0);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_LINEAR_FORM -> Set.of("a1", "a2", "x1", "x2");
            case STEP_TEXT -> Set.of();
            default -> Set.of("a1", "a2", "b1", "b2");
        };
    }

    @Override
    public Parameter mainParameter() {
        return b1;
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("a1", "a2", "b1", "b2", "x1", "x2");
    }

    // ---- scenes: the two typed sentences, beyond the parameters ----

    /** Longer sentences than this are not a teacher's example but a pasted document: refused in a scene. */
    static final int MAX_SENTENCE = 2000;

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(FIRST_KEY, firstText.get());
        into.put(SECOND_KEY, secondText.get());
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        restoreSentence(from, FIRST_KEY, firstText, problems);
        restoreSentence(from, SECOND_KEY, secondText, problems);
    }

    private static void restoreSentence(Map<String, String> from, String key, StringProperty into,
            List<StateProblem> problems) {
        String typed = from.get(key);
        if (typed == null) {
            return;
        }
        if (typed.length() > MAX_SENTENCE || typed.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            problems.add(new StateProblem(key, typed.length() > 40 ? typed.substring(0, 40) + "…" : typed,
                    StateProblem.Reason.NOT_READABLE));
            return;
        }
        into.set(typed);
    }

    private static final String FIRST_KEY = "sentence.first";
    private static final String SECOND_KEY = "sentence.second";
}
