package org.kobai.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

/**
 * Descriptive statistics: article 000's numbers for 1, …, 10 exactly (with errata 7: the 1/n and the
 * 1/(n − 1) variance both), and everything against commons-math3's DescriptiveStatistics as an
 * independent oracle.
 */
class DataSetTest {
    /** Relative agreement with commons-math3: both use two-pass sums, so only rounding differs. */
    private static final double RELATIVE = 1e-12;

    private static final DataSet ONE_TO_TEN = DataSet.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    @Test
    void article000MeanAndVariances() {
        // Article 000: (1 + … + 10)/10 = 5.5
        assertThat(ONE_TO_TEN.mean()).isEqualTo(5.5);
        // Σ(x − 5.5)² = 2(0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5, by hand
        assertThat(ONE_TO_TEN.sumOfSquaredDeviations()).isEqualTo(82.5);
        // 標本分散 (1/n): 82.5/10 = 8.25; 不偏分散 (1/(n − 1)): 82.5/9 = 9.1666…
        assertThat(ONE_TO_TEN.variance()).isEqualTo(8.25);
        assertThat(ONE_TO_TEN.sampleVariance()).hasValue(82.5 / 9);
        assertThat(ONE_TO_TEN.standardDeviation()).isEqualTo(Math.sqrt(8.25));
        // shortcut: E[x²] = 385/10 = 38.5, 38.5 − 5.5² = 8.25
        assertThat(ONE_TO_TEN.meanOfSquares()).isEqualTo(38.5);
        assertThat(ONE_TO_TEN.varianceByShortcut()).isEqualTo(8.25);
        assertThat(ONE_TO_TEN.median()).isEqualTo(5.5);
        assertThat(ONE_TO_TEN.min()).isEqualTo(1.0);
        assertThat(ONE_TO_TEN.max()).isEqualTo(10.0);
    }

    @Test
    void deviationsAddUpToZeroAndSquareToTheSum() {
        double[] dev = ONE_TO_TEN.deviations();
        assertThat(dev).containsExactly(-4.5, -3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5);
        assertThat(Arrays.stream(dev).sum()).isEqualTo(0.0);
        assertThat(Arrays.stream(ONE_TO_TEN.squaredDeviations()).sum()).isEqualTo(82.5);
    }

    @Test
    void onePointHasNoSampleVariance() {
        DataSet one = DataSet.of(4);
        assertThat(one.mean()).isEqualTo(4.0);
        assertThat(one.variance()).isEqualTo(0.0);
        assertThat(one.sampleVariance()).isEmpty();
        assertThat(one.sampleStandardDeviation()).isEmpty();
        assertThat(one.median()).isEqualTo(4.0);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(DataSet.of(3, 1, 2).median()).isEqualTo(2.0);
        assertThat(DataSet.of(4, 1, 3, 2).median()).isEqualTo(2.5);
    }

    @Test
    void largeMeanSmallSpreadKeepsItsDigits() {
        // 1e9 + {1, 2, 3}: the 1/n variance is 2/3; the two-pass definition keeps it, the shortcut may not
        DataSet d = DataSet.of(1e9 + 1, 1e9 + 2, 1e9 + 3);
        assertThat(d.variance()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void badDataIsRefusedWithAReason() {
        assertThatThrownBy(DataSet::of).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Requires at least one value.");
        assertThatThrownBy(() -> DataSet.of(1, Double.NaN)).hasMessageContaining("value 2");
        assertThatThrownBy(() -> DataSet.of(1e200)).hasMessageContaining("1e150");
    }

    @Test
    void withAddsAValueAndLeavesTheOriginal() {
        DataSet more = ONE_TO_TEN.with(11);
        assertThat(more.size()).isEqualTo(11);
        assertThat(more.mean()).isEqualTo(6.0);
        assertThat(ONE_TO_TEN.size()).isEqualTo(10);
    }

    @Property
    void agreesWithCommonsMath(@ForAll @Size(min = 2, max = 60) double[] raw,
                               @ForAll @DoubleRange(min = -1e6, max = 1e6) double shift) {
        double[] xs = Arrays.stream(raw).map(x -> Double.isFinite(x) ? x % 1e6 + shift : shift).toArray();
        DataSet d = DataSet.of(xs);
        DescriptiveStatistics oracle = new DescriptiveStatistics(xs);
        double scale = Math.max(1, Arrays.stream(xs).map(Math::abs).max().orElse(1));
        assertThat(d.mean()).isCloseTo(oracle.getMean(), within(RELATIVE * scale));
        // DescriptiveStatistics' variance is the 1/(n − 1) one; Variance(false) is the 1/n one
        assertThat(d.sampleVariance().getAsDouble())
                .isCloseTo(oracle.getVariance(), within(RELATIVE * scale * scale));
        assertThat(d.variance()).isCloseTo(new Variance(false).evaluate(xs), within(RELATIVE * scale * scale));
        assertThat(d.sampleStandardDeviation().getAsDouble())
                .isCloseTo(oracle.getStandardDeviation(), within(RELATIVE * scale));
        // commons-math interpolates a + (b − a)/2 where the median is (a + b)/2: equal up to rounding
        assertThat(d.median()).isCloseTo(oracle.getPercentile(50), within(RELATIVE * scale));
        assertThat(d.min()).isEqualTo(oracle.getMin());
        assertThat(d.max()).isEqualTo(oracle.getMax());
    }

    @Property
    void shortcutAgreesWithTheDefinition(@ForAll @Size(min = 1, max = 60) double[] raw) {
        // E[x²] − (E[x])² = (1/n)Σ(x − x̄)²; with |x| ≤ 1000 the shortcut loses at most ~1e-9 absolute
        double[] xs = Arrays.stream(raw).map(x -> Double.isFinite(x) ? x % 1000 : 0).toArray();
        DataSet d = DataSet.of(xs);
        assertThat(d.varianceByShortcut()).isCloseTo(d.variance(), within(1e-9));
    }

    @Property
    void unbiasedIsTheBiasedTimesNOverNMinusOne(@ForAll @Size(min = 2, max = 60) double[] raw) {
        double[] xs = Arrays.stream(raw).map(x -> Double.isFinite(x) ? x % 1000 : 0).toArray();
        DataSet d = DataSet.of(xs);
        int n = xs.length;
        assertThat(d.sampleVariance().getAsDouble()).isCloseTo(d.variance() * n / (n - 1), within(1e-9));
    }
}
