package org.kobai.math.expr;

/**
 * A typed expression that cannot be read. The message names the column and what was expected, e.g.
 * {@code at column 7: expected ')'}; {@link #column()} lets a text field mark the spot.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    /**
     * @param column 1-based position in the typed text (one past the end for "the text ended too soon")
     * @param reason what is wrong, e.g. {@code expected ')'}
     */
    public ExpressionException(int column, String reason) {
        super("at column " + column + ": " + reason);
        if (column < 1) {
            throw new IllegalArgumentException("Requires column >= 1, got " + column + ".");
        }
        this.column = column;
        this.reason = reason;
    }

    /**
     * The 1-based column of the mistake, counted in characters of the text as typed (before any full-width
     * or Unicode normalisation), so {@code column - 1} is the index into the typed string.
     */
    public int column() { return column; }

    /** What is wrong, without the column, e.g. {@code unknown function 'sine'}. */
    public String reason() { return reason; }
}
