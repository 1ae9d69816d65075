package org.kobai.math.probability;

import java.util.Locale;

/**
 * Bayes' theorem for a hypothesis A (the mail is spam) and an observation B (it contains the word):
 * P(A|B) = P(A)·P(B|A) / P(B), with the evidence P(B) = P(A)·P(B|A) + P(¬A)·P(B|¬A).
 *
 * @param prior      P(A), the probability of spam before reading the mail, in [0, 1]
 * @param likelihood P(B|A), how often spam contains the word, in [0, 1]
 * @param falseAlarm P(B|¬A), how often other mail contains it, in [0, 1]
 */
public record BayesUpdate(double prior, double likelihood, double falseAlarm) {
    public BayesUpdate {
        requireProbability("the prior", prior);
        requireProbability("the likelihood", likelihood);
        requireProbability("the false-alarm rate", falseAlarm);
        if (prior * likelihood + (1 - prior) * falseAlarm == 0) {
            throw new IllegalArgumentException(
                    "the word never occurs (P(word) = 0), so the posterior P(spam|word) is undefined");
        }
    }

    /** P(A∩B) = P(A)·P(B|A): spam that contains the word. */
    public double jointWithWord() {
        return prior * likelihood;
    }

    /** P(¬A∩B) = P(¬A)·P(B|¬A): other mail that contains the word. */
    public double otherWithWord() {
        return (1 - prior) * falseAlarm;
    }

    /** P(B) = P(A)·P(B|A) + P(¬A)·P(B|¬A), the evidence (law of total probability). */
    public double evidence() {
        return jointWithWord() + otherWithWord();
    }

    /** P(A|B) = P(A)·P(B|A) / P(B), the posterior. */
    public double posterior() {
        return jointWithWord() / evidence();
    }

    /** Checks that p is a probability; the message names it ("the prior must be between 0 and 1, got 1.2"). */
    static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between 0 and 1, got %s",
                    name, NormalDistribution.plain(p)));
        }
    }
}
