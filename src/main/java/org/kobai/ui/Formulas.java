package org.kobai.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.Character.UnicodeBlock;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX formulas with JLaTeXMath into images for the screen. Rendering goes through Java2D, which
 * loads JLaTeXMath's own fonts itself, so symbols come out right on every platform. Results are cached:
 * the same formula at the same size and colour is drawn once.
 */
public final class Formulas {
    private static final int CACHE_SIZE = 400;
    private static final Object LOCK = new Object();
    private static boolean fontsRegistered;

    private final Map<Key, Rendered> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** An image of a formula and where its baseline sits (pixels from the top, at scale 1). */
    public record Rendered(Image image, double width, double height, double baseline) {}

    private record Key(String latex, boolean display, float size, int rgb, double pixelScale) {}

    /** Thrown for LaTeX that JLaTeXMath cannot read; the message says what is wrong. */
    public static final class FormulaException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormulaException(String latex, Throwable cause) {
            super("Cannot typeset '" + latex + "': " + cause.getMessage(), cause);
        }
    }

    /**
     * Loads JLaTeXMath's classes and fonts ahead of need (the first formula costs a few hundred ms);
     * safe to call from any thread.
     */
    public static void warmUp() {
        registerFonts();
        new TeXFormula("x^2").createTeXIcon(TeXConstants.STYLE_TEXT, 12);
    }

    private static void registerFonts() {
        synchronized (LOCK) {
            if (!fontsRegistered) {
                // Japanese inside \text{} falls back to the platform's sans-serif, which has CJK glyphs.
                for (UnicodeBlock block : new UnicodeBlock[] {UnicodeBlock.HIRAGANA, UnicodeBlock.KATAKANA,
                        UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
                        UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS}) {
                    TeXFormula.registerExternalFont(block, "SansSerif");
                }
                fontsRegistered = true;
            }
        }
    }

    /** Checks that LaTeX can be typeset, without drawing it. */
    public static void requireValid(String latex) {
        registerFonts();
        try {
            new TeXFormula(latex);
        } catch (RuntimeException e) {
            throw new FormulaException(latex, e);
        }
    }

    /**
     * Draws a formula at a font size in pixels, in a colour, with extra pixel density for sharp text on
     * high-resolution screens ({@code pixelScale} 2 draws twice as many pixels).
     */
    public Rendered render(String latex, boolean display, double sizePx, Color colour, double pixelScale) {
        Key key = new Key(latex, display, (float) sizePx, colour.getRGB(), pixelScale);
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        registerFonts();
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(
                    display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, (float) (sizePx * pixelScale));
        } catch (RuntimeException e) {
            throw new FormulaException(latex, e);
        }
        icon.setForeground(colour);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        Rendered r = new Rendered(SwingFXUtils.toFXImage(img, null), w / pixelScale, h / pixelScale,
                (h - icon.getIconDepth()) / pixelScale);
        synchronized (cache) {
            cache.put(key, r);
        }
        return r;
    }
}
