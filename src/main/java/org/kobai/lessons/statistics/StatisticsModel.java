package org.kobai.lessons.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.kobai.math.stats.DataSet;
import org.kobai.math.stats.RepeatedSampling;

/**
 * Descriptive statistics (article 000, with errata 7): data on a number line, the mean x̄ as its balance
 * point, the deviations xᵢ − x̄ (they add up to 0), their squares, the variance with 1/n (標本分散) and
 * with 1/(n − 1) (不偏分散), the standard deviation, the shortcut E[x²] − (E[x])², and samples of size n
 * drawn from the data as a population, whose means and variances scatter around μ and σ².
 *
 * <p>Sampling is reproducible: a seed fixes the current sample and the repeated samples; "new sample"
 * moves to the next seed of a fixed chain, so a lesson replayed from the start shows the same samples.
 */
public final class StatisticsModel extends LessonModel {
    public static final int STEP_MEAN = 0;
    public static final int STEP_DEVIATIONS = 1;
    public static final int STEP_SQUARES = 2;
    public static final int STEP_SHORTCUT = 3;
    public static final int STEP_SAMPLING = 4;

    /** Article 000's data: 1, 2, …, 10. */
    public static final DataSet ARTICLE_DATA = DataSet.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    /** The first seed of the chain. */
    public static final long FIRST_SEED = 20261123L;
    /** At most this many values can be added by clicking or typing (the import takes more). */
    public static final int MAX_VALUES = 10_000;

    private final Parameter sampleSize = wholeParameter("n", 2, 30, 5);
    private final Parameter samples = wholeParameter("samples", 100, 3000, 1000);
    private final ObjectProperty<DataSet> data = new SimpleObjectProperty<>(this, "data", ARTICLE_DATA);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", FIRST_SEED);
    private RepeatedSampling.Run run;
    private Object runFor;

    public StatisticsModel() {
        super(5);
    }

    public Parameter sampleSize() { return sampleSize; }
    public Parameter samples() { return samples; }
    public ReadOnlyObjectProperty<DataSet> dataProperty() { return data; }
    public DataSet data() { return data.get(); }
    public LongProperty seedProperty() { return seed; }
    public long seed() { return seed.get(); }

    /** Replaces the data (typed, imported, or reset to the article's). */
    public void setData(DataSet d) {
        data.set(d);
    }

    /** Adds one value (a click on the number line). */
    public void addValue(double x) {
        if (data.get().size() >= MAX_VALUES) {
            throw new IllegalArgumentException("Requires at most " + MAX_VALUES + " values.");
        }
        data.set(data.get().with(x));
    }

    /** Moves to the next seed of the chain: a new sample, and new repeated samples. */
    public void newSample() {
        seed.set(new Random(seed.get()).nextLong());
    }

    /** The current sample of size n from the data, drawn with replacement from the current seed. */
    public DataSet sample() {
        return RepeatedSampling.draw(data.get(), (int) sampleSize.get(), new Random(seed.get()));
    }

    /** Many samples of size n from the data, from the current seed (computed once per change). */
    public RepeatedSampling.Run sampling() {
        List<Object> key = List.of(data.get(), sampleSize.get(), samples.get(), seed.get());
        if (!key.equals(runFor)) {
            run = RepeatedSampling.run(data.get(), (int) sampleSize.get(), (int) samples.get(), seed.get());
            runFor = key;
        }
        return run;
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(data);
        all.add(seed);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return index == STEP_SAMPLING ? Map.of("n", 5.0, "samples", 1000.0) : Map.of();
    }

    /** The controls each step shows. */
    public Set<String> parametersShownIn(int step) {
        return step == STEP_SAMPLING ? Set.of("n", "samples") : Set.of();
    }

    @Override
    public Parameter mainParameter() {
        return sampleSize;
    }

    /** For File → Export animation: more and more sample means filling their histogram. */
    @Override
    public java.util.Optional<org.kobai.lesson.Animation> animation() {
        return step() == STEP_SAMPLING ? java.util.Optional.of(org.kobai.lesson.Animation.of(samples.id(), samples.min(), samples.max()))
                : java.util.Optional.empty();
    }

    public List<String> controlOrder() {
        return List.of("n", "samples");
    }

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(DATA_KEY, SceneValues.numbers(data.get().values()));
        into.put(SEED_KEY, Long.toString(seed.get()));
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        SceneValues.numbers(from, DATA_KEY, 1, problems).ifPresent(values -> data.set(DataSet.of(values)));
        SceneValues.wholeNumber(from, SEED_KEY, problems).ifPresent(seed::set);
    }

    private static final String DATA_KEY = "data";
    private static final String SEED_KEY = "seed";
}
