package org.kobai.lessons.descent;

import org.kobai.math.Grid2D;
import org.kobai.math.optimize.RegimeMap;

/** A regime map as a grid over (log₁₀ η, β) with values 0 (monotone), 1 (oscillating), 2 (diverging). */
final class RegimeGrid {
    private RegimeGrid() {}

    static Grid2D of(RegimeMap map) {
        int nx = map.etaCells(), ny = map.betaCells();
        double[][] v = new double[ny][nx];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                v[j][i] = map.at(i, j).ordinal();
            }
        }
        return new Grid2D(Math.log10(map.learningRate(0)), Math.log10(map.learningRate(nx - 1)),
                map.momentum(0), map.momentum(ny - 1), v);
    }
}
