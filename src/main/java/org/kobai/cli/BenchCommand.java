package org.kobai.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureRenderer;
import org.kobai.plot.FigureStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Per-update latency of each lesson: the main parameter is moved through many values, and each change is
 * timed from the model update to the figure redrawn at 1200×800 (the same chart code the screen uses,
 * drawn through Java2D).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure per-update redraw latency of each lesson's figure (median and p99, ms).")
final class BenchCommand implements Runnable {
    static final int WIDTH = 1200, HEIGHT = 800, WARM_UP = 100;

    private final LessonRegistry registry;
    private final ScreenBench screen;

    @Option(names = "--screen", description = "Measure on a real JavaFX canvas in a window (needs a display).")
    boolean onScreen;

    @Option(names = "--lesson", description = "Only this lesson.")
    String lessonId;

    @Option(names = "--updates", description = "Timed updates per lesson (default 300).")
    int updates = 300;

    @Option(names = "--step", description = "Measure this step (1-based; with --lesson) instead of the first.")
    Integer step;

    @Option(names = "--param", description = "Sweep this parameter instead of the lesson's main one (with --lesson).")
    String parameterId;

    @Option(names = "--set", description = "name=value: a parameter held fixed while the other one sweeps (with --lesson; repeatable).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--cpu", description = "Time the drawing thread's CPU time instead of the clock: steadier on a machine "
            + "other work shares (not with --screen).")
    boolean cpuTime;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    BenchCommand(LessonRegistry registry, ScreenBench screen) {
        this.registry = registry;
        this.screen = screen;
    }

    @Override
    public void run() {
        if (updates < 10 || updates > 100_000) {
            throw new IllegalArgumentException("--updates must be between 10 and 100000, got " + updates);
        }
        List<Lesson<?>> lessons = lessonId == null ? registry.all() : List.of(registry.find(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("no lesson '" + lessonId + "'")));
        if (lessonId == null && (step != null || parameterId != null || !settings.isEmpty())) {
            throw new IllegalArgumentException("--step, --param and --set need --lesson");
        }
        if (onScreen && cpuTime) {
            throw new IllegalArgumentException("--cpu times the Java2D path only; leave out --screen");
        }
        if (onScreen && screen == null) {
            throw new IllegalArgumentException("--screen needs the full app: java -jar kobai.jar bench --screen");
        }
        List<Object> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %8s %10s %10s%s%n",
                "lesson", "updates", "median ms", "p99 ms", onScreen ? "   frame p99 ms" : ""));
        for (Lesson<?> lesson : lessons) {
            double[] ms;
            double[] frames = null;
            LessonSetup setup = setUp(lesson);
            Parameter swept = swept(setup);
            if (onScreen) {
                ScreenBench.Result r = screen.measure(lesson, setup.model, swept, updates, WIDTH, HEIGHT);
                ms = r.fxThreadMs();
                frames = r.frameMs();
            } else {
                ms = measure(setup, swept, updates, cpuTime);
            }
            double median = percentile(ms, 50);
            double p99 = percentile(ms, 99);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", lesson.id());
            row.put("step", setup.model.step() + 1);
            row.put("parameter", swept.id());
            row.put("updates", ms.length);
            row.put("medianMs", round(median));
            row.put("p99Ms", round(p99));
            row.put("path", onScreen ? "javafx-canvas" : "java2d-image");
            row.put("clock", cpuTime ? "thread-cpu" : "wall");
            if (frames != null) {
                row.put("frameMedianMs", round(percentile(frames, 50)));
                row.put("frameP99Ms", round(percentile(frames, 99)));
            }
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-24s %8d %10.2f %10.2f", lesson.id(), ms.length, median, p99));
            text.append(frames == null ? "\n" : String.format(Locale.ROOT, "   %12.2f%n", percentile(frames, 99)));
        }
        spec.commandLine().getOut().print(json ? Json.write(Map.of("lessons", rows)) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    /** The lesson at the chosen step with the fixed settings applied (the first step by default). */
    private LessonSetup setUp(Lesson<?> lesson) {
        return LessonSetup.of(new LessonRegistry(List.of(lesson)), lesson.id(), step, settings);
    }

    /** The parameter the sweep moves: --param, or the lesson's main one. */
    private Parameter swept(LessonSetup setup) {
        if (parameterId == null) {
            return setup.model.mainParameter();
        }
        return setup.model.parameter(parameterId).orElseThrow(() -> new IllegalArgumentException(
                "lesson '" + setup.lesson.id() + "' has no parameter '" + parameterId + "'; it has "
                        + setup.model.parameters().stream().map(Parameter::id).toList()));
    }

    /** Times {@code n} updates of the swept parameter after a warm-up; returns milliseconds per update. */
    static double[] measure(LessonSetup setup, Parameter p, int n, boolean cpu) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.function.LongSupplier clock = cpu ? threads::getCurrentThreadCpuTime : System::nanoTime;
        Figure figure = setup.figure(Locale.ENGLISH, FigureStyle.DEFAULT);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double[] ms = new double[n];
        try {
            for (int i = -WARM_UP; i < n; i++) {
                // Sweep back and forth across the range, as a hand on a slider does.
                double t = Math.abs(((i + WARM_UP) % 200) / 100.0 - 1.0);
                long start = clock.getAsLong();
                p.set(p.min() + t * (p.max() - p.min()));
                FigureRenderer.draw(g2, figure, WIDTH, HEIGHT);
                long took = clock.getAsLong() - start;
                if (i >= 0) {
                    ms[i] = took / 1e6;
                }
            }
        } finally {
            g2.dispose();
        }
        return ms;
    }

    static double percentile(double[] values, double pct) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
