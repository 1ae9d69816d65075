package org.kobai.math.optimize;

import java.util.List;

/**
 * A finished (or paused) descent: the iterates x₀, x₁, …, x_K and how it ended. Every value in the path is
 * finite: a step that landed at ±∞ or where f is not defined is not in it.
 *
 * @param path   the iterates, x₀ first; never empty
 * @param status how it ended ({@link Status#RUNNING} for a paused run)
 */
public record Run(List<Iterate> path, Status status) {
    public Run {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("Requires at least the start point.");
        }
    }

    /** K, the number of steps taken. */
    public int iterations() { return path.size() - 1; }

    /** x₀. */
    public Iterate start() { return path.get(0); }

    /** x_K, the last point reached. */
    public Iterate last() { return path.get(path.size() - 1); }

    /** x_k. */
    public Iterate at(int k) { return path.get(k); }

    /**
     * The path as CSV: a header {@code iteration,<variables…>,f,grad_norm} and one row per iterate, numbers in
     * full precision so the file reads back exactly.
     *
     * @throws IllegalArgumentException unless there is one name per coordinate
     */
    public String toCsv(List<String> variables) {
        if (variables.size() != start().point().length) {
            throw new IllegalArgumentException("Requires " + start().point().length + " variable names.");
        }
        StringBuilder s = new StringBuilder("iteration,").append(String.join(",", variables)).append(",f,grad_norm\n");
        for (Iterate it : path) {
            s.append(it.index());
            for (double c : it.point()) {
                s.append(',').append(c);
            }
            s.append(',').append(it.value()).append(',').append(it.gradientNorm()).append('\n');
        }
        return s.toString();
    }
}
