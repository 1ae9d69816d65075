package org.kobai.lessons.normal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.SceneValues;
import org.kobai.lesson.StateProblem;
import org.kobai.math.probability.Histogram;
import org.kobai.math.probability.NormalDistribution;
import org.kobai.math.probability.Outliers;

/**
 * The normal distribution N(μ, σ²) of article 000 (with the density in its correct form,
 * f(x) = 1/√(2πσ²)·exp(−(x − μ)²/(2σ²))): the area P(a ≤ X ≤ b) = F(b) − F(a) between two bounds, the
 * 68–95–99.7 rule and z-scores, readings beyond 2σ or 3σ flagged as outliers, and n seeded samples whose
 * histogram approaches the density.
 */
public final class NormalModel extends LessonModel {
    public static final int STEP_AREA = 0;
    public static final int STEP_SIGMAS = 1;
    public static final int STEP_OUTLIERS = 2;
    public static final int STEP_SAMPLES = 3;

    /** Sensor readings (°C) with a spike and a dip: the article's use, cleaning sensor data. */
    static final double[] SENSOR = {21.2, 20.8, 21.5, 20.9, 21.1, 21.3, 20.7, 21.0, 21.4, 20.6,
            21.2, 24.6, 21.1, 20.8, 21.3, 20.9, 21.0, 21.6, 19.2, 21.1};
    public static final long FIRST_SEED = 1000;
    static final int MAX_SAMPLES = 100_000;
    /** Histogram bins per σ. */
    static final int BINS_PER_SIGMA = 4;

    private final Parameter mu = parameter("mu", -3, 3, 0, 0.1);
    private final Parameter sigma = parameter("sigma", 0.25, 3, 1, 0.05);
    private final Parameter a = parameter("a", -6, 6, -1, 0.01);
    private final Parameter b = parameter("b", -6, 6, 1, 0.01);
    private final Parameter k = parameter("k", 1, 4, 2, 0.5);
    private final Parameter n = parameter("n", 10, MAX_SAMPLES, 1000, 10);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", FIRST_SEED);
    private final ObjectProperty<Readings> data = new SimpleObjectProperty<>(this, "data", Readings.of(SENSOR));
    private long standardFor = Long.MIN_VALUE;
    private double[] standard;

    public NormalModel() {
        super(4);
    }

    public Parameter mu() { return mu; }
    public Parameter sigma() { return sigma; }
    public Parameter a() { return a; }
    public Parameter b() { return b; }
    public Parameter k() { return k; }
    public Parameter n() { return n; }
    public LongProperty seedProperty() { return seed; }
    public long seed() { return seed.get(); }
    ReadOnlyObjectProperty<Readings> dataProperty() { return data; }
    Readings data() { return data.get(); }

    /** N(μ, σ²) as set. */
    public NormalDistribution distribution() {
        return new NormalDistribution(mu.get(), sigma.get());
    }

    /** Whether a &lt; b, so that the interval [a, b] has an area. */
    public boolean intervalValid() {
        return a.get() < b.get();
    }

    /** P(a ≤ X ≤ b), or empty when a ≥ b. */
    public Optional<Double> area() {
        return intervalValid() ? Optional.of(distribution().probabilityBetween(a.get(), b.get())) : Optional.empty();
    }

    /**
     * Reads the learner's data set (numbers separated by commas, spaces or new lines).
     *
     * @throws IllegalArgumentException naming the bad item, or when fewer than two values are given; the
     *                                  data set in use stays
     */
    public void setData(String typed) {
        Readings r = Readings.parse(typed);
        if (r.size() < 2) {
            throw new IllegalArgumentException("at least two readings are needed");
        }
        data.set(r);
    }

    /** The readings' z-scores about their own mean and standard deviation, with |z| &gt; k flagged. */
    public Optional<Outliers> outliers() {
        Readings d = data.get();
        if (!(d.standardDeviation() > 0)) {
            return Optional.empty();
        }
        return Optional.of(Outliers.of(d.values(), d.mean(), d.standardDeviation(), k.get()));
    }

    /** Draws a new sample: the next seed. */
    public void newSample() {
        seed.set(seed.get() + 1);
    }

    public int sampleSize() {
        return (int) Math.round(n.get());
    }

    /** The n samples x = μ + σz, the z drawn once per seed (the first n of the same sequence for any n). */
    public double[] samples() {
        double[] z = standardSamples();
        int count = sampleSize();
        double m = mu.get(), s = sigma.get();
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = m + s * z[i];
        }
        return out;
    }

    /** The samples' histogram over μ ± 4σ, {@value #BINS_PER_SIGMA} bins per σ, as densities. */
    public Histogram histogram() {
        double m = mu.get(), s = sigma.get();
        return Histogram.of(samples(), m - 4 * s, m + 4 * s, 8 * BINS_PER_SIGMA);
    }

    /**
     * The empirical distribution function Fₙ(x) = #{samples ≤ x}/n at the points {@code xs} (increasing),
     * counted in one pass over the samples.
     */
    public double[] empiricalCdf(double[] xs) {
        double[] x = samples();
        long[] atOrBelow = new long[xs.length];
        for (double v : x) {
            int i = Arrays.binarySearch(xs, v);
            int first = i >= 0 ? i : -i - 1;   // the first grid point ≥ v
            if (first < xs.length) {
                atOrBelow[first]++;
            }
        }
        double[] out = new double[xs.length];
        long running = 0;
        for (int i = 0; i < xs.length; i++) {
            running += atOrBelow[i];
            out[i] = running / (double) x.length;
        }
        return out;
    }

    private double[] standardSamples() {
        if (standardFor != seed.get()) {
            standard = NormalDistribution.standard().samples(seed.get(), MAX_SAMPLES);
            standardFor = seed.get();
        }
        return standard;
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(seed);
        all.add(data);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return switch (index) {
            case STEP_AREA -> Map.of("mu", 0.0, "sigma", 1.0, "a", -1.0, "b", 1.0);
            case STEP_SIGMAS -> Map.of("mu", 0.0, "sigma", 1.0, "a", -3.0, "b", 3.0);
            case STEP_OUTLIERS -> Map.of("k", 2.0);
            default -> Map.of("mu", 0.0, "sigma", 1.0, "n", 1000.0);
        };
    }

    /** The controls each step shows; the others keep their values. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_OUTLIERS -> Set.of("k");
            case STEP_SAMPLES -> Set.of("mu", "sigma", "n");
            default -> Set.of("mu", "sigma", "a", "b");
        };
    }

    @Override
    public Parameter mainParameter() {
        return b;
    }

    /** For File → Export animation: the sample growing and filling the density. */
    @Override
    public Optional<org.kobai.lesson.Animation> animation() {
        return step() == STEP_SAMPLES ? Optional.of(org.kobai.lesson.Animation.of(n.id(), n.min(), n.max())) : Optional.empty();
    }

    /** The parameter ids in the order the controls list them. */
    public List<String> controlOrder() {
        return List.of("mu", "sigma", "a", "b", "k", "n");
    }

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(DATA_KEY, SceneValues.numbers(data.get().values()));
        into.put(SEED_KEY, Long.toString(seed.get()));
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        SceneValues.numbers(from, DATA_KEY, 2, problems).ifPresent(values -> data.set(Readings.of(values)));
        SceneValues.wholeNumber(from, SEED_KEY, problems).ifPresent(seed::set);
    }

    private static final String DATA_KEY = "data";
    private static final String SEED_KEY = "seed";
}
