package org.kobai.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines (level sets f(x, y) = c) of a sampled grid, by marching squares: in each grid cell the
 * line crosses the edges whose ends lie on opposite sides of c, at the point found by linear
 * interpolation along that edge, t = (c − f₀) / (f₁ − f₀). Cell pieces are then joined into polylines.
 *
 * <p>Cells with a non-finite corner are skipped, so a line ends where the data ends. A saddle cell (two
 * opposite corners above c, two below) is resolved by the mean of its corners. A closed line repeats its
 * first point at the end.
 */
public final class ContourLines {
    private ContourLines() {}

    /**
     * The polylines on which the grid's piecewise-linear surface equals {@code level}.
     *
     * @throws IllegalArgumentException unless level is finite
     */
    public static List<Curve> trace(Grid2D grid, double level) {
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("Requires a finite level.");
        }
        return new Tracer(grid, level).trace();
    }

    /**
     * About {@code count} round levels strictly between the grid's smallest and largest finite values (see
     * {@link NiceSteps#levels}); empty for a constant or all-non-finite grid.
     *
     * @throws IllegalArgumentException unless count &ge; 1
     */
    public static double[] niceLevels(Grid2D grid, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Requires count >= 1.");
        }
        if (Double.isNaN(grid.min())) {
            return new double[0];
        }
        return NiceSteps.levels(grid.min(), grid.max(), count);
    }

    /**
     * Edges are numbered: horizontal edge (i, j)–(i+1, j) is {@code j·(nx−1) + i}; vertical edge
     * (i, j)–(i, j+1) is {@code H + j·nx + i} with H the number of horizontal edges. Each crossed edge holds
     * one point and at most two neighbours (one per adjacent cell).
     */
    private static final class Tracer {
        private final Grid2D grid;
        private final double level;
        private final int nx, ny, horizontal;
        private final int[] first, second;
        private final double[] px, py;

        Tracer(Grid2D grid, double level) {
            this.grid = grid;
            this.level = level;
            nx = grid.nx();
            ny = grid.ny();
            horizontal = (nx - 1) * ny;
            int edges = horizontal + nx * (ny - 1);
            first = new int[edges];
            second = new int[edges];
            Arrays.fill(first, -1);
            Arrays.fill(second, -1);
            px = new double[edges];
            py = new double[edges];
        }

        List<Curve> trace() {
            for (int j = 0; j < ny - 1; j++) {
                for (int i = 0; i < nx - 1; i++) {
                    cell(i, j);
                }
            }
            List<Curve> lines = new ArrayList<>();
            boolean[] used = new boolean[first.length];
            // Open lines first: they start at an edge with one neighbour (the grid border or no data).
            for (int e = 0; e < first.length; e++) {
                if (!used[e] && first[e] >= 0 && second[e] < 0) {
                    lines.add(walk(e, used, false));
                }
            }
            for (int e = 0; e < first.length; e++) {
                if (!used[e] && first[e] >= 0) {
                    lines.add(walk(e, used, true));
                }
            }
            return lines;
        }

        private void cell(int i, int j) {
            double f00 = grid.value(i, j), f10 = grid.value(i + 1, j);
            double f01 = grid.value(i, j + 1), f11 = grid.value(i + 1, j + 1);
            if (!(Double.isFinite(f00) && Double.isFinite(f10) && Double.isFinite(f01) && Double.isFinite(f11))) {
                return;
            }
            int bottom = j * (nx - 1) + i, top = (j + 1) * (nx - 1) + i;
            int left = horizontal + j * nx + i, right = left + 1;
            // Corners at or above the level count as above: each edge is then crossed at most once.
            int mask = (f00 >= level ? 1 : 0) | (f10 >= level ? 2 : 0) | (f11 >= level ? 4 : 0) | (f01 >= level ? 8 : 0);
            switch (mask) {
                case 0, 15 -> { }
                case 1, 14 -> link(left, bottom, i, j);
                case 2, 13 -> link(bottom, right, i, j);
                case 3, 12 -> link(left, right, i, j);
                case 4, 11 -> link(right, top, i, j);
                case 6, 9 -> link(bottom, top, i, j);
                case 7, 8 -> link(left, top, i, j);
                case 5, 10 -> {
                    // Saddle: the mean decides whether the two "above" corners are joined through the middle.
                    boolean centreAbove = (f00 + f10 + f01 + f11) / 4 >= level;
                    boolean joinAround00 = (mask == 5) != centreAbove;
                    if (joinAround00) {
                        link(left, bottom, i, j);
                        link(right, top, i, j);
                    } else {
                        link(left, top, i, j);
                        link(bottom, right, i, j);
                    }
                }
                default -> throw new AssertionError(mask);
            }
        }

        private void link(int a, int b, int i, int j) {
            place(a);
            place(b);
            attach(a, b);
            attach(b, a);
        }

        private void attach(int edge, int neighbour) {
            if (first[edge] < 0) {
                first[edge] = neighbour;
            } else {
                second[edge] = neighbour;
            }
        }

        /** The crossing point on an edge: x₀ + t·(x₁ − x₀) with t = (c − f₀) / (f₁ − f₀). */
        private void place(int edge) {
            if (first[edge] >= 0) {
                return;
            }
            int i0, j0, i1, j1;
            if (edge < horizontal) {
                j0 = edge / (nx - 1);
                i0 = edge % (nx - 1);
                i1 = i0 + 1;
                j1 = j0;
            } else {
                int k = edge - horizontal;
                j0 = k / nx;
                i0 = k % nx;
                i1 = i0;
                j1 = j0 + 1;
            }
            double f0 = grid.value(i0, j0), f1 = grid.value(i1, j1);
            double t = f1 == f0 ? 0.5 : (level - f0) / (f1 - f0);
            px[edge] = grid.x(i0) + t * (grid.x(i1) - grid.x(i0));
            py[edge] = grid.y(j0) + t * (grid.y(j1) - grid.y(j0));
        }

        private Curve walk(int start, boolean[] used, boolean closed) {
            List<double[]> points = new ArrayList<>();
            int previous = -1, current = start;
            while (current >= 0 && !used[current]) {
                used[current] = true;
                points.add(new double[] {px[current], py[current]});
                // Two cells share at most one edge, so an edge's two neighbours always differ.
                int next = first[current] != previous ? first[current] : second[current];
                previous = current;
                current = next;
            }
            if (closed && current == start) {
                points.add(points.get(0));
            }
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = points.get(k)[0];
                ys[k] = points.get(k)[1];
            }
            return new Curve(xs, ys);
        }
    }
}
