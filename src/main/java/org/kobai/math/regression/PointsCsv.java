package org.kobai.math.regression;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads data points from a two-column text file: one point {@code x,y} per line, separated by a comma,
 * a semicolon, a tab or spaces. Blank lines and lines starting with {@code #} are skipped; a first line
 * whose two values are both words (such as {@code x,y}) is a header. Values may be quoted. The first bad
 * row stops the reading with a {@link PointsCsvException} naming the row.
 */
public final class PointsCsv {
    /** No line of two numbers needs more characters than this. */
    public static final int MAX_ROW_LENGTH = 200;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    private PointsCsv() {}

    /**
     * Reads every point, at most {@code maxPoints} of them; the reader is read to the first problem and
     * not closed.
     *
     * @throws PointsCsvException for an empty file, a bad row, more than {@code maxPoints} points, fewer
     *                            than two, or all x equal
     * @throws IOException        when the reader fails
     */
    public static DataPoints read(Reader in, int maxPoints) throws IOException {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("Requires maxPoints >= 2.");
        }
        double[] xs = new double[64], ys = new double[64];
        int n = 0;
        int row = 0;
        boolean seenContent = false;
        StringBuilder line = new StringBuilder();
        while (true) {
            line.setLength(0);
            int read = readLine(in, line, ++row);
            if (read < 0) {
                break;
            }
            String text = stripBom(line.toString()).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = (text.matches(".*[,;\\t].*") ? SEPARATOR : SPACES).split(text, -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = unquote(cells[i]);
            }
            if (!seenContent && isHeader(cells)) {
                seenContent = true;
                continue;
            }
            seenContent = true;
            if (cells.length != 2) {
                throw new PointsCsvException(PointsCsvException.Problem.WRONG_COLUMN_COUNT, row,
                        Integer.toString(cells.length));
            }
            if (n == maxPoints) {
                throw new PointsCsvException(PointsCsvException.Problem.TOO_MANY_POINTS, 0, Integer.toString(maxPoints));
            }
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, 2 * n);
                ys = Arrays.copyOf(ys, 2 * n);
            }
            xs[n] = number(cells[0], row);
            ys[n] = number(cells[1], row);
            n++;
        }
        if (n == 0) {
            throw new PointsCsvException(PointsCsvException.Problem.EMPTY, 0, "");
        }
        if (n < 2) {
            throw new PointsCsvException(PointsCsvException.Problem.TOO_FEW_POINTS, 0, Integer.toString(n));
        }
        DataPoints points = new DataPoints(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
        if (points.allXEqual()) {
            throw new PointsCsvException(PointsCsvException.Problem.ALL_X_EQUAL, 0, plain(points.x(0)));
        }
        return points;
    }

    /** One line into {@code out} without its terminator; −1 at the end of input. */
    private static int readLine(Reader in, StringBuilder out, int row) throws IOException {
        int c = in.read();
        if (c < 0) {
            return -1;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r') {
                if (out.length() == MAX_ROW_LENGTH) {
                    throw new PointsCsvException(PointsCsvException.Problem.ROW_TOO_LONG, row,
                            Integer.toString(MAX_ROW_LENGTH));
                }
                out.append((char) c);
            }
            c = in.read();
        }
        return out.length();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** A first row of two words (not numbers, not NaN or ∞) names the columns. */
    private static boolean isHeader(String[] cells) {
        if (cells.length != 2) {
            return false;
        }
        for (String c : cells) {
            if (c.isEmpty() || DECIMAL.matcher(c).matches() || NON_FINITE.matcher(c).matches()
                    || !Character.isLetter(c.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static double number(String cell, int row) {
        String s = cell.replace('\u2212', '-');
        if (NON_FINITE.matcher(s).matches()) {
            throw new PointsCsvException(PointsCsvException.Problem.NOT_FINITE, row, cell);
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new PointsCsvException(PointsCsvException.Problem.NOT_A_NUMBER, row, cell);
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new PointsCsvException(PointsCsvException.Problem.NOT_FINITE, row, cell);
        }
        return v;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
