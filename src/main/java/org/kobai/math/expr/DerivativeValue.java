package org.kobai.math.expr;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value of a derivative at a point, or why there is none: the function is not defined there (ln x at
 * x = 0), or it is but has no derivative (|x| at x = 0, √x at x = 0).
 */
public final class DerivativeValue {
    /** Why a derivative has no value at a point. */
    public enum Problem {
        /** f itself has no finite value at the point. */
        NOT_DEFINED,
        /** f has a value but the derivative does not exist there (a corner or a vertical tangent). */
        NOT_DIFFERENTIABLE
    }

    private final double value;
    private final Problem problem;
    private final String note;

    private DerivativeValue(double value, Problem problem, String note) {
        this.value = value;
        this.problem = problem;
        this.note = note;
    }

    /** A derivative that exists and equals {@code value} (finite). */
    public static DerivativeValue of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Requires a finite value, got " + value + ".");
        }
        return new DerivativeValue(value, null, "");
    }

    /** No derivative, with a note such as {@code not differentiable at x = 0}. */
    public static DerivativeValue undefined(Problem problem, String note) {
        return new DerivativeValue(Double.NaN, Objects.requireNonNull(problem, "problem"),
                Objects.requireNonNull(note, "note"));
    }

    public boolean isDefined() { return problem == null; }

    /**
     * The derivative's value.
     *
     * @throws IllegalStateException with the note if there is none
     */
    public double value() {
        if (problem != null) {
            throw new IllegalStateException(note);
        }
        return value;
    }

    public OptionalDouble asOptional() {
        return problem == null ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    public Optional<Problem> problem() { return Optional.ofNullable(problem); }

    /** Why there is no value, in plain English (e.g. {@code not defined at x = -1}); empty if defined. */
    public String note() { return note; }

    @Override
    public String toString() {
        return problem == null ? Double.toString(value) : note;
    }
}
