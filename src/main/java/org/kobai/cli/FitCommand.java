package org.kobai.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.regression.DataPoints;
import org.kobai.math.regression.LeastSquares;
import org.kobai.math.regression.LineFit;
import org.kobai.math.regression.PointsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"The least-squares line y = ax + b through the points of a two-column file: its slope a, "
                + "intercept b, sum of squared errors E = (y1 - y1^)^2 + ... + (yn - yn^)^2 and R^2.",
                "",
                "One point x,y per line, separated by a comma, semicolon, tab or spaces; blank lines, lines "
                        + "starting with # and a header line such as x,y are skipped."},
        footer = {"", "Examples:", "  kobai fit data.csv", "  kobai fit data.csv --json"})
final class FitCommand implements Runnable {
    /** The most points the command reads: enough for any file a learner brings, bounded in memory. */
    static final int MAX_POINTS = 5_000_000;

    @Parameters(index = "0", paramLabel = "FILE", description = "The two-column file of points.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object with the keys slope, intercept, sse, r2, n.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        DataPoints points = read(file);
        LineFit fit = LeastSquares.fit(points);
        String out;
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("slope", fit.slope());
            result.put("intercept", fit.intercept());
            result.put("sse", fit.sse());
            result.put("r2", fit.hasR2() ? fit.r2() : null);
            result.put("n", fit.n());
            out = Json.write(result) + "\n";
        } else {
            out = "points: " + fit.n() + "\n"
                    + "line: y = " + NumberText.plain(fit.slope()) + "x " + signed(fit.intercept()) + "\n"
                    + "slope a: " + NumberText.plain(fit.slope()) + "\n"
                    + "intercept b: " + NumberText.plain(fit.intercept()) + "\n"
                    + "sum of squared errors E: " + NumberText.plain(fit.sse()) + "\n"
                    + "R^2: " + (fit.hasR2() ? NumberText.plain(fit.r2()) : "not defined (every y is the same)") + "\n";
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
    }

    private static String signed(double v) {
        return (v < 0 ? "- " : "+ ") + NumberText.plain(Math.abs(v));
    }

    /** The points of the file; an unreadable or bad file becomes a one-line IllegalArgumentException. */
    static DataPoints read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PointsCsv.read(in, MAX_POINTS);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
