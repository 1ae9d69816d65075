package org.kobai.math.probability;

import java.util.Locale;

/**
 * What is wrong with a table of values and probabilities, precise enough for a view to say it in the
 * learner's language: the kind, the (0-based) position it concerns, and the offending number.
 *
 * @param kind  what is wrong
 * @param index the position of the value or probability concerned; for {@link Kind#LENGTHS_DIFFER} the
 *              number of values
 * @param value the offending number: the probability, the sum, or for {@link Kind#LENGTHS_DIFFER} the
 *              number of probabilities
 */
public record DistributionProblem(Kind kind, int index, double value) {
    /** The ways a distribution table can be wrong. */
    public enum Kind {
        /** No values at all. */
        EMPTY,
        /** Not as many probabilities as values. */
        LENGTHS_DIFFER,
        /** A value is NaN or infinite. */
        VALUE_NOT_FINITE,
        /** A probability is NaN or infinite. */
        PROBABILITY_NOT_FINITE,
        /** A probability is below 0: ∀x P(x) ≥ 0 fails. */
        NEGATIVE,
        /** The probabilities do not sum to 1: Σ P(x) = 1 fails. */
        SUM_NOT_ONE,
        /** Every probability is 0, so scaling cannot make them sum to 1. */
        ALL_ZERO
    }

    /** The problem in plain English, as the command line prints it. */
    public String message() {
        return switch (kind) {
            case EMPTY -> "a distribution needs at least one value";
            case LENGTHS_DIFFER -> String.format(Locale.ROOT,
                    "values and probabilities differ in length: %d values, %d probabilities", index, (int) value);
            case VALUE_NOT_FINITE -> String.format(Locale.ROOT, "value %d is not a finite number", index + 1);
            case PROBABILITY_NOT_FINITE -> String.format(Locale.ROOT,
                    "probability %d is not a finite number", index + 1);
            case NEGATIVE -> String.format(Locale.ROOT,
                    "probability %d is %s, below 0: every probability must be >= 0", index + 1,
                    NormalDistribution.plain(value));
            case SUM_NOT_ONE -> String.format(Locale.ROOT,
                    "the probabilities sum to %s, not 1", NormalDistribution.plain(value));
            case ALL_ZERO -> "every probability is 0, so they cannot be scaled to sum to 1";
        };
    }
}
