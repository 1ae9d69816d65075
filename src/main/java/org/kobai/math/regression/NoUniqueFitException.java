package org.kobai.math.regression;

/** The data has no unique least-squares answer: too few points, or every x the same. */
public final class NoUniqueFitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why there is no unique answer. */
    public enum Reason { TOO_FEW_POINTS, ALL_X_EQUAL, SINGULAR }

    private final Reason reason;

    public NoUniqueFitException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
