package org.kobai.plot;

import java.awt.Color;
import java.util.List;

/**
 * The colours of a figure. Series colours come from the Okabe–Ito palette, which stays distinguishable
 * for the common forms of colour blindness; the dark and projector themes adjust it for their backgrounds,
 * replacing the colours that simulated protanopia, deuteranopia or tritanopia would merge with another
 * (PaletteVisionTest holds every theme to that).
 */
public enum Theme {
    LIGHT(new Color(0xFFFFFF), new Color(0x1F2328), new Color(0xD8DEE4), 1.0, List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442))),
    DARK(new Color(0x1E1F22), new Color(0xE6E6E6), new Color(0x3C3F44), 1.0, List.of(
            new Color(0x56B4E9), new Color(0xE69F00), new Color(0x2BC49A), new Color(0xE08FC0),
            new Color(0xF0E442), new Color(0x409860), new Color(0xFFFFFF), new Color(0xD55E00))),
    /** For projectors: pure black on white, heavier lines, darker series colours. */
    HIGH_CONTRAST(new Color(0xFFFFFF), new Color(0x000000), new Color(0x9A9A9A), 1.6, List.of(
            new Color(0x0050A0), new Color(0xB03A00), new Color(0x006B4E), new Color(0x9E2F7A),
            new Color(0x581800), new Color(0x1F6FB2), new Color(0x000000), new Color(0x3F007D)));

    private final Color background;
    private final Color foreground;
    private final Color grid;
    private final double lineWeight;
    private final List<Color> series;

    Theme(Color background, Color foreground, Color grid, double lineWeight, List<Color> series) {
        this.background = background;
        this.foreground = foreground;
        this.grid = grid;
        this.lineWeight = lineWeight;
        this.series = series;
    }

    public Color background() { return background; }

    /**
     * The background colour for outlines that separate marks (dots, bars), one step short of opaque. On
     * screen FXGraphics2D skips setting a paint equal to the last one it set, though the canvas has reset
     * its state between frames: a frame that ended with an outline in exactly the background colour made
     * the next frame's background black.
     */
    public Color outline() {
        return new Color(background.getRed(), background.getGreen(), background.getBlue(), 254);
    }
    public Color foreground() { return foreground; }
    public Color grid() { return grid; }
    /** Multiplies every line width, on top of the presentation scale. */
    public double lineWeight() { return lineWeight; }

    /** The colour of the {@code index}-th role; roles wrap around the palette. */
    public Color color(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    /** The same colour with the given opacity (0 to 1): fills and shading. */
    public Color translucent(int index, double alpha) {
        Color c = color(index);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    public boolean isDark() { return this == DARK; }
}
