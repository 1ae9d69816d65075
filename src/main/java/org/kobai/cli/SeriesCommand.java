package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.series.ArithmeticSequence;
import org.kobai.math.series.GeometricSequence;
import org.kobai.math.series.Sequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"The first n terms of an arithmetic or geometric sequence and their sum.",
                "",
                "arithmetic: a_n = a + (n - 1) d, S_n = n/2 (2a + (n - 1) d).",
                "geometric:  a_n = a r^(n - 1), S_n = a (1 - r^n)/(1 - r) for r != 1 and n a for r = 1; "
                        + "the infinite sum a/(1 - r) exists only for |r| < 1 (the limit)."},
        footer = {"", "Examples:", "  kobai series arithmetic --a 1 --d 1 --n 10",
                "  kobai series geometric --a 1 --r 0.5 --n 10 --json"})
final class SeriesCommand implements Runnable {
    /** The most terms printed: enough for any lesson, few enough to read. */
    static final int MAX_TERMS = 10_000;

    @Parameters(index = "0", paramLabel = "KIND", description = "arithmetic or geometric.")
    String kind;

    @Option(names = "--a", required = true, paramLabel = "A", description = "The first term a.")
    String a;

    @Option(names = "--d", paramLabel = "D", description = "Arithmetic: the common difference d.")
    String d;

    @Option(names = "--r", paramLabel = "R", description = "Geometric: the common ratio r.")
    String r;

    @Option(names = "--n", required = true, paramLabel = "N", description = "How many terms, 1 to 10000.")
    String n;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        String which = kind.toLowerCase(Locale.ROOT);
        double first = number("--a", a);
        int count = count();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", which);
        result.put("a", first);
        Sequence sequence;
        String formula;
        if (which.equals("arithmetic")) {
            if (d == null || r != null) {
                throw new IllegalArgumentException("an arithmetic sequence needs --d (its common difference) and no --r");
            }
            double difference = number("--d", d);
            sequence = new ArithmeticSequence(first, difference);
            result.put("d", difference);
            formula = "a_n = " + NumberText.plain(first) + " + (n - 1) * " + factor(difference);
        } else if (which.equals("geometric")) {
            if (r == null || d != null) {
                throw new IllegalArgumentException("a geometric sequence needs --r (its common ratio) and no --d");
            }
            double ratio = number("--r", r);
            sequence = new GeometricSequence(first, ratio);
            result.put("r", ratio);
            formula = "a_n = " + NumberText.plain(first) + " * " + factor(ratio) + "^(n - 1)";
        } else {
            throw new IllegalArgumentException("the kind must be arithmetic or geometric, got '" + kind + "'");
        }
        result.put("n", count);
        double[] terms = sequence.terms(count);
        double sum = sequence.sum(count);
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(terms[k])) {
                throw new IllegalArgumentException("term " + (k + 1) + " is too large for a double; choose a smaller --n");
            }
        }
        if (!Double.isFinite(sum)) {
            throw new IllegalArgumentException("the sum is too large for a double; choose a smaller --n");
        }
        List<Object> termList = new ArrayList<>();
        for (double t : terms) {
            termList.add(t);
        }
        result.put("terms", termList);
        result.put("sum", sum);
        StringBuilder text = new StringBuilder();
        text.append(which).append(" sequence ").append(formula).append('\n');
        text.append("terms: ").append(shown(terms)).append('\n');
        text.append("sum S_").append(count).append(" = ").append(NumberText.plain(sum)).append('\n');
        if (sequence instanceof GeometricSequence g) {
            result.put("behaviour", g.behaviour().name().toLowerCase(Locale.ROOT));
            if (g.limit().isPresent()) {
                double limit = g.limit().getAsDouble();
                result.put("limit", limit);
                text.append("limit as n -> infinity: ").append(NumberText.plain(limit))
                        .append("  (|r| < 1: S_n approaches a/(1 - r))\n");
            } else {
                text.append(switch (g.behaviour()) {
                    case GROWS_LINEARLY -> "no limit: r = 1, so S_n = n a grows without bound\n";
                    case OSCILLATES -> "no limit: r = -1, so S_n jumps between a and 0\n";
                    default -> "no limit: |r| > 1, so the series diverges\n";
                });
            }
        }
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    private int count() {
        double v = number("--n", n);
        if (v != Math.rint(v) || v < 1 || v > MAX_TERMS) {
            throw new IllegalArgumentException("--n must be a whole number from 1 to " + MAX_TERMS + ", got " + n.trim());
        }
        return (int) v;
    }

    private static double number(String option, String typed) {
        try {
            return NumberText.parse(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    /** A number as a factor: negative ones in parentheses, (-0.5)^(n - 1). */
    private static String factor(double v) {
        return v < 0 ? "(" + NumberText.plain(v) + ")" : NumberText.plain(v);
    }

    private static String shown(double[] terms) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            s.append(i == 0 ? "" : ", ").append(NumberText.plain(terms[i]));
        }
        return s.toString();
    }
}
