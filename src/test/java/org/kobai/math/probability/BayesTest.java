package org.kobai.math.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BayesTest {
    private static final double EXACT = 1e-15;

    @Test
    void theSpamExample() {
        // P(spam) = 0.3, P(word|spam) = 0.8, P(word|not spam) = 0.1:
        // P(word) = 0.24 + 0.07 = 0.31, P(spam|word) = 0.24/0.31 = 24/31, by hand.
        BayesUpdate b = new BayesUpdate(0.3, 0.8, 0.1);
        assertThat(b.evidence()).isCloseTo(0.31, within(EXACT));
        assertThat(b.posterior()).isCloseTo(24.0 / 31, within(EXACT));
    }

    @Test
    void posteriorEqualsTheDirectCountOfAThousandMails() {
        // 1000 mails built one by one from whole-number frequencies, then counted: spam among mails with the word.
        double prior = 0.3, likelihood = 0.8, falseAlarm = 0.1;
        List<boolean[]> mails = new ArrayList<>();   // {spam, hasWord}
        int spam = (int) Math.round(1000 * prior);
        int spamWithWord = (int) Math.round(spam * likelihood);
        int otherWithWord = (int) Math.round((1000 - spam) * falseAlarm);
        for (int i = 0; i < 1000; i++) {
            boolean isSpam = i < spam;
            boolean hasWord = isSpam ? i < spamWithWord : i - spam < otherWithWord;
            mails.add(new boolean[] {isSpam, hasWord});
        }
        long withWord = mails.stream().filter(m -> m[1]).count();
        long spamAmongThem = mails.stream().filter(m -> m[0] && m[1]).count();
        NaturalFrequencies f = NaturalFrequencies.of(new BayesUpdate(prior, likelihood, falseAlarm), 1000);
        assertThat(f.spam()).isCloseTo(300, within(1e-12));
        assertThat(f.spamWithWord()).isCloseTo(240, within(1e-12));
        assertThat(f.otherWithWord()).isCloseTo(70, within(1e-12));
        assertThat(f.withWord()).isCloseTo(withWord, within(1e-12));
        assertThat(new BayesUpdate(prior, likelihood, falseAlarm).posterior())
                .isCloseTo((double) spamAmongThem / withWord, within(EXACT));
    }

    @Property
    void naturalFrequenciesGiveTheSamePosterior(@ForAll @DoubleRange(min = 0, max = 1) double prior,
                                                @ForAll @DoubleRange(min = 0.01, max = 1) double likelihood,
                                                @ForAll @DoubleRange(min = 0.01, max = 1) double falseAlarm) {
        BayesUpdate b = new BayesUpdate(prior, likelihood, falseAlarm);
        assertThat(NaturalFrequencies.of(b, 1000).posterior()).isCloseTo(b.posterior(), within(1e-12));
        // P(A|B)·P(B) = P(A)·P(B|A): the multiplication theorem both ways.
        assertThat(b.posterior() * b.evidence()).isCloseTo(prior * likelihood, within(1e-15));
    }

    @Property
    void naiveBayesMultipliesTheOdds(@ForAll @DoubleRange(min = 0.01, max = 0.99) double prior,
                                     @ForAll @IntRange(min = 1, max = 5) int n,
                                     @ForAll @DoubleRange(min = 0.05, max = 0.95) double l,
                                     @ForAll @DoubleRange(min = 0.05, max = 0.95) double f) {
        // Posterior odds = prior odds · Π P(wᵢ|spam)/P(wᵢ|not spam), whatever the order of the words.
        List<NaiveBayes.Word> words = new ArrayList<>();
        double odds = prior / (1 - prior);
        for (int i = 0; i < n; i++) {
            double li = Math.min(1, l * (1 + 0.1 * i)), fi = f * (1 - 0.1 * i);
            words.add(new NaiveBayes.Word("w" + i, li, fi));
            odds *= li / fi;
        }
        double[] posteriors = NaiveBayes.posteriors(prior, words);
        assertThat(posteriors).hasSize(n);
        assertThat(posteriors[n - 1]).isCloseTo(odds / (1 + odds), within(1e-12));
        List<NaiveBayes.Word> reversed = new ArrayList<>(words);
        java.util.Collections.reverse(reversed);
        assertThat(NaiveBayes.posteriors(prior, reversed)[n - 1]).isCloseTo(posteriors[n - 1], within(1e-12));
    }

    @Test
    void invalidProbabilitiesAreNamed() {
        assertThatThrownBy(() -> new BayesUpdate(1.2, 0.8, 0.1)).hasMessage("the prior must be between 0 and 1, got 1.2");
        assertThatThrownBy(() -> new BayesUpdate(0.3, -0.1, 0.1))
                .hasMessage("the likelihood must be between 0 and 1, got -0.1");
        assertThatThrownBy(() -> new BayesUpdate(0.3, 0.8, Double.NaN)).hasMessageContaining("false-alarm rate");
        assertThatThrownBy(() -> new BayesUpdate(0.3, 0, 0)).hasMessageContaining("P(word) = 0");
        assertThatThrownBy(() -> new NaiveBayes.Word("free", 2, 0.1)).hasMessageContaining("P(free|spam)");
    }
}
