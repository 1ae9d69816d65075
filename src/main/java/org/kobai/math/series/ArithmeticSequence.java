package org.kobai.math.series;

/**
 * The arithmetic sequence aₙ = a + (n − 1)d: it starts at a and each term adds the common difference d
 * (article 000: 1, 6, 11, 16, 21, 26, … has a = 1, d = 5).
 *
 * @param first      a, the first term
 * @param difference d, the common difference
 */
public record ArithmeticSequence(double first, double difference) implements Sequence {
    public ArithmeticSequence {
        Sequence.requireFinite("a", first);
        Sequence.requireFinite("d", difference);
    }

    /** aₙ = a + (n − 1)d. */
    @Override
    public double term(int n) {
        Sequence.requireIndex(n);
        return first + (n - 1) * difference;
    }

    /**
     * Sₙ = n/2 · (2a + (n − 1)d): the sequence written forwards and backwards pairs up into n columns that
     * each add up to 2a + (n − 1)d, which is twice the sum.
     */
    @Override
    public double sum(int n) {
        Sequence.requireCount(n);
        return n * pairSum(n) / 2;
    }

    /**
     * Gauss's pairing for the first n terms: a_k + a_{n+1−k} = 2a + (n − 1)d, the same for every k
     * (1 + 10 = 2 + 9 = … = 11).
     */
    public double pairSum(int n) {
        Sequence.requireCount(n);
        return 2 * first + (n - 1) * difference;
    }

    /** aₙ, aₙ₋₁, …, a₁: the sequence written backwards. */
    public double[] reversedTerms(int n) {
        double[] forward = terms(n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = forward[n - 1 - i];
        }
        return out;
    }
}
