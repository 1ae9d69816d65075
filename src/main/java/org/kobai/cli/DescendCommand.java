package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Expression;
import org.kobai.math.optimize.Descent;
import org.kobai.math.optimize.ExpressionObjective;
import org.kobai.math.optimize.Iterate;
import org.kobai.math.optimize.LearningRateSchedule;
import org.kobai.math.optimize.Optimizer;
import org.kobai.math.optimize.Run;
import org.kobai.math.optimize.StoppingRule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "descend", mixinStandardHelpOptions = true,
        description = {"Gradient descent on a typed function from a start point: one row per iteration "
                + "(iteration, coordinates, f, |grad f|) and how the run ended: converged (|grad f| <= tol), "
                + "max-steps, diverged (the values blew up) or undefined (a step left the function's domain).",
                "", "Variables are taken in natural order: x before y, x1 before x2."},
        footer = {"", "Examples:", "  kobai descend \"x^2 + y^2\" --start 3,4 --eta 0.1",
                "  kobai descend \"(1 - x)^2 + 100(y - x^2)^2\" --start -1.5,2 --eta 0.02 --optimizer adam --steps 5000 --csv"})
final class DescendCommand implements Runnable {
    /** More steps than this would print more rows than anyone reads. */
    static final int MAX_STEPS = 1_000_000;

    @Parameters(index = "0", paramLabel = "EXPRESSION", description = "The function, e.g. \"x^2 + y^2\".")
    String expression;

    @Option(names = "--start", required = true, paramLabel = "POINT",
            description = "The start point, one value per variable in natural order: 3,4.")
    String start;

    @Option(names = "--eta", required = true, paramLabel = "η", description = "The learning rate η > 0.")
    String eta;

    @Option(names = "--steps", defaultValue = "100", paramLabel = "N",
            description = "The most iterations (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--tol", defaultValue = "1e-8", paramLabel = "TOL",
            description = "Stop when |grad f| <= TOL (default ${DEFAULT-VALUE}).")
    String tolerance;

    @Option(names = "--optimizer", defaultValue = "gd", paramLabel = "NAME",
            description = "gd, momentum (beta 0.9) or adam (0.9, 0.999, 1e-8); default ${DEFAULT-VALUE}.")
    String optimizer;

    @ArgGroup(exclusive = true)
    Format format;

    static final class Format {
        @Option(names = "--csv", description = "Print the path as CSV.")
        boolean csv;
        @Option(names = "--json", description = "Print one JSON object: path (x, f), status, iterations.")
        boolean json;
    }

    CommandSpec spec;

    /** Lets an expression start with a minus sign. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        Expression f = Expression.parse(expression);
        if (f.variables().isEmpty()) {
            throw new IllegalArgumentException("the function " + f.text() + " has no variables to descend along");
        }
        List<String> variables = f.variables();
        double[] x0 = startPoint(start, variables);
        double rate = number("--eta", eta);
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--eta must be > 0, got " + eta);
        }
        double tol = number("--tol", tolerance);
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("--tol must be >= 0, got " + tolerance);
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("--steps must be between 0 and " + MAX_STEPS + ", got " + steps);
        }
        Optimizer method = Optimizer.named(optimizer);
        Run run = Descent.run(ExpressionObjective.of(f, variables), x0, method, LearningRateSchedule.constant(), rate,
                StoppingRule.of(steps, tol));
        String out;
        if (format != null && format.json) {
            out = Json.write(json(f, variables, method, rate, run)) + "\n";
        } else if (format != null && format.csv) {
            out = run.toCsv(variables);
        } else {
            out = text(f, variables, method, rate, run);
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
    }

    private static Map<String, Object> json(Expression f, List<String> variables, Optimizer method, double rate, Run run) {
        List<Object> path = new ArrayList<>();
        for (Iterate it : run.path()) {
            Map<String, Object> row = new LinkedHashMap<>();
            List<Object> x = new ArrayList<>();
            for (double c : it.point()) {
                x.add(c);
            }
            row.put("x", x);
            row.put("f", it.value());
            row.put("gradNorm", it.gradientNorm());
            path.add(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("expression", f.text());
        result.put("variables", variables);
        result.put("optimizer", method.id());
        result.put("eta", rate);
        result.put("path", path);
        result.put("status", run.status().word());
        result.put("iterations", run.iterations());
        return result;
    }

    private static String text(Expression f, List<String> variables, Optimizer method, double rate, Run run) {
        StringBuilder s = new StringBuilder("function: ").append(f.text()).append("   optimizer: ").append(method.id())
                .append("   eta: ").append(NumberText.plain(rate)).append('\n');
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("k"));
        header.addAll(variables);
        header.add("f");
        header.add("|grad f|");
        rows.add(header.toArray(String[]::new));
        for (Iterate it : run.path()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(it.index())));
            for (double c : it.point()) {
                row.add(NumberText.plain(c));
            }
            row.add(NumberText.plain(it.value()));
            row.add(NumberText.plain(it.gradientNorm()));
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                s.append(String.format(Locale.ROOT, "%" + (width[i] + (i == 0 ? 0 : 2)) + "s", row[i]));
            }
            s.append('\n');
        }
        s.append("status: ").append(run.status().word()).append(" after ").append(run.iterations())
                .append(run.iterations() == 1 ? " iteration" : " iterations").append('\n');
        return s.toString();
    }

    static double[] startPoint(String typed, List<String> variables) {
        String[] parts = typed.split(",", -1);
        if (parts.length != variables.size()) {
            throw new IllegalArgumentException("--start needs " + variables.size() + " value"
                    + (variables.size() == 1 ? "" : "s") + " (" + String.join(", ", variables) + "), got " + parts.length);
        }
        double[] x = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            x[i] = number("--start", parts[i]);
        }
        return x;
    }

    private static double number(String option, String typed) {
        try {
            double v = NumberText.parse(typed);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + typed.trim() + "' is not a number", e);
        }
    }
}
