package org.kobai.math.linalg;

import java.util.List;

/** What a linear system Ax = b has: exactly one solution, none, or infinitely many. */
public sealed interface Solutions {

    /** Exactly one solution x (det A ≠ 0): x = A⁻¹b. */
    record Unique(List<Rational> x) implements Solutions {}

    /**
     * No solution: after sweeping out, row {@code row} (from 0) reads 0 = {@code value} with value ≠ 0, so
     * the equations contradict each other (parallel lines that never meet).
     */
    record None(int row, Rational value) implements Solutions {}

    /**
     * Infinitely many solutions: the variables in {@code free} (indexes from 0) can take any value, and the
     * others follow from them. {@code particular} is the solution with every free variable 0.
     */
    record Infinite(List<Integer> free, List<Rational> particular) implements Solutions {}
}
