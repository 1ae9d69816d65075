package org.kobai.lessons.systems;

import java.util.List;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;

/** How the lesson writes a number: an exact fraction (1/17) or a decimal (0.0588235), as text or LaTeX. */
record Numbers(boolean exact) {

    /** For labels: −5/17 or −0.294118 (true minus). */
    String text(Rational r) {
        return exact ? r.display() : NumberText.display(r.toDouble());
    }

    /** For formulas: -\frac{5}{17} or -0.294118. */
    String latex(Rational r) {
        return exact ? r.latex() : NumberText.plain(r.toDouble());
    }

    /** A matrix in round brackets; a bar before column {@code barBefore} (−1 for none). */
    String latex(RationalMatrix m, int barBefore) {
        StringBuilder s = new StringBuilder("\\left(\\begin{array}{");
        for (int j = 0; j < m.columns(); j++) {
            s.append(j == barBefore ? "|c" : "c");
        }
        s.append("}");
        for (int i = 0; i < m.rows(); i++) {
            if (i > 0) {
                s.append(" \\\\ ");
            }
            for (int j = 0; j < m.columns(); j++) {
                s.append(j > 0 ? " & " : "").append(latex(m.get(i, j)));
            }
        }
        return s.append("\\end{array}\\right)").toString();
    }

    /** A column vector in round brackets. */
    String latex(List<Rational> column) {
        return latex(RationalMatrix.column(column), -1);
    }

    /** A number as a factor in a product: negative ones in brackets, (−1). */
    String factor(Rational r) {
        String s = latex(r);
        return r.signum() < 0 ? "(" + s + ")" : s;
    }
}
