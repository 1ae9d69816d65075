package org.kobai.math.expr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits typed text into tokens. Learners' characters are read as their ASCII meaning first: − (true minus),
 * × · ÷, full-width forms (through NFKC), superscript powers (x² is x^2, x⁻¹ is x^-1) and subscript
 * indices (x₁ is x1). Every token keeps the column where it was typed.
 */
final class ExpressionLexer {
    enum Kind { NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDE, CARET, LPAREN, RPAREN, BAR, ROOT, END }

    /** One token; {@code column} is 1-based in the typed text. */
    record Token(Kind kind, String text, double value, int column) {
        String shown() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    private final String typed;
    private final StringBuilder chars = new StringBuilder();
    private int[] columns = new int[16];
    private int i;

    private ExpressionLexer(String typed) {
        this.typed = typed;
    }

    static List<Token> tokens(String typed) {
        ExpressionLexer lexer = new ExpressionLexer(typed);
        lexer.normalise();
        return lexer.scan();
    }

    // ---- normalising: one pass over the typed code points, remembering each one's column ----

    private void normalise() {
        int at = 0;
        while (at < typed.length()) {
            int cp = typed.codePointAt(at);
            int column = at + 1;
            if (superscript(cp) != 0) {
                emit('^', column); // a run of superscripts is one exponent: x²³ is x^23
                while (at < typed.length() && superscript(typed.codePointAt(at)) != 0) {
                    emit(superscript(typed.codePointAt(at)), at + 1);
                    at += Character.charCount(typed.codePointAt(at));
                }
                continue;
            }
            char symbol = symbol(cp);
            if (symbol != 0) {
                emit(symbol, column);
            } else {
                String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                for (int k = 0; k < plain.length(); k++) {
                    char c = plain.charAt(k);
                    emit(symbol(c) != 0 ? symbol(c) : c, column);
                }
            }
            at += Character.charCount(cp);
        }
    }

    private void emit(char c, int column) {
        if (chars.length() == columns.length) {
            columns = java.util.Arrays.copyOf(columns, columns.length * 2);
        }
        columns[chars.length()] = column;
        chars.append(c);
    }

    /** The ASCII meaning of a superscript character, or 0. */
    private static char superscript(int cp) {
        return switch (cp) {
            case '\u2070' -> '0';
            case '\u00b9' -> '1';
            case '\u00b2' -> '2';
            case '\u00b3' -> '3';
            case '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> (char) ('4' + cp - '\u2074');
            case '\u207a' -> '+';
            case '\u207b' -> '-';
            case '\u207d' -> '(';
            case '\u207e' -> ')';
            default -> 0;
        };
    }

    /** The ASCII operator a typographic symbol stands for, or 0. */
    private static char symbol(int cp) {
        return switch (cp) {
            case '\u2212', '\u2010', '\u2012', '\u2013', '\ufe63', '\uff0d' -> '-'; // minus sign, hyphen, dashes
            case '\u00d7', '\u00b7', '\u22c5', '\u2219', '\u2217' -> '*';           // × · ⋅ ∙ ∗
            case '\u00f7', '\u2215', '\u2044' -> '/';                               // ÷ ∕ ⁄
            case '\u2223', '\uff5c' -> '|';
            default -> 0;
        };
    }

    // ---- scanning ----

    private List<Token> scan() {
        List<Token> tokens = new ArrayList<>();
        i = 0;
        while (true) {
            while (i < chars.length() && Character.isWhitespace(chars.charAt(i))) {
                i++;
            }
            if (i >= chars.length()) {
                tokens.add(new Token(Kind.END, "", 0, typed.length() + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = chars.charAt(i);
        int column = columns[i];
        if (isDigit(c) || (c == '.' && i + 1 < chars.length() && isDigit(chars.charAt(i + 1)))) {
            return number(column);
        }
        if (c == '\u03c0') { // π stands alone so that 2πx reads as 2·π·x
            i++;
            return new Token(Kind.NAME, "\u03c0", 0, column);
        }
        if (Character.isLetter(c)) {
            return name(column);
        }
        i++;
        return switch (c) {
            case '+' -> new Token(Kind.PLUS, "+", 0, column);
            case '-' -> new Token(Kind.MINUS, "-", 0, column);
            case '*' -> {
                if (i < chars.length() && chars.charAt(i) == '*') { // x**2, as in Python
                    i++;
                    yield new Token(Kind.CARET, "**", 0, column);
                }
                yield new Token(Kind.TIMES, "*", 0, column);
            }
            case '/' -> new Token(Kind.DIVIDE, "/", 0, column);
            case '^' -> new Token(Kind.CARET, "^", 0, column);
            case '(' -> new Token(Kind.LPAREN, "(", 0, column);
            case ')' -> new Token(Kind.RPAREN, ")", 0, column);
            case '|' -> new Token(Kind.BAR, "|", 0, column);
            case '\u221a' -> new Token(Kind.ROOT, "\u221a", 0, column);
            default -> throw new ExpressionException(column,
                    "unexpected character '" + typed.substring(column - 1, typed.offsetByCodePoints(column - 1, 1)) + "'");
        };
    }

    private Token number(int column) {
        int start = i;
        digits();
        if (i < chars.length() && chars.charAt(i) == '.') {
            i++;
            digits();
        }
        // an exponent only when digits follow: 2e3 is 2000, but 2e is 2·e and 2ex is 2·ex
        if (i < chars.length() && (chars.charAt(i) == 'e' || chars.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < chars.length() && (chars.charAt(j) == '+' || chars.charAt(j) == '-')) {
                j++;
            }
            if (j < chars.length() && isDigit(chars.charAt(j))) {
                i = j;
                digits();
            }
        }
        String text = chars.substring(start, i);
        if (i < chars.length() && chars.charAt(i) == '.') {
            throw new ExpressionException(columns[i], "malformed number '" + text + ".'");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new ExpressionException(column, "number too large '" + text + "'");
        }
        return new Token(Kind.NUMBER, text, value, column);
    }

    private Token name(int column) {
        int start = i;
        while (i < chars.length() && Character.isLetter(chars.charAt(i)) && chars.charAt(i) != '\u03c0') {
            i++;
        }
        String letters = chars.substring(start, i);
        if (i + 1 < chars.length() && chars.charAt(i) == '_' && isDigit(chars.charAt(i + 1))) {
            i++; // x_1 is x1, as in LaTeX
        }
        int digitsStart = i;
        digits();
        return new Token(Kind.NAME, letters + chars.substring(digitsStart, i), 0, column);
    }

    private void digits() {
        while (i < chars.length() && isDigit(chars.charAt(i))) {
            i++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
