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
}
