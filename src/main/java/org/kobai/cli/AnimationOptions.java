package org.kobai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.lesson.Animation;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.plot.AnimatedGif;
import org.kobai.plot.FigureAnimation;
import picocli.CommandLine.Option;

/**
 * The options of {@code export} that write an animated GIF instead of a still figure: which quantity moves,
 * from where to where, over how many frames. Without {@code --animate} a {@code .gif} shows the step's own
 * animation (the one its Play button runs).
 */
final class AnimationOptions {
    static final String DEFAULT_SIZE = "800x450";

    @Option(names = "--animate", paramLabel = "QUANTITY",
            description = "Write an animated GIF in which this parameter (or the lesson's own quantity, such as "
                    + "the descent run's 'iteration') moves; --out must end in .gif.")
    String quantity;

    @Option(names = "--from", description = "The animated quantity's first value (default: the step's animation, "
            + "else the bottom of its range).")
    Double from;

    @Option(names = "--to", description = "Its last value (default: the step's animation, else the top of its range).")
    Double to;

    @Option(names = "--frames", description = "How many frames, 2 to 500 (default: the step's animation, else 30).")
    Integer frames;

    @Option(names = "--delay", description = "Milliseconds each frame shows, 20 to 10000 (default 100); "
            + "the last frame stays 1.5 s.")
    Integer delay;

    @Option(names = "--spacing", description = "linear or geometric (default: geometric between two positive "
            + "values, as the lessons' Play buttons move, else linear).")
    String spacing;

    /** Whether this export writes an animation: a .gif file, or --animate given. */
    boolean wanted(Path out) {
        boolean gif = out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(FigureAnimation.EXTENSION);
        if (quantity != null && !gif) {
            throw new IllegalArgumentException("--animate writes an animated GIF: --out must end in .gif, got " + out);
        }
        boolean named = from != null || to != null || frames != null || delay != null || spacing != null;
        if (named && !gif) {
            throw new IllegalArgumentException("--from, --to, --frames, --delay and --spacing need a .gif --out");
        }
        return gif;
    }

    /** The animation for the lesson's model as it is set up, with these options on top. */
    Animation animation(LessonModel model, String lessonId) {
        if (frames != null && (frames < Animation.MIN_FRAMES || frames > Animation.MAX_FRAMES)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--frames must be from %d to %d, got %d",
                    Animation.MIN_FRAMES, Animation.MAX_FRAMES, frames));
        }
        Map<String, Parameter.Range> animatable = model.animatable();
        Animation own = model.animation().orElse(null);
        String what = quantity != null ? quantity : own != null ? own.quantity() : null;
        if (what == null) {
            throw new IllegalArgumentException("step " + (model.step() + 1) + " of lesson '" + lessonId
                    + "' has no animation of its own; name a quantity with --animate, one of "
                    + List.copyOf(animatable.keySet()));
        }
        Parameter.Range range = animatable.get(what);
        if (range == null) {
            throw new IllegalArgumentException("lesson '" + lessonId + "' has no quantity '" + what
                    + "' to animate; it has " + List.copyOf(animatable.keySet()));
        }
        Animation base = own != null && own.quantity().equals(what) ? own : Animation.of(what, range.min(), range.max());
        double a = inRange("--from", what, from != null ? from : base.from(), range);
        double b = inRange("--to", what, to != null ? to : base.to(), range);
        Animation.Spacing s = spacing != null ? Animation.Spacing.of(spacing)
                : from == null && to == null ? base.spacing()
                : a > 0 && b > 0 ? Animation.Spacing.GEOMETRIC : Animation.Spacing.LINEAR;
        if (s == Animation.Spacing.GEOMETRIC && !(a > 0 && b > 0)) {
            throw new IllegalArgumentException("--spacing geometric needs --from and --to both above 0, got "
                    + Parameter.format(a) + " and " + Parameter.format(b));
        }
        return new Animation(what, a, b, frames != null ? frames : base.frames(), s);
    }

    FigureAnimation.Options options(int width, int height) {
        FigureAnimation.Options o = FigureAnimation.Options.of(width, height);
        if (delay == null) {
            return o;
        }
        if (delay < AnimatedGif.MIN_DELAY_MILLIS || delay > AnimatedGif.MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--delay must be from %d to %d ms, got %d",
                    AnimatedGif.MIN_DELAY_MILLIS, AnimatedGif.MAX_DELAY_MILLIS, delay));
        }
        return o.withDelay(delay);
    }

    private static double inRange(String option, String what, double v, Parameter.Range range) {
        if (!(Double.isFinite(v) && v >= range.min() && v <= range.max())) {
            throw new IllegalArgumentException(option + " must be between " + Parameter.format(range.min()) + " and "
                    + Parameter.format(range.max()) + " for '" + what + "', got " + Parameter.format(v));
        }
        return v;
    }

    /** Refuses an --out whose folder does not exist, before any work. */
    static void requireFolder(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: no such folder: " + dir);
        }
    }
}
