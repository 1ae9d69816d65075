package org.kobai.math.probability;

/**
 * Bayes' theorem as counts "of {@code total} mails": how many are spam, how many of those contain the word,
 * how many other mails contain it. The posterior is then a plain share, spam with the word among all mails
 * with the word. Counts are expected counts and need not be whole numbers.
 *
 * @param total        the number of mails, &gt; 0
 * @param spam         total·P(A)
 * @param spamWithWord total·P(A)·P(B|A)
 * @param other        total·P(¬A)
 * @param otherWithWord total·P(¬A)·P(B|¬A)
 */
public record NaturalFrequencies(double total, double spam, double spamWithWord, double other, double otherWithWord) {

    /** The expected counts of {@code total} mails under {@code bayes}. */
    public static NaturalFrequencies of(BayesUpdate bayes, double total) {
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("Requires a finite total > 0.");
        }
        double spam = total * bayes.prior();
        double other = total - spam;
        return new NaturalFrequencies(total, spam, spam * bayes.likelihood(), other, other * bayes.falseAlarm());
    }

    /** Mails that contain the word: spamWithWord + otherWithWord. */
    public double withWord() {
        return spamWithWord + otherWithWord;
    }

    /** The share of spam among mails with the word: spamWithWord / withWord. */
    public double posterior() {
        return spamWithWord / withWord();
    }
}
