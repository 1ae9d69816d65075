package org.kobai.lessons.expectation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.SceneValues;
import org.kobai.lesson.StateProblem;
import org.kobai.math.probability.DiscreteDistribution;
import org.kobai.math.probability.DistributionProblem;
import org.kobai.math.probability.Histogram;

/**
 * A random variable X (the face of a loaded die, article 000) given by its probabilities P(X = 1) … P(X = 6),
 * which the learner edits: the table must satisfy P(x) ≥ 0 and Σ P(x) = 1 to be a distribution. From it the
 * expected value E[X] = Σ x·P(x) (3.6 for the article's die) and the variance Var(X) = Σ (x − E[X])²·P(x);
 * and n simulated rolls, whose frequencies approach P and whose running mean approaches E[X].
 */
public final class ExpectationModel extends LessonModel {
    public static final int STEP_DISTRIBUTION = 0;
    public static final int STEP_VARIANCE = 1;
    public static final int STEP_ROLLS = 2;

    static final double[] FACES = {1, 2, 3, 4, 5, 6};
    /** The article's loaded die. */
    static final double[] ARTICLE = {0.1, 0.1, 0.3, 0.2, 0.2, 0.1};
    /** The seed the lesson starts from, so every learner (and test) sees the same first rolls. */
    public static final long FIRST_SEED = 2024;

    private final List<Parameter> probabilities = new ArrayList<>();
    private final Parameter rolls = parameter("n", 1, 10_000, 1000, 1);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", FIRST_SEED);
    private double[] shownFor;
    private long rolledWith;
    private int[] rolled;

    public ExpectationModel() {
        super(3);
        for (int k = 0; k < FACES.length; k++) {
            probabilities.add(parameter("p" + (k + 1), 0, 1, ARTICLE[k], 0.01));
        }
    }

    public Parameter probability(int face) { return probabilities.get(face - 1); }
    public Parameter rolls() { return rolls; }
    public LongProperty seedProperty() { return seed; }
    public long seed() { return seed.get(); }

    /** The probabilities as the learner set them, P(X = 1) … P(X = 6). */
    public double[] table() {
        double[] p = new double[FACES.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = probabilities.get(k).get();
        }
        return p;
    }

    /** Σ P(x) of the table as set. */
    public double sum() {
        return DiscreteDistribution.sum(table());
    }

    /** What keeps the table from being a distribution, if anything. */
    public Optional<DistributionProblem> problem() {
        return DiscreteDistribution.check(FACES, table());
    }

    /** The distribution, when the table is one. */
    public Optional<DiscreteDistribution> distribution() {
        return problem().isPresent() ? Optional.empty() : Optional.of(new DiscreteDistribution(FACES, table()));
    }

    /**
     * Scales the probabilities so they sum to 1, keeping their proportions.
     *
     * @return false (and nothing changes) when every probability is 0
     */
    public boolean normalise() {
        double[] p = table();
        if (DiscreteDistribution.sum(p) == 0) {
            return false;
        }
        double[] scaled = DiscreteDistribution.normalise(p);
        for (int k = 0; k < scaled.length; k++) {
            probabilities.get(k).set(Math.min(1, scaled[k]));
        }
        return true;
    }

    /** Rolls again: a new seed, so new rolls. */
    public void newSample() {
        seed.set(seed.get() + 1);
    }

    /** The faces of the n rolls with the current seed (empty while the table is no distribution). */
    public double[] rollFaces() {
        return distribution().map(d -> d.valuesOf(rollIndexes(d))).orElse(new double[0]);
    }

    /** How often each face came up in the n rolls, as a share of n. */
    public double[] frequencies() {
        Optional<DiscreteDistribution> d = distribution();
        double[] out = new double[FACES.length];
        if (d.isEmpty()) {
            return out;
        }
        int n = n();
        long[] counts = d.get().counts(rollIndexes(d.get()), n);
        for (int k = 0; k < out.length; k++) {
            out[k] = counts[k] / (double) n;
        }
        return out;
    }

    /** The running mean of the rolls: element i is the mean of the first i + 1 faces. */
    public double[] runningMean() {
        return Histogram.runningMean(rollFaces());
    }

    public int n() {
        return (int) Math.round(rolls.get());
    }

    /** The rolls are drawn once per table and seed (all 10,000 at once) and n of them are used. */
    private int[] rollIndexes(DiscreteDistribution d) {
        double[] p = d.probabilities();
        if (rolled == null || !java.util.Arrays.equals(p, shownFor) || rolledWith != seed.get()) {
            rolled = d.sampleIndexes(seed.get(), (int) rolls.max());
            shownFor = p;
            rolledWith = seed.get();
        }
        return java.util.Arrays.copyOf(rolled, n());
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(seed);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return Map.of();
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return step == STEP_ROLLS ? Set.of("p1", "p2", "p3", "p4", "p5", "p6", "n")
                : Set.of("p1", "p2", "p3", "p4", "p5", "p6");
    }

    @Override
    public Parameter mainParameter() {
        return rolls;
    }

    /** For File → Export animation: the rolls growing, their frequencies and running mean settling. */
    @Override
    public Optional<org.kobai.lesson.Animation> animation() {
        return step() == STEP_ROLLS ? Optional.of(org.kobai.lesson.Animation.of(rolls.id(), rolls.min(), rolls.max())) : Optional.empty();
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("p1", "p2", "p3", "p4", "p5", "p6", "n");
    }

    /** The probabilities are parameters and travel as such, even while they do not add up to 1; the seed fixes the rolls. */
    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(SEED_KEY, Long.toString(seed.get()));
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        SceneValues.wholeNumber(from, SEED_KEY, problems).ifPresent(seed::set);
    }

    private static final String SEED_KEY = "seed";
}
