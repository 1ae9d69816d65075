package org.kobai.math.linalg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two texts as word-count vectors over their shared vocabulary, the usual first step of measuring how
 * alike two sentences are with cosine similarity. Words are runs of letters and digits, in lower case;
 * Japanese and Chinese text, which has no spaces between words, is cut into overlapping pairs of
 * characters (character bigrams: 猫が好き → 猫が, が好, 好き).
 *
 * @param terms  the vocabulary: every term of the first text in order of appearance, then the second's new ones
 * @param first  how often each term occurs in the first text
 * @param second how often each term occurs in the second text
 */
public record WordCounts(List<String> terms, int[] first, int[] second) {

    public WordCounts {
        terms = List.copyOf(terms);
        first = first.clone();
        second = second.clone();
        if (first.length != terms.size() || second.length != terms.size()) {
            throw new IllegalArgumentException("Requires one count per term in both texts.");
        }
    }

    /** Counts the terms of both texts. */
    public static WordCounts of(String firstText, String secondText) {
        List<String> a = terms(firstText);
        List<String> b = terms(secondText);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : a) {
            counts.computeIfAbsent(t, k -> new int[2])[0]++;
        }
        for (String t : b) {
            counts.computeIfAbsent(t, k -> new int[2])[1]++;
        }
        List<String> vocabulary = new ArrayList<>(counts.keySet());
        int[] x = new int[vocabulary.size()];
        int[] y = new int[vocabulary.size()];
        for (int i = 0; i < x.length; i++) {
            int[] c = counts.get(vocabulary.get(i));
            x[i] = c[0];
            y[i] = c[1];
        }
        return new WordCounts(vocabulary, x, y);
    }

    /** The terms of one text, in order, with repeats: words, or character bigrams in Japanese and Chinese. */
    public static List<String> terms(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runIsCjk = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                flush(run, runIsCjk, out);
                continue;
            }
            boolean cjk = isCjk(cp);
            if (run.length() > 0 && cjk != runIsCjk) {
                flush(run, runIsCjk, out);
            }
            runIsCjk = cjk;
            run.appendCodePoint(cp);
        }
        flush(run, runIsCjk, out);
        return out;
    }

    private static void flush(StringBuilder run, boolean cjk, List<String> out) {
        if (run.length() == 0) {
            return;
        }
        if (!cjk) {
            out.add(run.toString());
        } else {
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) {
                out.add(new String(cps, 0, 1));
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                out.add(new String(cps, k, 2));
            }
        }
        run.setLength(0);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || cp == 0x30FC /* ー, the long-vowel mark */ || cp == 0x3005 /* 々 */;
    }

    /** The first text's counts as a vector. */
    public Vector firstVector() { return vector(first); }

    /** The second text's counts as a vector. */
    public Vector secondVector() { return vector(second); }

    private Vector vector(int[] counts) {
        if (counts.length == 0) {
            return Vector.zero(1);
        }
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i];
        }
        return Vector.of(d);
    }

    /** Whether a text gave no terms at all: its vector is zero and has no direction. */
    public boolean firstIsEmpty() { return isZero(first); }

    public boolean secondIsEmpty() { return isZero(second); }

    private static boolean isZero(int[] counts) {
        for (int c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * cos θ between the two count vectors. Counts are never negative, so it lies in [0, 1]: 1 when one
     * text's counts are a multiple of the other's, 0 when they share no term.
     *
     * @throws IllegalArgumentException if either text has no terms
     */
    public double cosineSimilarity() {
        if (firstIsEmpty() || secondIsEmpty()) {
            throw new IllegalArgumentException("A text without words gives the zero vector, which has no direction.");
        }
        return firstVector().cosineSimilarity(secondVector());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordCounts w && w.terms.equals(terms) && java.util.Arrays.equals(w.first, first)
                && java.util.Arrays.equals(w.second, second);
    }

    @Override
    public int hashCode() {
        return terms.hashCode() * 31 + java.util.Arrays.hashCode(first) * 7 + java.util.Arrays.hashCode(second);
    }

    @Override
    public String toString() {
        return "WordCounts" + terms + " " + java.util.Arrays.toString(first) + " " + java.util.Arrays.toString(second);
    }
}
