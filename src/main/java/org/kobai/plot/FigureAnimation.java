package org.kobai.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.kobai.lesson.Animation;
import org.kobai.lesson.LessonModel;

/**
 * A lesson figure drawn frame by frame while an {@link Animation} moves its model, written as an animated
 * GIF that loops: h shrinking towards 0, a sample growing, a descent run revealed step by step.
 *
 * <p>The figure must follow {@code model} (it is made from it) and both must be the export's own copies:
 * the frames move the model, and rendering runs on whichever thread calls, never touching the screen.
 */
public final class FigureAnimation {
    /** File names an animation is written to. */
    public static final String EXTENSION = ".gif";

    /**
     * The picture size and timing.
     *
     * @param width           frame width in pixels
     * @param height          frame height in pixels
     * @param delayMillis     how long each frame shows
     * @param lastFrameMillis how long the last frame stays before the loop starts again
     */
    public record Options(int width, int height, int delayMillis, int lastFrameMillis) {
        /** 10 frames a second, and a pause of a second and a half on the last frame. */
        public static final int DEFAULT_DELAY_MILLIS = 100;
        public static final int DEFAULT_LAST_FRAME_MILLIS = 1500;

        public Options {
            FigureRenderer.requireSize(width, height);
            for (int ms : new int[] {delayMillis, lastFrameMillis}) {
                if (ms < AnimatedGif.MIN_DELAY_MILLIS || ms > AnimatedGif.MAX_DELAY_MILLIS) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "delay must be from %d to %d ms, got %d",
                            AnimatedGif.MIN_DELAY_MILLIS, AnimatedGif.MAX_DELAY_MILLIS, ms));
                }
            }
        }

        public static Options of(int width, int height) {
            return new Options(width, height, DEFAULT_DELAY_MILLIS, DEFAULT_LAST_FRAME_MILLIS);
        }

        public Options withDelay(int millis) {
            return new Options(width, height, millis, Math.max(millis, lastFrameMillis));
        }
    }

    /** Hears each finished frame and may ask to stop; both are called on the rendering thread. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void frameDone(int done, int total);

        /** Checked before each frame: true stops the export, and no file is written. */
        default boolean isCancelled() {
            return false;
        }
    }

    private FigureAnimation() {}

    /**
     * Renders every frame of {@code animation} and writes the GIF to {@code out}, whole or not at all: a
     * failure or a cancel leaves an existing file as it was.
     *
     * @throws CancellationException when {@code progress} cancels
     * @throws IllegalArgumentException when the model has no such quantity
     */
    public static void writeGif(Figure figure, LessonModel model, Animation animation, Options options, Path out,
                                Progress progress) throws IOException {
        requireGif(out);
        if (!model.animatable().containsKey(animation.quantity())) {
            model.animate(animation.quantity(), animation.from()); // throws, naming what can be animated
        }
        AtomicFile.write(out, os -> {
            try (AnimatedGif gif = new AnimatedGif(os)) {
                int k = animation.frames();
                for (int i = 0; i < k; i++) {
                    if (progress.isCancelled()) {
                        throw new CancellationException("cancelled");
                    }
                    model.animate(animation.quantity(), animation.valueAt(i)); // the figure follows: redrawn now
                    gif.add(FigureRenderer.toImage(figure, options.width(), options.height()),
                            i == k - 1 ? options.lastFrameMillis() : options.delayMillis());
                    progress.frameDone(i + 1, k);
                }
            }
        });
    }

    /** Checks the file name ends in .gif. */
    public static void requireGif(Path out) {
        if (out.getFileName() == null
                || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            throw new IllegalArgumentException("an animation's file name must end in .gif: " + out);
        }
    }
}
