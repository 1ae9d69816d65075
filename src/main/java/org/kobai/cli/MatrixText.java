package org.kobai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;

/** How the matrix commands write numbers and matrices: fractions a/b with --exact, decimals without. */
final class MatrixText {
    private final boolean exact;

    MatrixText(boolean exact) {
        this.exact = exact;
    }

    /** One number for text output: 1/17 exact, 0.0588235 as a decimal. */
    String number(Rational r) {
        return exact ? r.toString() : NumberText.plain(r.toDouble());
    }

    /** One number for JSON: a string "a/b" exact, a JSON number otherwise. */
    Object json(Rational r) {
        return exact ? r.toString() : r.toDouble();
    }

    List<Object> json(List<Rational> entries) {
        List<Object> out = new ArrayList<>();
        entries.forEach(r -> out.add(json(r)));
        return out;
    }

    /** Rows as arrays. */
    List<Object> json(RationalMatrix m) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            rows.add(json(List.of(m.row(i))));
        }
        return rows;
    }

    Function<Rational, String> numbers() {
        return this::number;
    }

    /** The rows, columns right-aligned, indented two spaces; a bar before column {@code barBefore} (or -1). */
    String table(RationalMatrix m, int barBefore) {
        String[][] cells = new String[m.rows()][m.columns()];
        int[] width = new int[m.columns()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                cells[i][j] = number(m.get(i, j));
                width[j] = Math.max(width[j], cells[i][j].length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] row : cells) {
            s.append(' ');
            for (int j = 0; j < row.length; j++) {
                s.append(j == barBefore ? "  |" : "").append("  ");
                s.append(" ".repeat(width[j] - row[j].length())).append(row[j]);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Reads a matrix argument, naming it in any error: "A: row 2, column 1: not a number: x". */
    static RationalMatrix read(String name, String typed) {
        try {
            return RationalMatrix.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }
}
