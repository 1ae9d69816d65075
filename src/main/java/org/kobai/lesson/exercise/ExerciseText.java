package org.kobai.lesson.exercise;

import org.kobai.math.NumberText;

/** Numbers and terms written into an exercise's LaTeX as a student writes them on paper. */
public final class ExerciseText {
    private ExerciseText() {}

    /** A number as a factor or a term after an operator: negative ones in brackets, {@code (-3)}. */
    public static String paren(double v) {
        return v < 0 ? "(" + NumberText.plain(v) + ")" : NumberText.plain(v);
    }

    /** A number added to what comes before: {@code + 3} or {@code - 3}. */
    public static String signed(double v) {
        return (v < 0 ? "- " : "+ ") + NumberText.plain(Math.abs(v));
    }

    /**
     * One term {@code k·symbol} of a sum as a student writes it: no coefficient 1, the sign joined to the
     * sum ({@code "3x1^2"}, {@code "-x1"} first; {@code " + 2x2"}, {@code " - x2"} after), nothing when k is 0
     * and not first. A first term with k = 0 is written {@code "0"}.
     */
    public static String term(int k, String symbol, boolean first) {
        if (k == 0) {
            return first ? "0" : "";
        }
        String size = Math.abs(k) == 1 ? "" : Integer.toString(Math.abs(k));
        if (first) {
            return (k < 0 ? "-" : "") + size + symbol;
        }
        return (k < 0 ? " - " : " + ") + size + symbol;
    }

    /** A constant added at the end of a sum: {@code " + 3"}, {@code " - 1"}, nothing for 0. */
    public static String constant(int e) {
        return e == 0 ? "" : (e > 0 ? " + " : " - ") + Math.abs(e);
    }
}
