package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kobai.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.plot.GifFrames;

/** {@code export --animate}: a lesson's animation as a GIF, and one line with status 2 for bad input. */
class ExportAnimationTest {
    @TempDir
    Path dir;

    @Test
    void hShrinkingTowardsZeroGivesKFramesThatLoopAndDiffer() throws IOException {
        Path out = dir.resolve("h.gif");
        CliTest.Run r = run("export", "--lesson", "derivative", "--step", "1", "--animate", "h", "--from", "2",
                "--to", "0.01", "--frames", "6", "--size", "400x240", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 frames").contains("h from 2 to 0.01");
        GifFrames gif = GifFrames.read(out);
        assertThat(gif.frames()).hasSize(6);
        assertThat(gif.frames().get(0).getWidth()).isEqualTo(400);
        assertThat(gif.frames().get(0).getHeight()).isEqualTo(240);
        assertThat(gif.loops()).isZero();
        assertThat(gif.eachFrameDiffersFromTheLastBy(50)).as("the secant moves every frame").isTrue();
    }

    @Test
    void aGifWithoutAnimateShowsTheStepsOwnAnimationTheDescentRun() throws IOException {
        Path out = dir.resolve("descent.gif");
        CliTest.Run r = run("export", "--lesson", "descent", "--step", "2", "--frames", "4", "--size", "320x200",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("iteration from 0 to");
        GifFrames gif = GifFrames.read(out);
        assertThat(gif.frames()).hasSize(4);
        assertThat(gif.eachFrameDiffersFromTheLastBy(20)).as("the path grows every frame").isTrue();
        assertThat(gif.delay(0)).isEqualTo(10);
    }

    @Test
    void aGrowingSampleAndTheDelayAsked() throws IOException {
        Path out = dir.resolve("rolls.gif");
        CliTest.Run r = run("export", "--lesson", "expectation", "--step", "3", "--frames", "3", "--delay", "250",
                "--size", "320x200", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        GifFrames gif = GifFrames.read(out);
        assertThat(gif.frames()).hasSize(3);
        assertThat(gif.delay(0)).isEqualTo(25);
        assertThat(gif.eachFrameDiffersFromTheLastBy(20)).isTrue();
    }

    private void refused(String because, String... args) {
        CliTest.Run r = run(args);
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains(because);
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException {
        String gif = dir.resolve("a.gif").toString();
        refused("no quantity 'q'", "export", "--lesson", "derivative", "--animate", "q", "--out", gif);
        refused("--frames must be from 2 to 500, got 1",
                "export", "--lesson", "derivative", "--animate", "h", "--frames", "1", "--out", gif);
        refused("--from must be between 0.01 and 2 for 'h', got 5",
                "export", "--lesson", "derivative", "--animate", "h", "--from", "5", "--out", gif);
        refused("no such folder", "export", "--lesson", "derivative", "--animate", "h",
                "--out", dir.resolve("missing/a.gif").toString());
        refused("--out must end in .gif",
                "export", "--lesson", "derivative", "--animate", "h", "--out", dir.resolve("a.png").toString());
        refused("has no animation of its own", "export", "--lesson", "linearity", "--out", gif);
        refused("--delay must be from 20", "export", "--lesson", "derivative", "--delay", "5", "--out", gif);
        refused("linear or geometric", "export", "--lesson", "derivative", "--spacing", "log", "--out", gif);
        refused("'abc'", "export", "--lesson", "derivative", "--frames", "abc", "--out", gif);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("nothing written").isEmpty();
        }
    }
}
