package org.kobai.math.expr;

import java.math.BigInteger;
import java.util.Comparator;

/** Variable names: one Latin or Greek letter with an optional index of digits (x, y, θ, x1, x12). */
public final class Variables {
    private Variables() {}

    /**
     * The order in which variables are listed: by letter (A–Z, a–z, then Greek), then by index as a number,
     * no index first: x, x1, x2, x10, y.
     */
    public static final Comparator<String> NATURAL_ORDER = Variables::compare;

    /** Whether {@code name} can be a variable: a letter a–z, A–Z or Greek (not e or π), then digits. */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || !isVariableLetter(name.charAt(0))) {
            return false;
        }
        if (name.charAt(0) == 'e' || name.charAt(0) == '\u03c0') {
            return false; // the constants e and π, and e1 would read as a number after a digit (2e1)
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Letters that may name a variable. */
    static boolean isVariableLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u0391' && c <= '\u03c9');
    }

    private static int compare(String a, String b) {
        int byLetter = Character.compare(a.charAt(0), b.charAt(0));
        if (byLetter != 0) {
            return byLetter;
        }
        String ia = a.substring(1);
        String ib = b.substring(1);
        if (ia.isEmpty() || ib.isEmpty()) {
            return Boolean.compare(!ia.isEmpty(), !ib.isEmpty());
        }
        int byIndex = new BigInteger(ia).compareTo(new BigInteger(ib));
        return byIndex != 0 ? byIndex : ia.compareTo(ib); // x01 and x1 differ only in writing
    }
}
