package org.kobai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.lesson.Animation;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.LessonRegistry;
import org.kobai.lessons.SceneFile;
import org.kobai.plot.FigureAnimation;
import org.kobai.plot.FigureRenderer;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a lesson's figure to a PNG or SVG file, or its animation to a GIF, without opening a window.")
final class ExportCommand implements java.util.concurrent.Callable<Integer> {
    private final LessonRegistry registry;

    @Option(names = "--lesson", description = "Lesson id (see 'kobai lessons'); needed unless --scene names it.")
    String lesson;

    @Option(names = "--scene", description = "A scene file (.kobai) to start from; --step and --set apply on top.")
    Path scene;

    @Option(names = "--step", description = "Step number, from 1.")
    Integer step;

    @Option(names = "--set", description = "A parameter value, name=value; repeatable.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--lang", description = "ja or en (default en).")
    String lang;

    @Option(names = "--theme", description = "light, dark or high-contrast (default light).")
    String theme = "light";

    @Option(names = "--scale", description = "Presentation scale of text and lines, 0.75 to 3 (default 1).")
    double scale = 1.0;

    @Option(names = "--size", description = "WIDTHxHEIGHT in pixels (default 1600x900; 800x450 for a GIF).")
    String size;

    @Option(names = "--out", required = true, description = "Output file, ending in .png, .svg or .gif.")
    Path out;

    @Mixin
    AnimationOptions animation = new AnimationOptions();

    @Spec
    CommandSpec spec;

    ExportCommand(LessonRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        boolean animated = animation.wanted(out);
        int[] wh = parseSize(size != null ? size : animated ? AnimationOptions.DEFAULT_SIZE : "1600x900");
        if (!animated) {
            FigureRenderer.ExportFormat.of(out); // checks the extension before any work
        }
        AnimationOptions.requireFolder(out);
        Theme t = switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            case "high-contrast" -> Theme.HIGH_CONTRAST;
            default -> throw new IllegalArgumentException("--theme must be light, dark or high-contrast, got '" + theme + "'");
        };
        if (!(scale >= FigureStyle.MIN_SCALE && scale <= FigureStyle.MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must be between 0.75 and 3, got " + scale);
        }
        String id = lesson;
        Map<String, String> state = Map.of();
        if (scene != null) {
            SceneFile.Scene saved;
            try {
                saved = SceneFile.read(scene);
            } catch (SceneFile.SceneException e) {
                throw new IllegalArgumentException("--scene " + scene + ": " + e.getMessage());
            }
            if (id != null && !id.equals(saved.lessonId())) {
                throw new IllegalArgumentException("--lesson " + id + " does not match the scene's lesson '"
                        + saved.lessonId() + "'");
            }
            id = saved.lessonId();
            state = saved.state();
        }
        if (id == null) {
            throw new IllegalArgumentException("give --lesson or --scene");
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        LessonSetup setup = LessonSetup.of(registry, id, step, settings, state, p -> err.println(
                "warning: the scene's " + p.key() + " = '" + p.value() + "' was not restored ("
                        + p.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
        err.flush();
        Locale locale = LessonSetup.language(lang);
        if (animated) {
            Animation a = animation.animation(setup.model, id);
            FigureAnimation.writeGif(setup.figure(locale, new FigureStyle(t, scale)), setup.model, a,
                    animation.options(wh[0], wh[1]), out, FigureAnimation.Progress.NONE);
            spec.commandLine().getOut().println("wrote " + out + " (" + a.frames() + " frames, " + a.quantity()
                    + " from " + Parameter.format(a.from()) + " to " + Parameter.format(a.to()) + ")");
        } else {
            FigureRenderer.write(setup.figure(locale, new FigureStyle(t, scale)), wh[0], wh[1], out);
            spec.commandLine().getOut().println("wrote " + out);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static int[] parseSize(String s) {
        String[] parts = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= FigureRenderer.MIN_SIZE && h >= FigureRenderer.MIN_SIZE
                        && w <= FigureRenderer.MAX_SIZE && h <= FigureRenderer.MAX_SIZE) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size must be WIDTHxHEIGHT with each from " + FigureRenderer.MIN_SIZE
                + " to " + FigureRenderer.MAX_SIZE + ", got '" + s + "'");
    }
}
