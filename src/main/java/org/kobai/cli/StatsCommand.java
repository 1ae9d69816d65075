package org.kobai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.kobai.math.NumberText;
import org.kobai.math.stats.CsvColumn;
import org.kobai.math.stats.DataSet;
import org.kobai.math.stats.DataText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Descriptive statistics of a list of numbers: the mean, the variance with 1/n and with "
                + "1/(n - 1), the standard deviation, the minimum, the maximum and the median.",
                "",
                "variance is the mean of the squared deviations, (1/n) sum (x - mean)^2 (the population "
                        + "variance, or the sample's 1/n variance); sampleVariance divides by n - 1 instead, "
                        + "the unbiased estimate of a population's variance from a sample; sd is the square "
                        + "root of variance, sampleSd that of sampleVariance."},
        footer = {"", "Examples:", "  kobai stats 1,2,3,4,5,6,7,8,9,10", "  kobai stats 1 2 3 4 --json",
                "  kobai stats --csv heights.csv --column height"})
final class StatsCommand implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "DATA",
            description = "The numbers, separated by commas or spaces: 1,2,3,4 or 1 2 3 4.")
    List<String> data = List.of();

    @Option(names = "--csv", paramLabel = "FILE", description = "Read the numbers from a column of a CSV file.")
    Path csv;

    @Option(names = "--column", paramLabel = "COLUMN",
            description = "With --csv: the column's header name or number from 1 (default: the first column).")
    String column;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    CommandSpec spec;

    /** Lets the data start with a minus sign: kobai stats -1,2. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        DataSet d = DataSet.of(values());
        OptionalDouble sampleVariance = d.sampleVariance();
        OptionalDouble sampleSd = d.sampleStandardDeviation();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("n", d.size());
        result.put("mean", d.mean());
        result.put("variance", d.variance());
        result.put("sampleVariance", sampleVariance.isPresent() ? sampleVariance.getAsDouble() : null);
        result.put("sd", d.standardDeviation());
        result.put("sampleSd", sampleSd.isPresent() ? sampleSd.getAsDouble() : null);
        result.put("min", d.min());
        result.put("max", d.max());
        result.put("median", d.median());
        String undefined = "undefined for a single value (1/(n - 1) needs n >= 2)";
        if (sampleVariance.isEmpty()) {
            result.put("note", "sampleVariance and sampleSd are " + undefined);
        }
        StringBuilder text = new StringBuilder();
        line(text, "n", Integer.toString(d.size()));
        line(text, "mean", NumberText.plain(d.mean()));
        line(text, "variance (1/n)", NumberText.plain(d.variance()));
        line(text, "sampleVariance (1/(n-1))",
                sampleVariance.isPresent() ? NumberText.plain(sampleVariance.getAsDouble()) : undefined);
        line(text, "sd", NumberText.plain(d.standardDeviation()));
        line(text, "sampleSd", sampleSd.isPresent() ? NumberText.plain(sampleSd.getAsDouble()) : undefined);
        line(text, "min", NumberText.plain(d.min()));
        line(text, "max", NumberText.plain(d.max()));
        line(text, "median", NumberText.plain(d.median()));
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    private double[] values() {
        if (csv != null) {
            if (!data.isEmpty()) {
                throw new IllegalArgumentException("give the numbers or --csv, not both");
            }
            String text;
            try {
                text = Files.readString(csv, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such file: " + csv);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + csv + ": " + e.getMessage());
            }
            try {
                return CsvColumn.read(text, column).values();
            } catch (CsvColumn.CsvException e) {
                throw new IllegalArgumentException(csv + ": " + e.getMessage());
            }
        }
        if (column != null) {
            throw new IllegalArgumentException("--column goes with --csv");
        }
        double[] values;
        try {
            values = DataText.parse(String.join(" ", data));
        } catch (DataText.DataTextException e) {
            throw new IllegalArgumentException("data: " + e.getMessage());
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("no data: give at least one number, e.g. kobai stats 1,2,3,4");
        }
        return values;
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(String.format("%-26s %s%n", name + ":", value));
    }
}
