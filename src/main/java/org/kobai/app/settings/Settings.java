package org.kobai.app.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * @param projectorScale  presentation scale of the projector view
 * @param projectorHidden by lesson id, what the projector view hides (see {@code ProjectorView})
 * @param sound       whether the figures' audio trace plays tones
 */
public record Settings(String language, Theme theme, double scale, double windowWidth, double windowHeight,
                       boolean maximized, String lastLesson, int lastStep, double projectorScale,
                       Map<String, Set<String>> projectorHidden, boolean sound) {

    public static final double MIN_WINDOW = 640;
    /** Type and figures in the projector view, for the back row, unless the teacher chose another size. */
    public static final double PROJECTOR_SCALE = 1.6;

    public Settings {
        Map<String, Set<String>> copy = new TreeMap<>();
        projectorHidden.forEach((lesson, hidden) -> copy.put(lesson, Set.copyOf(hidden)));
        projectorHidden = java.util.Collections.unmodifiableMap(copy);
    }

    public Settings(String language, Theme theme, double scale, double windowWidth, double windowHeight,
                    boolean maximized, String lastLesson, int lastStep) {
        this(language, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep, PROJECTOR_SCALE,
                Map.of());
    }

    /** Settings with the audio trace's sound on. */
    public Settings(String language, Theme theme, double scale, double windowWidth, double windowHeight,
                    boolean maximized, String lastLesson, int lastStep, double projectorScale,
                    Map<String, Set<String>> projectorHidden) {
        this(language, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep, projectorScale,
                projectorHidden, true);
    }

    /** Defaults for a first run; the language follows the OS when it is Japanese, else English. */
    public static Settings defaults(Locale osLocale) {
        String lang = "ja".equals(osLocale.getLanguage()) ? "ja" : "en";
        return new Settings(lang, Theme.LIGHT, 1.0, 1280, 820, false, "", 0);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Settings withLanguage(String l) {
        return new Settings(l, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep,
                projectorScale, projectorHidden, sound);
    }

    public Settings withTheme(Theme t) {
        return new Settings(language, t, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep,
                projectorScale, projectorHidden, sound);
    }

    public Settings withScale(double s) {
        return new Settings(language, theme, s, windowWidth, windowHeight, maximized, lastLesson, lastStep,
                projectorScale, projectorHidden, sound);
    }

    public Settings withWindow(double w, double h, boolean max) {
        return new Settings(language, theme, scale, w, h, max, lastLesson, lastStep,
                projectorScale, projectorHidden, sound);
    }

    public Settings withPlace(String lesson, int step) {
        return new Settings(language, theme, scale, windowWidth, windowHeight, maximized, lesson, step, projectorScale,
                projectorHidden, sound);
    }

    public Settings withSound(boolean on) {
        return new Settings(language, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep,
                projectorScale, projectorHidden, on);
    }

    public Settings withProjectorScale(double s) {
        return new Settings(language, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep, s,
                projectorHidden, sound);
    }

    /** What the projector view hides in a lesson; nothing unless the teacher chose. */
    public Set<String> projectorHidden(String lesson) {
        return projectorHidden.getOrDefault(lesson, Set.of());
    }

    public Settings withProjectorHidden(String lesson, Set<String> hidden) {
        Map<String, Set<String>> next = new TreeMap<>(projectorHidden);
        if (hidden.isEmpty()) {
            next.remove(lesson);
        } else {
            next.put(lesson, hidden);
        }
        return new Settings(language, theme, scale, windowWidth, windowHeight, maximized, lastLesson, lastStep,
                projectorScale, next, sound);
    }
}
