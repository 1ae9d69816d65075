package org.kobai.math.probability;

import java.util.List;

/**
 * Updating on several words in turn: the posterior after one word is the prior for the next. This is
 * naive Bayes, which assumes the words occur independently of each other once we know whether the mail is
 * spam, so that P(w₁, …, wₙ | A) = P(w₁|A)·…·P(wₙ|A).
 */
public final class NaiveBayes {
    private NaiveBayes() {}

    /**
     * One word's evidence.
     *
     * @param word       the word, for display
     * @param likelihood P(word|spam) in [0, 1]
     * @param falseAlarm P(word|not spam) in [0, 1]
     */
    public record Word(String word, double likelihood, double falseAlarm) {
        public Word {
            BayesUpdate.requireProbability("P(" + word + "|spam)", likelihood);
            BayesUpdate.requireProbability("P(" + word + "|not spam)", falseAlarm);
        }
    }

    /**
     * The posterior after each word: element i is P(spam | w₁, …, wᵢ₊₁), each computed by
     * {@link BayesUpdate} with the previous posterior as prior.
     *
     * @throws IllegalArgumentException if the prior is not a probability or some word has P(word) = 0
     *                                  given what came before
     */
    public static double[] posteriors(double prior, List<Word> words) {
        BayesUpdate.requireProbability("the prior", prior);
        double[] out = new double[words.size()];
        double p = prior;
        for (int i = 0; i < out.length; i++) {
            Word w = words.get(i);
            p = new BayesUpdate(p, w.likelihood(), w.falseAlarm()).posterior();
            out[i] = p;
        }
        return out;
    }
}
