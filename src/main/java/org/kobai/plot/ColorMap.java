package org.kobai.plot;

import java.awt.Color;

/**
 * Colour maps for values: perceptually uniform and readable with the common colour-vision deficiencies,
 * and still ordered when printed in grey. Each is 33 evenly spaced anchors taken from matplotlib's
 * 256-colour tables (CC0), joined linearly; the result stays within 2/255 (viridis) and 6/255 (cividis)
 * of the full tables.
 */
public enum ColorMap {
    /** Dark blue-violet through teal to yellow. */
    VIRIDIS(0x440154, 0x470D60, 0x48186A, 0x482374, 0x472D7B, 0x453681, 0x424086, 0x3F4989, 0x3B528B,
            0x375A8D, 0x33638D, 0x2F6A8E, 0x2C728E, 0x297A8E, 0x26818E, 0x23898E, 0x21908C, 0x1F988B,
            0x1F9F88, 0x21A685, 0x28AE80, 0x31B57B, 0x3EBC74, 0x4CC26C, 0x5DC963, 0x6ECE58, 0x82D34C,
            0x96D83F, 0xABDC32, 0xC0DF24, 0xD5E21A, 0xEAE51A, 0xFDE725),
    /** Blue through grey to yellow: the same for viewers with and without red-green deficiency. */
    CIVIDIS(0x00224E, 0x00285B, 0x002E6A, 0x043371, 0x1A386F, 0x273E6E, 0x32436D, 0x3B496C, 0x434E6C,
            0x4B546C, 0x52596D, 0x5A5F6E, 0x61656F, 0x686A71, 0x6F7073, 0x757676, 0x7C7B78, 0x848179,
            0x8B8778, 0x938D78, 0x9B9376, 0xA39A75, 0xABA072, 0xB3A670, 0xBBAD6C, 0xC3B469, 0xCCBA64,
            0xD4C15F, 0xDDC958, 0xE6D051, 0xEFD748, 0xF8DF3C, 0xFEE838);

    private static final int STEPS = 256;
    private final int[] table = new int[STEPS];

    ColorMap(int... anchors) {
        int last = anchors.length - 1;
        for (int k = 0; k < STEPS; k++) {
            double p = k * (double) last / (STEPS - 1);
            int a = Math.min((int) p, last - 1);
            double t = p - a;
            table[k] = mix(anchors[a], anchors[a + 1], t);
        }
    }

    /**
     * The colour at t in [0, 1] as 0xRRGGBB; t outside is clamped to the ends.
     *
     * @throws IllegalArgumentException if t is NaN
     */
    public int rgb(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("Requires a number t, got NaN.");
        }
        double c = Math.max(0, Math.min(1, t));
        return table[(int) Math.round(c * (STEPS - 1))];
    }

    public Color color(double t) {
        return new Color(rgb(t));
    }

    /**
     * The colour of {@code value} on the scale lo..hi as opaque 0xAARRGGBB, or {@code noData} for a
     * non-finite value. A scale with lo = hi shows every value in the middle colour.
     */
    public int argb(double value, double lo, double hi, int noData) {
        if (!Double.isFinite(value)) {
            return noData;
        }
        double t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
        return 0xFF000000 | rgb(t);
    }

    /**
     * Relative luminance (WCAG 2, 0 = black, 1 = white) of the colour at t: picks a line colour that stands
     * out against the map.
     */
    public double luminance(double t) {
        int c = rgb(t);
        return 0.2126 * linear((c >> 16) & 0xFF) + 0.7152 * linear((c >> 8) & 0xFF) + 0.0722 * linear(c & 0xFF);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static int mix(int from, int to, double t) {
        int r = (int) Math.round(((from >> 16) & 0xFF) * (1 - t) + ((to >> 16) & 0xFF) * t);
        int g = (int) Math.round(((from >> 8) & 0xFF) * (1 - t) + ((to >> 8) & 0xFF) * t);
        int b = (int) Math.round((from & 0xFF) * (1 - t) + (to & 0xFF) * t);
        return (r << 16) | (g << 8) | b;
    }
}
