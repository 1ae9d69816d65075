package org.kobai.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kobai.math.stats.DataText.DataTextException;
import org.kobai.math.stats.DataText.Problem;

/** Reading typed or pasted numbers. */
class DataTextTest {

    @Test
    void commasSpacesAndNewLines() {
        assertThat(DataText.parse("1,2, 3\n4\t5;6  7")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(DataText.parse(" 1.5 , -2 , \u22123, 1/4, 1e3 ")).containsExactly(1.5, -2, -3, 0.25, 1000);
    }

    @Test
    void fullWidthDigitsAndJapaneseSeparators() {
        // full-width digits, full-width comma and space, the ideographic comma 、 and full-width minus
        assertThat(DataText.parse("１，２　３、４")).containsExactly(1, 2, 3, 4);
        assertThat(DataText.parse("１、２、－３")).containsExactly(1, 2, -3);
    }

    @Test
    void blankIsEmpty() {
        assertThat(DataText.parse("")).isEmpty();
        assertThat(DataText.parse("  \n ,, ")).isEmpty();
        assertThat(DataText.parse(null)).isEmpty();
    }

    @Test
    void aBadItemIsNamedWithItsPosition() {
        assertThatThrownBy(() -> DataText.parse("1, 2, x, 4"))
                .isInstanceOfSatisfying(DataTextException.class, e -> {
                    assertThat(e.item()).isEqualTo(3);
                    assertThat(e.text()).isEqualTo("x");
                    assertThat(e.problem()).isEqualTo(Problem.NOT_A_NUMBER);
                })
                .hasMessage("item 3 (x) is not a number");
        assertThatThrownBy(() -> DataText.parse("1 1e200"))
                .isInstanceOfSatisfying(DataTextException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Property
    void formatReadsBackExactly(@ForAll @Size(max = 20) double[] raw, @ForAll @DoubleRange(min = -1e6, max = 1e6) double z) {
        double[] xs = java.util.Arrays.stream(raw).map(x -> Double.isFinite(x) && Math.abs(x) <= 1e150 ? x : z).toArray();
        assertThat(DataText.parse(DataText.format(xs))).containsExactly(xs);
    }
}
