package org.kobai.app.progress;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps {@link Progress} in {@code progress.properties} beside the settings. Reading never fails and never
 * throws away more than it must: a damaged line loses that lesson's entry only, an unreadable file gives
 * empty progress (and the damaged file is left alone until the next save replaces it). Writing is atomic.
 *
 * <pre>
 * derivative.seen=0,1,2
 * derivative.attempted=3
 * derivative.solved=2
 * </pre>
 */
public final class ProgressStore {
    private static final int MAX_STEPS = 1000;
    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    public Path file() { return file; }

    /** What was read, and the lessons whose entries were damaged and dropped (empty when all was well). */
    public record Loaded(Progress progress, List<String> damaged, String readError) {
        public Loaded {
            damaged = List.copyOf(damaged);
        }
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Progress.empty(), List.of(), null);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return new Loaded(Progress.empty(), List.of(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        Map<String, Progress.Lesson> lessons = new TreeMap<>();
        List<String> damaged = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                ids.add(key.substring(0, dot));
            }
        }
        for (String id : ids) {
            try {
                TreeSet<Integer> seen = new TreeSet<>();
                String list = p.getProperty(id + ".seen", "").trim();
                if (!list.isEmpty()) {
                    for (String s : list.split(",")) {
                        int step = Integer.parseInt(s.trim());
                        if (step < 0 || step >= MAX_STEPS) {
                            throw new IllegalArgumentException("step " + step);
                        }
                        seen.add(step);
                    }
                }
                int attempted = Integer.parseInt(p.getProperty(id + ".attempted", "0").trim());
                int solved = Integer.parseInt(p.getProperty(id + ".solved", "0").trim());
                lessons.put(id, new Progress.Lesson(seen, attempted, solved));
            } catch (IllegalArgumentException e) { // NumberFormatException included
                damaged.add(id);
            }
        }
        return new Loaded(Progress.of(lessons), damaged, null);
    }

    /** Writes atomically; on failure the old file stays and the exception says why. */
    public void save(Progress progress) throws IOException {
        StringBuilder out = new StringBuilder("# Kobai progress\n");
        progress.lessons().forEach((id, l) -> {
            String key = escapeKey(id);
            out.append(key).append(".seen=").append(String.join(",", l.stepsSeen().stream().map(String::valueOf).toList()))
                    .append('\n');
            out.append(key).append(".attempted=").append(l.attempted()).append('\n');
            out.append(key).append(".solved=").append(l.solved()).append('\n');
        });
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "progress", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(out.toString());
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

    /** Lesson ids are plain words; escape what Properties would misread anyway. */
    private static String escapeKey(String id) {
        return id.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
    }
}
