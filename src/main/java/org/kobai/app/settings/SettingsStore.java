package org.kobai.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;

/**
 * Reads and writes {@link Settings} as a small properties file. Reading never fails: a missing file gives
 * the defaults, a damaged one the defaults for whatever could not be read, with a one-line notice.
 * Writing goes to a temporary file that then replaces the old one in one step, so a crash mid-write
 * leaves the previous settings intact.
 */
public final class SettingsStore {
    /** Key prefix of what the projector view hides in a lesson: {@code projector.hide.<lesson>=a,b}. */
    private static final String PROJECTOR_HIDE = "projector.hide.";
    private final Path file;
    private final Locale osLocale;

    public SettingsStore(Path file, Locale osLocale) {
        this.file = file;
        this.osLocale = osLocale;
    }

    /** The settings file under the user's configuration folder for this OS. */
    public static Path defaultFile() {
        String override = System.getProperty("kobai.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "settings.properties");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        Path dir;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            dir = appData != null ? Path.of(appData, "Kobai") : home.resolve("AppData/Roaming/Kobai");
        } else if (os.contains("mac")) {
            dir = home.resolve("Library/Application Support/Kobai");
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("kobai");
        }
        return dir.resolve("settings.properties");
    }

    public Path file() { return file; }

    /**
     * What was read. When something was wrong with the file: {@code readError} (the file as a whole could
     * not be read) or {@code badValues} (keys whose values were replaced by defaults), and a one-line
     * {@code notice} in English for logs; the window words it in the learner's language.
     */
    public record Loaded(Settings settings, String notice, String readError, java.util.List<String> badValues) {
        public Loaded {
            badValues = java.util.List.copyOf(badValues);
        }

        Loaded(Settings settings) {
            this(settings, null, null, java.util.List.of());
        }
    }

    public Loaded load() {
        Settings d = Settings.defaults(osLocale);
        if (!Files.exists(file)) {
            return new Loaded(d);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return new Loaded(d, "Settings file " + file + " could not be read (" + brief(e) + "); using defaults.",
                    brief(e), java.util.List.of());
        }
        Problems problems = new Problems();
        String language = p.getProperty("language", d.language());
        if (!language.equals("ja") && !language.equals("en")) {
            problems.add("language");
            language = d.language();
        }
        Theme theme = d.theme();
        try {
            theme = Theme.valueOf(p.getProperty("theme", d.theme().name()));
        } catch (IllegalArgumentException e) {
            problems.add("theme");
        }
        double scale = number(p, "scale", d.scale(), FigureStyle.MIN_SCALE, FigureStyle.MAX_SCALE, problems);
        double w = number(p, "window.width", d.windowWidth(), Settings.MIN_WINDOW, 20000, problems);
        double h = number(p, "window.height", d.windowHeight(), 400, 20000, problems);
        boolean max = Boolean.parseBoolean(p.getProperty("window.maximized", "false"));
        String lesson = p.getProperty("last.lesson", "");
        int step = (int) number(p, "last.step", 0, 0, 1000, problems);
        double projectorScale = number(p, "projector.scale", d.projectorScale(), FigureStyle.MIN_SCALE,
                FigureStyle.MAX_SCALE, problems);
        java.util.Map<String, java.util.Set<String>> hidden = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PROJECTOR_HIDE) && key.length() > PROJECTOR_HIDE.length()) {
                java.util.Set<String> parts = new java.util.TreeSet<>();
                for (String part : p.getProperty(key).split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.trim());
                    }
                }
                hidden.put(key.substring(PROJECTOR_HIDE.length()), parts);
            }
        }
        boolean sound = !"false".equalsIgnoreCase(p.getProperty("sound", "true").trim());
        Settings s = new Settings(language, theme, scale, w, h, max, lesson, step, projectorScale, hidden, sound);
        return problems.isEmpty() ? new Loaded(s) : new Loaded(s,
                "Settings file " + file + " had unreadable values (" + problems + "); used defaults for them.",
                null, problems);
    }

    /** Writes atomically; on failure the old file stays and the exception says why. */
    public void save(Settings s) throws IOException {
        Properties p = new Properties();
        p.setProperty("language", s.language());
        p.setProperty("theme", s.theme().name());
        p.setProperty("scale", Double.toString(s.scale()));
        p.setProperty("window.width", Double.toString(s.windowWidth()));
        p.setProperty("window.height", Double.toString(s.windowHeight()));
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("last.lesson", s.lastLesson());
        p.setProperty("last.step", Integer.toString(s.lastStep()));
        p.setProperty("projector.scale", Double.toString(s.projectorScale()));
        s.projectorHidden().forEach((lesson, hidden) ->
                p.setProperty(PROJECTOR_HIDE + lesson, String.join(",", new java.util.TreeSet<>(hidden))));
        p.setProperty("sound", Boolean.toString(s.sound()));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "settings", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Kobai settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double number(Properties p, String key, double fallback, double min, double max,
                                 Problems problems) {
        String raw = p.getProperty(key);
        if (raw == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key);
        return fallback;
    }

    private static String brief(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final class Problems extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() { return String.join(", ", this); }
    }
}
