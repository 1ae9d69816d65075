package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiceEventTest {
    private final DiceEvent a = DiceEvent.firstDieMultipleOfThree();
    private final DiceEvent b = DiceEvent.secondDieOdd();

    @Test
    void theArticlesTwoDice() {
        // Article 000: P(A∩B) = 2/6 · 3/6 = 1/6 for A = first die a multiple of 3, B = second die odd.
        assertThat(a.probability()).isEqualTo(Fraction.of(1, 3));
        assertThat(b.probability()).isEqualTo(Fraction.of(1, 2));
        assertThat(a.and(b).probability()).isEqualTo(Fraction.of(1, 6));
        assertThat(a.and(b).probability().toString()).isEqualTo("1/6");
        assertThat(DiceEvent.independent(a, b)).isTrue();
    }

    @Test
    void conditionalIsTheShareOfAsCellsInB() {
        // 12 cells in A, 6 of them in B: P(B|A) = 6/12 = 1/2.
        assertThat(DiceEvent.conditional(b, a)).isEqualTo(Fraction.of(1, 2));
        assertThat(DiceEvent.conditional(a, b)).isEqualTo(Fraction.of(1, 3));
    }

    @Test
    void multiplicationTheoremBothWays() {
        // Erratum 5: P(A∩B) = P(A)·P(B|A) = P(B)·P(A|B), checked on every pair of a few events.
        DiceEvent sumSeven = DiceEvent.where((x, y) -> x + y == 7);
        DiceEvent double6 = DiceEvent.where((x, y) -> x == 6 && y == 6);
        DiceEvent firstBig = DiceEvent.where((x, y) -> x >= 5);
        DiceEvent[] events = {a, b, sumSeven, double6, firstBig};
        for (DiceEvent e : events) {
            for (DiceEvent f : events) {
                Fraction joint = e.and(f).probability();
                assertThat(e.probability().times(DiceEvent.conditional(f, e))).isEqualTo(joint);
                assertThat(f.probability().times(DiceEvent.conditional(e, f))).isEqualTo(joint);
            }
        }
        // A dependent pair: the first die ≥ 5 and a sum of 11 or more.
        DiceEvent bigSum = DiceEvent.where((x, y) -> x + y >= 11);
        assertThat(DiceEvent.independent(firstBig, bigSum)).isFalse();
        assertThat(DiceEvent.conditional(bigSum, firstBig)).isEqualTo(Fraction.of(3, 12));
    }

    @Test
    void clickingCellsTogglesThem() {
        DiceEvent e = DiceEvent.none().toggle(1, 1).toggle(6, 6);
        assertThat(e.size()).isEqualTo(2);
        assertThat(e.contains(6, 6)).isTrue();
        assertThat(e.toggle(6, 6).contains(6, 6)).isFalse();
        assertThat(DiceEvent.all().probability()).isEqualTo(Fraction.ONE);
        assertThatThrownBy(() -> e.toggle(0, 7)).hasMessageContaining("1 to 6");
        assertThatThrownBy(() -> DiceEvent.conditional(b, DiceEvent.none())).hasMessageContaining("P(A) > 0");
    }

    @Test
    void fractionsInLowestTerms() {
        assertThat(Fraction.of(12, 36)).isEqualTo(Fraction.of(1, 3));
        assertThat(Fraction.of(3, -6).toString()).isEqualTo("-1/2");
        assertThat(Fraction.of(6, 36).latex()).isEqualTo("\\frac{1}{6}");
        assertThat(Fraction.of(36, 36).latex()).isEqualTo("1");
        assertThat(Fraction.of(1, 3).compareTo(Fraction.of(1, 2))).isNegative();
    }
}
