package org.kobai.lessons.regression;

import org.kobai.math.NumberText;
import org.kobai.math.regression.NormalEquations;

/**
 * The matrices of w = (XᵀX)⁻¹Xᵀy as LaTeX: X and y in full for small data (at most {@value #FULL_ROWS}
 * rows), otherwise their first rows, a column of dots and the last row.
 */
final class MatrixLatex {
    static final int FULL_ROWS = 8;
    private static final int HEAD_ROWS = 4;

    private MatrixLatex() {}

    /** "X = (…), y = (…)". */
    static String data(NormalEquations m) {
        return "X = " + matrix(m.design(), true) + ",\\quad y = " + matrix(column(m.observations()), true);
    }

    /** "XᵀX = (…), Xᵀy = (…)". */
    static String normalEquations(NormalEquations m) {
        return "X^{\\top}X = " + matrix(m.gram(), false) + ",\\quad X^{\\top}y = " + matrix(column(m.moment()), false);
    }

    /** "w = (XᵀX)⁻¹Xᵀy = (…)(…) = (b, a)". */
    static String solution(NormalEquations m) {
        return "w = (X^{\\top}X)^{-1}X^{\\top}y = " + matrix(m.inverse(), false) + matrix(column(m.moment()), false)
                + " = " + matrix(column(m.weights()), false);
    }

    private static double[][] column(double[] v) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = new double[] {v[i]};
        }
        return out;
    }

    static String matrix(double[][] rows, boolean shorten) {
        StringBuilder s = new StringBuilder("\\begin{pmatrix}");
        boolean cut = shorten && rows.length > FULL_ROWS;
        for (int i = 0; i < rows.length; i++) {
            if (cut && i == HEAD_ROWS) {
                s.append(dots(rows[0].length)).append("\\\\");
                i = rows.length - 1;
            }
            for (int j = 0; j < rows[i].length; j++) {
                s.append(j > 0 ? " & " : "").append(number(rows[i][j]));
            }
            if (i < rows.length - 1) {
                s.append("\\\\");
            }
        }
        return s.append("\\end{pmatrix}").toString();
    }

    private static String dots(int columns) {
        return String.join(" & ", java.util.Collections.nCopies(columns, "\\vdots"));
    }

    /** A number as LaTeX: 6 significant digits, 1.2 \cdot 10^{-5} for the very large and very small. */
    static String number(double v) {
        String s = NumberText.plain(v);
        int e = s.indexOf('e');
        return e < 0 ? s : s.substring(0, e) + " \\cdot 10^{" + s.substring(e + 1) + "}";
    }
}
