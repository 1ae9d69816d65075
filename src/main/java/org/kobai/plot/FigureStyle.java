package org.kobai.plot;

/**
 * How a figure is drawn: the theme and the presentation scale (1 = normal; teachers go up to 3).
 * Font sizes and line widths are given at scale 1 and multiplied here, so a figure reads from the back
 * of a classroom when the scale goes up.
 */
public record FigureStyle(Theme theme, double scale) {
    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 3.0;
    public static final FigureStyle DEFAULT = new FigureStyle(Theme.LIGHT, 1.0);

    private static final String FONT_FAMILY = "SansSerif";

    public FigureStyle {
        if (theme == null) {
            throw new IllegalArgumentException("Requires a theme.");
        }
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("Requires " + MIN_SCALE + " <= scale <= " + MAX_SCALE + ".");
        }
    }

    public FigureStyle withTheme(Theme t) { return new FigureStyle(t, scale); }
    public FigureStyle withScale(double s) { return new FigureStyle(theme, s); }

    /** A font of the given size at scale 1. */
    public java.awt.Font font(double baseSize, boolean bold) {
        return new java.awt.Font(FONT_FAMILY, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN,
                (int) Math.round(baseSize * scale));
    }

    /** A line width given at scale 1, with the theme's weight. */
    public float lineWidth(double baseWidth) {
        return (float) (baseWidth * scale * theme.lineWeight());
    }
}
