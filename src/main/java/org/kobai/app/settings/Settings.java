package org.kobai.app.settings;

import java.util.Locale;
import org.kobai.plot.Theme;

/**
 * What Kobai remembers between runs. Every field has a safe default, so a missing or damaged file
 * still gives a working app.
 *
 * @param language    "ja" or "en"
 * @param theme       the colour theme
 * @param scale       presentation scale of text and figures
 * @param windowWidth last window size (pixels)
 * @param lastLesson  id of the lesson shown last
 * @param lastStep    step index within it
 */
public record Settings(String language, Theme theme, double scale, double windowWidth, double windowHeight,
                       boolean maximized, String lastLesson, int lastStep) {

    public static final double MIN_WINDOW = 640;

    /** Defaults for a first run; the language follows the OS when it is Japanese, else English. */
    public static Settings defaults(Locale osLocale) {
        String lang = "ja".equals(osLocale.getLanguage()) ? "ja" : "en";
        return new Settings(lang, Theme.LIGHT, 1.0, 1280, 820, false, "", 0);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Settings withLanguage(String l) {
        return new Settings(l, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep);
    }

    public Settings withTheme(Theme t) {
        return new Settings(language, t, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep);
    }

    public Settings withScale(double s) {
        return new Settings(language, theme, s, windowWidth, windowHeight, maximized, lastLesson, lastStep);
    }

    public Settings withWindow(double w, double h, boolean max) {
        return new Settings(language, theme, scale, w, h, max, lastLesson, lastStep);
    }

    public Settings withPlace(String lesson, int step) {
        return new Settings(language, theme, scale, windowWidth, windowHeight, maximized, lesson, step);
    }
}
