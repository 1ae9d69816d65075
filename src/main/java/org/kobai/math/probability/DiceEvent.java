package org.kobai.math.probability;

import java.util.function.BiPredicate;

/**
 * An event of throwing two fair dice: a set of the 36 equally likely outcomes (first, second), each die
 * 1 to 6. P(A) = |A|/36, exact. Immutable; {@link #toggle} gives a new event.
 */
public final class DiceEvent {
    public static final int FACES = 6;
    public static final int OUTCOMES = FACES * FACES;
    private static final long ALL = (1L << OUTCOMES) - 1;

    private final long cells;

    private DiceEvent(long cells) {
        this.cells = cells & ALL;
    }

    /** The empty event ∅. */
    public static DiceEvent none() { return new DiceEvent(0); }

    /** Every outcome. */
    public static DiceEvent all() { return new DiceEvent(ALL); }

    /** The outcomes (first, second) for which {@code test} holds. */
    public static DiceEvent where(BiPredicate<Integer, Integer> test) {
        long bits = 0;
        for (int first = 1; first <= FACES; first++) {
            for (int second = 1; second <= FACES; second++) {
                if (test.test(first, second)) {
                    bits |= bit(first, second);
                }
            }
        }
        return new DiceEvent(bits);
    }

    /** The article's A: the first die shows a multiple of 3 (3 or 6). */
    public static DiceEvent firstDieMultipleOfThree() {
        return where((first, second) -> first % 3 == 0);
    }

    /** The article's B: the second die shows an odd number (1, 3 or 5). */
    public static DiceEvent secondDieOdd() {
        return where((first, second) -> second % 2 == 1);
    }

    public boolean contains(int first, int second) {
        return (cells & bit(first, second)) != 0;
    }

    /** This event with the outcome (first, second) added or removed. */
    public DiceEvent toggle(int first, int second) {
        return new DiceEvent(cells ^ bit(first, second));
    }

    /** A∩B: the outcomes in both. */
    public DiceEvent and(DiceEvent other) {
        return new DiceEvent(cells & other.cells);
    }

    /** The number of outcomes |A|. */
    public int size() {
        return Long.bitCount(cells);
    }

    public boolean isEmpty() {
        return cells == 0;
    }

    /** P(A) = |A|/36. */
    public Fraction probability() {
        return Fraction.of(size(), OUTCOMES);
    }

    /**
     * P(B|A) = P(A∩B)/P(A) = |A∩B|/|A|: the share of A's outcomes that are also in B.
     *
     * @throws IllegalArgumentException if A is empty (P(A) = 0, no condition to hold)
     */
    public static Fraction conditional(DiceEvent b, DiceEvent a) {
        if (a.isEmpty()) {
            throw new IllegalArgumentException("P(B|A) needs P(A) > 0, but A has no outcomes");
        }
        return Fraction.of(a.and(b).size(), a.size());
    }

    /** A and B are independent when P(A∩B) = P(A)·P(B), compared exactly. */
    public static boolean independent(DiceEvent a, DiceEvent b) {
        return a.and(b).probability().equals(a.probability().times(b.probability()));
    }

    private static long bit(int first, int second) {
        if (first < 1 || first > FACES || second < 1 || second > FACES) {
            throw new IllegalArgumentException("Dice show 1 to 6, got (" + first + ", " + second + ")");
        }
        return 1L << ((first - 1) * FACES + (second - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiceEvent e && e.cells == cells;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cells);
    }

    @Override
    public String toString() {
        return "DiceEvent(" + size() + " outcomes)";
    }
}
