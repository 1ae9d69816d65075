package org.kobai.lessons.regression;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.kobai.lesson.Messages;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.PointsCsv;
import org.kobai.math.regression.PointsCsvException;

/**
 * Reads a two-column file off the JavaFX thread and hands the outcome back on it: the points go to the
 * model, or a message in the learner's language says what is wrong (with the row) and the current data
 * stays as it was.
 */
final class DataImport {
    /** What came of one import: points, or a message. */
    record Outcome(DataPoints points, String message) {
        boolean succeeded() { return points != null; }
    }

    private final Executor background;
    private final Executor fxThread;
    private final Messages text;

    /**
     * @param background where the file is read
     * @param fxThread   where the outcome is delivered (the JavaFX thread in the app)
     */
    DataImport(Executor background, Executor fxThread, Messages text) {
        this.background = background;
        this.fxThread = fxThread;
        this.text = text;
    }

    /** Reads {@code file} in the background; {@code done} hears the outcome on the JavaFX thread. */
    void start(Path file, Consumer<Outcome> done) {
        background.execute(() -> {
            Outcome outcome = read(file);
            fxThread.execute(() -> done.accept(outcome));
        });
    }

    /** Reads the file now (on the calling thread). */
    Outcome read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Outcome(null, text.format("import.missing", name));
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            DataPoints points = PointsCsv.read(in, RegressionModel.MAX_POINTS);
            return new Outcome(points, text.format("import.done", name, Integer.toString(points.size())));
        } catch (PointsCsvException e) {
            return new Outcome(null, text.format("import.failed", name, describe(e)));
        } catch (CharacterCodingException e) {
            return new Outcome(null, text.format("import.failed", name, text.get("import.notText")));
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, text.format("import.failed", name, text.get("import.unreadable")));
        }
    }

    /** The problem in the learner's language, with its row when one row is to blame. */
    String describe(PointsCsvException e) {
        String key = switch (e.problem()) {
            case EMPTY -> "import.empty";
            case WRONG_COLUMN_COUNT -> "import.columns";
            case NOT_A_NUMBER -> "import.notANumber";
            case NOT_FINITE -> "import.notFinite";
            case ROW_TOO_LONG -> "import.rowTooLong";
            case TOO_MANY_POINTS -> "import.tooMany";
            case TOO_FEW_POINTS -> "import.tooFew";
            case ALL_X_EQUAL -> "import.allXEqual";
        };
        String what = text.format(key, e.detail());
        return e.row() > 0 ? text.format("import.row", Integer.toString(e.row()), what) : what;
    }
}
