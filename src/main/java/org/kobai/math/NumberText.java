package org.kobai.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as a learner reads them: 2 not 2.0, 0.1 not 0.10000000000000002, at most
 * {@value #SIGNIFICANT_DIGITS} significant digits, no scientific notation for everyday sizes.
 */
public final class NumberText {
    public static final int SIGNIFICANT_DIGITS = 6;
    private static final char MINUS = '\u2212';

    private NumberText() {}

    /** Plain ASCII, for the command line and files. */
    public static String plain(double v) {
        return plain(v, SIGNIFICANT_DIGITS);
    }

    /**
     * Plain ASCII with up to {@code significantDigits} significant digits (1 to 17): where a lesson must
     * show that 1.99999809 is not yet 2.
     */
    public static String plain(double v, int significantDigits) {
        if (significantDigits < 1 || significantDigits > 17) {
            throw new IllegalArgumentException("Requires 1 to 17 significant digits, got " + significantDigits + ".");
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(significantDigits)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1; // v = m · 10^exponent with 1 <= |m| < 10
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** With a true minus sign (−), for the screen. */
    public static String display(double v) {
        return plain(v).replace('-', MINUS);
    }

    /** As {@link #display(double)} with up to {@code significantDigits} significant digits. */
    public static String display(double v, int significantDigits) {
        return plain(v, significantDigits).replace('-', MINUS);
    }

    /**
     * Reads a number as a learner types it: {@code 1.5}, {@code -2}, {@code −2} (true minus), {@code 1/4},
     * {@code 1e-3}, {@code pi}, full-width digits. Throws {@link NumberFormatException} with a short reason.
     */
    public static double parse(String typed) {
        if (typed == null) {
            throw new NumberFormatException("empty");
        }
        String s = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .replace(MINUS, '-').replace('\u2013', '-').replace('\u00d7', '*').trim()
                .toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        int slash = s.lastIndexOf('/'); // a/b/c = (a/b)/c
        if (slash >= 0) {
            double num = parse(s.substring(0, slash));
            double den = parse(s.substring(slash + 1));
            if (den == 0) {
                throw new NumberFormatException("division by zero");
            }
            return num / den;
        }
        double sign = 1;
        if (s.startsWith("-")) {
            sign = -1;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("pi") || s.equals("\u03c0")) {
            return sign * Math.PI;
        }
        if (!s.matches("(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?")) {
            throw new NumberFormatException("not a number: " + typed.trim());
        }
        double v = sign * Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("too large: " + typed.trim());
        }
        return v;
    }
}
