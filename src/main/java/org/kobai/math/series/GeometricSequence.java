package org.kobai.math.series;

import java.util.OptionalDouble;

/**
 * The geometric sequence aₙ = a·rⁿ⁻¹: it starts at a and each term is the one before times the common
 * ratio r.
 *
 * @param first a, the first term
 * @param ratio r, the common ratio
 */
public record GeometricSequence(double first, double ratio) implements Sequence {
    /** How the partial sums Sₙ behave as n grows. */
    public enum Behaviour {
        /** |r| &lt; 1 (or a = 0): Sₙ → a/(1 − r). */
        CONVERGES,
        /** r = 1: Sₙ = n·a grows without bound. */
        GROWS_LINEARLY,
        /** r = −1: Sₙ jumps between a and 0 and never settles. */
        OSCILLATES,
        /** |r| &gt; 1: the terms, and so the sums, grow without bound. */
        DIVERGES
    }

    public GeometricSequence {
        Sequence.requireFinite("a", first);
        Sequence.requireFinite("r", ratio);
    }

    /** aₙ = a·rⁿ⁻¹. */
    @Override
    public double term(int n) {
        Sequence.requireIndex(n);
        return first * Math.pow(ratio, n - 1);
    }

    /**
     * The finite sum Sₙ = Σ_{k=1}^{n} a·r^{k−1} = a(1 − rⁿ)/(1 − r) for r ≠ 1, and n·a for r = 1
     * (every term is a).
     */
    @Override
    public double sum(int n) {
        Sequence.requireCount(n);
        if (ratio == 1) {
            return n * first;
        }
        return first * (1 - Math.pow(ratio, n)) / (1 - ratio);
    }

    public Behaviour behaviour() {
        if (first == 0 || Math.abs(ratio) < 1) {
            return Behaviour.CONVERGES;
        }
        if (ratio == 1) {
            return Behaviour.GROWS_LINEARLY;
        }
        return ratio == -1 ? Behaviour.OSCILLATES : Behaviour.DIVERGES;
    }

    public boolean converges() {
        return behaviour() == Behaviour.CONVERGES;
    }

    /**
     * The infinite sum Σ_{k=1}^{∞} a·r^{k−1} = a/(1 − r), which exists only when |r| &lt; 1 (or a = 0, when
     * every term is 0); empty otherwise.
     */
    public OptionalDouble limit() {
        if (first == 0) {
            return OptionalDouble.of(0);
        }
        return converges() ? OptionalDouble.of(first / (1 - ratio)) : OptionalDouble.empty();
    }
}
