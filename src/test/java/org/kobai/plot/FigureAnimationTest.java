package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.lesson.Animation;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;

/** An animation written as a GIF and read back with ImageIO: frame count, loop, size, delays, motion. */
class FigureAnimationTest {
    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    /** A line y = s·x whose slope s moves. */
    static final class Slope extends LessonModel {
        final Parameter s = parameter("s", -2, 2, 1, 0.01);

        Slope() {
            super(1);
        }
    }

    static final class SlopeFigure extends XYLessonFigure {
        private final Slope model;
        private final XYFigure.Line line;

        SlopeFigure(Slope model) {
            super("x", "y", new FigureContext(null, FigureStyle.DEFAULT));
            this.model = model;
            xy.setWindow(-1, 1, -2, 2);
            line = xy.line("y = s x", 0, 3, Dash.SOLID);
            follow(model);
        }

        @Override
        protected void update() {
            line.set(new double[] {-1, 1}, new double[] {-model.s.get(), model.s.get()});
        }
    }

    @Test
    void writesKFramesThatLoopAtTheSizeAskedForAndMoveWithTheParameter(@TempDir Path dir) throws IOException {
        Slope model = new Slope();
        Path out = dir.resolve("slope.gif");
        List<Integer> progress = new ArrayList<>();
        FigureAnimation.writeGif(new SlopeFigure(model), model, Animation.of("s", -2, 2).withFrames(5),
                new FigureAnimation.Options(320, 200, 100, 1500), out, (done, total) -> progress.add(done));

        GifFrames gif = GifFrames.read(out);
        assertThat(gif.frames()).hasSize(5);
        assertThat(gif.frames()).allSatisfy(f -> {
            assertThat(f.getWidth()).isEqualTo(320);
            assertThat(f.getHeight()).isEqualTo(200);
        });
        assertThat(gif.loops()).as("0 = loop for ever").isZero();
        assertThat(gif.delay(0)).isEqualTo(10);
        assertThat(gif.delay(4)).as("the last frame is held").isEqualTo(150);
        for (int i = 1; i < 5; i++) {
            assertThat(GifFrames.differingPixels(gif.frames().get(i - 1), gif.frames().get(i)))
                    .as("frame %d differs from frame %d", i, i - 1).isGreaterThan(100);
        }
        assertThat(progress).containsExactly(1, 2, 3, 4, 5);
        assertThat(model.s.get()).as("the model ends on the last frame's value").isEqualTo(2.0);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("no temporary file left").containsExactly(out);
        }
    }

    @Test
    void equalValuesGiveEqualFrames(@TempDir Path dir) throws IOException {
        Slope model = new Slope();
        Path out = dir.resolve("still.gif");
        FigureAnimation.writeGif(new SlopeFigure(model), model, new Animation("s", 0.5, 0.5, 3,
                Animation.Spacing.LINEAR), FigureAnimation.Options.of(200, 150), out, FigureAnimation.Progress.NONE);
        GifFrames gif = GifFrames.read(out);
        assertThat(gif.frames()).hasSize(3);
        assertThat(GifFrames.differingPixels(gif.frames().get(0), gif.frames().get(2))).isZero();
    }

    @Test
    void cancellingLeavesTheOldFileAndNoTemporaryOne(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("old.gif"), "old");
        Slope model = new Slope();
        FigureAnimation.Progress cancelAfterTwo = new FigureAnimation.Progress() {
            int done;

            @Override
            public void frameDone(int d, int total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        assertThatThrownBy(() -> FigureAnimation.writeGif(new SlopeFigure(model), model,
                Animation.of("s", -2, 2).withFrames(10), FigureAnimation.Options.of(200, 150), out, cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(out);
        }
    }

    @Test
    void refusesAnUnknownQuantityAFolderThatIsNotThereAndANameNotEndingInGif(@TempDir Path dir) {
        Slope model = new Slope();
        SlopeFigure figure = new SlopeFigure(model);
        FigureAnimation.Options options = FigureAnimation.Options.of(200, 150);
        assertThatThrownBy(() -> FigureAnimation.writeGif(figure, model, Animation.of("t", 0, 1), options,
                dir.resolve("a.gif"), FigureAnimation.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'t'").hasMessageContaining("[s]");
        assertThatThrownBy(() -> FigureAnimation.writeGif(figure, model, Animation.of("s", 0, 1), options,
                dir.resolve("missing/a.gif"), FigureAnimation.Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("No such folder");
        assertThatThrownBy(() -> FigureAnimation.writeGif(figure, model, Animation.of("s", 0, 1), options,
                dir.resolve("a.png"), FigureAnimation.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".gif");
        assertThatThrownBy(() -> new FigureAnimation.Options(200, 150, 5, 1500))
                .hasMessageContaining("delay must be from 20");
    }
}
