package org.kobai.math.regression;

/**
 * A two-column file that cannot be read as data points: what is wrong ({@link #problem}), on which row
 * (1-based, counting every line of the file; 0 when no single row is to blame) and the text or number
 * involved ({@link #detail}), so a user interface can say it in the user's language.
 */
public final class PointsCsvException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** Nothing but blank lines (or a header). */
        EMPTY,
        /** A row without exactly two values; detail: how many it has. */
        WRONG_COLUMN_COUNT,
        /** A value that is not a number; detail: the value. */
        NOT_A_NUMBER,
        /** NaN or an infinity; detail: the value. */
        NOT_FINITE,
        /** A line longer than any two numbers need; detail: the limit. */
        ROW_TOO_LONG,
        /** More points than allowed; detail: the limit. */
        TOO_MANY_POINTS,
        /** Fewer than two points; detail: how many. */
        TOO_FEW_POINTS,
        /** Every x is the same; detail: that x. */
        ALL_X_EQUAL
    }

    private final Problem problem;
    private final int row;
    private final String detail;

    public PointsCsvException(Problem problem, int row, String detail) {
        super(describe(problem, row, detail));
        this.problem = problem;
        this.row = row;
        this.detail = detail;
    }

    public Problem problem() { return problem; }
    public int row() { return row; }
    public String detail() { return detail; }

    private static String describe(Problem problem, int row, String detail) {
        String where = row > 0 ? "row " + row + ": " : "";
        return where + switch (problem) {
            case EMPTY -> "the file has no data rows";
            case WRONG_COLUMN_COUNT -> "expected 2 values (x, y), found " + detail;
            case NOT_A_NUMBER -> "\"" + detail + "\" is not a number";
            case NOT_FINITE -> "\"" + detail + "\" is not a finite number";
            case ROW_TOO_LONG -> "the row is longer than " + detail + " characters";
            case TOO_MANY_POINTS -> "the file has more than " + detail + " points";
            case TOO_FEW_POINTS -> "a line needs at least 2 points, the file has " + detail;
            case ALL_X_EQUAL -> "all x values are equal (" + detail + "), so no line fits uniquely";
        };
    }
}
