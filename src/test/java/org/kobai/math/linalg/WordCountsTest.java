package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences as word-count vectors and their cosine similarity; every expected value counted by hand. */
class WordCountsTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void englishWordsInLowerCase() {
        assertThat(WordCounts.terms("I like cats. I like DOGS!")).containsExactly("i", "like", "cats", "i", "like", "dogs");
    }

    @Test
    void countsOverTheSharedVocabulary() {
        WordCounts w = WordCounts.of("I like cats", "I like dogs");
        assertThat(w.terms()).containsExactly("i", "like", "cats", "dogs");
        assertThat(w.first()).containsExactly(1, 1, 1, 0);
        assertThat(w.second()).containsExactly(1, 1, 0, 1);
        // (1,1,1,0)·(1,1,0,1) = 2, both lengths √3: cos θ = 2/3
        assertThat(w.cosineSimilarity()).isCloseTo(2.0 / 3, within(TOLERANCE));
    }

    @Test
    void japaneseIsCutIntoCharacterBigrams() {
        assertThat(WordCounts.terms("猫が好きです")).containsExactly("猫が", "が好", "好き", "きで", "です");
        WordCounts w = WordCounts.of("猫が好きです", "犬が好きです");
        // shared: が好, 好き, きで, です (4 of 5 bigrams each): cos θ = 4 / (√5·√5) = 0.8
        assertThat(w.cosineSimilarity()).isCloseTo(0.8, within(TOLERANCE));
        assertThat(w.terms()).containsExactly("猫が", "が好", "好き", "きで", "です", "犬が");
    }

    @Test
    void mixedTextAndPunctuation() {
        // full-width Ｃａｔ normalises to cat; the Japanese run is cut at the comma
        assertThat(WordCounts.terms("Ｃａｔは、ねこ")).containsExactly("cat", "は", "ねこ");
        assertThat(WordCounts.terms("コーヒー")).containsExactly("コー", "ーヒ", "ヒー");
    }

    @Test
    void sameWordsInAnyOrderAreIdentical() {
        assertThat(WordCounts.of("the cat sat", "sat the cat").cosineSimilarity()).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void noSharedWordIsOrthogonal() {
        assertThat(WordCounts.of("red apples", "blue sky").cosineSimilarity()).isEqualTo(0.0);
    }

    @Test
    void anEmptyTextHasNoDirection() {
        WordCounts w = WordCounts.of("  ... ", "words here");
        assertThat(w.firstIsEmpty()).isTrue();
        assertThat(w.secondIsEmpty()).isFalse();
        assertThatThrownBy(w::cosineSimilarity).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero vector");
        assertThat(WordCounts.of("", "").terms()).isEqualTo(List.of());
    }
}
