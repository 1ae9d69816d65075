package org.kobai.lessons;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A scene: one lesson at one step with every parameter, typed function and data set, in a small text
 * file ({@code .kobai}) a teacher prepares before class and opens again.
 *
 * <p>The file is UTF-8 {@code key=value} lines (Java properties), readable and editable by hand:
 * <pre>
 * kobai-scene=1
 * lesson=partial
 * step=3
 * param.c=1.0
 * function=x1^2 + 2x1 x2 - x2^2
 * </pre>
 * Reading never throws anything but {@link SceneException}, whose message says what is wrong with the
 * file; keys the lesson cannot use are reported by {@code LessonModel.restoreState}, not here.
 */
public final class SceneFile {
    /** The extension of scene files. */
    public static final String EXTENSION = ".kobai";
    /** The format this version writes; files with a larger number come from a newer Kobai. */
    public static final int FORMAT = 1;
    /** Scenes are a few hundred bytes; anything this large is not one. */
    static final long MAX_BYTES = 1 << 20;
    private static final String FORMAT_KEY = "kobai-scene";
    private static final String LESSON_KEY = "lesson";

    private SceneFile() {}

    /**
     * A lesson's saved state.
     *
     * @param format the file's format number ({@link #FORMAT} for scenes this version writes)
     * @param state  the lesson's keys and values, as {@code LessonModel.saveState} made them
     */
    public record Scene(int format, String lessonId, Map<String, String> state) {
        public Scene {
            if (lessonId == null || lessonId.isBlank()) {
                throw new IllegalArgumentException("Requires a lesson id.");
            }
            state = Map.copyOf(state);
        }

        public Scene(String lessonId, Map<String, String> state) {
            this(FORMAT, lessonId, state);
        }

        /** True when a newer Kobai wrote the file: some of it may mean nothing to this version. */
        public boolean fromNewerVersion() { return format > FORMAT; }
    }

    /** Why a file cannot be opened as a scene; the message is one plain sentence. */
    public static final class SceneException extends Exception {
        private final Problem problem;

        SceneException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() { return problem; }
    }

    /** What kind of trouble a file had, so the app can word it in the learner's language. */
    public enum Problem { NOT_FOUND, UNREADABLE, TOO_LARGE, NOT_TEXT, NOT_A_SCENE, NO_LESSON, BAD_FORMAT }

    /** Reads a scene file. */
    public static Scene read(Path file) throws SceneException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SceneException(Problem.TOO_LARGE, "The file is too large to be a scene.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SceneException(Problem.NOT_FOUND, "The file does not exist.");
        } catch (IOException e) {
            throw new SceneException(Problem.UNREADABLE, "The file cannot be read: " + e.getMessage());
        }
        return parse(bytes);
    }

    /** Reads a scene from a file's bytes. */
    public static Scene parse(byte[] bytes) throws SceneException {
        if (bytes.length > MAX_BYTES) {
            throw new SceneException(Problem.TOO_LARGE, "The file is too large to be a scene.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SceneException(Problem.NOT_TEXT, "The file is not UTF-8 text.");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // Properties rejects a malformed \\uXXXX escape with IllegalArgumentException.
            throw new SceneException(Problem.NOT_TEXT, "The file has a malformed escape sequence.");
        }
        String format = p.getProperty(FORMAT_KEY);
        if (format == null) {
            throw new SceneException(Problem.NOT_A_SCENE, "The file is not a Kobai scene (no 'kobai-scene' line).");
        }
        int formatNumber;
        try {
            formatNumber = Integer.parseInt(format.trim());
        } catch (NumberFormatException e) {
            throw new SceneException(Problem.BAD_FORMAT, "The scene format '" + format + "' is not a number.");
        }
        if (formatNumber < 1) {
            throw new SceneException(Problem.BAD_FORMAT, "The scene format " + formatNumber + " does not exist.");
        }
        String lesson = p.getProperty(LESSON_KEY);
        if (lesson == null || lesson.isBlank()) {
            throw new SceneException(Problem.NO_LESSON, "The scene does not say which lesson it is for.");
        }
        Map<String, String> state = new LinkedHashMap<>();
        for (String key : new TreeMap<>(toMap(p)).keySet()) {
            if (!key.equals(FORMAT_KEY) && !key.equals(LESSON_KEY)) {
                state.put(key, p.getProperty(key));
            }
        }
        return new Scene(formatNumber, lesson.trim(), state);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** The text of a scene file: the format and lesson first, then the state keys in order. */
    public static String format(Scene scene) {
        StringBuilder out = new StringBuilder();
        line(out, FORMAT_KEY, Integer.toString(FORMAT));
        line(out, LESSON_KEY, scene.lessonId());
        new TreeMap<>(scene.state()).forEach((k, v) -> line(out, k, v));
        return out.toString();
    }

    /**
     * Writes a scene through a temporary file and one move, so a crash never leaves half a file where
     * a teacher's scene was.
     */
    public static void write(Path file, Scene scene) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".scene", ".tmp");
        try {
            Files.writeString(tmp, format(scene), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(escape(key, true)).append('=').append(escape(value, false)).append('\n');
    }

    /** Escapes as Properties.load expects; non-ASCII stays as it is, since the file is UTF-8. */
    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '=', ':' -> b.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                case '#', '!' -> b.append(i == 0 ? "\\" + c : String.valueOf(c));
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
