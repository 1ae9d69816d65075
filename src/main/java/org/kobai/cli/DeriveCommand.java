package org.kobai.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Rule;
import org.kobai.math.expr.RuleUse;
import org.kobai.math.expr.Variables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Differentiate a function: the derivative as text and LaTeX, the rules used, and its value "
                + "at a point.",
                "",
                "Type functions as on paper: 3x^2 + 2x - 1, sin(x^2), (x^2+1)^3, x1^2 + 2x1 x2, e^-x, |x|. "
                        + "Side by side multiplies (2x, x y, 3(x+1)); x2 is the variable x2. Functions: sin, cos, "
                        + "tan, exp, ln (log is also the natural log), sqrt, abs, sign; constants pi and e."},
        footer = {"", "Examples:", "  kobai derive \"x^3\" --at 2", "  kobai derive \"x^2 y\" --var y --at x=1,y=2 --json"})
final class DeriveCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "EXPRESSION", description = "The function, e.g. \"sin(x^2)\".")
    String expression;

    @Option(names = "--var", paramLabel = "NAME",
            description = "Differentiate by this variable (default: the function's only variable, or x).")
    String variable;

    @Option(names = "--at", paramLabel = "POINT",
            description = "Where to evaluate the derivative: 1.5; or one value per variable in order, 1,2; "
                    + "or by name, x=1,y=2. Values may be fractions or pi.")
    String at;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    CommandSpec spec;

    /** Lets an expression start with a minus sign: kobai derive "-x^2". */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        Expression f = Expression.parse(expression);
        Derivative d = Derivative.of(f, chooseVariable(f));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("expression", f.text());
        result.put("variable", d.variable());
        result.put("derivative", d.expression().text());
        result.put("latex", d.expression().latex());
        result.put("rules", d.rules().stream().map(Rule::name).toList());
        result.put("chain", d.steps().stream().filter(s -> s.rule() == Rule.CHAIN)
                .map(s -> s.inner().orElseThrow().text()).toList());
        StringBuilder text = new StringBuilder();
        text.append("function:   ").append(f.text()).append('\n');
        text.append("derivative: ").append(d.expression().text()).append("   (d/d").append(d.variable()).append(")\n");
        text.append("latex:      ").append(d.expression().latex()).append('\n');
        text.append("rules:      ").append(rules(d)).append('\n');
        if (at != null) {
            double[] point = point(at, d.variables());
            DerivativeValue value = d.at(point);
            result.put("at", named(d.variables(), point));
            result.put("value", value.isDefined() ? value.value() : null);
            if (!value.isDefined()) {
                result.put("note", value.note());
            }
            text.append("at ").append(describe(d.variables(), point)).append(": ")
                    .append(value.isDefined() ? NumberText.plain(value.value()) : "none (" + value.note() + ")")
                    .append('\n');
        }
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    private String chooseVariable(Expression f) {
        if (variable != null) {
            if (!Variables.isValidName(variable)) {
                throw new IllegalArgumentException("--var must be a variable name such as x or x1, got '" + variable + "'");
            }
            return variable;
        }
        List<String> vars = f.variables();
        if (vars.size() > 1) {
            throw new IllegalArgumentException("the function has several variables (" + String.join(", ", vars)
                    + "): choose one with --var");
        }
        return vars.isEmpty() ? "x" : vars.get(0);
    }

    /** power, chain (inner x^2 + 1), sum, … */
    private static String rules(Derivative d) {
        List<String> names = new ArrayList<>();
        for (Rule r : d.rules()) {
            String name = r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            List<String> inners = d.steps().stream().filter(s -> s.rule() == r && r == Rule.CHAIN)
                    .map(RuleUse::inner).map(u -> u.orElseThrow().text()).toList();
            names.add(inners.isEmpty() ? name : name + " (inner " + String.join("; ", inners) + ")");
        }
        return String.join(", ", names);
    }

    /**
     * Reads --at: one value per variable in order ({@code 1,2}) or by name ({@code x=1,y=2}); each value as
     * {@link NumberText#parse} reads it (1/4, pi, −2).
     */
    static double[] point(String at, List<String> variables) {
        String[] parts = at.split(",", -1);
        double[] point = new double[variables.size()];
        if (at.contains("=")) {
            Map<String, Double> byName = new HashMap<>();
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("--at: give every value by name (x=1,y=2) or none, got '" + at + "'");
                }
                String name = part.substring(0, eq).trim();
                if (!variables.contains(name)) {
                    throw new IllegalArgumentException("--at: the function has no variable " + name
                            + " (variables: " + String.join(", ", variables) + ")");
                }
                byName.put(name, number(part.substring(eq + 1)));
            }
            for (int i = 0; i < point.length; i++) {
                Double v = byName.get(variables.get(i));
                if (v == null) {
                    throw new IllegalArgumentException("--at needs a value for " + variables.get(i));
                }
                point[i] = v;
            }
            return point;
        }
        if (parts.length != variables.size()) {
            throw new IllegalArgumentException("--at needs " + variables.size() + " value"
                    + (variables.size() == 1 ? "" : "s") + " (" + String.join(", ", variables) + "), got " + parts.length);
        }
        for (int i = 0; i < parts.length; i++) {
            point[i] = number(parts[i]);
        }
        return point;
    }

    private static double number(String typed) {
        try {
            return NumberText.parse(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--at: '" + typed.trim() + "' is not a number", e);
        }
    }

    static Map<String, Object> named(List<String> variables, double[] point) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < point.length; i++) {
            m.put(variables.get(i), point[i]);
        }
        return m;
    }

    /** x = 1.5, or (x, y) = (1, 2). */
    static String describe(List<String> variables, double[] point) {
        List<String> values = new ArrayList<>();
        for (double v : point) {
            values.add(NumberText.plain(v));
        }
        return variables.size() == 1 ? variables.get(0) + " = " + values.get(0)
                : "(" + String.join(", ", variables) + ") = (" + String.join(", ", values) + ")";
    }
}
