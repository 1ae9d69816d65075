package org.kobai.lessons.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.lesson.Messages;
import org.kobai.math.regression.DataPoints;

/**
 * Importing a file: the reading happens on the background executor, the outcome comes back on the
 * delivering thread, and every bad file gives a message with its row while the model keeps its data.
 */
class DataImportTest {
    @TempDir
    Path dir;

    private static Messages english() {
        return new RegressionLesson().text(Locale.ENGLISH);
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Imports into a model the way the view does, and returns the message shown. */
    private static String importInto(RegressionModel model, Path file, Messages text) throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService fx = Executors.newSingleThreadExecutor();
        try {
            List<Thread> readers = new ArrayList<>();
            CompletableFuture<String> shown = new CompletableFuture<>();
            Thread caller = Thread.currentThread();
            new DataImport(r -> background.execute(() -> {
                readers.add(Thread.currentThread());
                r.run();
            }), fx, text).start(file, outcome -> {
                if (outcome.succeeded()) {
                    model.replaceData(outcome.points());
                }
                shown.complete(outcome.message());
            });
            String message = shown.get(30, TimeUnit.SECONDS);
            assertThat(readers).hasSize(1).doesNotContain(caller);
            return message;
        } finally {
            background.shutdownNow();
            fx.shutdownNow();
        }
    }

    @Test
    void aGoodFileReplacesTheData() throws Exception {
        RegressionModel model = new RegressionModel();
        String message = importInto(model, file("good.csv", "x,y\n0,1\n1,3\n2,5\n"), english());
        assertThat(message).isEqualTo("Read 3 points from good.csv.");
        assertThat(model.points()).isEqualTo(new DataPoints(new double[] {0, 1, 2}, new double[] {1, 3, 5}));
        assertThat(model.fit().orElseThrow().slope()).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void badFilesKeepTheCurrentDataAndSayWhy() throws Exception {
        String[][] cases = {
                {"empty.csv", "", "Could not import empty.csv: the file has no data rows. The current data is kept."},
                {"header.csv", "x,y\n", "Could not import header.csv: the file has no data rows. The current data is kept."},
                {"bad.csv", "x,y\n1,2\n2,three\n", "Could not import bad.csv: row 3: “three” is not a number. The current data is kept."},
                {"one.csv", "1,2\n", "Could not import one.csv: a line needs at least 2 points, the file has 1. The current data is kept."},
                {"cols.csv", "1,2\n3\n", "Could not import cols.csv: row 2: expected two values x, y but found 1. The current data is kept."},
                {"nan.csv", "1,2\n3,NaN\n", "Could not import nan.csv: row 2: “NaN” is not a finite number. The current data is kept."},
                {"same.csv", "4,2\n4,3\n", "Could not import same.csv: all x values are equal (4), so no line fits best. The current data is kept."},
        };
        for (String[] c : cases) {
            RegressionModel model = new RegressionModel();
            model.movePoint(0, 1.5, 2.5);
            DataPoints before = model.points();
            assertThat(importInto(model, file(c[0], c[1]), english())).as(c[0]).isEqualTo(c[2]);
            assertThat(model.points()).as(c[0]).isEqualTo(before);
        }
    }

    @Test
    void aHugeFileIsRefusedWithoutLosingAnything() throws Exception {
        StringBuilder big = new StringBuilder("x,y\n");
        for (int k = 0; k < 100_000; k++) {
            big.append(k).append(',').append(2 * k + 1).append('\n');
        }
        RegressionModel model = new RegressionModel();
        String message = importInto(model, file("huge.csv", big.toString()), english());
        assertThat(message).contains("more than " + RegressionModel.MAX_POINTS + " points");
        assertThat(model.points()).isEqualTo(RegressionModel.EXAMPLE);
    }

    @Test
    void aMissingFileOrBinaryData() throws Exception {
        RegressionModel model = new RegressionModel();
        assertThat(importInto(model, dir.resolve("nowhere.csv"), english())).isEqualTo("The file nowhere.csv does not exist.");
        Path binary = dir.resolve("image.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1});
        assertThat(importInto(model, binary, english())).contains("not a UTF-8 text file");
        assertThat(model.points()).isEqualTo(RegressionModel.EXAMPLE);
    }

    @Test
    void japaneseMessagesNameTheRowToo() throws Exception {
        RegressionModel model = new RegressionModel();
        String message = importInto(model, file("bad.csv", "1,2\n2,abc\n"), new RegressionLesson().text(Locale.JAPANESE));
        assertThat(message).isEqualTo("bad.csv を読み込めませんでした：2 行目：「abc」は数ではありません。今のデータはそのまま残しています。");
    }
}
